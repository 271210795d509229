"""Dates as Dutch people type them (TUI) and the ISO suggestion in answer-file errors."""

from __future__ import annotations

from datetime import date

import pytest

from bio2.domain.dates import normalise_date, parse_date, suggest_iso
from bio2.exchange.answerfile import check_bytes
from tests.test_answerfile import GOOD


@pytest.mark.parametrize(("typed", "iso"), [
    ("2026-12-31", "2026-12-31"),
    ("31-12-2026", "2026-12-31"),
    ("31/12/2026", "2026-12-31"),
    ("31.12.2026", "2026-12-31"),
    ("1-2-2026", "2026-02-01"),
    ("  31 - 12 - 2026 ", "2026-12-31"),
    ("31 december 2026", "2026-12-31"),
    ("31 December 2026", "2026-12-31"),
    ("31 dec 2026", "2026-12-31"),
    ("31 dec. 2026", "2026-12-31"),
    ("1 mei 2026", "2026-05-01"),
    ("3 mrt 2027", "2027-03-03"),
    ("3 maart 2027", "2027-03-03"),
    ("15 okt 2026", "2026-10-15"),
    ("15 october 2026", "2026-10-15"),
    ("2026-2-3", "2026-02-03"),
    ("31-02-2026", "2026-02-31"),  # shape only: the validation says it does not exist
])
def test_accepted_forms_become_iso(typed: str, iso: str) -> None:
    assert normalise_date(typed) == iso


@pytest.mark.parametrize("typed", [
    "", "morgen", "31-12-26", "12/31/2026", "31-13-2026", "0-12-2026", "32-1-2026",
    "31-12/2026", "31 foo 2026", "2026", "31 december", "x" * 500, "31-12-20260",
])
def test_other_text_is_not_a_date(typed: str) -> None:
    assert normalise_date(typed) is None
    assert parse_date(typed) is None


def test_parse_checks_that_the_day_exists() -> None:
    assert parse_date("29-2-2028") == date(2028, 2, 29)
    assert parse_date("29-2-2027") is None


def test_suggestion_only_for_a_real_date_in_another_form() -> None:
    assert suggest_iso("31-12-2026") == "2026-12-31"
    assert suggest_iso("31 december 2026") == "2026-12-31"
    assert suggest_iso("2026-12-31") is None
    assert suggest_iso("31-02-2026") is None
    assert suggest_iso("morgen") is None


def test_answer_file_stays_iso_but_suggests_the_iso_form() -> None:
    text = GOOD.replace("due: 2026-09-30", "due: 30-09-2026")
    result = check_bytes("f.yaml", text.encode(), today=date(2026, 6, 1))
    assert not result.ok
    (problem,) = result.errors
    assert "bedoelt u 2026-09-30?" in str(problem)
    assert problem.path == "answers.0.due"
    # Not a date at all: no suggestion, the plain message.
    text = GOOD.replace("due: 2026-09-30", "due: morgen")
    (problem,) = check_bytes("f.yaml", text.encode(), today=date(2026, 6, 1)).errors
    assert "geen datum" in str(problem) and "bedoelt" not in str(problem)
