"""The board training register as the report's governance chapter shows it (Cbw art. 24).

Pure content, no layout: :func:`training_summary` turns a register and the report's
reference date into resolved texts and rows (every word from the message catalog, every
date formatted for the language), which a renderer (PDF today, the format-neutral report
model later) only lays out. The verdict per member is the rule of
:func:`bio2.domain.training.member_status`, and the chapter states that rule with its
period N and reference date, so the board can check every "yes, overdue" by hand.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from bio2.domain.training import TrainingRegister, cutoff, member_status
from bio2.i18n import t
from bio2.i18n.numbers import Formatter


@dataclass(frozen=True)
class TrainingSummary:
    """What the chapter says: a lead, the rule, the counts and one row per member."""

    #: False: no register recorded; then only ``lead`` and ``note`` are meant to be shown.
    recorded: bool
    lead: str
    #: "No register" / "no members" or "" when there are rows.
    note: str
    #: The overdue rule with N and the reference date ("" without a register).
    rule: str
    #: "n members, k overdue" ("" without members).
    counts: str
    header: tuple[str, ...]
    #: Per member: name, role, latest training, number of trainings, overdue word.
    rows: tuple[tuple[str, ...], ...]
    #: Per row: is this member overdue (a renderer may mark it; the word says it too).
    overdue: tuple[bool, ...]
    members: int
    overdue_count: int


def training_summary(register: TrainingRegister | None, today: date,
                     fmt: Formatter) -> TrainingSummary:
    """The chapter content for ``register`` judged on ``today`` (the report's date)."""
    lead = t("training.report.lead")
    header = (t("training.col.name"), t("training.col.role"), t("training.col.last"),
              t("training.col.count"), t("training.col.overdue"))
    if register is None:
        return TrainingSummary(False, lead, t("training.report.none"), "", "", header, (),
                               (), 0, 0)
    rule = t("training.rule", months=register.period_months, today=fmt.long_date(today),
             cutoff=fmt.long_date(cutoff(register, today)))
    statuses = member_status(register, today)
    if not statuses:
        return TrainingSummary(True, lead, t("training.report.no_members"), rule, "",
                               header, (), (), 0, 0)
    rows = tuple((s.name, s.role,
                  fmt.long_date(s.last) if s.last else t("training.last.none"),
                  fmt.integer(s.trainings),
                  t("training.overdue.yes") if s.overdue else t("training.overdue.no"))
                 for s in statuses)
    late = sum(s.overdue for s in statuses)
    return TrainingSummary(True, lead, "", rule,
                           t("training.report.counts", members=fmt.integer(len(statuses)),
                             overdue=fmt.integer(late)),
                           header, rows, tuple(s.overdue for s in statuses), len(statuses),
                           late)
