"""Risk weighting and scores (pure functions; the rules of ARCHITECTURE.md).

- Levels laag=1, midden=2, hoog=3 per BIV property of the risk profile.
- Weight w = exposure x category factor; exposure is the highest level among the BIV
  properties the item's control protects (ISMS clauses protect all three); the factor is
  the profile's factor of the item's categories (the highest when it has several; 1.0
  without categories). An explicit risk on the answer overrides it, on the same scale:
  w = likelihood x impact x top / 20, where ``top`` = 3 x the profile's highest category
  factor is the heaviest weight a default can have (4.5 in every shipped profile). The
  anchor is kans 4 x impact 5 = 20, where the highest class ("zeer hoog", 20-25) of the
  usual 5x5 risk matrix starts: an explicit risk in that class weighs at least as much as
  any default, so it never ranks below an unanswered or unrated item; and the scale stays
  linear, so 3 x 3 = 9 weighs about a "midden" default (2.0) and 2 x 2 about "laag" (1.0).
  The first version used likelihood x impact / 5 (4 x 5 = 4.0 < 4.5), which ranked an
  explicit high risk below the default of an unanswered basishygiëne item.
- Degree: ja 1, deels 0.5, nee 0, open 0. ``nvt`` and items of controls that the VvT
  marks not applicable leave the denominator.
- Group score = sum(w x degree) / sum(w); coverage = share of items with a decision.
- Residual risk = w x (1 - degree). Accepted risks stay in the score and are listed apart.
  Ranking (ties, the split of gaps and unassessed items) lives in :mod:`bio2.analysis.ranking`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import date
from typing import TYPE_CHECKING

from bio2.analysis.ranking import GAP_STATUSES as GAP_STATUSES
from bio2.analysis.ranking import risk_order
from bio2.domain.rules import acceptance_expired, excluded_controls, is_overdue
from bio2.domain.scorecard import GroupScore, ItemScore, Scorecard, Weight
from bio2.domain.vocab import CATEGORIES, CONCEPTS, LETTERS, THEMES, Category

if TYPE_CHECKING:  # the rules read shapes: the models fit them, so do plain records
    from bio2.domain.answers import Answer, Applicability
    from bio2.domain.catalog import Catalog, Item
    from bio2.domain.shapes import (
        AnswerShape,
        ApplicabilityShape,
        CatalogShape,
        ItemShape,
        RiskProfileShape,
    )

LEVEL = {"laag": 1, "midden": 2, "hoog": 3}
#: An explicit likelihood x impact equal to this weighs as the heaviest default.
EXPLICIT_ANCHOR = 20
DEGREE = {"ja": 1.0, "deels": 0.5, "nee": 0.0, "open": 0.0, "nvt": 0.0}


def top_weight(factors: Mapping[Category, float]) -> float:
    """The heaviest default weight of a profile: exposure hoog (3) x its highest factor."""
    return LEVEL["hoog"] * max((1.0, *factors.values()))


def explicit_weight(likelihood: int, impact: int, factors: Mapping[Category, float]) -> float:
    """An explicit risk on the scale of the defaults: likelihood x impact x top / 20."""
    return likelihood * impact * top_weight(factors) / EXPLICIT_ANCHOR


def item_weight(item: ItemShape, risk_profile: RiskProfileShape,
                factors: Mapping[Category, float], answer: AnswerShape | None = None) -> Weight:
    """The weight of one item, with its reasons."""
    if answer is not None and answer.risk is not None:
        return Weight(value=explicit_weight(answer.risk.likelihood, answer.risk.impact, factors),
                      basis="explicit",
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


def score_item(item: ItemShape, answer: AnswerShape | None, excluded: bool,
               risk_profile: RiskProfileShape, factors: Mapping[Category, float],
               today: date) -> ItemScore:
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
        accepted=acceptance is not None and not acceptance_expired(acceptance.until, today),
        acceptance_expired=acceptance is not None and acceptance_expired(acceptance.until, today),
        overdue=is_overdue(due, status, in_scope, today),
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


def score_items(catalog: CatalogShape, answers: Mapping[str, AnswerShape],
                applicability: Mapping[str, ApplicabilityShape],
                risk_profile: RiskProfileShape, factors: Mapping[Category, float],
                today: date) -> dict[str, ItemScore]:
    """The score of every item of the catalog, in catalog order (what the Cbw views
    need; :func:`score` adds the groups)."""
    not_applicable = excluded_controls(applicability.values())
    return {
        item.id: score_item(item, answers.get(item.id), item.control in not_applicable,
                            risk_profile, factors, today)
        for item in catalog.items.values()
    }


def score(catalog: Catalog, answers: Mapping[str, Answer],
          applicability: Mapping[str, Applicability], risk_profile: RiskProfileShape,
          factors: Mapping[Category, float], today: date) -> Scorecard:
    """Score a whole assessment against its catalog."""
    per_item = score_items(catalog, answers, applicability, risk_profile, factors, today)
    items: list[Item] = list(catalog.items.values())

    def groups(keys: Iterable[str], keys_of: Callable[[Item], Iterable[str]]
               ) -> dict[str, GroupScore]:
        """A group per key, of the items (in catalog order) whose ``keys_of`` holds it:
        one pass over the items (asking every item about every key, 90 controls x 190
        items, was most of the time of a score)."""
        members: dict[str, list[ItemScore]] = {k: [] for k in keys}
        for i in items:
            for k in set(keys_of(i)):
                if k in members:
                    members[k].append(per_item[i.id])
        return {k: group(k, scores) for k, scores in members.items()}

    risks = sorted((s for s in per_item.values() if s.residual > 0), key=risk_order(catalog.items))
    controls = list(dict.fromkeys(i.control for i in items if i.control))
    return Scorecard(
        catalog=catalog.id, today=today,
        overall=group("overall", per_item.values()),
        themes=groups((*THEMES, "isms"), lambda i: (i.theme,)),
        controls=groups(controls, lambda i: (i.control,) if i.control else ()),
        categories=groups(CATEGORIES, lambda i: i.categories),
        # an item the catalog puts outside the Cbw counts in the BIO2 score, not here
        nis2=groups(LETTERS, lambda i: () if i.outside_cbw else i.nis2),
        cbw=groups(catalog.cbw_items, lambda i: () if i.outside_cbw else i.cbw),
        concepts=groups(CONCEPTS, lambda i: i.concepts),
        items=per_item,
        residual_risks=tuple(risks),
        accepted=tuple(k for k, s in per_item.items() if s.accepted),
        expired_acceptances=tuple(k for k, s in per_item.items() if s.acceptance_expired),
        overdue=tuple(k for k, s in per_item.items() if s.overdue),
    )
