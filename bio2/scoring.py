"""Risk weighting and scores (pure functions; the rules of ARCHITECTURE.md).

- Levels laag=1, midden=2, hoog=3 per BIV property of the risk profile.
- Weight w = exposure x category factor; exposure is the highest level among the BIV
  properties the item's control protects (ISMS clauses protect all three); the factor is
  the profile's factor of the item's categories (the highest when it has several; 1.0
  without categories). An explicit risk on the answer overrides: w = likelihood x impact / 5.
- Degree: ja 1, deels 0.5, nee 0, open 0. ``nvt`` and items of controls that the VvT
  marks not applicable leave the denominator.
- Group score = sum(w x degree) / sum(w); coverage = share of items with a decision.
- Residual risk = w x (1 - degree). Accepted risks stay in the score and are listed apart.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import date

from bio2.domain.answers import Answer, Applicability, RiskProfile
from bio2.domain.base import CATEGORIES, CONCEPTS, LETTERS, THEMES, Category
from bio2.domain.catalog import Catalog, Item
from bio2.domain.scorecard import GroupScore, ItemScore, Scorecard, Weight

LEVEL = {"laag": 1, "midden": 2, "hoog": 3}
DEGREE = {"ja": 1.0, "deels": 0.5, "nee": 0.0, "open": 0.0, "nvt": 0.0}
GAP_STATUSES = ("nee", "deels")


def item_weight(item: Item, risk_profile: RiskProfile,
                factors: Mapping[Category, float], answer: Answer | None = None) -> Weight:
    """The weight of one item, with its reasons."""
    if answer is not None and answer.risk is not None:
        return Weight(value=answer.risk.likelihood * answer.risk.impact / 5, basis="explicit",
                      likelihood=answer.risk.likelihood, impact=answer.risk.impact)
    levels = {p: LEVEL[getattr(risk_profile, p)] for p in item.properties}
    exposure = max(levels.values())
    top = tuple(p for p, level in levels.items() if level == exposure)
    factor, category = 1.0, None
    for cat in item.categories:
        if factors.get(cat, 1.0) > factor or category is None:
            factor, category = factors.get(cat, 1.0), cat
    return Weight(value=exposure * factor, basis="profile", exposure=exposure,
                  exposure_properties=top, factor=factor, factor_category=category)


def score_item(item: Item, answer: Answer | None, excluded: bool, risk_profile: RiskProfile,
               factors: Mapping[Category, float], today: date) -> ItemScore:
    status = answer.status if answer is not None else "open"
    weight = item_weight(item, risk_profile, factors, answer)
    in_scope = not excluded and status != "nvt"
    degree = DEGREE[status]
    acceptance = answer.acceptance if answer is not None else None
    due = answer.due if answer is not None else None
    return ItemScore(
        item=item.id, status=status, in_scope=in_scope, excluded_by_vvt=excluded,
        weight=weight, degree=degree,
        residual=weight.value * (1 - degree) if in_scope else 0.0,
        accepted=acceptance is not None and acceptance.until >= today,
        acceptance_expired=acceptance is not None and acceptance.until < today,
        overdue=due is not None and due < today and in_scope and status != "ja",
    )


def group(key: str, scores: Iterable[ItemScore]) -> GroupScore:
    """Score of any group of items: sum(w x degree) / sum(w) over the items in scope."""
    total = met = 0.0
    items = in_scope = answered = gaps = 0
    counts = {s: 0 for s in ("ja", "deels", "nee", "nvt", "open", "excluded")}
    for s in scores:
        items += 1
        counts["excluded" if s.excluded_by_vvt else s.status] += 1
        if s.excluded_by_vvt or s.status != "open":
            answered += 1
        if not s.in_scope:
            continue
        in_scope += 1
        total += s.weight.value
        met += s.weight.value * s.degree
        gaps += s.status in GAP_STATUSES
    return GroupScore(
        key=key, score=(met / total) if total > 0 else None, weight_total=total,
        weight_met=met, items=items, in_scope=in_scope, answered=answered,
        coverage=(answered / items) if items else 0.0, gaps=gaps, counts=counts,
    )


def score(catalog: Catalog, answers: Mapping[str, Answer],
          applicability: Mapping[str, Applicability], risk_profile: RiskProfile,
          factors: Mapping[Category, float], today: date) -> Scorecard:
    """Score a whole assessment against its catalog."""
    not_applicable = {c for c, a in applicability.items() if not a.applicable}
    per_item = {
        item.id: score_item(item, answers.get(item.id), item.control in not_applicable,
                            risk_profile, factors, today)
        for item in catalog.items.values()
    }
    items = list(catalog.items.values())

    def groups(keys: Iterable[str], member: Callable[[Item, str], bool]) -> dict[str, GroupScore]:
        return {k: group(k, (per_item[i.id] for i in items if member(i, k))) for k in keys}

    order = {key: n for n, key in enumerate(catalog.items)}
    risks = sorted((s for s in per_item.values() if s.residual > 0),
                   key=lambda s: (-s.residual, order[s.item]))
    controls = list(dict.fromkeys(i.control for i in items if i.control))
    return Scorecard(
        catalog=catalog.id, today=today,
        overall=group("overall", per_item.values()),
        themes=groups((*THEMES, "isms"), lambda i, k: i.theme == k),
        controls=groups(controls, lambda i, k: i.control == k),
        categories=groups(CATEGORIES, lambda i, k: k in i.categories),
        nis2=groups(LETTERS, lambda i, k: k in i.nis2),
        cbw=groups(catalog.cbw_items, lambda i, k: k in i.cbw),
        concepts=groups(CONCEPTS, lambda i, k: k in i.concepts),
        items=per_item,
        residual_risks=tuple(risks),
        accepted=tuple(k for k, s in per_item.items() if s.accepted),
        expired_acceptances=tuple(k for k, s in per_item.items() if s.acceptance_expired),
        overdue=tuple(k for k, s in per_item.items() if s.overdue),
    )
