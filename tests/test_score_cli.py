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
