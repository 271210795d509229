"""Opening the database and reading one assessment: :class:`AssessmentData`.

The CLI and the TUI call these functions and nothing below them, so both behave alike.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal, TypeAlias

from bio2.analysis.scoring import score
from bio2.catalog.loading import load_catalog
from bio2.catalog.profiles import load_profile
from bio2.domain.answers import (
    FORMAT,
    Answer,
    AnswerFile,
    Applicability,
    AssessmentInfo,
    ChecklistTicks,
    Organisation,
)
from bio2.domain.catalog import Catalog
from bio2.domain.incidents import Incident
from bio2.domain.profile import Profile
from bio2.domain.records import AssessmentRecord, OfficialText, OrganisationRecord
from bio2.domain.scorecard import Scorecard
from bio2.domain.training import Governance, TrainingRegister
from bio2.store import Store, org_history
from bio2.store.checklists import get_ticks
from bio2.store.history import head as chain_head
from bio2.store.incidents import list_incidents
from bio2.store.official import official_texts
from bio2.store.training import get_training
from bio2.usecases.database import open_store as open_store

#: The open database as the layers above hold it: cli/ and tui/ pass it to use cases.
Database: TypeAlias = Store


@dataclass(frozen=True)
class AssessmentData:
    """Everything needed to show, score or export one assessment."""

    organisation: OrganisationRecord
    assessment: AssessmentRecord
    catalog: Catalog
    profile: Profile
    answers: dict[str, Answer]
    applicability: dict[str, Applicability]
    audit: dict[str, Answer]
    #: Official BIO2 texts the user imported for this catalog (``catalog import-official``).
    official: dict[str, OfficialText] = field(default_factory=dict)
    #: Who judged the audit view and when (from its latest import), if there is one.
    auditor: tuple[str, str | None] | None = None
    #: The organisation's assessment of the previous period (``bio2.analysis.yearonyear``), loaded
    #: one level deep, for the year-on-year comparison of report and dashboard.
    previous: AssessmentData | None = None
    #: Hash of the last history row (``bio2.store.history``; "" when there is none).
    history_head: str = ""
    #: Hash of the last row of the organisation's own history, its Cbw registration
    #: changes (``bio2.store.org_history``; "" when the registration never changed). The
    #: colophon prints it beside ``history_head``; ``bio2 verify-history`` checks both.
    registration_head: str = ""
    #: The organisation's meldplicht register (issue 13 §4, ``bio2.store.incidents``), in
    #: number order; the report summarises it (``bio2.analysis.meldplicht``).
    incidents: tuple[Incident, ...] = ()
    #: The organisation's board training register (Cbw art. 24), ``None`` when none.
    training: TrainingRegister | None = None
    #: Ticked checklist sub-points per Cbw item (issue 13 §4; ``bio2.store.checklists``).
    checklists: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def scorecard(self, today: date | None = None) -> Scorecard:
        return score(self.catalog, self.answers, self.applicability,
                     self.assessment.risk_profile, self.profile.category_factors,
                     today or date.today())

    def answer_file(self, view: Literal["self", "audit"] = "self") -> AnswerFile:
        """The assessment as a complete ``bio2-answers/1`` model: every catalog item, in
        catalog order; unanswered items as ``open``."""
        answers = self.answers if view == "self" else self.audit
        assessor, when = self.assessment.assessor, self.assessment.date
        if view == "audit" and self.auditor is not None:
            assessor, when = self.auditor
        org = self.organisation
        a = self.assessment
        return AnswerFile(
            format=FORMAT, catalog=a.catalog,
            organisation=Organisation(id=org.id, name=org.name, type=org.type,
                                      cbw_entity=org.cbw_entity,
                                      registration=org.registration),
            assessment=AssessmentInfo(period=a.period, source=view, assessor=assessor,
                                      date=date.fromisoformat(when) if when else None,
                                      scope=a.scope if view == "self" and a.scope else None),
            risk_profile=a.risk_profile,
            applicability=tuple(self.applicability[c] for c in self.catalog.controls
                                if c in self.applicability),
            answers=tuple(answers.get(i) or Answer(item=i, status="open")
                          for i in self.catalog.items),
            governance=(Governance(training=self.training)
                        if view == "self" and self.training is not None else None),
            checklists=checklist_section(self.catalog, self.checklists) if view == "self"
            else (),
        )


def find_assessment(store: Store, org_id: str, period: str,
                    catalog: str | None = None) -> AssessmentRecord:
    """The assessment of ``org_id`` for ``period``, or a one-line UserError (the rule:
    :func:`bio2.usecases.cbw_view.choose_assessment`)."""
    from bio2.usecases.cbw_view import choose_assessment

    return choose_assessment(store, org_id, period, catalog, store.assessments,
                             lambda c: load_catalog(c).is_draft)


def load_assessment(store: Store, assessment_id: int, *,
                    with_previous: bool = True) -> AssessmentData:
    from bio2.usecases.yearonyear import previous_of

    row = store.assessment(assessment_id)
    org = store.organisation_record(row.org_id)
    assert org is not None
    earlier = previous_of(store.assessments(row.org_id), row) if with_previous else None
    return AssessmentData(
        organisation=org, assessment=row, catalog=load_catalog(row.catalog),
        profile=load_profile(row.profile), answers=store.answers(row.id),
        applicability=store.applicability(row.id), audit=store.answers(row.id, "audit"),
        official=official_texts(store, row.catalog),
        auditor=store.last_import_by(row.id, "audit"),
        previous=(load_assessment(store, earlier.id, with_previous=False)
                  if earlier is not None else None),
        history_head=chain_head(store.db.conn, row.id),
        registration_head=org_history.head(store.db.conn, row.org_id),
        incidents=tuple(list_incidents(store, row.org_id)),
        training=get_training(store, row.org_id)[0],
        checklists=get_ticks(store, row.id),
    )


def get_assessment(store: Store, org_id: str, period: str,
                   catalog: str | None = None) -> AssessmentData:
    return load_assessment(store, find_assessment(store, org_id, period, catalog).id)


def checklist_section(catalog: Catalog, ticks: dict[str, tuple[str, ...]]
                      ) -> tuple[ChecklistTicks, ...]:
    """The ``checklists`` section of an answer file: the Cbw items with ticks, in catalog
    order (issue 13 §4)."""
    return tuple(ChecklistTicks(item=key, ticked=ticks[key]) for key in catalog.cbw_items
                 if ticks.get(key))
