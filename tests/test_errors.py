"""One base error class with an exit code (bio2.domain.errors.Bio2Error): the CLI's
report_error handles every error raised for the user in one branch."""

from __future__ import annotations

import sqlite3

import pytest

from bio2.cli.main import report_error
from bio2.domain.errors import Bio2Error, UserError
from bio2.store import StoreError
from bio2.store.backup import BackupError
from bio2.store.writes import ConflictError
from bio2.system.fileio import FileProblem
from bio2.system.problems import Problem, ProblemsError
from bio2.usecases.official_texts import OfficialError

HOSTILE = "ICT-dienst [/regio]\x1b[2J\nfout: nep"


@pytest.mark.parametrize("error", [
    StoreError(HOSTILE), FileProblem(HOSTILE), BackupError(HOSTILE), OfficialError(HOSTILE),
])
def test_an_error_is_one_escaped_line_with_exit_2(error: Bio2Error,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    assert isinstance(error, Bio2Error)
    assert report_error(error) == 2
    assert capsys.readouterr().err == (
        "fout: ICT-dienst [/regio]\\x1b[2J\\x0afout: nep\n")


def test_a_user_error_keeps_its_own_lines_escaped(capsys: pytest.CaptureFixture[str]) -> None:
    assert report_error(UserError("eerste\nkapot \x1b[2J")) == 2
    assert capsys.readouterr().err == "fout: eerste\nkapot \\x1b[2J\n"


def test_a_conflict_exits_3(capsys: pytest.CaptureFixture[str]) -> None:
    error = ConflictError("5.01.01", "self", 1, 2, None)
    assert report_error(error) == 3
    err = capsys.readouterr().err
    assert err.startswith("fout: ") and "5.01.01" in err and err.count("\n") == 1


def test_problems_are_one_line_each_without_prefix(capsys: pytest.CaptureFixture[str]
                                                   ) -> None:
    problems = [Problem("a.yaml", 3, 1, "", "kapot\x1b[2J"), Problem("b.yaml", 1, 2, "x", "mis")]
    assert report_error(ProblemsError(problems)) == 2
    assert capsys.readouterr().err == "a.yaml:3:1: kapot\\x1b[2J\nb.yaml:1:2: x: mis\n"


def test_other_errors_stay_named_or_unexpected(capsys: pytest.CaptureFixture[str]) -> None:
    assert report_error(sqlite3.OperationalError("database is locked")) == 2
    assert capsys.readouterr().err.startswith("fout: ")
    assert report_error(ValueError("boem\nregel twee")) == 1
    err = capsys.readouterr().err
    assert "boem" in err and "regel twee" not in err
