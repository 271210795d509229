"""Merging an incoming answer file into the answers an assessment already has (pure).

Per item: *new* (not there yet), *unchanged*, or *changed*. A changed item needs a
decision: ``fail`` (write nothing), ``theirs`` (take the file), ``ours`` (keep the store).
An incoming bare ``open`` answer means "not answered" and never replaces an answer.
VvT decisions and the risk profile follow the same rule.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

from bio2.domain.answers import Answer, AnswerFile, Applicability, RiskProfile
from bio2.domain.rules import answer_is_blank

OnConflict = Literal["fail", "theirs", "ours"]


@dataclass
class MergePlan:
    new: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    #: VvT entries, keyed ``vvt:<control>``, and ``risk_profile``.
    new_other: list[str] = field(default_factory=list)
    changed_other: list[str] = field(default_factory=list)
    answers_to_write: list[Answer] = field(default_factory=list)
    vvt_to_write: list[Applicability] = field(default_factory=list)
    risk_profile: RiskProfile | None = None
    #: Three-way merges (workbooks, ``bio2.exchange.workbook_merge``): items changed in the
    #: file while bio2 still holds the value they were exported with, so the change is
    #: taken without a conflict; and per conflict a line with both values.
    updated: list[str] = field(default_factory=list)
    details: dict[str, list[str]] = field(default_factory=dict)

    @property
    def conflicts(self) -> list[str]:
        return self.changed + self.changed_other

    def summary(self) -> dict[str, int]:
        counts = {"new": len(self.new) + len(self.new_other),
                  "changed": len(self.conflicts), "unchanged": len(self.unchanged)}
        if self.updated:
            counts["updated"] = len(self.updated)
        return counts


def plan(incoming: AnswerFile, answers: Mapping[str, Answer],
         applicability: Mapping[str, Applicability], risk_profile: RiskProfile | None,
         on_conflict: OnConflict) -> MergePlan:
    """Decide per item what an import does; writes nothing."""
    result = MergePlan()
    take_theirs = on_conflict == "theirs"
    for answer in incoming.answers:
        current = answers.get(answer.item)
        if answer_is_blank(answer):
            if current is None:
                result.unchanged.append(answer.item)
            continue
        if current is None:
            result.new.append(answer.item)
            result.answers_to_write.append(answer)
        elif current == answer:
            result.unchanged.append(answer.item)
        else:
            result.changed.append(answer.item)
            if take_theirs:
                result.answers_to_write.append(answer)
    for entry in incoming.applicability:
        key = f"vvt:{entry.control}"
        existing = applicability.get(entry.control)
        if existing is None:
            result.new_other.append(key)
            result.vvt_to_write.append(entry)
        elif existing != entry:
            result.changed_other.append(key)
            if take_theirs:
                result.vvt_to_write.append(entry)
    if incoming.risk_profile is not None and incoming.risk_profile != risk_profile:
        if risk_profile is None:
            result.new_other.append("risk_profile")
            result.risk_profile = incoming.risk_profile
        else:
            result.changed_other.append("risk_profile")
            if take_theirs:
                result.risk_profile = incoming.risk_profile
    return result
