"""``bio2 score``: the one ranking (gaps and unassessed items apart, accepted risks marked)
and numbers in the user's language; ``--compare`` for year on year."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from tests.conftest import run_bio2

HOSTILE_OWNER = "[@click=app.quit]KLIK[/] <b>&amp; =1+1"


def answer_file(folder: Path, period: str, answers: list[dict[str, object]],
                date: str = "2026-03-01") -> Path:
    path = folder / f"answers-{period}.yaml"
    path.write_text(yaml.safe_dump({
        "format": "bio2-answers/1", "catalog": "bio2-1.2",
        "organisation": {"id": "gemeente-test", "name": "Gemeente Test", "type": "gemeente"},
        "assessment": {"period": period, "assessor": "Tester", "date": date},
        "answers": answers,
    }, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


# Explicit risks make the weights known by hand: w = kans x impact x 4.5 / 20 (gemeente).
ANSWERS_2026: list[dict[str, object]] = [
    # 5 x 5 -> 5.625, nee -> residual 5.625 ("5,63")
    {"item": "5.3", "status": "nee", "explanation": "x", "owner": HOSTILE_OWNER,
     "risk": {"likelihood": 5, "impact": 5}},
    # 4 x 5 -> 4.5, deels -> 2.25; accepted until 2099
    {"item": "5.17.01", "status": "deels", "explanation": "x", "risk": {"likelihood": 4,
                                                                        "impact": 5},
     "acceptance": {"by": "College", "until": "2099-12-31", "reason": "r"}},
    {"item": "5.01.01", "status": "ja"},
]


def test_score_lists_gaps_and_unassessed_apart_in_dutch(db_path: Path, tmp_path: Path) -> None:
    assert run_bio2("import", str(answer_file(tmp_path, "2026", ANSWERS_2026)),
                    db=db_path).returncode == 0
    result = run_bio2("score", "gemeente-test", "2026", db=db_path)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    gaps = out.index("Grootste tekortkomingen (2 van 2)")
    unassessed = out.index("Nog niet beoordeeld, zwaarste eerst (10 van 187)")
    assert gaps < out.index(" 5.3 ") < out.index(" 5.17.01 ") < unassessed
    row_53 = next(line for line in out.splitlines() if line.startswith(" 5.3 "))
    assert "5,63" in row_53 and "kans 5 × impact 5" in row_53 and HOSTILE_OWNER in out
    row_517 = next(line for line in out.splitlines() if line.startswith(" 5.17.01 "))
    assert "deels geaccepteerd" in row_517 and "4,50" in row_517 and "2,25" in row_517
    assert re.search(r"\d,\d%", out) and not re.search(r"\d\.\d%", out)
    # the unassessed list has no status or residual column: only weights by the profile
    assert " 5.01.01 " not in out  # ja is in neither list


def test_score_in_english_uses_decimal_points(db_path: Path, tmp_path: Path) -> None:
    run_bio2("import", str(answer_file(tmp_path, "2026", ANSWERS_2026)), db=db_path)
    result = run_bio2("--lang", "en", "score", "gemeente-test", "2026", db=db_path)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Largest gaps (2 of 2)" in out and "Not yet assessed, heaviest first" in out
    row_517 = next(line for line in out.splitlines() if line.startswith(" 5.17.01 "))
    assert "partly accepted" in row_517 and "2.25" in row_517
    assert re.search(r"\d\.\d%", out) and not re.search(r"\d,\d%", out)


# 2025: 5.3 was ja (a new gap now); 5.17.01 was nee with a due date in the past and an
# acceptance that was in force on 2025-10-01; 5.01.01 was deels (closed now).
ANSWERS_2025: list[dict[str, object]] = [
    {"item": "5.3", "status": "ja"},
    {"item": "5.17.01", "status": "nee", "explanation": "x", "due": "2026-01-31",
     "acceptance": {"by": "College", "until": "2026-01-01", "reason": "r"}},
    {"item": "5.01.01", "status": "deels", "explanation": "x"},
]
ANSWERS_2026_LATE: list[dict[str, object]] = [
    {"item": "5.3", "status": "nee", "explanation": "x"},
    {"item": "5.17.01", "status": "deels", "explanation": "x", "due": "2026-03-31",
     "acceptance": {"by": "College", "until": "2026-01-01", "reason": "r"}},
    {"item": "5.01.01", "status": "ja"},
]


def test_score_compare_prints_the_change_since_an_earlier_period(
        db_path: Path, tmp_path: Path) -> None:
    for period, answers, day in (("2025", ANSWERS_2025, "2025-10-01"),
                                 ("2026", ANSWERS_2026_LATE, "2026-10-01")):
        result = run_bio2("import", str(answer_file(tmp_path, period, answers, day)),
                          db=db_path)
        assert result.returncode == 0, result.stderr
    result = run_bio2("score", "gemeente-test", "2026", "--compare", "2025", db=db_path)
    assert result.returncode == 0, result.stderr
    out = result.stdout[result.stdout.index("Ontwikkeling sinds periode 2025"):]
    lines = [line.strip() for line in out.splitlines()]
    assert lines[lines.index("Tekortkomingen opgelost (1)") + 1] == "5.01.01 (deels → ja)"
    assert lines[lines.index("Nieuwe tekortkomingen (1)") + 1] == "5.3 (ja → nee)"
    assert lines[lines.index("Risicoacceptaties verlopen sinds 2025 (1)") + 1] == "5.17.01"
    assert lines[lines.index("Verstreken acties, al gepland in 2025 (1)") + 1] == (
        "5.17.01 (streefdatum in 2025: 2026-01-31; nu: 2026-03-31)")
    assert lines[lines.index("Geen tekortkoming meer, maar niet opgelost (0)") + 1] == "geen"
    row = next(line for line in lines if line.startswith("Totaal"))
    assert re.fullmatch(r"Totaal\s+\d+,\d% +\d+,\d% +[+−±]\d+,\d %-punt", row), row
    english = run_bio2("--lang", "en", "score", "gemeente-test", "2026", "--compare", "2025",
                       db=db_path)
    assert "Change since period 2025" in english.stdout and "Gaps resolved (1)" in english.stdout
    assert re.search(r"Overall\s+\d+\.\d% +\d+\.\d% +[+−±]\d+\.\d pts", english.stdout)


def test_score_compare_with_a_bad_period_is_one_line_and_exit_2(
        db_path: Path, tmp_path: Path) -> None:
    run_bio2("import", str(answer_file(tmp_path, "2026", ANSWERS_2026)), db=db_path)
    for period in ("2024", "2026"):
        result = run_bio2("score", "gemeente-test", "2026", "--compare", period, db=db_path)
        assert result.returncode == 2 and result.stdout == ""
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr
        assert period in result.stderr
