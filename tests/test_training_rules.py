"""The rules of the board training register (Cbw art. 24), one test per branch, with
dates worked out by hand."""

from __future__ import annotations

from datetime import date

import pytest
from pydantic import ValidationError

from bio2.domain.training import (
    BoardMember,
    Training,
    TrainingRegister,
    breaches,
    cutoff,
    member_status,
    months_before,
    remove_member,
    rename_member,
)

TODAY = date(2026, 12, 2)


def _reg(*trainings: Training, months: int = 12) -> TrainingRegister:
    return TrainingRegister(
        period_months=months,
        members=(BoardMember(name="A. de Vries", role="voorzitter"),
                 BoardMember(name="B. Bakker", role="lid")),
        trainings=trainings)


def _tr(member: str = "A. de Vries", **when: date) -> Training:
    return Training(member=member, topics=("cyberrisico's",), **when)


# -- months_before ---------------------------------------------------------------------
@pytest.mark.parametrize(("day", "months", "expected"), [
    (date(2026, 12, 2), 12, date(2025, 12, 2)),    # plain
    (date(2026, 3, 31), 1, date(2026, 2, 28)),     # month end: February is shorter
    (date(2028, 3, 31), 1, date(2028, 2, 29)),     # ... in a leap year
    (date(2026, 5, 31), 1, date(2026, 4, 30)),     # 30-day month
    (date(2028, 2, 29), 12, date(2027, 2, 28)),    # leap day, no 29 Feb a year before
    (date(2028, 2, 29), 48, date(2024, 2, 29)),    # four years back: a leap day again
    (date(2026, 1, 15), 1, date(2025, 12, 15)),    # across the year
    (date(2026, 1, 31), 14, date(2024, 11, 30)),   # more than a year, month end
])
def test_months_before(day: date, months: int, expected: date) -> None:
    assert months_before(day, months) == expected


# -- overdue ---------------------------------------------------------------------------
def test_member_without_training_is_overdue() -> None:
    status = member_status(_reg(), TODAY)
    assert [(s.name, s.last, s.overdue, s.trainings) for s in status] == [
        ("A. de Vries", None, True, 0), ("B. Bakker", None, True, 0)]


def test_training_exactly_n_months_ago_counts() -> None:
    # cutoff on 2 December 2026, N = 12: 2 December 2025 is the first day that counts
    reg = _reg(_tr(date=date(2025, 12, 2)), _tr("B. Bakker", date=date(2025, 12, 1)))
    assert cutoff(reg, TODAY) == date(2025, 12, 2)
    a, b = member_status(reg, TODAY)
    assert (a.overdue, a.last) == (False, date(2025, 12, 2))
    assert (b.overdue, b.last) == (True, date(2025, 12, 1))


def test_course_counts_from_its_last_day() -> None:
    # started before the cutoff, ended after it: counts
    reg = _reg(_tr(start=date(2025, 11, 20), end=date(2025, 12, 5)))
    a = member_status(reg, TODAY)[0]
    assert (a.last, a.overdue) == (date(2025, 12, 5), False)


def test_latest_training_decides_and_names_compare_loosely() -> None:
    reg = _reg(_tr(date=date(2023, 5, 1)), _tr("a.  DE vries", date=date(2026, 6, 1)),
               _tr(date=date(2024, 1, 1)))
    a = member_status(reg, TODAY)[0]
    assert (a.last, a.overdue, a.trainings) == (date(2026, 6, 1), False, 3)


def test_period_setting_changes_the_verdict() -> None:
    reg = _reg(_tr(date=date(2026, 5, 31)), months=6)
    # 2 December 2026 minus 6 months = 2 June 2026: 31 May is one day too early
    assert cutoff(reg, TODAY) == date(2026, 6, 2)
    assert member_status(reg, TODAY)[0].overdue is True
    assert member_status(reg.model_copy(update={"period_months": 7}), TODAY)[0].overdue is False


def test_leap_day_boundary() -> None:
    # on 29 February 2028 with N = 12 the cutoff is 28 February 2027
    reg = _reg(_tr(date=date(2027, 2, 28)), _tr("B. Bakker", date=date(2027, 2, 27)))
    a, b = member_status(reg, date(2028, 2, 29))
    assert (a.overdue, b.overdue) == (False, True)


def test_month_end_boundary() -> None:
    # on 31 March 2026 with N = 1 the cutoff is 28 February 2026
    reg = _reg(_tr(date=date(2026, 2, 28)), _tr("B. Bakker", date=date(2026, 2, 27)),
               months=1)
    a, b = member_status(reg, date(2026, 3, 31))
    assert (a.overdue, b.overdue) == (False, True)


# -- breaches --------------------------------------------------------------------------
def _codes(reg: TrainingRegister, today: date = TODAY) -> list[tuple[str, tuple[object, ...]]]:
    return [(b.code, b.path) for b in breaches(reg, today)]


def test_valid_register_has_no_breaches() -> None:
    reg = _reg(_tr(date=TODAY), _tr("B. Bakker", start=date(2026, 1, 5), end=date(2026, 1, 5)))
    assert _codes(reg) == []


def test_future_date() -> None:
    reg = _reg(_tr(date=date(2026, 12, 3)))
    assert _codes(reg) == [("future", ("trainings", 0, "date"))]
    assert breaches(reg, TODAY)[0].value == "2026-12-03"


def test_future_end() -> None:
    reg = _reg(_tr(start=date(2026, 11, 30), end=date(2026, 12, 4)))
    assert _codes(reg) == [("future", ("trainings", 0, "end"))]


def test_end_before_start() -> None:
    reg = _reg(_tr(start=date(2026, 3, 2), end=date(2026, 3, 1)))
    assert _codes(reg) == [("end_before_start", ("trainings", 0, "end"))]


def test_unknown_member() -> None:
    reg = _reg(_tr("C. Claes", date=date(2026, 1, 1)))
    assert _codes(reg) == [("unknown_member", ("trainings", 0, "member"))]
    assert breaches(reg, TODAY)[0].value == "C. Claes"


def test_duplicate_member() -> None:
    reg = TrainingRegister(members=(BoardMember(name="A. de Vries", role="voorzitter"),
                                    BoardMember(name="a. de  vries", role="lid")))
    assert _codes(reg) == [("duplicate_member", ("members", 1, "name"))]


@pytest.mark.parametrize(("when", "code", "field"), [
    ({}, "no_date", "date"),
    ({"date": date(2026, 1, 1), "start": date(2026, 1, 1), "end": date(2026, 1, 2)},
     "two_dates", "date"),
    ({"start": date(2026, 1, 1)}, "start_without_end", "end"),
    ({"end": date(2026, 1, 1)}, "start_without_end", "start"),
])
def test_date_shape(when: dict[str, date], code: str, field: str) -> None:
    assert _codes(_reg(_tr(**when))) == [(code, ("trainings", 0, field))]


def test_model_bounds_and_strictness() -> None:
    with pytest.raises(ValidationError):
        TrainingRegister(period_months=0)
    with pytest.raises(ValidationError):
        TrainingRegister(period_months=61)
    with pytest.raises(ValidationError):
        Training(member="A", date=date(2026, 1, 1), topics=())
    for control in ("A\nB", "A\tB", "\x1b[2J", "A\x85B", "A\x7f"):
        with pytest.raises(ValidationError):
            BoardMember(name=control, role="lid")
    with pytest.raises(ValidationError):
        BoardMember.model_validate({"name": "A", "role": "lid", "extra": 1})
    with pytest.raises(ValidationError):
        Training.model_validate({"member": "A", "date": "31-12-2026", "topics": ["x"]})


# -- edits -----------------------------------------------------------------------------
def test_rename_member_carries_trainings() -> None:
    reg = _reg(_tr(date=date(2026, 1, 1)), _tr("B. Bakker", date=date(2026, 2, 1)))
    renamed = rename_member(reg, 0, BoardMember(name="A. de Vries-Jansen", role="voorzitter"))
    assert [t.member for t in renamed.trainings] == ["A. de Vries-Jansen", "B. Bakker"]
    assert _codes(renamed) == []


def test_remove_member_removes_their_trainings() -> None:
    reg = _reg(_tr(date=date(2026, 1, 1)), _tr("B. Bakker", date=date(2026, 2, 1)))
    left = remove_member(reg, 0)
    assert [m.name for m in left.members] == ["B. Bakker"]
    assert [t.member for t in left.trainings] == ["B. Bakker"]
