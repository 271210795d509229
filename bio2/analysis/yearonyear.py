"""Year on year (PDCA): what changed between an earlier assessment and this one.

Pure functions over two scorecards and their answers; ``bio2 score --compare``, the TUI
dashboard and the report (``bio2.report.sections.yearonyear``) all show
:func:`compare`. Rules (decisions where the issue was silent):

- **Which earlier assessment**: :func:`previous_of` takes, among the organisation's other
  assessments, the latest period before this one (periods compare as text, so ``2025`` <
  ``2026`` and ``2025-Q4`` < ``2026``); with several catalog versions in that period the
  one on this assessment's catalog, else the newest. ``--compare PERIOD`` names one.
- **Scores** per theme, per category and overall, then and now, and the change in
  percentage points. A group in which nothing has a decision has no score (shown as a
  dash, not as 0%), and then no change either.
- **Reference date of the earlier assessment**: its assessment date; without one, the
  last day of its period when the period starts with a year, else the day of the
  comparison. Acceptances and due dates of the earlier assessment are judged on it.
- **Gaps** are :func:`bio2.analysis.ranking.is_gap` (``nee``/``deels``, in scope). *Closed*: a gap
  then, ``ja`` now. *No longer a gap without being closed*: a gap then that is now
  ``nvt``, excluded by the VvT or back to ``open`` (listed apart: it is not an
  improvement). *New*: a gap now that was not one then (with its earlier status; an item
  that did not exist in the earlier catalog counts as earlier ``open``).
- **Acceptances expired since**: expired now, and in force on the earlier reference date.
- **Overdue actions carried over**: overdue now, and the earlier assessment already had a
  due date for the item (the action was planned then and is still not done).
- Items are matched by id. With different catalog versions only the items in both are
  compared item by item; the number left out is reported.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from bio2.analysis.ranking import is_gap
from bio2.domain.base import CATEGORIES, THEMES
from bio2.domain.scorecard import GroupScore, Scorecard

if TYPE_CHECKING:
    from bio2.domain.answers import Answer


@dataclass(frozen=True)
class GroupChange:
    key: str
    before: float | None
    after: float | None

    @property
    def change(self) -> float | None:
        if self.before is None or self.after is None:
            return None
        return self.after - self.before


@dataclass(frozen=True)
class ItemChange:
    item: str
    before: str          # status then ("open" when the item did not exist then)
    after: str           # status now


@dataclass(frozen=True)
class Carried:
    item: str
    due_before: date | None
    due_now: date | None


@dataclass(frozen=True)
class Comparison:
    period_before: str
    period_after: str
    overall: GroupChange
    themes: tuple[GroupChange, ...]
    categories: tuple[GroupChange, ...]
    closed: tuple[ItemChange, ...]
    dropped: tuple[ItemChange, ...]
    new_gaps: tuple[ItemChange, ...]
    expired_since: tuple[str, ...]
    overdue_carried: tuple[Carried, ...]
    #: Items of either catalog that the other does not have (compared on scores only).
    not_shared: int


def shown(group: GroupScore) -> float | None:
    """The score a person sees: none while nothing in the group has a decision."""
    return group.score if group.answered else None


def _changes(keys: Iterable[str], before: Mapping[str, GroupScore],
             after: Mapping[str, GroupScore]) -> tuple[GroupChange, ...]:
    return tuple(GroupChange(k, shown(before[k]) if k in before else None,
                             shown(after[k]) if k in after else None) for k in keys)


def compare(before: Scorecard, before_answers: Mapping[str, Answer], period_before: str,
            after: Scorecard, after_answers: Mapping[str, Answer],
            period_after: str) -> Comparison:
    """The change from ``before`` (scored on its reference date) to ``after`` (today).
    Lists are in the catalog order of ``after``."""
    closed: list[ItemChange] = []
    dropped: list[ItemChange] = []
    new_gaps: list[ItemChange] = []
    for key, now in after.items.items():
        then = before.items.get(key)
        was_gap = then is not None and is_gap(then)
        status_then = then.status if then is not None else "open"
        if was_gap and not is_gap(now):
            change = ItemChange(key, status_then, "excluded" if now.excluded_by_vvt
                                else now.status)
            (closed if now.status == "ja" and now.in_scope else dropped).append(change)
        elif is_gap(now) and not was_gap:
            new_gaps.append(ItemChange(key, "excluded" if then is not None
                                       and then.excluded_by_vvt else status_then, now.status))
    expired = tuple(k for k in after.expired_acceptances
                    if k in before.items and before.items[k].accepted)
    carried = []
    for key in after.overdue:
        earlier = before_answers.get(key)
        if earlier is not None and earlier.due is not None:
            current = after_answers.get(key)
            carried.append(Carried(key, earlier.due, current.due if current else None))
    return Comparison(
        period_before=period_before, period_after=period_after,
        overall=GroupChange("overall", shown(before.overall), shown(after.overall)),
        themes=_changes((*THEMES, "isms"), before.themes, after.themes),
        categories=_changes(CATEGORIES, before.categories, after.categories),
        closed=tuple(closed), dropped=tuple(dropped), new_gaps=tuple(new_gaps),
        expired_since=expired, overdue_carried=tuple(carried),
        not_shared=len(set(before.items) ^ set(after.items)),
    )


def reference_date(period: str, assessed_on: str | date | None, fallback: date) -> date:
    """The day the earlier assessment describes (see the module docstring)."""
    if isinstance(assessed_on, date):
        return assessed_on
    if assessed_on:
        try:
            return date.fromisoformat(assessed_on)
        except ValueError:
            pass
    year = re.match(r"(\d{4})(?!\d)", period)
    return date(int(year.group(1)), 12, 31) if year else fallback


def text_lists(c: Comparison) -> list[tuple[str, list[str]]]:
    """The five lists as (title, entries) in the user's language, for the CLI and the TUI
    (the report lays them out as tables)."""
    from bio2.i18n import t
    from bio2.i18n.numbers import iso_date

    def changes(items: tuple[ItemChange, ...]) -> list[str]:
        return [t("yoy.change_item", item=x.item, before=t(f"status.{x.before}"),
                  after=t(f"status.{x.after}")) for x in items]

    return [
        (t("yoy.closed", n=len(c.closed)), changes(c.closed)),
        (t("yoy.dropped", n=len(c.dropped)), changes(c.dropped)),
        (t("yoy.new", n=len(c.new_gaps)), changes(c.new_gaps)),
        (t("yoy.expired", before=c.period_before, n=len(c.expired_since)),
         list(c.expired_since)),
        (t("yoy.carried", before=c.period_before, n=len(c.overdue_carried)),
         [t("yoy.carried_item", item=x.item, before=c.period_before,
            due_before=iso_date(x.due_before), due_now=iso_date(x.due_now))
          for x in c.overdue_carried]),
    ]
