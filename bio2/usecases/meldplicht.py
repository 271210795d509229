"""Meldplicht deadlines for the CLI, the TUI and the report: user text in, one line out
on bad input (``UserError``), instants shown as Amsterdam clock time in the user's
language. The rules themselves are :mod:`bio2.domain.meldplicht`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from bio2.domain.errors import UserError
from bio2.domain.meldplicht import (
    PHASES,
    Deadlines,
    TimeError,
    deadlines,
    local,
    parse_time,
    shifted,
)
from bio2.i18n import t

FORMAT = "bio2-meldplicht-deadlines"


def read_time(text: str, field: str, *, naive_is_local: bool = False) -> datetime:
    """An instant from what the user typed, or a ``UserError`` naming ``field``."""
    try:
        return parse_time(text, naive_is_local=naive_is_local)
    except TimeError as problem:
        from bio2.system.problems import printable

        raise UserError(t(f"incident.err.time.{problem.code}", field=field,
                          value=printable(problem.value[:60]))) from None


def when(instant: datetime) -> str:
    """``wo 2 december 2026 14:05 CET`` (Amsterdam clock time, its zone name)."""
    from bio2.i18n.numbers import long_date

    wall = local(instant)
    weekday = t("incident.weekdays").split(",")[wall.weekday()]
    return t("incident.when", weekday=weekday, date=long_date(wall.date()),
             clock=wall.strftime("%H:%M"), zone=wall.tzname() or "")


@dataclass(frozen=True)
class DeadlineLine:
    phase: str
    due: datetime
    #: The Amsterdam clock time differs from that of becoming aware (summer time).
    shifted: bool


def compute(aware_text: str, notified_text: str | None = None) -> tuple[Deadlines,
                                                                        list[DeadlineLine]]:
    """``bio2 incident deadlines``: a time without offset is Amsterdam clock time."""
    aware = read_time(aware_text, "--aware", naive_is_local=True)
    notified = (read_time(notified_text, "--notified", naive_is_local=True)
                if notified_text is not None else None)
    if notified is not None and notified < aware:
        raise UserError(t("incident.err.notified_before_aware"))
    due = deadlines(aware, notified)
    # The hours are elapsed time, so their clock time can move; the month keeps the
    # clock time of the moment it counts from (unless that clock time is skipped).
    start = {"24h": aware, "72h": aware, "final": notified or due.notification}
    lines = [DeadlineLine(phase, due.due(phase), shifted(start[phase], due.due(phase)))
             for phase in PHASES]
    return due, lines


def as_json(due: Deadlines, lines: list[DeadlineLine],
            notified: datetime | None) -> dict[str, Any]:
    """The machine-readable form: instants as ISO 8601 with the Amsterdam offset and in
    UTC; phase codes, never translated words."""
    def iso(instant: datetime) -> str:
        return local(instant).isoformat(timespec="minutes")

    return {
        "format": FORMAT, "version": 1, "timezone": "Europe/Amsterdam",
        "aware": iso(due.aware),
        "notified": iso(notified) if notified is not None else None,
        "final_counts_from": "notification" if due.final_from_notification
        else "notification_deadline",
        "deadlines": [{"phase": line.phase, "due": iso(line.due),
                       "due_utc": line.due.strftime("%Y-%m-%dT%H:%MZ"),
                       "clock_shifted": line.shifted} for line in lines],
    }
