"""What the report says about the meldplicht register (issue 13 §4): counts and the
on-time rate per phase, by written rules over the register's facts; incident details
only when the caller asks for them.

Rules (each has a test in ``tests/test_incident_summary.py``):

- **Which entries**: a period of four digits (``2026``) is a calendar year: the entries
  the entity became aware of in that year (Amsterdam time). Any other period text takes
  every entry, and the summary says so (``whole_register``).
- **Counts**: incidents and drills apart; drills never enter the incidents' rates.
- **At which moment**: the report judges at the end of its report date (midnight
  Amsterdam time after it), so the same data and report date give the same verdicts:
  a phase whose deadline passed by then without a report is overdue.
- **On-time rate of a phase** = on time / settled, where settled = on time + late +
  incomplete + overdue (a phase reported in time but not to both recipients is not on
  time; a phase not reported after its deadline is late). A phase still pending (its
  deadline has not passed, nothing reported) is left out. No settled phase: no rate
  (``None``), shown as a dash, never as 0% or 100%.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from bio2.domain.incidents import KINDS, Incident
from bio2.domain.meldplicht import PHASES, Verdict, local, local_to_utc


@dataclass(frozen=True)
class PhaseRate:
    phase: str
    on_time: int
    late: int
    incomplete: int
    overdue: int
    pending: int

    @property
    def settled(self) -> int:
        return self.on_time + self.late + self.incomplete + self.overdue

    @property
    def rate(self) -> float | None:
        return self.on_time / self.settled if self.settled else None


@dataclass(frozen=True)
class EntryLine:
    """One entry as a detail row (only produced when details are asked for)."""

    number: int
    kind: str
    title: str
    aware: datetime
    verdicts: dict[str, Verdict]
    lessons: str


@dataclass(frozen=True)
class MeldplichtSummary:
    counts: dict[str, int]
    #: kind -> the rate of each phase, in PHASES order
    rates: dict[str, tuple[PhaseRate, ...]]
    whole_register: bool
    year: int | None
    details: tuple[EntryLine, ...]

    @property
    def empty(self) -> bool:
        return not any(self.counts.values())


_YEAR = re.compile(r"\d{4}")


def in_period(incidents: Sequence[Incident], period: str) -> tuple[list[Incident],
                                                                    int | None]:
    """The entries of ``period`` (a year: aware in that Amsterdam calendar year; else
    all) and the year, if the period was one."""
    if not _YEAR.fullmatch(period.strip()):
        return list(incidents), None
    year = int(period.strip())
    return [i for i in incidents if local(i.aware).year == year], year


def end_of_day(day: date) -> datetime:
    """Midnight (Amsterdam) after ``day``: the moment a report dated ``day`` judges at."""
    after = day + timedelta(days=1)
    return local_to_utc(datetime(after.year, after.month, after.day))


def rate_of(phase: str, verdicts: Sequence[Verdict]) -> PhaseRate:
    count = {v: sum(1 for x in verdicts if x == v) for v in
             ("on_time", "late", "incomplete", "overdue", "pending")}
    return PhaseRate(phase, count["on_time"], count["late"], count["incomplete"],
                     count["overdue"], count["pending"])


def summarise(incidents: Sequence[Incident], period: str, now: datetime, *,
              details: bool = False) -> MeldplichtSummary:
    """The meldplicht summary of ``period`` at ``now`` (rules in the module docstring)."""
    chosen, year = in_period(incidents, period)
    verdicts = {i.number: i.verdicts(now) for i in chosen}
    rates = {kind: tuple(rate_of(phase, [verdicts[i.number][phase] for i in chosen
                                         if i.kind == kind]) for phase in PHASES)
             for kind in KINDS}
    lines = tuple(EntryLine(i.number, i.kind, i.title, i.aware, verdicts[i.number],
                            i.lessons) for i in chosen) if details else ()
    return MeldplichtSummary(counts={kind: sum(1 for i in chosen if i.kind == kind)
                                     for kind in KINDS},
                             rates=rates, whole_register=year is None, year=year,
                             details=lines)
