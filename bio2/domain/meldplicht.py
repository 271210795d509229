"""The meldplicht (Cbw / NIS2 art. 23) deadlines of a significant incident, and whether a
report was on time: pure rules, no I/O, no texts (the callers translate the codes).

The three phases, counted from the moment the entity became aware of the incident:

- ``24h``: early warning, due 24 hours after becoming aware;
- ``72h``: incident notification, due 72 hours after becoming aware;
- ``final``: final report, due one month after the incident notification.

Decisions where the law and the issue are silent (README "Meldplicht" says the same):

- **Hours are elapsed time.** 24 h and 72 h are added to the instant (in UTC), never to
  the wall clock: across a change to or from summer time the deadline's clock time in
  Amsterdam moves by an hour (aware Saturday 28 March 2026 12:00 CET: early warning due
  Sunday 29 March 13:00 CEST, which is still exactly 24 hours later).
- **One month** is counted on the Amsterdam calendar: the same day of the next month at
  the same clock time. A day the next month lacks becomes its last day (31 January ->
  28 February, or 29 in a leap year; 31 March -> 30 April): the earlier reading, so the
  deadline we print is never later than the law allows.
- **From which notification?** The law counts the month from the notification itself. So
  when the notification was made, the final report is due one month after that moment;
  before it is made (and in ``bio2 incident deadlines`` without ``--notified``) one
  month after the notification *deadline*, the latest the final report can be due if the
  notification is on time.
- **A clock time that does not exist or exists twice** in Amsterdam (the hour skipped in
  March, the hour repeated in October) is read as the earlier of its possible instants,
  again so that no deadline comes out later than the law allows.
- **On time** means reported at or before the deadline (to the minute the user typed:
  the comparison is of instants) and to both recipients the Cbw names: the CSIRT of the
  entity and the supervisor (competent authority). Reported in time to only one of them
  is ``incomplete``, which does not count as on time.
- A phase not reported yet is ``pending`` until its deadline passes and ``overdue`` after.
- **Each phase is judged on its own report.** A notification sent within 24 hours that
  also served as the early warning is recorded in both phases (same time, same
  recipients); bio2 never infers one phase from another.
"""

from __future__ import annotations

import calendar
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo
from functools import cache
from typing import Literal

#: The phases in the order they fall due.
PHASES: tuple[str, ...] = ("24h", "72h", "final")
#: Hours after becoming aware, for the phases counted in hours.
HOURS: dict[str, int] = {"24h": 24, "72h": 72}
#: Both must receive every report (issue 13 §3: "always").
RECIPIENTS: tuple[str, ...] = ("csirt", "supervisor")
ZONE_NAME = "Europe/Amsterdam"
#: Longer input is never a time; the limit keeps parsing cheap.
MAX_TIME_LENGTH = 40

Verdict = Literal["on_time", "late", "incomplete", "pending", "overdue"]


class TimeError(ValueError):
    """A time that cannot be used; ``code`` says why (``empty``, ``format``,
    ``no_zone``), the caller turns it into one line in the user's language."""

    def __init__(self, code: str, value: str) -> None:
        super().__init__(f"{code}: {value!r}")
        self.code = code
        self.value = value


@cache
def amsterdam() -> tzinfo:
    """The Europe/Amsterdam zone (zoneinfo: the system database, else the ``tzdata``
    package)."""
    from zoneinfo import ZoneInfo

    return ZoneInfo(ZONE_NAME)


def parse_time(text: str, *, naive_is_local: bool) -> datetime:
    """An instant from ISO 8601 text (``2026-12-01T14:05``, ``...+01:00``, ``...Z``; a
    space may stand for the ``T``), in UTC.

    A time without an offset is local Amsterdam time when ``naive_is_local`` (the
    deadline calculator, for a person typing a clock time) and refused otherwise (the
    register: a stored fact must say which instant it is)."""
    value = text.strip()
    if not value:
        raise TimeError("empty", text)
    if len(value) > MAX_TIME_LENGTH or not value[:4].isdigit() or len(value) < 16:
        # A date alone (no clock time) is not enough to count hours from.
        raise TimeError("format", text)
    try:
        parsed = datetime.fromisoformat(value.replace(" ", "T", 1))
    except ValueError:
        raise TimeError("format", text) from None
    if parsed.tzinfo is None:
        if not naive_is_local:
            raise TimeError("no_zone", text)
        return local_to_utc(parsed)
    return parsed.astimezone(UTC)


def local_to_utc(wall: datetime) -> datetime:
    """The instant of an Amsterdam clock time; a skipped or repeated clock time gives the
    earlier of its possible instants (module docstring)."""
    zone = amsterdam()
    readings = [wall.replace(tzinfo=zone, fold=fold).astimezone(UTC) for fold in (0, 1)]
    return min(readings)


def local(instant: datetime) -> datetime:
    """An instant as Amsterdam clock time (aware, with its offset)."""
    return instant.astimezone(amsterdam())


def add_month(instant: datetime) -> datetime:
    """One calendar month after ``instant`` on the Amsterdam calendar (module docstring:
    the last day of a shorter month, the earlier instant of an ambiguous clock time)."""
    wall = local(instant).replace(tzinfo=None)
    year, month = (wall.year + 1, 1) if wall.month == 12 else (wall.year, wall.month + 1)
    day = min(wall.day, calendar.monthrange(year, month)[1])
    return local_to_utc(wall.replace(year=year, month=month, day=day))


@dataclass(frozen=True)
class Report:
    """One report that was made: when (UTC) and to whom (codes of ``RECIPIENTS``)."""

    at: datetime
    to: frozenset[str]


@dataclass(frozen=True)
class Deadlines:
    """The three deadlines of one incident, as instants in UTC."""

    aware: datetime
    early_warning: datetime
    notification: datetime
    final_report: datetime
    #: True when the final report is counted from the notification as made, False when
    #: from the notification deadline.
    final_from_notification: bool

    def due(self, phase: str) -> datetime:
        return {"24h": self.early_warning, "72h": self.notification,
                "final": self.final_report}[phase]


def deadlines(aware: datetime, notified: datetime | None = None) -> Deadlines:
    """The deadlines for an incident the entity became aware of at ``aware`` (an aware
    datetime); ``notified``: when the notification was made, if it was."""
    start = aware.astimezone(UTC)
    notification = start + timedelta(hours=HOURS["72h"])
    base = notified.astimezone(UTC) if notified is not None else notification
    return Deadlines(aware=start, early_warning=start + timedelta(hours=HOURS["24h"]),
                     notification=notification, final_report=add_month(base),
                     final_from_notification=notified is not None)


def verdict(due: datetime, report: Report | None, now: datetime) -> Verdict:
    """On time, late, incomplete (in time but not to both recipients), or, when nothing
    was reported, pending before the deadline and overdue after it."""
    if report is None:
        return "pending" if now <= due else "overdue"
    if report.at > due:
        return "late"
    if not set(RECIPIENTS) <= report.to:
        return "incomplete"
    return "on_time"


def phase_verdicts(aware: datetime, reports: Mapping[str, Report],
                   now: datetime) -> dict[str, Verdict]:
    """The verdict of every phase of one incident (or drill), by the rules above."""
    notified = reports.get("72h")
    due = deadlines(aware, notified.at if notified is not None else None)
    return {phase: verdict(due.due(phase), reports.get(phase), now) for phase in PHASES}


def shifted(aware: datetime, due: datetime) -> bool:
    """True when a deadline's Amsterdam clock time differs from that of becoming aware
    (the elapsed hours crossed a change of summer time)."""
    a, b = local(aware), local(due)
    return (a.hour, a.minute) != (b.hour, b.minute)


def local_date(instant: datetime) -> date:
    return local(instant).date()
