"""``bio2 incident deadlines``: the meldplicht calculator as a user runs it (exit codes,
output in both languages, JSON)."""

from __future__ import annotations

import json

import pytest

from tests.conftest import run_bio2


def test_deadlines_of_the_issue_example() -> None:
    done = run_bio2("incident", "deadlines", "--aware", "2026-12-01T14:05")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].split() == ["Kennisname", "di", "1", "december", "2026", "14:05", "CET"]
    assert "wo 2 december 2026 14:05 CET" in lines[1]
    assert "vr 4 december 2026 14:05 CET" in lines[2]
    assert "ma 4 januari 2027 14:05 CET" in lines[3]
    assert "*" not in done.stdout
    assert "uiterste meldtermijn" in done.stdout
    assert "CSIRT van de entiteit" in done.stdout and "toezichthouder" in done.stdout


def test_deadlines_across_summer_time_are_marked() -> None:
    done = run_bio2("incident", "deadlines", "--aware", "2026-10-24T12:00+02:00",
                    "--lang", "en")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[1].endswith("Sun 25 October 2026 11:00 CET *")
    assert lines[2].endswith("Tue 27 October 2026 11:00 CET *")
    assert lines[3].endswith("Fri 27 November 2026 11:00 CET")
    assert any(line.startswith("* A change of summer time") for line in lines)


def test_deadlines_as_json_with_the_notification_made() -> None:
    done = run_bio2("incident", "deadlines", "--aware", "2027-01-28T10:00",
                    "--notified", "2027-01-31T10:00+01:00", "--format", "json")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["format"] == "bio2-meldplicht-deadlines" and data["version"] == 1
    assert data["aware"] == "2027-01-28T10:00+01:00"
    assert data["final_counts_from"] == "notification"
    due = {d["phase"]: (d["due"], d["due_utc"]) for d in data["deadlines"]}
    assert due == {"24h": ("2027-01-29T10:00+01:00", "2027-01-29T09:00Z"),
                   "72h": ("2027-01-31T10:00+01:00", "2027-01-31T09:00Z"),
                   # 31 January + one month = the last day of February
                   "final": ("2027-02-28T10:00+01:00", "2027-02-28T09:00Z")}


@pytest.mark.parametrize(("args", "message"), [
    (["--aware", "2026-12-01"], "geen datum met tijd"),
    (["--aware", "morgen"], "geen datum met tijd"),
    (["--aware", "\x1b[2J2026"], "\\x1b[2J2026"),
    (["--aware", "2026-12-01T14:05", "--notified", "2026-11-30T14:05+01:00"],
     "vóór het moment van kennisname"),
])
def test_bad_times_are_one_line_and_exit_2(args: list[str], message: str) -> None:
    done = run_bio2("incident", "deadlines", *args)
    assert done.returncode == 2
    assert done.stdout == ""
    assert len(done.stderr.strip().splitlines()) == 1
    assert message in done.stderr
    assert "\x1b" not in done.stderr
