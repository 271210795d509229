"""The report's meldplicht summary (bio2.analysis.meldplicht): which entries count, the
counts, the on-time rate per phase; hand-computed, one test per rule."""

from __future__ import annotations

from datetime import UTC, datetime

from bio2.analysis.meldplicht import in_period, rate_of, summarise
from bio2.domain.incidents import Incident
from bio2.domain.meldplicht import Report

BOTH = frozenset({"csirt", "supervisor"})
NOW = datetime(2026, 12, 2, 12, 0, tzinfo=UTC)


def utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)  # type: ignore[misc]


def make(number: int, kind: str, aware: datetime, reports: dict[str, Report]) -> Incident:
    return Incident(kind=kind, title=f"nr {number}", aware=aware, reports=reports,
                    number=number, lessons="les")


# 1: all on time; 2: early warning late, rest never reported; 3: drill, only the CSIRT;
# 4: aware on 31 December 2025 23:30 UTC = 1 January 2026 00:30 Amsterdam: in 2026;
# 5: aware in 2025; 6: aware an hour ago, nothing due yet
REGISTER = [
    make(1, "incident", utc(2026, 2, 1, 8, 0),
         {"24h": Report(utc(2026, 2, 1, 18, 0), BOTH), "72h": Report(utc(2026, 2, 3, 8, 0),
                                                                     BOTH),
          "final": Report(utc(2026, 3, 1, 8, 0), BOTH)}),
    make(2, "incident", utc(2026, 5, 1, 8, 0), {"24h": Report(utc(2026, 5, 2, 9, 0), BOTH)}),
    make(3, "drill", utc(2026, 6, 1, 8, 0), {"24h": Report(utc(2026, 6, 1, 9, 0),
                                                           frozenset({"csirt"}))}),
    make(4, "incident", utc(2025, 12, 31, 23, 30),
         {"24h": Report(utc(2026, 1, 1, 10, 0), BOTH)}),
    make(5, "incident", utc(2025, 6, 1, 8, 0), {}),
    make(6, "incident", utc(2026, 12, 2, 11, 0), {}),
]


def test_a_year_period_takes_the_entries_aware_in_that_amsterdam_year() -> None:
    chosen, year = in_period(REGISTER, "2026")
    assert year == 2026 and [i.number for i in chosen] == [1, 2, 3, 4, 6]
    chosen, year = in_period(REGISTER, " 2025 ")
    assert year == 2025 and [i.number for i in chosen] == [5]


def test_another_period_takes_the_whole_register() -> None:
    chosen, year = in_period(REGISTER, "2026-H1")
    assert year is None and len(chosen) == 6
    assert summarise(REGISTER, "2026-H1", NOW).whole_register


def test_counts_and_rates_per_phase() -> None:
    summary = summarise(REGISTER, "2026", NOW)
    assert summary.counts == {"incident": 4, "drill": 1}
    early, notification, final = summary.rates["incident"]
    # 24 h: 1 on time, 2 late, 4 on time, 6 pending -> 2 of 3
    assert (early.on_time, early.late, early.overdue, early.pending) == (2, 1, 0, 1)
    assert early.settled == 3 and early.rate == 2 / 3
    # 72 h: 1 on time, 2 and 4 overdue, 6 pending -> 1 of 3
    assert (notification.on_time, notification.overdue, notification.pending) == (1, 2, 1)
    assert notification.rate == 1 / 3
    # final: 1 on time (1 March 08:00 UTC, due 3 March 09:00 CET), 2 and 4 overdue
    assert (final.on_time, final.overdue, final.pending) == (1, 2, 1)
    drill_early = summary.rates["drill"][0]
    assert (drill_early.incomplete, drill_early.rate) == (1, 0.0)
    assert summary.details == ()
    assert not summary.empty


def test_no_settled_phase_gives_no_rate() -> None:
    assert rate_of("24h", ["pending"]).rate is None
    assert rate_of("24h", []).rate is None
    summary = summarise([], "2026", NOW)
    assert summary.empty and summary.rates["drill"][2].rate is None


def test_details_only_when_asked() -> None:
    summary = summarise(REGISTER, "2025", NOW, details=True)
    assert [(d.number, d.verdicts["24h"], d.lessons) for d in summary.details] == [
        (5, "overdue", "les")]
