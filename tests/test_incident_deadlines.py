"""The meldplicht deadlines and verdicts (bio2.domain.meldplicht): hand-computed
expectations, one test per rule and branch.

Summer time in Amsterdam, 2026: from Sunday 29 March 02:00 CET (01:00 UTC) to Sunday
25 October 03:00 CEST (01:00 UTC). CET is UTC+1, CEST UTC+2."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from bio2.domain.meldplicht import (
    Report,
    TimeError,
    add_month,
    deadlines,
    local,
    parse_time,
    phase_verdicts,
    shifted,
    verdict,
)

CET = timezone(timedelta(hours=1))
CEST = timezone(timedelta(hours=2))


def utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)  # type: ignore[misc]


def test_the_issue_example_in_winter() -> None:
    aware = parse_time("2026-12-01T14:05", naive_is_local=True)
    assert aware == utc(2026, 12, 1, 13, 5)
    due = deadlines(aware)
    assert local(due.early_warning) == datetime(2026, 12, 2, 14, 5, tzinfo=CET)
    assert local(due.notification) == datetime(2026, 12, 4, 14, 5, tzinfo=CET)
    # one month after the notification deadline, over the turn of the year
    assert local(due.final_report) == datetime(2027, 1, 4, 14, 5, tzinfo=CET)
    assert not due.final_from_notification


def test_24_hours_across_the_change_to_summer_time_are_elapsed_hours() -> None:
    aware = parse_time("2026-03-28T12:00", naive_is_local=True)
    assert aware == utc(2026, 3, 28, 11, 0)
    due = deadlines(aware)
    assert due.early_warning == utc(2026, 3, 29, 11, 0)
    assert local(due.early_warning) == datetime(2026, 3, 29, 13, 0, tzinfo=CEST)
    assert local(due.notification) == datetime(2026, 3, 31, 13, 0, tzinfo=CEST)
    assert shifted(aware, due.early_warning)
    # 31 March + one month: April has 30 days
    assert local(due.final_report) == datetime(2026, 4, 30, 13, 0, tzinfo=CEST)


def test_24_hours_across_the_end_of_summer_time_are_elapsed_hours() -> None:
    aware = parse_time("2026-10-24T12:00", naive_is_local=True)
    assert aware == utc(2026, 10, 24, 10, 0)
    due = deadlines(aware)
    assert local(due.early_warning) == datetime(2026, 10, 25, 11, 0, tzinfo=CET)
    assert due.early_warning - aware == timedelta(hours=24)
    assert shifted(aware, due.early_warning)
    assert local(due.notification) == datetime(2026, 10, 27, 11, 0, tzinfo=CET)


def test_no_shift_when_no_change_of_summer_time_lies_between() -> None:
    aware = utc(2026, 6, 1, 10, 0)
    assert not shifted(aware, deadlines(aware).notification)


def test_one_month_from_31_january_is_the_last_day_of_february() -> None:
    assert local(add_month(datetime(2027, 1, 31, 10, 0, tzinfo=CET))) == datetime(
        2027, 2, 28, 10, 0, tzinfo=CET)
    # leap year
    assert local(add_month(datetime(2028, 1, 31, 10, 0, tzinfo=CET))) == datetime(
        2028, 2, 29, 10, 0, tzinfo=CET)
    # a day every month has stays the same day
    assert local(add_month(datetime(2026, 5, 15, 9, 30, tzinfo=CEST))) == datetime(
        2026, 6, 15, 9, 30, tzinfo=CEST)


def test_one_month_keeps_the_clock_time_across_a_change_of_summer_time() -> None:
    # 10 March 10:00 CET -> 10 April 10:00 CEST: 31 days minus one hour elapsed
    start = datetime(2026, 3, 10, 10, 0, tzinfo=CET)
    assert local(add_month(start)) == datetime(2026, 4, 10, 10, 0, tzinfo=CEST)


def test_final_report_counts_from_the_notification_as_made() -> None:
    aware = datetime(2026, 12, 1, 14, 5, tzinfo=CET)
    notified = datetime(2026, 12, 3, 9, 0, tzinfo=CET)
    due = deadlines(aware, notified)
    assert local(due.final_report) == datetime(2027, 1, 3, 9, 0, tzinfo=CET)
    assert due.final_from_notification


def test_a_repeated_clock_time_is_read_as_the_earlier_instant() -> None:
    # 25 October 2026 02:30 happens twice: 00:30 UTC (CEST) and 01:30 UTC (CET)
    assert parse_time("2026-10-25T02:30", naive_is_local=True) == utc(2026, 10, 25, 0, 30)


def test_a_skipped_clock_time_is_read_as_the_earlier_instant() -> None:
    # 29 March 2026 02:30 does not exist; read with +02:00 (00:30 UTC) or +01:00 (01:30)
    assert parse_time("2026-03-29T02:30", naive_is_local=True) == utc(2026, 3, 29, 0, 30)


@pytest.mark.parametrize(("text", "expected"), [
    ("2026-12-01T14:05+01:00", utc(2026, 12, 1, 13, 5)),
    ("2026-12-01T13:05Z", utc(2026, 12, 1, 13, 5)),
    ("2026-12-01 14:05+01:00", utc(2026, 12, 1, 13, 5)),
    ("2026-07-01T14:05:30+02:00", utc(2026, 7, 1, 12, 5, 30)),
])
def test_times_with_an_offset(text: str, expected: datetime) -> None:
    assert parse_time(text, naive_is_local=False) == expected


@pytest.mark.parametrize(("text", "code"), [
    ("2026-12-01T14:05", "no_zone"),
    ("", "empty"),
    ("   ", "empty"),
    ("2026-12-01", "format"),
    ("gisteren om drie uur", "format"),
    ("2026-13-01T14:05+01:00", "format"),
    ("2026-12-01T14:05+01:00" + "0" * 40, "format"),
    ("[@click=app.quit]KLIK[/]", "format"),
])
def test_bad_times_in_the_register(text: str, code: str) -> None:
    with pytest.raises(TimeError) as caught:
        parse_time(text, naive_is_local=False)
    assert caught.value.code == code


DUE = utc(2026, 12, 2, 13, 5)
BOTH = frozenset({"csirt", "supervisor"})


@pytest.mark.parametrize(("report", "now", "expected"), [
    (Report(DUE, BOTH), DUE, "on_time"),  # at the deadline itself is on time
    (Report(DUE + timedelta(minutes=1), BOTH), DUE, "late"),
    (Report(DUE - timedelta(hours=2), frozenset({"csirt"})), DUE, "incomplete"),
    (Report(DUE + timedelta(hours=1), frozenset({"csirt"})), DUE, "late"),
    (None, DUE, "pending"),
    (None, DUE + timedelta(seconds=1), "overdue"),
])
def test_verdict_per_branch(report: Report | None, now: datetime, expected: str) -> None:
    assert verdict(DUE, report, now) == expected


def test_phase_verdicts_use_the_notification_as_made_for_the_final_report() -> None:
    aware = utc(2026, 12, 1, 13, 5)
    late_notification = Report(utc(2026, 12, 5, 8, 0), BOTH)  # after 72 h
    reports = {"24h": Report(utc(2026, 12, 1, 20, 0), BOTH), "72h": late_notification,
               # one month after the notification made (5 January 09:00 CET), not after
               # its deadline (4 January 14:05 CET)
               "final": Report(utc(2027, 1, 5, 8, 0), BOTH)}
    now = utc(2027, 2, 1, 0, 0)
    assert phase_verdicts(aware, reports, now) == {
        "24h": "on_time", "72h": "late", "final": "on_time"}
    assert phase_verdicts(aware, {}, now) == {
        "24h": "overdue", "72h": "overdue", "final": "overdue"}
