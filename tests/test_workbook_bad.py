"""Every bad workbook of issue 14: one line naming file, sheet and cell, exit 2, nothing
written. Plus the pure cell readers with hand-computed expectations."""

from __future__ import annotations

import io
import zipfile
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from bio2.exchange.workbook_cells import CellError, read_date, read_score, read_status, read_text
from bio2.exchange.workbook_read import MAX_BYTES, read_workbook
from tests.conftest import run_bio2
from tests.test_workbook import (
    ORG,
    PERIOD,
    answers,
    db,
    export,
    history_rows,
    row_of,
    seeded,
)

__all__ = ["db", "seeded"]  # the fixtures, imported for pytest


def edit(path: Path, changes: dict[tuple[str, int], object]) -> Path:
    """Type into cells of the Antwoorden sheet: ``(item, column) -> value``."""
    wb = openpyxl.load_workbook(path)
    ws = wb["Antwoorden"]
    for (item, column), value in changes.items():
        ws.cell(row=row_of(ws, item), column=column).value = value
    wb.save(path)
    return path


def refused(db: Path, path: Path, expected: str) -> str:
    """Import must fail with exit 2, name ``expected`` in its first line, write nothing."""
    before_rows, before = history_rows(db), answers(db)
    result = run_bio2("import", str(path), db=db)
    assert result.returncode == 2, (result.stdout, result.stderr)
    first = result.stderr.splitlines()[0]
    assert expected in first, result.stderr
    assert history_rows(db) == before_rows and answers(db) == before
    return first


@pytest.mark.parametrize(("column", "value", "message"), [
    (4, "misschien", "'misschien' is geen status; toegestaan: ja, deels, nee, nvt, open"),
    (7, "31-02-2026", "datum 31-02-2026 bestaat niet"),
    (7, "volgende week", "'volgende week' is geen datum"),
    (9, "7", "'7' is geen geheel getal van 1 tot en met 5"),
    (5, "=1+1", "formule gevonden"),
])
def test_bad_cell_names_sheet_and_cell(db: Path, tmp_path: Path, column: int, value: object,
                                       message: str) -> None:
    path = export(db, tmp_path / "iam.xlsx")
    wb = openpyxl.load_workbook(path)
    row = row_of(wb["Antwoorden"], "5.17.01")
    edit(path, {("5.17.01", column): value})
    letter = "ABCDEFGHIJ"[column - 1]
    first = refused(db, path, f"iam.xlsx: Antwoorden!{letter}{row}: ")
    assert message in first


def test_explanation_required_and_half_an_acceptance(db: Path, tmp_path: Path) -> None:
    path = export(db, tmp_path / "iam.xlsx")
    edit(path, {("5.01.01", 4): "nee", ("5.01.01", 5): None})
    refused(db, path, "Antwoorden!E2: toelichting is verplicht bij status nee")
    path = export(db, tmp_path / "acc.xlsx")
    edit(path, {("5.01.01", 11): "Wethouder"})
    refused(db, path, "Antwoorden!L2: een risicoacceptatie heeft door wie")


def test_unknown_duplicate_and_unsent_items(db: Path, tmp_path: Path) -> None:
    path = edit(export(db, tmp_path / "a.xlsx"), {("5.01.02", 1): "5.99.99"})
    refused(db, path, "a.xlsx: Antwoorden!A3: onbekend item 5.99.99")
    path = edit(export(db, tmp_path / "b.xlsx"), {("5.01.02", 1): "5.01.01"})
    refused(db, path, "b.xlsx: Antwoorden!A3: item 5.01.01 staat er twee keer in")
    small = export(db, tmp_path / "c.xlsx", items=["5.01.01", "5.01.02"])
    refused(db, edit(small, {("5.01.02", 1): "5.02.01"}), "zat niet in dit werkboek")


def test_changed_locked_column(db: Path, tmp_path: Path) -> None:
    path = edit(export(db, tmp_path / "a.xlsx"), {("5.01.02", 2): "Eigen titel"})
    refused(db, path, "a.xlsx: Antwoorden!B3: grijze (vergrendelde) kolom gewijzigd")


def test_missing_or_tampered_hidden_sheet(db: Path, tmp_path: Path) -> None:
    path = export(db, tmp_path / "a.xlsx")
    wb = openpyxl.load_workbook(path)
    del wb["bio2"]
    wb.save(path)
    refused(db, path, "a.xlsx: bio2: het verborgen blad 'bio2' ontbreekt")
    path = export(db, tmp_path / "b.xlsx")
    wb = openpyxl.load_workbook(path)
    wb["bio2"]["B2"] = "gemeente-anders"
    wb.save(path)
    refused(db, path, "b.xlsx: bio2: het verborgen blad 'bio2' is gewijzigd")
    path = export(db, tmp_path / "c.xlsx")
    wb = openpyxl.load_workbook(path)
    wb["bio2"]["B20"] = "0" * 64  # a row fingerprint
    wb.save(path)
    refused(db, path, "c.xlsx: bio2: het verborgen blad 'bio2' is gewijzigd")


def test_workbook_for_another_organisation(db: Path, tmp_path: Path) -> None:
    path = export(db, tmp_path / "a.xlsx")
    other = tmp_path / "other.sqlite"
    result = run_bio2("import", str(path), db=other)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, lines
    assert lines[0].endswith(
        f"{path}: het werkboek is voor {ORG}, periode {PERIOD}, catalogus bio2-1.2;"
        " die beoordeling staat niet in deze database")


def test_not_xlsx_macro_too_big(db: Path, tmp_path: Path) -> None:
    text = tmp_path / "tekst.xlsx"
    text.write_text("item;status\n", encoding="utf-8")
    refused(db, text, "tekst.xlsx: geen Excel-werkboek (.xlsx)")
    macro = tmp_path / "macro.xlsm"
    macro.write_bytes(export(db, tmp_path / "m.xlsx").read_bytes())
    refused(db, macro, "macro.xlsm: werkboek met macro's (.xlsm) geweigerd")
    vba = export(db, tmp_path / "vba.xlsx")
    with zipfile.ZipFile(vba, "a") as archive:
        archive.writestr("xl/vbaProject.bin", b"\0" * 100)
    refused(db, vba, "vba.xlsx: werkboek met macro's")
    big = tmp_path / "groot.xlsx"
    big.write_bytes(b"PK" + b"\0" * MAX_BYTES)
    refused(db, big, "groot.xlsx: ")


def test_zip_bomb_and_entities_are_refused_before_openpyxl(db: Path, tmp_path: Path) -> None:
    bomb = tmp_path / "bom.xlsx"
    # deflate's fastest level: 150 MiB of zeros in 0.4 s of CPU instead of 1.1 s, still
    # under 1 MiB on disk (0.67 MiB)
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
        with archive.open("xl/worksheets/sheet1.xml", "w") as part:  # streamed
            for _ in range(150):
                part.write(b"\0" * (1024 * 1024))
    assert bomb.stat().st_size < 1024 * 1024
    refused(db, bomb, "bom.xlsx: uitgepakt zou het werkboek 150 MiB worden")
    ratio = tmp_path / "ratio.xlsx"
    with zipfile.ZipFile(ratio, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("xl/sharedStrings.xml", b" " * (20 * 1024 * 1024))
    refused(db, ratio, "zipbom")
    laughs = export(db, tmp_path / "lol.xlsx")
    parts = {}
    with zipfile.ZipFile(laughs) as archive:
        for name in archive.namelist():
            parts[name] = archive.read(name)
    body = parts["xl/worksheets/sheet3.xml"]
    body = body.split(b"?>", 1)[1] if body.startswith(b"<?xml") else body
    parts["xl/worksheets/sheet3.xml"] = (
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>' + body)
    with zipfile.ZipFile(laughs, "w") as archive:
        for name, blob in parts.items():
            archive.writestr(name, blob)
    refused(db, laughs, "lol.xlsx: deel xl/worksheets/sheet3.xml bevat een DTD of entiteit")


def test_defusedxml_guards_openpyxl_too() -> None:
    """The second guard: openpyxl parses through defusedxml, which refuses entities."""
    import defusedxml
    from openpyxl.xml import functions

    assert functions.fromstring.__module__.startswith("defusedxml")
    with pytest.raises(defusedxml.EntitiesForbidden):
        functions.fromstring('<!DOCTYPE x [<!ENTITY a "b">]><x>&a;</x>')


def test_read_without_database_reports_all_problems(db: Path, tmp_path: Path) -> None:
    path = edit(export(db, tmp_path / "a.xlsx"), {("5.01.01", 4): "misschien",
                                                  ("5.01.02", 7): "31-02-2026"})
    read = read_workbook(path)
    assert [p.path for p in read.errors] == [f"{path}: Antwoorden!D2", f"{path}: Antwoorden!G3"]


# -- pure cell readers ------------------------------------------------------------------
def test_status_values_owners_type() -> None:
    assert read_status("ja") == ("ja", None)
    for typed in ("Ja", " ja ", "JA"):
        assert read_status(typed) == ("ja", "workbook.warn.status_normalised")
    assert read_status(None) == ("open", None)
    assert read_status("  ") == ("open", None)
    for bad in ("misschien", 1, True, "yes"):
        with pytest.raises(CellError):
            read_status(bad)


def test_dates_as_cells_text_and_serials() -> None:
    assert read_date(datetime(2026, 12, 31, 0, 0)) == ("2026-12-31", None)
    assert read_date(date(2026, 12, 31)) == ("2026-12-31", None)
    assert read_date("31-12-2026") == ("2026-12-31", None)
    assert read_date(" 2026-12-31 ") == ("2026-12-31", None)
    assert read_date(46387) == ("2026-12-31", None)  # 1899-12-30 + 46387 days
    assert read_date("") == (None, None)
    for bad in ("31-02-2026", 2026, 46387.5, "morgen", True):
        with pytest.raises(CellError):
            read_date(bad)


def test_scores_and_text() -> None:
    assert read_score("3") == (3, None)
    assert read_score(4.0) == (4, None)
    assert read_score(" 5 ") == (5, None)
    for bad in (0, 6, 2.5, "drie", True):
        with pytest.raises(CellError):
            read_score(bad)
    assert read_text("a\r\nb") == ("a\nb", None)
    assert read_text(1234.0) == ("1234", None)
    assert read_text("") == (None, None)


def test_refuse_in_memory_garbage_zip() -> None:
    from bio2.exchange.workbook_read import check_container

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("hello.txt", "hi")
    assert check_container(buffer.getvalue()) == "geen Excel-werkboek (.xlsx)"
