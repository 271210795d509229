"""The ``bio2-answers/1`` format: the answers of one organisation for one period.

These models are the exchange format between CISO, auditor and supervisor and also the
shape in which the store hands answers to scoring and reports. Types are strict: a YAML
``yes`` is not a status and ``2026`` is not a period (see ``bio2.system.yamlload``).
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Annotated, Any, Literal

from pydantic import BeforeValidator, Field, StrictBool, StrictInt, StrictStr
from pydantic_core import PydanticCustomError

from bio2.domain.base import (
    AuditJudgement,
    CbwEntity,
    Level,
    OrgType,
    Status,
    Strict,
)
from bio2.domain.dates import suggest_iso
from bio2.domain.registration import Registration
from bio2.domain.training import Governance

FORMAT: Literal["bio2-answers/1"] = "bio2-answers/1"
_DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")


def _iso_date(value: Any) -> date:
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    if isinstance(value, str) and _DATE.match(value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise PydanticCustomError(
                "bio2_date_nonexistent", "date does not exist: {value}", {"value": value}
            ) from None
    suggestion = suggest_iso(value) if isinstance(value, str) else None
    if suggestion is not None:  # a Dutch form such as 31-12-2026: say the ISO form
        raise PydanticCustomError("bio2_date_suggest", "not a date (YYYY-MM-DD); "
                                  "did you mean {suggestion}?",
                                  {"value": value[:40], "suggestion": suggestion})
    raise PydanticCustomError("bio2_date", "not a date (YYYY-MM-DD)", {"value": str(value)})


def _sha256(value: Any) -> str:
    if isinstance(value, str) and re.fullmatch(r"[0-9a-fA-F]{64}", value):
        return value.lower()
    raise PydanticCustomError("bio2_sha256", "sha256 must be 64 hexadecimal characters", {})


IsoDate = Annotated[date, BeforeValidator(_iso_date)]
Sha256 = Annotated[str, BeforeValidator(_sha256)]
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
