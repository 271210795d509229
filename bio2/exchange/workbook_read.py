"""Reading a returned bio2 workbook (``bio2 import FILE.xlsx``); never touches a database.

Before openpyxl sees a byte (it is a large parser of untrusted XML), the file is checked
as a zip: at most ``MAX_BYTES`` (10 MiB) on disk, ``MAX_MEMBERS`` parts, ``MAX_EXPANDED``
bytes unpacked in total and no part packed more than ``MAX_RATIO`` times (a zip bomb is
refused from the sizes the archive declares; Python's zipfile never unpacks more than a
part declares). A macro workbook (``.xlsm`` by name, a VBA part or a macro content type)
and anything that is not an xlsx are refused. Any XML part with a DTD (``<!DOCTYPE`` or
``<!ENTITY``) is refused outright; openpyxl also parses through defusedxml, which
refuses entity tricks on its own. openpyxl opens the workbook read-only with
``data_only=False``, so a formula is seen as a formula: it is an error, never evaluated.

Every problem names the file, sheet and cell (``iam.xlsx: Antwoorden!D17: ...``).
"""

from __future__ import annotations

import hashlib
import io
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bio2.catalog.files import available
from bio2.catalog.loading import load_catalog
from bio2.domain.catalog import Catalog
from bio2.exchange.workbook_cells import (
    CellError,
    read_date,
    read_score,
    read_status,
    read_text,
    shown,
)
from bio2.exchange.workbook_layout import (
    ANSWERS_SHEETS,
    DATE_KEYS,
    EDITABLE,
    FORMAT,
    HELP_SHEETS,
    META_FIELDS,
    META_SHEET,
    SCORE_KEYS,
    cell_text,
    header_keys,
    meta_digest,
    row_fingerprint,
)
from bio2.i18n import t
from bio2.system.problems import Problem

MAX_BYTES = 10 * 1024 * 1024
MAX_MEMBERS = 500
MAX_EXPANDED = 100 * 1024 * 1024
MAX_RATIO = 200
#: Rows and columns looked at on the answers sheet (the catalog has 190 items).
MAX_ROWS = 5_000
MAX_COLUMNS = 60
_DTD = re.compile(rb"<!\s*(doctype|entity)", re.IGNORECASE)


@dataclass
class WorkbookRow:
    item: str
    row: int
    values: dict[str, Any]
    fingerprint: str


@dataclass
class WorkbookRead:
    """What a workbook says: its hidden sheet (``meta``, ``base`` fingerprints per item),
    its rows, and every problem found (all at once, like answer files)."""

    file: str
    meta: dict[str, str] = field(default_factory=dict)
    base: dict[str, str] = field(default_factory=dict)
    rows: list[WorkbookRow] = field(default_factory=list)
    errors: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    sha256: str = ""
    sheet: str = ""
    #: Column key -> column letter on the answers sheet (for messages).
    letters: dict[str, str] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.errors and bool(self.meta)

    def problem(self, where: str, message: str, *, warning: bool = False) -> None:
        target = self.warnings if warning else self.errors
        target.append(Problem("", 0, 0, f"{self.file}: {where}" if where else self.file,
                              message, warning=warning))

    def cell(self, key: str, row: int) -> str:
        return f"{self.sheet}!{self.letters.get(key, '?')}{row}"


def is_workbook_name(path: str | Path) -> bool:
    """Files that go to this reader rather than the YAML one (by name)."""
    return str(path).lower().endswith((".xlsx", ".xlsm", ".xltx", ".xltm", ".xls"))


def read_workbook(path: str | Path) -> WorkbookRead:
    from bio2.system.fileio import FileProblem, read_input

    name = str(path)
    result = WorkbookRead(name)
    if not name.lower().endswith(".xlsx"):
        key = "workbook.macro" if name.lower().endswith((".xlsm", ".xltm")) else "workbook.not_xlsx"
        result.problem("", t(key))
        return result
    try:
        raw = read_input(path, MAX_BYTES)
    except FileProblem as exc:
        result.problem("", str(exc))
        return result
    result.sha256 = hashlib.sha256(raw).hexdigest()
    problem = check_container(raw)
    if problem is not None:
        result.problem("", problem)
        return result
    try:
        from openpyxl import load_workbook

        wb = load_workbook(io.BytesIO(raw), read_only=True, data_only=False,
                           keep_links=False, keep_vba=False)
    except Exception as exc:  # a damaged part: one line, whatever openpyxl raises
        result.problem("", t("workbook.unreadable", detail=shown(type(exc).__name__)))
        return result
    try:
        _read_meta(wb, result)
        if result.meta:
            _read_answers(wb, result)
    except Exception as exc:  # openpyxl parses lazily: damage may show up here
        if isinstance(exc, (KeyboardInterrupt, MemoryError)):  # pragma: no cover
            raise
        result.problem("", t("workbook.unreadable", detail=shown(type(exc).__name__)))
    finally:
        wb.close()
    return result


def check_container(raw: bytes) -> str | None:
    """The zip checks of the module docstring; a message, or ``None`` when fine."""
    if not zipfile.is_zipfile(io.BytesIO(raw)):
        return t("workbook.not_xlsx")
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            infos = archive.infolist()
            if len(infos) > MAX_MEMBERS:
                return t("workbook.too_many_parts", count=len(infos))
            total = sum(i.file_size for i in infos)
            if total > MAX_EXPANDED:
                return t("workbook.expands", size=total // (1024 * 1024),
                         limit=MAX_EXPANDED // (1024 * 1024))
            for info in infos:
                if info.file_size > 1024 * 1024 and info.file_size > MAX_RATIO * max(
                        info.compress_size, 1):
                    return t("workbook.ratio", part=shown(info.filename),
                             ratio=info.file_size // max(info.compress_size, 1))
            names = {i.filename for i in infos}
            if "xl/workbook.xml" not in names or "[Content_Types].xml" not in names:
                return t("workbook.not_xlsx")
            types = archive.read("[Content_Types].xml")
            if b"macroEnabled" in types or any(n.lower().endswith("vbaproject.bin")
                                               for n in names):
                return t("workbook.macro")
            for info in infos:
                if info.filename.lower().endswith((".xml", ".rels", ".vml")) and _DTD.search(
                        archive.read(info)):
                    return t("workbook.dtd", part=shown(info.filename))
    except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError, RuntimeError):
        return t("workbook.not_xlsx")
    return None


def _read_meta(wb: Any, result: WorkbookRead) -> None:
    if META_SHEET not in wb.sheetnames:
        result.problem(META_SHEET, t("workbook.no_meta"))
        return
    ws = wb[META_SHEET]
    fields: dict[str, str] = {}
    rows: list[tuple[str, str]] = []
    digest = ""
    for number, row in enumerate(ws.iter_rows(max_col=2, values_only=True), start=1):
        if number > MAX_ROWS + 50:
            result.problem(META_SHEET, t("workbook.meta_tampered"))
            return
        key, value = ([*list(row), None, None])[:2]
        if key is None and value is None:
            continue
        if not isinstance(key, str) or not isinstance(value, str | None):
            result.problem(f"{META_SHEET}!A{number}", t("workbook.meta_tampered"))
            return
        if number <= len(META_FIELDS):
            fields[key] = value or ""
        elif key == "digest":
            digest = value or ""
        elif (key, value) != ("item", "fingerprint"):
            rows.append((key, value or ""))
    if [k for k in fields] != list(META_FIELDS) or fields.get("format") != FORMAT:
        result.problem(f"{META_SHEET}!B1", t("workbook.meta_format", expected=FORMAT))
        return
    if meta_digest(fields, rows) != digest:
        result.problem(META_SHEET, t("workbook.meta_tampered"))
        return
    if fields["catalog"] not in available():
        result.problem(f"{META_SHEET}!B6", t("catalog.unknown", id=fields["catalog"],
                                              known=", ".join(available())))
        return
    result.meta = fields
    result.base = dict(rows)


def _read_answers(wb: Any, result: WorkbookRead) -> None:
    names = [n for n in wb.sheetnames if n in ANSWERS_SHEETS.values()]
    if not names:
        result.problem("", t("workbook.no_answers_sheet",
                             sheet=ANSWERS_SHEETS.get(result.meta["language"], "Antwoorden")))
        return
    result.sheet = names[0]
    known = {names[0], META_SHEET, *HELP_SHEETS.values()}
    for extra in wb.sheetnames:
        if extra not in known:
            result.problem(extra, t("workbook.extra_sheet"), warning=True)
    catalog = load_catalog(result.meta["catalog"])
    lang = result.meta["language"]
    rows = wb[result.sheet].iter_rows(max_col=MAX_COLUMNS)
    head = next(rows, None)
    columns = _columns(head or (), result)
    if columns is None:
        return
    seen: dict[str, int] = {}
    for number, cells in enumerate(rows, start=2):
        if number > MAX_ROWS + 1:
            result.problem(result.sheet, t("workbook.too_many_rows", limit=MAX_ROWS))
            return
        _read_row(number, list(cells), columns, catalog, lang, seen, result)


def _columns(head: Any, result: WorkbookRead) -> dict[str, int] | None:
    from openpyxl.utils import get_column_letter

    by_header = header_keys()
    columns: dict[str, int] = {}
    for index, cell in enumerate(head):
        letter = get_column_letter(index + 1)
        value = cell.value
        if value is None:
            continue
        key = by_header.get(str(value).strip().casefold())
        if key is None:
            result.problem(f"{result.sheet}!{letter}1", t("workbook.extra_column",
                                                           name=shown(value)), warning=True)
        elif key in columns:
            result.problem(f"{result.sheet}!{letter}1", t("workbook.column_twice",
                                                           name=shown(value)))
        else:
            columns[key] = index
            result.letters[key] = letter
    missing = [k for k in ("item", *EDITABLE) if k not in columns]
    if missing:
        result.problem(f"{result.sheet}!1", t("workbook.missing_columns",
                                              names=", ".join(missing)))
        return None
    return columns if not result.errors else None


def _read_row(number: int, cells: list[Any], columns: dict[str, int], catalog: Catalog,
              lang: str, seen: dict[str, int], result: WorkbookRead) -> None:
    from openpyxl.utils import get_column_letter

    if all(c.value is None for c in cells):
        return
    for index, cell in enumerate(cells):
        if getattr(cell, "data_type", None) == "f":
            result.problem(f"{result.sheet}!{get_column_letter(index + 1)}{number}",
                           t("workbook.formula"))
            return

    def value(key: str) -> Any:
        index = columns.get(key)
        return cells[index].value if index is not None and index < len(cells) else None

    raw_item = value("item")
    item, _ = read_text(raw_item) if not isinstance(raw_item, bool) else (None, None)
    item = item.strip() if item else None
    if not item:
        result.problem(result.cell("item", number), t("workbook.no_item"))
        return
    if item not in catalog.items:
        result.problem(result.cell("item", number), t("answers.unknown_item", item=shown(item)))
        return
    if item in seen:
        result.problem(result.cell("item", number), t("workbook.item_twice", item=item,
                                                      first=seen[item]))
        return
    seen[item] = number
    if item not in result.base:
        result.problem(result.cell("item", number), t("workbook.item_not_sent", item=item))
        return
    ok = _check_locked(number, item, value, catalog, lang, result)
    values: dict[str, Any] = {}
    for key in EDITABLE:
        reader = (read_status if key == "status" else read_date if key in DATE_KEYS
                  else read_score if key in SCORE_KEYS else read_text)
        try:
            values[key], warn = reader(value(key))
        except CellError as exc:
            result.problem(result.cell(key, number), str(exc))
            ok = False
            continue
        if warn is not None:
            result.problem(result.cell(key, number), t(warn, value=shown(value(key)),
                                                       normal=values[key]), warning=True)
    if ok:
        result.rows.append(WorkbookRow(item, number, values, row_fingerprint(values)))


def _check_locked(number: int, item: str, value: Any, catalog: Catalog, lang: str,
                  result: WorkbookRead) -> bool:
    """The grey columns must read as written (title and guidance in the workbook's
    language); a changed one suggests a row pasted from elsewhere."""
    entry = catalog.items[item]
    expected = {"title": entry.title_en if lang == "en" and entry.title_en else entry.title,
                "guidance": entry.guidance_en if lang == "en" and entry.guidance_en
                else entry.guidance}
    ok = True
    for key, text in expected.items():
        if key not in result.letters:
            continue
        found = value(key)
        if isinstance(found, str):
            found = found.replace("\r\n", "\n")
        if found != cell_text(text):
            result.problem(result.cell(key, number), t("workbook.locked_changed"))
            ok = False
    return ok
