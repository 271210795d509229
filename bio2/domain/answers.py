"""The ``bio2-answers/1`` format: the answers of one organisation for one period.

These models are the exchange format between CISO, auditor and supervisor and also the
shape in which the store hands answers to scoring and reports. Types are strict: a YAML
``yes`` is not a status and ``2026`` is not a period (see ``bio2.system.yamlload``).
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Literal

from pydantic import BeforeValidator, Field, StrictBool, StrictInt, StrictStr

from bio2.domain.base import (
    AuditJudgement,
    CbwEntity,
    Level,
    OrgType,
    Status,
    Strict,
)
from bio2.domain.field_checks import FORMAT as FORMAT  # the format tag, imported from here too
from bio2.domain.field_checks import iso_date, sha256
from bio2.domain.registration import Registration
from bio2.domain.training import Governance

# The field checks (dates, SHA-256, the format tag) live in a module without pydantic:
# ``bio2 validate`` uses them with the core-schema snapshot (bio2/exchange/answer_snapshot.json).
IsoDate = Annotated[date, BeforeValidator(iso_date)]
Sha256 = Annotated[str, BeforeValidator(sha256)]
#: Free text such as explanations and findings; 20,000 characters must survive.
LongText = Annotated[StrictStr, Field(max_length=50_000)]
ShortText = Annotated[StrictStr, Field(min_length=1, max_length=500)]
Score = Annotated[StrictInt, Field(ge=1, le=5)]


class Organisation(Strict):
    id: Annotated[StrictStr, Field(pattern=r"^[a-z0-9-]{2,64}$")]
    name: ShortText
    type: OrgType
    cbw_entity: CbwEntity | None = None
    #: Cbw registration data (optional; see ``bio2.domain.registration``).
    registration: Registration | None = None


class AssessmentInfo(Strict):
    period: Annotated[StrictStr, Field(min_length=1, max_length=32)]
    source: Literal["self", "audit"] = "self"
    assessor: ShortText
    date: IsoDate | None = None
    #: The scope of the ISMS (issue 15), published with the VvT. Optional; when present
    #: it enters the fingerprint like every other field (it is part of what the board
    #: signs and the public sees); files without it keep their fingerprint.
    scope: Annotated[StrictStr, Field(min_length=1, max_length=20_000)] | None = None


class RiskProfile(Strict):
    beschikbaarheid: Level = "midden"
    integriteit: Level = "midden"
    vertrouwelijkheid: Level = "midden"


class Applicability(Strict):
    control: StrictStr
    applicable: StrictBool
    justification: LongText | None = None
    risk_ref: ShortText | None = None


class Risk(Strict):
    likelihood: Score
    impact: Score


class Acceptance(Strict):
    by: ShortText
    until: IsoDate
    reason: LongText
    risk_ref: ShortText | None = None


class Evidence(Strict):
    ref: ShortText
    date: IsoDate | None = None
    sha256: Sha256 | None = None


class Answer(Strict):
    item: StrictStr
    status: Status
    explanation: LongText | None = None
    owner: ShortText | None = None
    due: IsoDate | None = None
    risk: Risk | None = None
    acceptance: Acceptance | None = None
    evidence: tuple[Evidence, ...] = ()
    opzet: AuditJudgement | None = None
    bestaan: AuditJudgement | None = None
    werking: AuditJudgement | None = None
    finding: LongText | None = None


#: Bounds of the ``checklists`` section (issue 13 §4): about 3x the Cbw items with a
#: checklist and 2x the longest list; refused while parsing, before any model is built.
MAX_CHECKLISTS = 20
MAX_TICKS = 64


class ChecklistTicks(Strict):
    """The ticked sub-points of one Cbw item's checklist (``controls/cbw-checklists.yaml``).
    Which items have a list and which ids exist is checked against the catalog
    (``bio2.exchange.checklists``)."""

    item: Annotated[StrictStr, Field(min_length=1, max_length=16)]
    ticked: tuple[Annotated[StrictStr, Field(min_length=1, max_length=64)], ...] = Field(
        default=(), max_length=MAX_TICKS)


class AnswerFile(Strict):
    format: Literal["bio2-answers/1"]
    catalog: StrictStr
    organisation: Organisation
    assessment: AssessmentInfo
    risk_profile: RiskProfile | None = None
    applicability: tuple[Applicability, ...] = ()
    answers: tuple[Answer, ...] = ()
    #: The board training register of the organisation (Cbw art. 24; issue 13 §4),
    #: optional; a file without it keeps its fingerprint.
    governance: Governance | None = None
    #: Ticks on the per-item Cbw checklists (issue 13 §4), self-assessments only; optional,
    #: and left out when empty, so files without it keep their fingerprint.
    checklists: tuple[ChecklistTicks, ...] = Field(default=(), max_length=MAX_CHECKLISTS)
