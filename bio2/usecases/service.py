"""Use cases shared by the command line and the TUI: open, import, export, score, demo.

The CLI and the TUI call these functions and nothing below them, so both behave alike.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Literal

from bio2.analysis.scoring import score
from bio2.catalog.loading import load_catalog
from bio2.catalog.profiles import load_profile
from bio2.domain.answers import (
    FORMAT,
    Answer,
    AnswerFile,
    Applicability,
    AssessmentInfo,
    Organisation,
)
from bio2.domain.catalog import Catalog
from bio2.domain.profile import Profile
from bio2.domain.scorecard import Scorecard
from bio2.exchange.answerfile import Checked
from bio2.exchange.merge import MergePlan, OnConflict, plan
from bio2.i18n import t
from bio2.store import RISK_PROFILE, AssessmentRow, Store
from bio2.store.history import head as chain_head
from bio2.store.official import OfficialText, official_texts
from bio2.store.registration import (
    get_registration_revision,
    put_registration,
    registration_from,
)
from bio2.store.settings import known_user
from bio2.system.paths import default_db_path

DEMO_ORG = "gemeente-voorbeeld"
DEMO_PERIOD = "2026"


class UserError(Exception):
    """A problem the user must fix; shown as one line (exit code 2)."""

    def __init__(self, message: str, code: int = 2) -> None:
        super().__init__(message)
        self.code = code


def open_store(path: Path | str | None = None) -> Store:
    """The database at ``path`` (default: ``BIO2_DB`` or the user data dir). The person
    doing the work comes from ``BIO2_USER`` (``--user`` sets it) when given."""
    import os

    from bio2.store.settings import person_name

    user = os.environ.get("BIO2_USER")
    name = person_name(user) if user else None
    if user and name is None:
        raise UserError(t("actor.invalid"))
    store = Store(Path(path) if path else default_db_path())
    store.actor = name
    return store


@dataclass(frozen=True)
class AssessmentData:
    """Everything needed to show, score or export one assessment."""

    organisation: dict[str, Any]
    assessment: AssessmentRow
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
            organisation=Organisation(id=org["id"], name=org["name"], type=org["type"],
                                      cbw_entity=org["cbw_entity"],
                                      registration=registration_from(org)),
            assessment=AssessmentInfo(period=a.period, source=view, assessor=assessor,
                                      date=date.fromisoformat(when) if when else None),
            risk_profile=a.risk_profile,
            applicability=tuple(self.applicability[c] for c in self.catalog.controls
                                if c in self.applicability),
            answers=tuple(answers.get(i) or Answer(item=i, status="open")
                          for i in self.catalog.items),
        )


def find_assessment(store: Store, org_id: str, period: str,
                    catalog: str | None = None) -> AssessmentRow:
    """The assessment of ``org_id`` for ``period``, or a one-line UserError."""
    if store.organisation(org_id) is None:
        known = ", ".join(o["id"] for o in store.organisations()) or t("service.none")
        raise UserError(t("service.unknown_org", org=org_id, known=known))
    candidates = [a for a in store.assessments(org_id) if a.period == period
                  and (catalog is None or a.catalog == catalog)]
    # After a migration to a draft catalog both assessments exist; without an explicit
    # catalog the adopted one is meant (a draft has no formal status), then the newest.
    found = max(candidates, default=None,
                key=lambda a: (not load_catalog(a.catalog).is_draft, a.id))
    if found is None:
        known = ", ".join(a.period for a in store.assessments(org_id)) or t("service.none")
        raise UserError(t("service.unknown_period", org=org_id, period=period, known=known))
    return found


def load_assessment(store: Store, assessment_id: int, *,
                    with_previous: bool = True) -> AssessmentData:
    from bio2.usecases.yearonyear import previous_of

    row = store.assessment(assessment_id)
    org = store.organisation(row.org_id)
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
    )


def get_assessment(store: Store, org_id: str, period: str,
                   catalog: str | None = None) -> AssessmentData:
    return load_assessment(store, find_assessment(store, org_id, period, catalog).id)


# -- import ---------------------------------------------------------------------------------
@dataclass
class ImportResult:
    file: str
    organisation: str
    period: str
    source: str
    created: bool
    plan: MergePlan
    written: bool


def import_files(store: Store, paths: list[str], *, on_conflict: OnConflict = "fail",
                 dry_run: bool = False, actor: str | None = None,
                 today: date | None = None) -> tuple[list[Checked], list[ImportResult]]:
    """Check every file, then merge all of them in one transaction.

    Nothing is written when any file is invalid, when a conflict meets ``fail``, or on
    a dry run. Returns the checks and, when all files are valid, the merge results.
    """
    from bio2.exchange.workbook_merge import read_checked

    # Workbooks (.xlsx, issue 14) are read by their own reader and merged three-way.
    checks = [read_checked(p, today=today) for p in paths]
    if not all(c.ok for c in checks):
        return checks, []
    results: list[ImportResult] = []

    class _DryRun(Exception):
        pass

    try:
        with store.atomic():
            for checked in checks:
                assert checked.model is not None
                results.append(_import_one(store, checked, on_conflict, actor))
            conflict = on_conflict == "fail" and any(r.plan.conflicts for r in results)
            if dry_run or conflict:
                raise _DryRun
    except _DryRun:
        for r in results:
            r.written = False
    return checks, results


def _import_one(store: Store, checked: Checked, on_conflict: OnConflict,
                actor: str | None) -> ImportResult:
    model = checked.model
    assert model is not None
    org = model.organisation
    info = model.assessment
    profile = load_profile(org.type)
    row = store.find_assessment(org.id, info.period, model.catalog)
    workbook = getattr(checked, "workbook", None)
    if workbook is not None and row is None:
        # A workbook merges into the assessment it came from; it never creates one.
        raise UserError(checked.file + ": " + t("workbook.no_assessment", org=org.id,
                                                 period=info.period, catalog=model.catalog))
    if row is None and info.source == "audit":
        _refuse_orphan_audit(store, checked.file, org.id, info.period, model.catalog)
    if store.organisation(org.id) is None:
        store.put_organisation(org)
    created = row is None
    if row is None:
        assessment_id = store.create_assessment(
            org.id, info.period, model.catalog, org.type, info.assessor,
            model.risk_profile or profile.risk_profile,
            info.date.isoformat() if info.date else None)
        current_rp = None
    else:
        assessment_id = row.id
        current_rp = row.risk_profile
        if info.source == "self" and row.date is None and info.date is not None:
            # the date the file names must reach the cover ("Datum beoordeling")
            store.update_assessment(assessment_id, date=info.date.isoformat())
    view = info.source
    if workbook is not None:
        from bio2.exchange.workbook_merge import plan_workbook

        decided = plan_workbook(workbook, store.answers(assessment_id, view), on_conflict)
    else:
        decided = plan(model, store.answers(assessment_id, view),
                       store.applicability(assessment_id) if view == "self" else {},
                       current_rp if view == "self" else None, on_conflict)
    if view == "audit":
        # An audit never changes the CISO's VvT or risk profile, only the audit view.
        decided.vvt_to_write.clear()
        decided.risk_profile = None
    # The person importing is credited; the file's assessor, name and SHA-256 go beside
    # it. Without a known person (no --user, BIO2_USER or remembered name) the file's
    # assessor is credited, never the OS account.
    who = actor or store.actor or known_user(store) or info.assessor
    via = {"import": checked.file, "sha256": checked.sha256, "assessor": info.assessor}
    # The plan was made from what this transaction read: write on exactly those revisions.
    bases = store.revisions(assessment_id, view)
    for answer in decided.answers_to_write:
        store.put_answer(assessment_id, answer, view=view, actor=who,
                         base=bases.get(answer.item, 0), via=via)
        _fault_point()
    for entry in decided.vvt_to_write:
        store.put_applicability(assessment_id, entry, actor=who,
                                base=bases.get(f"vvt:{entry.control}", 0), via=via)
    if decided.risk_profile is not None and not created:
        store.set_risk_profile(assessment_id, decided.risk_profile, actor=who,
                               base=bases.get(RISK_PROFILE, 0), via=via)
    if view == "self" and org.registration is not None:
        # The Cbw registration belongs to the organisation; it merges like an answer.
        current, reg_base = get_registration_revision(store, org.id)
        if current is None:
            decided.new_other.append("registration")
            put_registration(store, org.id, org.registration, base=reg_base, actor=who,
                             via=via)
        elif current != org.registration:
            decided.changed_other.append("registration")
            if on_conflict == "theirs":
                put_registration(store, org.id, org.registration, base=reg_base, actor=who,
                                 via=via)
    summary: dict[str, Any] = {**decided.summary(), "assessor": info.assessor,
                               "date": info.date.isoformat() if info.date else None}
    store.record_import(checked.file, checked.sha256, view, assessment_id, summary,
                        actor=who)
    return ImportResult(checked.file, org.id, info.period, view, created, decided, True)


def _refuse_orphan_audit(store: Store, file: str, org_id: str, period: str,
                         catalog: str) -> None:
    """An audit judges an existing self-assessment: without one (or on another catalog
    version) nothing is written and the user is told what to do first."""
    others = sorted({a.catalog for a in store.assessments(org_id) if a.period == period}
                    if store.organisation(org_id) is not None else set())
    if others:
        raise UserError(t("service.audit_other_catalog", file=file, org=org_id,
                          period=period, catalog=catalog, ours=", ".join(others)))
    raise UserError(t("service.audit_without_assessment", file=file, org=org_id,
                      period=period))


def _fault_point() -> None:
    """Crash test hook: with ``BIO2_FAULT_KILL_AFTER=N`` the process kills itself (SIGKILL,
    no clean-up) after N answers of an import, so tests can prove the transaction holds."""
    import os

    limit = os.environ.get("BIO2_FAULT_KILL_AFTER")
    if limit is None:
        return
    global _fault_count
    _fault_count += 1
    if _fault_count >= int(limit):
        import signal

        os.kill(os.getpid(), signal.SIGKILL)


_fault_count = 0


# -- organisations and assessments -------------------------------------------------------
def create_organisation(store: Store, org: Organisation, classification: str | None = None
                        ) -> None:
    load_profile(org.type)
    with store.atomic():
        store.put_organisation(org, classification)


def start_assessment(store: Store, org_id: str, period: str, assessor: str,
                     catalog: str = "bio2-1.2", carry_over_from: int | None = None,
                     actor: str | None = None, assessment_date: str | None = None) -> int:
    """A new assessment; optionally carrying over the answers and VvT of another one.

    The carried values are written on revision 0 (nothing there yet) and credited to the
    person doing it; the history says where they came from."""
    org = store.organisation(org_id)
    if org is None:
        raise UserError(t("service.unknown_org", org=org_id, known=""))
    profile = load_profile(org["type"])
    load_catalog(catalog)
    with store.atomic():
        previous = store.assessment(carry_over_from) if carry_over_from else None
        new_id = store.create_assessment(
            org_id, period, catalog, org["type"], assessor,
            previous.risk_profile if previous else profile.risk_profile,
            assessment_date)
        if previous is not None:
            # Last period may be on another catalog version: answers follow the moves
            # (the same plan as ``bio2 migrate``); the audit view stays with its period.
            from bio2.catalog.loading import moves_between
            from bio2.catalog.versions import diff, plan_migration

            old, new = load_catalog(previous.catalog), load_catalog(catalog)
            plan = plan_migration(old, new, diff(old, new, moves_between(old.id, new.id)),
                                  {"self": store.answers(previous.id)},
                                  store.applicability(previous.id))
            via = {"carried_from": f"{previous.period} ({previous.catalog})"}
            for answer in plan.answers.get("self", ()):
                store.put_answer(new_id, answer, actor=actor, base=0, via=via)
            for entry in plan.applicability:
                store.put_applicability(new_id, entry, actor=actor, base=0, via=via)
    return new_id


def last_worker(store: Store, org_id: str) -> str:
    """Who last worked on an organisation: the default assessor of its next assessment.

    The newest history row of its assessments names a person (rows written by bio2 itself,
    whose actor starts with "bio2 ", do not count); else the assessor of its newest
    assessment; else the person remembered for this OS account; never the OS account."""
    row = store.db.conn.execute(
        "SELECT h.actor FROM history h JOIN assessments a ON a.id = h.assessment_id"
        " WHERE a.org_id = ? AND h.actor NOT LIKE 'bio2 %' ORDER BY h.id DESC LIMIT 1",
        [org_id]).fetchone()
    if row is not None and row[0]:
        return str(row[0])
    assessments = store.assessments(org_id)
    if assessments:
        return max(assessments, key=lambda a: (a.created, a.id)).assessor
    return store.actor or known_user(store) or ""


# -- demo ------------------------------------------------------------------------------------
def demo_file() -> Path:
    return Path(__file__).resolve().parent.parent / "demo" / "gemeente-voorbeeld-2026.yaml"


def create_demo(store: Store) -> AssessmentData:
    """(Re)create the demo organisation from the shipped demo answer file."""
    with store.atomic():
        store.delete_organisation(DEMO_ORG)
        checks, results = import_files(store, [str(demo_file())], actor="bio2 demo")
        if not results:
            raise UserError("\n".join(str(p) for c in checks for p in c.errors))
    return get_assessment(store, DEMO_ORG, DEMO_PERIOD)


def ensure_demo(store: Store) -> None:
    """Seed the demo organisation into an empty database (first start of the TUI)."""
    if not store.organisations():
        create_demo(store)


def file_sha256(path: str) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


ProgressCallback = Callable[[int, int], None]
