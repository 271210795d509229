"""Global options (``--db``, ``--lang``, ``--debug``) work before and after the command."""

from __future__ import annotations

from pathlib import Path

import pytest

from bio2.cli.main import _language_from, build_parser
from tests.conftest import run_bio2
from tests.test_answerfile import GOOD


@pytest.fixture
def imported(tmp_path: Path) -> Path:
    """A database with the assessment gemeente-test 2026 (from the GOOD answer file)."""
    db = tmp_path / "real.sqlite"
    answers = tmp_path / "good.yaml"
    answers.write_text(GOOD, encoding="utf-8")
    result = run_bio2("import", str(answers), db=db)
    assert result.returncode == 0, result.stderr
    return db


def test_lang_after_the_command_switches_to_english(imported: Path) -> None:
    dutch = run_bio2("score", "gemeente-test", "2026", db=imported)
    english = run_bio2("score", "gemeente-test", "2026", "--lang", "en", db=imported)
    equals = run_bio2("score", "gemeente-test", "2026", "--lang=en", db=imported)
    assert dutch.returncode == english.returncode == equals.returncode == 0, english.stderr
    assert "periode 2026" in dutch.stdout and "period 2026" not in dutch.stdout
    assert "period 2026" in english.stdout and "periode 2026" not in english.stdout
    assert equals.stdout == english.stdout


def test_lang_after_a_nested_command() -> None:
    shown = run_bio2("catalog", "show", "5.17.01", "--lang", "en")
    assert shown.returncode == 0, shown.stderr
    assert "government measure" in shown.stdout and "overheidsmaatregel" not in shown.stdout
    listed = run_bio2("catalog", "--lang", "en", "list")
    assert listed.returncode == 0 and "number" in listed.stdout
    assert "BIO2 version 1.2" in listed.stdout and "versie" not in listed.stdout


def test_the_last_lang_wins() -> None:
    result = run_bio2("--lang", "en", "catalog", "show", "5.17.01", "--lang", "nl")
    assert result.returncode == 0
    assert "overheidsmaatregel" in result.stdout and "government measure" not in result.stdout
    result = run_bio2("--lang", "nl", "catalog", "show", "5.17.01", "--lang", "en")
    assert "government measure" in result.stdout


def test_bad_lang_after_the_command_is_one_usage_error() -> None:
    result = run_bio2("catalog", "show", "5.17.01", "--lang", "fr")
    assert result.returncode == 2
    assert result.stdout == "" and "--lang" in result.stderr and "Traceback" not in result.stderr


def test_report_with_lang_en_after_the_arguments(imported: Path, tmp_path: Path) -> None:
    from tests.reporttext import html_text

    # --format html: the same model as the PDF (tests/reporttext.py), a tenth of the time
    out = tmp_path / "report.html"
    result = run_bio2("report", "gemeente-test", "2026", "-o", str(out), "--lang", "en",
                      "--date", "2026-11-30", "--format", "html", db=imported)
    assert result.returncode == 0, result.stderr
    page = out.read_text(encoding="utf-8")
    first = html_text(page[:page.index("<nav")])  # the marking and the cover
    assert "Information security accountability" in first and "Date of report" in first
    assert "Datum" not in first and "verantwoording" not in first.lower()


def test_db_after_the_command_beats_the_environment(imported: Path, tmp_path: Path) -> None:
    decoy = tmp_path / "decoy.sqlite"
    result = run_bio2("score", "gemeente-test", "2026", "--db", str(imported),
                      env={"BIO2_DB": str(decoy)})
    assert result.returncode == 0, result.stderr
    assert "Gemeente Test" in result.stdout
    assert not decoy.exists()
    # and in front of the command, as before
    before = run_bio2("--db", str(imported), "score", "gemeente-test", "2026",
                      env={"BIO2_DB": str(decoy)})
    assert before.returncode == 0 and before.stdout == result.stdout


def test_debug_after_the_command_shows_the_traceback(imported: Path) -> None:
    plain = run_bio2("score", "nergens", "2026", db=imported)
    assert plain.returncode == 2 and "Traceback" not in plain.stderr
    debug = run_bio2("score", "nergens", "2026", "--debug", db=imported)
    assert "Traceback" in debug.stderr and "nergens" in debug.stderr


def test_commands_that_own_db_keep_their_meaning(imported: Path) -> None:
    """``bio2 diff --db ORG PERIOD`` and ``bio2 fingerprint --db ORG PERIOD`` are theirs."""
    diff = run_bio2("diff", "--db", "gemeente-test", "2026", "--audit", db=imported)
    assert diff.returncode == 0, diff.stderr
    fingerprint = run_bio2("fingerprint", "--db", "gemeente-test", "2026", "--lang", "en",
                           db=imported)
    assert fingerprint.returncode == 0, fingerprint.stderr
    assert len(fingerprint.stdout.split()[0]) == 64


def test_every_command_parser_accepts_the_global_options() -> None:
    parser = build_parser()
    args = parser.parse_args(["catalog", "show", "5.3", "--lang", "en", "--debug"])
    assert (args.lang, args.debug, args.db) == ("en", True, None)
    args = parser.parse_args(["--db", "a.sqlite", "validate", "x.yaml"])
    assert (args.db, args.lang, args.debug) == ("a.sqlite", None, False)
    args = parser.parse_args(["--db", "a.sqlite", "validate", "x.yaml", "--db", "b.sqlite"])
    assert args.db == "b.sqlite"


def test_language_is_read_from_anywhere_on_the_line() -> None:
    assert _language_from(["score", "a", "b", "--lang", "en"]) == "en"
    assert _language_from(["--lang=en", "score", "--lang", "nl"]) == "nl"
    assert _language_from(["score", "--", "--lang", "en"]) is None
    assert _language_from(["score", "--lang"]) is None
