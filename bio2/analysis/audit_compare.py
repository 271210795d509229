"""Self-assessment and audit side by side (pure; the report, CLI and TUI share it).

Decisions where the issue was silent:

- An item counts as *audited* when the audit view has an answer for it with a status other
  than ``open``. An audit answer that is still ``open`` (only a finding, or o/b/w without a
  status) is not compared; its finding still reaches the list of findings.
- Relation per audited item, on the order ``ja`` > ``deels`` > ``nee``: *same* status;
  *stricter* when the auditor's status is lower than the CISO's; *milder* when higher.
  Every other difference (``nvt`` on either side, or an item the CISO has not assessed
  yet) is *other*: neither stricter nor milder, but listed with both statuses.
- The CISO's status is the answer's status, also for items the VvT excludes.
- Findings for the improvement plan: audited items where the auditor answered ``nee`` or
  ``deels``, or judged opzet, bestaan or werking ``nee``; in catalog order.
- Verdict counts per aspect (opzet, bestaan, werking): ja / nee / onbekend over the audit
  answers that carry that judgement.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Literal

from bio2.domain.answers import Answer
from bio2.domain.base import CATEGORIES, THEMES
from bio2.domain.catalog import Catalog

Relation = Literal["same", "stricter", "milder", "other"]
RELATIONS: tuple[Relation, ...] = ("same", "stricter", "milder", "other")
ASPECTS = ("opzet", "bestaan", "werking")
JUDGEMENTS = ("ja", "nee", "onbekend")
RANK = {"ja": 2, "deels": 1, "nee": 0}


@dataclass(frozen=True)
class ItemComparison:
    item: str
    self_status: str
    audit_status: str
    relation: Relation
    finding: str | None
    opzet: str | None
    bestaan: str | None
    werking: str | None

    @property
    def differs(self) -> bool:
        return self.relation != "same"

    @property
    def judged_nee(self) -> bool:
        return "nee" in (self.opzet, self.bestaan, self.werking)


@dataclass(frozen=True)
class Agreement:
    """How many audited items of a group fall in each relation."""

    same: int = 0
    stricter: int = 0
    milder: int = 0
    other: int = 0

    @property
    def total(self) -> int:
        return self.same + self.stricter + self.milder + self.other


@dataclass(frozen=True)
class AuditComparison:
    #: Audited items (audit status not ``open``), in catalog order.
    items: tuple[ItemComparison, ...]
    overall: Agreement
    themes: dict[str, Agreement]
    categories: dict[str, Agreement]
    #: aspect -> judgement -> count, e.g. ``{"werking": {"ja": 3, "nee": 2, "onbekend": 0}}``
    judgements: dict[str, dict[str, int]]
    #: Audit answers for the improvement plan (see the module docstring).
    findings: tuple[ItemComparison, ...]

    @property
    def differences(self) -> tuple[ItemComparison, ...]:
        return tuple(c for c in self.items if c.differs)


def relation(self_status: str, audit_status: str) -> Relation:
    if self_status == audit_status:
        return "same"
    if self_status in RANK and audit_status in RANK:
        return "stricter" if RANK[audit_status] < RANK[self_status] else "milder"
    return "other"


def agreement(comparisons: Iterable[ItemComparison]) -> Agreement:
    counts = dict.fromkeys(RELATIONS, 0)
    for c in comparisons:
        counts[c.relation] += 1
    return Agreement(**counts)


def _compare_one(item_id: str, own: Answer | None, audit: Answer) -> ItemComparison:
    self_status = own.status if own is not None else "open"
    return ItemComparison(
        item=item_id, self_status=self_status, audit_status=audit.status,
        relation=relation(self_status, audit.status), finding=audit.finding,
        opzet=audit.opzet, bestaan=audit.bestaan, werking=audit.werking)


def compare(catalog: Catalog, answers: Mapping[str, Answer],
            audit: Mapping[str, Answer]) -> AuditComparison | None:
    """The comparison, or None when the audit view holds nothing for this catalog."""
    present = [i for i in catalog.items if i in audit]
    if not present:
        return None
    every = {i: _compare_one(i, answers.get(i), audit[i]) for i in present}
    audited = [c for c in every.values() if c.audit_status != "open"]
    themes = {th: agreement(c for c in audited if catalog.items[c.item].theme == th)
              for th in (*THEMES, "isms")}
    categories: dict[str, Agreement] = {
        cat: agreement(c for c in audited if cat in catalog.items[c.item].categories)
        for cat in CATEGORIES}
    judgements = {aspect: dict.fromkeys(JUDGEMENTS, 0) for aspect in ASPECTS}
    for c in every.values():
        for aspect in ASPECTS:
            value = getattr(c, aspect)
            if value is not None:
                judgements[aspect][value] += 1
    findings = tuple(c for c in every.values()
                     if c.audit_status in ("nee", "deels") or c.judged_nee)
    return AuditComparison(items=tuple(audited), overall=agreement(audited), themes=themes,
                           categories=categories, judgements=judgements, findings=findings)
