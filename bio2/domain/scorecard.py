"""The result of scoring an assessment: pure data for the TUI, the report and exports.

Frozen dataclasses, not pydantic models: scoring builds them from data that was checked
when it was read, and the read path of ``bio2 cbw`` (a whole process under 300 ms) scores
without loading pydantic."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

from bio2.domain.vocab import Status


@dataclass(frozen=True, slots=True)
class Weight:
    """An item's weight and why it is what it is."""

    value: float
    #: ``profile``: exposure x category factor; ``explicit``: likelihood x impact on the
    #: same scale (see :func:`bio2.analysis.scoring.explicit_weight`).
    basis: Literal["profile", "explicit"]
    exposure: int = 0
    #: The BIV properties of the control that set the exposure (the highest level).
    exposure_properties: tuple[str, ...] = ()
    factor: float = 1.0
    factor_category: str | None = None
    likelihood: int | None = None
    impact: int | None = None


@dataclass(frozen=True, slots=True)
class ItemScore:
    item: str
    status: Status
    #: False when the answer is nvt or the item's control is not applicable (VvT).
    in_scope: bool
    excluded_by_vvt: bool
    weight: Weight
    degree: float
    residual: float
    accepted: bool
    acceptance_expired: bool
    overdue: bool


@dataclass(frozen=True, slots=True)
class GroupScore:
    key: str
    #: sum(w x degree) / sum(w) over items in scope; None when nothing weighs.
    score: float | None
    weight_total: float
    weight_met: float
    items: int
    in_scope: int
    #: Items with a decision: a status other than open, or excluded through the VvT.
    answered: int
    coverage: float
    gaps: int
    counts: dict[str, int]


@dataclass(frozen=True, slots=True)
class Scorecard:
    catalog: str
    today: date
    overall: GroupScore
    themes: dict[str, GroupScore]
    controls: dict[str, GroupScore]
    categories: dict[str, GroupScore]
    nis2: dict[str, GroupScore]
    cbw: dict[str, GroupScore]
    concepts: dict[str, GroupScore]
    items: dict[str, ItemScore]
    #: In-scope items with residual risk > 0 in the order of
    #: :func:`bio2.analysis.ranking.risk_order` (highest first; ties: explicit risks first,
    #: then catalog order). Gaps and open items together:
    #: :func:`bio2.analysis.ranking.rank` splits them for every list.
    residual_risks: tuple[ItemScore, ...]
    accepted: tuple[str, ...]
    expired_acceptances: tuple[str, ...]
    overdue: tuple[str, ...]
