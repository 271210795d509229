"""One entry of an organisation's register of significant incidents and drills (issue 13
§4), and its plain (JSON) form for the store and the history.

An entry records facts only: what kind (a real incident or a drill that practises the
meldplicht), a short title, when the entity became aware, and per phase when it was
reported and to whom, plus the lessons learned. Whether each phase was on time is never
stored or typed: :func:`bio2.domain.meldplicht.phase_verdicts` derives it each time from
these facts, so a corrected time corrects the verdict.

Instants are kept in UTC (ISO 8601 with ``+00:00``); every reader shows them as
Amsterdam clock time.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from bio2.domain.meldplicht import PHASES, RECIPIENTS, Report, Verdict, phase_verdicts

KINDS: tuple[str, ...] = ("incident", "drill")
TITLE_MAX = 200
LESSONS_MAX = 5000


@dataclass(frozen=True)
class Incident:
    """An entry; ``number`` is given by the store (never reused within an organisation),
    ``revision`` is the id of the history row that last changed it (0: not stored)."""

    kind: str
    title: str
    aware: datetime
    reports: dict[str, Report] = field(default_factory=dict)
    lessons: str = ""
    number: int = 0
    revision: int = 0

    def verdicts(self, now: datetime) -> dict[str, Verdict]:
        return phase_verdicts(self.aware, self.reports, now)

    def plain(self) -> dict[str, Any]:
        """The facts as JSON data (what the store keeps and the history shows)."""
        return {
            "kind": self.kind, "title": self.title, "aware": self.aware.isoformat(),
            "reports": {phase: {"at": report.at.isoformat(),
                                "to": [r for r in RECIPIENTS if r in report.to]}
                        for phase, report in sorted(self.reports.items(),
                                                    key=lambda kv: PHASES.index(kv[0]))},
            "lessons": self.lessons,
        }


def reports_from_plain(data: dict[str, Any]) -> dict[str, Report]:
    return {phase: Report(datetime.fromisoformat(value["at"]), frozenset(value["to"]))
            for phase, value in data.items()}


def from_row(row: dict[str, Any]) -> Incident:
    """An entry from its stored row (columns of the ``incidents`` table)."""
    import json

    return Incident(kind=row["kind"], title=row["title"],
                    aware=datetime.fromisoformat(row["aware"]),
                    reports=reports_from_plain(json.loads(row["reports"])),
                    lessons=row["lessons"] or "", number=int(row["number"]),
                    revision=int(row["revision"]))
