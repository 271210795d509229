"""One ranking of risks for every list people read: ``bio2 score``, the TUI dashboard and
the report (summary and improvement plan). Pure functions over a :class:`Scorecard`.

The model (README, "Keuzes"; the report's method chapter states it with an example):

- **Weight** on one scale: a default weight is exposure (laag 1, midden 2, hoog 3) x the
  factor of the item's heaviest category (1.0-1.5); an explicit risk on an answer weighs
  likelihood x impact x top / 20, top being the profile's heaviest default (3 x 1.5 = 4.5).
  Kans 4 x impact 5 therefore weighs 4.5, as much as the heaviest default; see
  :func:`bio2.analysis.scoring.explicit_weight`.
- **Residual risk** = weight x (1 - degree): nee 1, deels 0.5 of the weight.
- **Order**: residual risk, highest first. Equal residual risk: an explicit risk before a
  default (the organisation's own estimate says more than the profile), then catalog
  order. So an explicit high risk never ranks below a default without a stated reason.
- **Two lists**: assessed gaps (``nee``, ``deels``) are findings; unassessed items (``open``,
  in scope) are not, and their "residual risk" is only the presumption that all of the
  weight is missing. They are always listed apart, the unassessed ones by the weight they
  would carry. Items answered ``nvt`` or excluded by the VvT are in neither list.
- **Accepted risks** (an acceptance whose ``until`` has not passed) stay in the gap list at
  their rank, as they stay in the score, and every list marks them; an expired acceptance
  is marked as expired.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from bio2.domain.scorecard import ItemScore, Scorecard
from bio2.domain.vocab import Category
from bio2.i18n import t
from bio2.i18n.numbers import Formatter

#: Statuses of an assessed gap: the item is decided and not (fully) in place.
GAP_STATUSES = ("nee", "deels")

RiskKey = tuple[float, int, int]


def risk_order(catalog_order: Iterable[str]) -> Callable[[ItemScore], RiskKey]:
    """The sort key of every risk list: residual highest first, explicit before default
    on a tie, then catalog order."""
    position = {key: n for n, key in enumerate(catalog_order)}

    def key(score: ItemScore) -> RiskKey:
        return (-round(score.residual, 9), score.weight.basis != "explicit",
                position.get(score.item, len(position)))

    return key


@dataclass(frozen=True)
class Ranking:
    """The two lists: assessed gaps and unassessed items, each in :func:`risk_order`."""

    gaps: tuple[ItemScore, ...]
    unassessed: tuple[ItemScore, ...]

    @property
    def accepted(self) -> tuple[ItemScore, ...]:
        return tuple(s for s in self.gaps if s.accepted)


def is_gap(score: ItemScore) -> bool:
    return score.in_scope and score.status in GAP_STATUSES and score.residual > 0


def is_unassessed(score: ItemScore) -> bool:
    return score.in_scope and score.status == "open"


def rank(card: Scorecard) -> Ranking:
    """Split and order the items of a scorecard (``card.items`` is in catalog order)."""
    key = risk_order(card.items)
    scores = card.items.values()
    return Ranking(gaps=tuple(sorted((s for s in scores if is_gap(s)), key=key)),
                   unassessed=tuple(sorted((s for s in scores if is_unassessed(s)), key=key)))


def marker(score: ItemScore) -> str:
    """The mark a list shows beside a risk: accepted, acceptance expired, or nothing."""
    if score.accepted:
        return t("ranking.mark.accepted")
    if score.acceptance_expired:
        return t("ranking.mark.expired")
    return ""


def method_texts(factors: Mapping[Category, float], fmt: Formatter) -> list[str]:
    """The method paragraphs for the report (and anyone who explains the numbers): the
    explicit-risk scale, the order of the lists and a worked example computed with the
    profile's own factors, its numbers formatted by ``fmt`` (the renderer's language)."""
    from bio2.analysis.scoring import LEVEL, explicit_weight, top_weight

    decimal = fmt.decimal

    top = top_weight(factors)
    basic = factors.get("basishygiene", 1.0)
    a = LEVEL["hoog"] * basic
    b = explicit_weight(4, 5, factors)
    c = explicit_weight(5, 5, factors)
    return [
        t("ranking.method.explicit", top=decimal(top), factor=decimal(top / LEVEL["hoog"], 1)),
        t("ranking.method.order"),
        t("ranking.method.example", factor=decimal(basic, 1), top=decimal(top), a=decimal(a),
          b=decimal(b), b_half=decimal(b / 2), c=decimal(c)),
    ]
