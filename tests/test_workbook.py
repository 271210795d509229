"""Excel workbooks for control owners (issue 14): export, round trips edited the way a
person would (typing, re-sorting, deleting rows, adding a column) and the three-way merge.
"""

from __future__ import annotations

import shutil
import sqlite3
import zipfile
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from bio2.domain.answers import Answer
from bio2.exchange.workbook_layout import ANSWERS_SHEETS, META_SHEET
from bio2.usecases.delegating import workbook_bytes
from bio2.usecases.importing import import_files
from bio2.usecases.opening import get_assessment, open_store
from tests.conftest import DEMO, run_bio2

ORG, PERIOD = "gemeente-voorbeeld", "2026"
HOSTILE = ("=1+1", "+31 6 1234", "-1-1", "@SUM(A1)", " =HYPERLINK(\"x\")",
           "ICT-dienst [/regio]", "[@click=app.quit]KLIK[/]", "<b>&amp;", "\x1b[2J wis")


@pytest.fixture(scope="session")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database with the demo imported, once per test process (read only: copy it)."""
    path = tmp_path_factory.mktemp("seeded") / "bio2.sqlite"
    with open_store(path) as store:
        checks, results = import_files(store, [str(DEMO)], actor="test")
        assert results, [str(p) for c in checks for p in c.errors]
    assert [p.name for p in path.parent.iterdir()] == [path.name]  # closed: no WAL beside
    return path


@pytest.fixture
def db(tmp_path: Path, seeded: Path) -> Path:
    """The demo imported by "test": a copy of the one seeded database, as the import left
    it (copying the file costs milliseconds, importing again a few hundred)."""
    path = tmp_path / "bio2.sqlite"
    shutil.copy(seeded, path)
    return path


_EXPORTS: dict[tuple[str, str], bytes] = {}


def export(db: Path, target: Path, **kwargs: object) -> Path:
    """The workbook of ``db``'s demo assessment at ``target``. A database with the same
    bytes (a fresh copy of the seeded one, in most tests) gets the workbook exported for
    it before: the same data gives the same workbook but for the export time on its
    hidden sheet, which nothing reads, and an export costs more than a test's import."""
    import hashlib

    state = hashlib.sha256(b"".join(p.read_bytes() for p in (
        db, db.with_name(db.name + "-wal")) if p.exists())).hexdigest()
    key = (state, repr(sorted(kwargs.items())))
    if key not in _EXPORTS:
        with open_store(db) as store:
            data = get_assessment(store, ORG, PERIOD)
            _EXPORTS[key] = workbook_bytes(data, sender="Test CISO", **kwargs)  # type: ignore[arg-type]
    target.write_bytes(_EXPORTS[key])
    return target


def answers(db: Path) -> dict[str, Answer]:
    with open_store(db) as store:
        return get_assessment(store, ORG, PERIOD).answers


def history_rows(db: Path) -> int:
    conn = sqlite3.connect(db)
    try:
        return int(conn.execute("SELECT count(*) FROM history").fetchone()[0])
    finally:
        conn.close()


def row_of(ws: openpyxl.worksheet.worksheet.Worksheet, item: str) -> int:
    for row in range(2, ws.max_row + 1):
        if ws.cell(row=row, column=1).value == item:
            return row
    raise AssertionError(item)


def test_export_layout_and_untouched_round_trip(db: Path, tmp_path: Path) -> None:
    result = run_bio2("export", ORG, PERIOD, "--format", "xlsx", "-o",
                      str(tmp_path / "all.xlsx"), db=db)
    assert result.returncode == 0, result.stderr
    wb = openpyxl.load_workbook(tmp_path / "all.xlsx")
    assert wb.sheetnames == ["Antwoorden", "Uitleg", META_SHEET]
    assert wb[META_SHEET].sheet_state == "hidden"
    ws = wb["Antwoorden"]
    assert ws.max_row == 191  # header + 190 items
    assert [ws.cell(row=1, column=c).value for c in (1, 4, 5)] == ["Item", "Status",
                                                                   "Toelichting"]
    assert ws.protection.sheet and ws["A2"].protection.locked
    assert not ws["D2"].protection.locked
    lists = [dv for dv in ws.data_validations.dataValidation if dv.type == "list"]
    assert lists and lists[0].formula1 == '"ja,deels,nee,nvt,open"'
    assert "geen beveiliging" in " ".join(str(c.value) for c in wb["Uitleg"]["A"])
    before = history_rows(db)
    result = run_bio2("import", str(tmp_path / "all.xlsx"), db=db)
    assert result.returncode == 0, result.stderr
    assert "0 nieuw, 0 gewijzigd, 190 ongewijzigd" in result.stdout
    assert "bijgewerkt" not in result.stdout
    assert history_rows(db) == before + 0  # no answer rows written


def test_english_workbook(db: Path, tmp_path: Path) -> None:
    target = tmp_path / "en.xlsx"
    result = run_bio2("--lang", "en", "export", ORG, PERIOD, "--format", "xlsx", "-o",
                      str(target), db=db)
    assert result.returncode == 0, result.stderr
    wb = openpyxl.load_workbook(target)
    assert wb.sheetnames == ["Answers", "Instructions", META_SHEET]
    assert wb["Answers"]["E1"].value == "Explanation"
    assert run_bio2("import", str(target), db=db).returncode == 0


def test_person_types_resorts_deletes_and_adds_a_column(db: Path, tmp_path: Path) -> None:
    path = export(db, tmp_path / "iam.xlsx")
    wb = openpyxl.load_workbook(path)
    ws = wb[ANSWERS_SHEETS["nl"]]
    r = row_of(ws, "5.15.01")
    ws.cell(row=r, column=4, value=" JA ")
    ws.cell(row=r, column=5, value="Toegang per rol, jaarlijks herzien")
    ws.cell(row=r, column=7, value="31-12-2026")
    ws.cell(row=r, column=8, value="Autorisatiematrix (2026-03-01)\nReview-verslag")
    ws.cell(row=r, column=9, value="3")  # a number typed as text
    ws.cell(row=r, column=10, value=4.0)
    r2 = row_of(ws, "5.17.01")
    ws.cell(row=r2, column=7, value=datetime(2027, 1, 31))
    ws.cell(row=r2, column=15, value="opmerking van de eigenaar")
    ws.cell(row=1, column=15, value="Notities")
    ws.delete_rows(row_of(ws, "5.01.01"))  # a deleted row changes nothing
    rows = [[c.value for c in row] for row in ws.iter_rows(min_row=2)]
    rows.reverse()  # re-sorted
    for n, values in enumerate(rows, start=2):
        for col, value in enumerate(values, start=1):
            ws.cell(row=n, column=col).value = value  # cell(value=None) would keep the old
    wb.save(path)
    before = answers(db)
    result = run_bio2("import", str(path), db=db)
    assert result.returncode == 0, result.stderr
    assert "2 items bijgewerkt" in result.stdout
    assert "Antwoorden!O1: waarschuwing: extra kolom 'Notities' wordt genegeerd" in result.stderr
    assert "' JA ' gelezen als ja" in result.stderr
    after = answers(db)
    a = after["5.15.01"]
    assert (a.status, a.explanation, a.due) == ("ja", "Toegang per rol, jaarlijks herzien",
                                                date(2026, 12, 31))
    assert [(e.ref, e.date) for e in a.evidence] == [
        ("Autorisatiematrix", date(2026, 3, 1)), ("Review-verslag", None)]
    assert a.risk is not None and (a.risk.likelihood, a.risk.impact) == (3, 4)
    assert after["5.17.01"].due == date(2027, 1, 31)
    assert after["5.01.01"] == before["5.01.01"]
    changed = {k for k in after if after[k] != before.get(k)}
    assert changed == {"5.15.01", "5.17.01"}
    again = run_bio2("import", str(path), db=db)
    assert "bijgewerkt" not in again.stdout and "0 gewijzigd" in again.stdout


def test_three_way_conflict_shows_both_values(db: Path, tmp_path: Path) -> None:
    path = export(db, tmp_path / "iam.xlsx")
    with open_store(db) as store:
        data = get_assessment(store, ORG, PERIOD)
        current = data.answers["5.17.01"]
        store.save_answer(data.assessment.id, current.model_copy(
            update={"explanation": "bio2: MFA uitgerold"}), base=None)
        untouched = data.answers["5.15.01"]
        store.save_answer(data.assessment.id, untouched.model_copy(
            update={"explanation": "bio2 alleen"}), base=None)
    wb = openpyxl.load_workbook(path)
    ws = wb["Antwoorden"]
    ws.cell(row=row_of(ws, "5.17.01"), column=5, value="werkboek: MFA gepland")
    wb.save(path)
    before = history_rows(db)
    result = run_bio2("import", str(path), db=db)
    assert result.returncode == 3, result.stderr
    assert "5.17.01" in result.stdout
    assert "Toelichting: werkboek 'werkboek: MFA gepland', bio2 'bio2: MFA uitgerold'" \
        in result.stdout
    assert history_rows(db) == before
    # the row the owner did not touch never overwrites bio2's newer value
    assert answers(db)["5.15.01"].explanation == "bio2 alleen"
    result = run_bio2("import", str(path), "--on-conflict", "ours", db=db)
    assert result.returncode == 0 and answers(db)["5.17.01"].explanation == "bio2: MFA uitgerold"
    result = run_bio2("import", str(path), "--on-conflict", "theirs", db=db)
    assert result.returncode == 0, result.stderr
    assert answers(db)["5.17.01"].explanation == "werkboek: MFA gepland"
    assert answers(db)["5.15.01"].explanation == "bio2 alleen"


def test_new_answer_for_an_open_item_and_dry_run(db: Path, tmp_path: Path) -> None:
    before = answers(db)
    item = next(i for i in get_items() if i not in before)
    path = export(db, tmp_path / "open.xlsx")
    wb = openpyxl.load_workbook(path)
    ws = wb["Antwoorden"]
    r = row_of(ws, item)
    ws.cell(row=r, column=4, value="nee")
    ws.cell(row=r, column=5, value="nog niet ingericht")
    ws.cell(row=r, column=6, value="Team IAM")
    wb.save(path)
    dry = run_bio2("import", str(path), "--dry-run", db=db)
    assert dry.returncode == 0 and "1 nieuw" in dry.stdout
    assert item not in answers(db)
    assert run_bio2("import", str(path), db=db).returncode == 0
    got = answers(db)[item]
    assert (got.status, got.explanation, got.owner) == ("nee", "nog niet ingericht", "Team IAM")


def get_items() -> list[str]:
    from bio2.catalog.loading import load_catalog

    return list(load_catalog("bio2-1.2").items)


def test_hostile_text_is_stored_as_text_never_a_formula(db: Path, tmp_path: Path) -> None:
    with open_store(db) as store:
        data = get_assessment(store, ORG, PERIOD)
        for n, text in enumerate(HOSTILE):
            item = list(data.catalog.items)[n]
            store.save_answer(data.assessment.id, Answer(
                item=item, status="nee", explanation=text, owner=text[:40] or "x",
                evidence=()), base=None)
    path = export(db, tmp_path / "hostile.xlsx")
    with zipfile.ZipFile(path) as archive:
        sheet = archive.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet and "<f " not in sheet
    wb = openpyxl.load_workbook(path)
    ws = wb["Antwoorden"]
    for n, text in enumerate(HOSTILE):
        cell = ws.cell(row=n + 2, column=5)
        assert cell.data_type == "s"
        expected = text.replace("\x1b", "\\x1b")
        assert cell.value == expected
        if text.lstrip()[0] in "=+-@":
            assert cell.quotePrefix
    result = run_bio2("import", str(path), db=db)
    assert result.returncode == 0, result.stderr
    assert "0 gewijzigd" in result.stdout and "bijgewerkt" not in result.stdout


LIBREOFFICE = Path(__file__).resolve().parent / "data" / "workbooks"


def test_workbooks_saved_again_by_libreoffice_import(db: Path) -> None:
    """Made once with ``bio2 delegate --owner "Team IAM"`` on the demo, edited with openpyxl
    (status 'Ja', explanation, due date, likelihood 2, impact 4 on 5.16.01) and saved again
    by LibreOffice Calc 7.4 (``soffice --headless --convert-to xlsx``): other styles,
    shared strings, its own number formats. CI needs no LibreOffice."""
    untouched = run_bio2("import", str(LIBREOFFICE / "iam-untouched.xlsx"), db=db)
    assert untouched.returncode == 0, untouched.stderr
    assert "0 nieuw, 0 gewijzigd, 7 ongewijzigd" in untouched.stdout
    assert "bijgewerkt" not in untouched.stdout
    before = answers(db)
    edited = run_bio2("import", str(LIBREOFFICE / "iam-edited.xlsx"), db=db)
    assert edited.returncode == 0, edited.stderr
    assert "1 items bijgewerkt" in edited.stdout
    assert "Antwoorden!D2: waarschuwing: 'Ja' gelezen als ja" in edited.stderr
    after = answers(db)
    got = after["5.16.01"]
    assert got.explanation == "Ingevuld door Team IAM in LibreOffice"
    assert got.due == date(2027, 3, 31) and got.status == "ja"
    assert got.risk is not None and (got.risk.likelihood, got.risk.impact) == (2, 4)
    assert got.evidence == before["5.16.01"].evidence  # the evidence cell was not touched
    assert {k for k in after if after[k] != before.get(k)} == {"5.16.01"}
