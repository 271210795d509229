"""``bio2 delegate``: one workbook per owner, selections, and returning one of them."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from bio2.catalog.loading import load_catalog
from bio2.domain.errors import UserError
from bio2.usecases.delegating import parse_items, slug
from tests.conftest import run_bio2
from tests.test_workbook import ORG, PERIOD, answers, db, row_of, seeded

__all__ = ["db", "seeded"]


def items_in(path: Path) -> list[str]:
    ws = openpyxl.load_workbook(path)["Antwoorden"]
    return [ws.cell(row=r, column=1).value for r in range(2, ws.max_row + 1)]


def test_one_workbook_per_owner_and_one_without(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "uit"
    result = run_bio2("delegate", ORG, PERIOD, "-o", str(out), "--deadline", "31-12-2026",
                      db=db)
    assert result.returncode == 0, result.stderr
    by_owner: dict[str, list[str]] = {}
    for item, answer in answers(db).items():
        if answer.owner:
            by_owner.setdefault(answer.owner.strip().casefold(), []).append(item)
    files = sorted(p.name for p in out.iterdir())
    assert "zonder-eigenaar.xlsx" in files
    assert len(files) == len(by_owner) + 1
    iam = items_in(out / "team-iam.xlsx")
    assert sorted(iam) == sorted(by_owner["team iam"])
    total = sum(len(items_in(out / f)) for f in files)
    assert total == 190
    help_text = " ".join(str(c.value) for c in openpyxl.load_workbook(
        out / "team-iam.xlsx")["Uitleg"]["A"])
    assert "Voor: Team IAM" in help_text and "31 december 2026" in help_text
    again = run_bio2("delegate", ORG, PERIOD, "-o", str(out), db=db)
    assert again.returncode == 2 and "bestaat al" in again.stderr


def test_selections(db: Path, tmp_path: Path) -> None:
    result = run_bio2("delegate", ORG, PERIOD, "-o", str(tmp_path), "--owner", "team iam",
                      db=db)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "team-iam.xlsx").exists()
    result = run_bio2("delegate", ORG, PERIOD, "-o", str(tmp_path), "--items", "5.1-5.37",
                      "--theme", "organisatorisch", db=db)
    assert result.returncode == 0, result.stderr
    chosen = items_in(tmp_path / "organisatorisch-5-1-5-37.xlsx")
    assert chosen[0] == "5.01.01" and all(i.startswith("5.") for i in chosen)
    assert "5.37" in chosen and not any(i.startswith("6.") for i in chosen)
    for bad, message in ((["--items", "abc"], "'abc' is geen nummer of bereik"),
                         (["--theme", "x"], "onbekend thema 'x'"),
                         (["--owner", "niemand"], "geen items voldoen aan de keuze"),
                         (["--deadline", "31-02-2026"], "is geen datum")):
        result = run_bio2("delegate", ORG, PERIOD, "-o", str(tmp_path / "x"), *bad, db=db)
        assert result.returncode == 2 and message in result.stderr, result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "x").exists()


def test_owner_returns_the_workbook(db: Path, tmp_path: Path) -> None:
    run_bio2("delegate", ORG, PERIOD, "-o", str(tmp_path), "--owner", "Team IAM", db=db)
    path = tmp_path / "team-iam.xlsx"
    wb = openpyxl.load_workbook(path)
    ws = wb["Antwoorden"]
    item = ws.cell(row=2, column=1).value
    ws.cell(row=row_of(ws, item), column=5).value = "bijgewerkt door IAM"
    wb.save(path)
    result = run_bio2("import", str(path), db=db)
    assert result.returncode == 0, result.stderr
    assert "1 items bijgewerkt" in result.stdout
    assert answers(db)[item].explanation == "bijgewerkt door IAM"


def test_parse_items_and_slug() -> None:
    catalog = load_catalog("bio2-1.2")
    assert parse_items("5.17", catalog) == [i for i in catalog.items if i.startswith("5.17.")]
    assert parse_items("5.17.01,isms-6.1.2", catalog) == ["5.17.01", "isms-6.1.2"]
    both = parse_items("8.1-8.2", catalog)
    assert both and all(i.split(".")[1] in ("1", "01", "2", "02") for i in both)
    with pytest.raises(UserError):
        parse_items("9.1", catalog)
    assert slug("Team P&O") == "team-p-o" and slug("  ") == "eigenaar"
