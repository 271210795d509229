"""Writing a bio2 workbook (``.xlsx``) for control owners: ``bio2 export --format xlsx``
and ``bio2 delegate``.

Three sheets (layout and comparison rules in ``bio2.exchange.workbook_layout``):

- *Antwoorden* (*Answers*): per item the id, title and our guidance (locked, grey) and
  the editable columns; a drop-down for the status, validation for dates and the 1-5
  scores (as warnings: an owner may type ``Ja``, the import normalises it). The official
  BIO2 text the user imported goes in a note on the title cell.
- *Uitleg* (*Instructions*): how to fill it in, what each status means, who sent it and by
  when. It says that the sheet protection is a guide, not security (there is no password).
- *bio2* (hidden): format, organisation, period, catalog, language, export time, and per
  row the fingerprint of the answer as exported, plus a digest over the sheet.

User text is data: a text cell is always written as a string, never as a formula, and a
text that a spreadsheet would run once someone edits it (starting with ``= + - @``, after
blanks) gets Excel's quote prefix as well.
"""

from __future__ import annotations

import io
import unicodedata
from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime
from typing import Any

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill, Protection
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from bio2.catalog.loading import load_catalog
from bio2.domain.answers import AnswerFile
from bio2.domain.base import STATUSES
from bio2.domain.catalog import Catalog
from bio2.exchange.workbook_layout import (
    ANSWERS_SHEETS,
    COLUMNS,
    DATE_KEYS,
    FORMAT,
    HELP_SHEETS,
    META_FIELDS,
    META_SHEET,
    SCORE_KEYS,
    cell_text,
    header,
    meta_digest,
    projection,
    row_fingerprint,
)
from bio2.i18n import get_language, pick, t

_GREY = PatternFill("solid", fgColor="E7E6E6")
_HEAD = PatternFill("solid", fgColor="1F4E79")
_WIDTHS = {"item": 10, "title": 34, "guidance": 60, "status": 9, "explanation": 50,
           "owner": 18, "due": 13, "evidence": 30, "likelihood": 9, "impact": 9,
           "accepted_by": 18, "accepted_until": 13, "acceptance_reason": 30,
           "acceptance_risk_ref": 18}
_FORMULA_START = frozenset("=+-@\uff1d\uff0b\uff0d\uff20")
#: A note on the title cell holds at most this much official text (Excel shows notes in
#: a small box; the full text is in the TUI and the report annex).
NOTE_LIMIT = 2_000


def _runs_as_formula(value: str) -> bool:
    start = next((c for c in value if not (c.isspace() or unicodedata.category(c) in (
        "Cc", "Cf", "Zs", "Zl", "Zp"))), "")
    return start in _FORMULA_START


def put_text(ws: Worksheet, row: int, col: int, value: str | None) -> Any:
    """A text cell that is never a formula (see the module docstring)."""
    cell = ws.cell(row=row, column=col)
    if value is None or value == "":
        return cell
    cell.value = value
    cell.data_type = "s"  # openpyxl makes "=..." a formula; user text never is one
    if _runs_as_formula(value):
        cell.quotePrefix = True
    return cell


def to_xlsx(model: AnswerFile, *, items: Sequence[str] | None = None,
            official: Mapping[str, str] | None = None, sender: str = "",
            deadline: date | None = None, exported_at: datetime | None = None,
            recipient: str | None = None) -> bytes:
    """The workbook for ``items`` (default: every catalog item, catalog order)."""
    lang = get_language()
    catalog = load_catalog(model.catalog)
    chosen = list(items) if items is not None else list(catalog.items)
    answers = {a.item: a for a in model.answers}
    when = (exported_at or datetime.now(UTC)).replace(microsecond=0)
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = ANSWERS_SHEETS[lang]
    rows = _answers_sheet(ws, catalog, chosen, answers, official or {}, lang)
    _help_sheet(wb.create_sheet(HELP_SHEETS[lang]), model, len(chosen), sender, deadline,
                when, recipient)
    fields = {"format": FORMAT, "organisation": model.organisation.id,
              "organisation_name": cell_text(model.organisation.name) or "",
              "organisation_type": model.organisation.type,
              "period": model.assessment.period, "catalog": model.catalog,
              "language": lang, "view": model.assessment.source,
              "exported_at": when.isoformat(), "sender": cell_text(sender) or "",
              "deadline": deadline.isoformat() if deadline else ""}
    _meta_sheet(wb.create_sheet(META_SHEET), fields, rows)
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def _answers_sheet(ws: Worksheet, catalog: Catalog, chosen: Sequence[str],
                   answers: Mapping[str, Any], official: Mapping[str, str],
                   lang: str) -> list[tuple[str, str]]:
    for col, (key, *_rest) in enumerate(COLUMNS, start=1):
        cell = ws.cell(row=1, column=col, value=header(key, lang))
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = _HEAD
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        ws.column_dimensions[get_column_letter(col)].width = _WIDTHS[key]
    fingerprints: list[tuple[str, str]] = []
    wrap = Alignment(wrap_text=True, vertical="top")
    top = Alignment(vertical="top")
    date_format = "DD-MM-YYYY" if lang == "nl" else "YYYY-MM-DD"
    for row, item_id in enumerate(chosen, start=2):
        item = catalog.items[item_id]
        values = projection(answers.get(item_id), item_id)
        fingerprints.append((item_id, row_fingerprint(values)))
        shown = {"item": item_id, "title": pick(item.title, item.title_en),
                 "guidance": pick(item.guidance, item.guidance_en), **values}
        for col, (key, _nl, _en, editable) in enumerate(COLUMNS, start=1):
            value = shown.get(key)
            if key in DATE_KEYS and value:
                cell = ws.cell(row=row, column=col, value=date.fromisoformat(value))
                cell.number_format = date_format
            elif key in SCORE_KEYS and value is not None:
                cell = ws.cell(row=row, column=col, value=value)
            else:
                cell = put_text(ws, row, col, value)
            cell.alignment = wrap if key in ("guidance", "explanation", "evidence",
                                             "acceptance_reason", "title") else top
            if editable:
                cell.protection = Protection(locked=False)
            else:
                cell.fill = _GREY
        text = official.get(item_id)
        if text:
            note = cell_text(text[:NOTE_LIMIT] + ("..." if len(text) > NOTE_LIMIT else ""))
            comment = Comment(t("workbook.official_note", text=note), "bio2")
            comment.width, comment.height = 420, 260
            ws.cell(row=row, column=2).comment = comment
    last = len(chosen) + 1
    _validations(ws, last, lang)
    ws.freeze_panes = "D2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(COLUMNS))}{last}"
    # A guide, not security: no password; sorting and filtering stay possible.
    ws.protection.sheet = True
    ws.protection.sort = False
    ws.protection.autoFilter = False
    ws.protection.formatColumns = False
    ws.protection.formatRows = False
    return fingerprints


def _validations(ws: Worksheet, last: int, lang: str) -> None:
    if last < 2:
        return
    letters = {key: get_column_letter(n) for n, (key, *_r) in enumerate(COLUMNS, start=1)}
    status = DataValidation(type="list", formula1='"' + ",".join(STATUSES) + '"',
                            allow_blank=True, errorStyle="warning",
                            error=t("workbook.validation.status"),
                            errorTitle=t("workbook.validation.title"))
    status.add(f"{letters['status']}2:{letters['status']}{last}")
    dates = DataValidation(type="date", operator="between", formula1="DATE(2000,1,1)",
                           formula2="DATE(2199,12,31)", allow_blank=True,
                           errorStyle="warning", error=t("workbook.validation.date"),
                           errorTitle=t("workbook.validation.title"))
    scores = DataValidation(type="whole", operator="between", formula1="1", formula2="5",
                            allow_blank=True, errorStyle="warning",
                            error=t("workbook.validation.score"),
                            errorTitle=t("workbook.validation.title"))
    for key in DATE_KEYS:
        dates.add(f"{letters[key]}2:{letters[key]}{last}")
    for key in SCORE_KEYS:
        scores.add(f"{letters[key]}2:{letters[key]}{last}")
    for validation in (status, dates, scores):
        ws.add_data_validation(validation)


def _help_sheet(ws: Worksheet, model: AnswerFile, count: int, sender: str,
                deadline: date | None, when: datetime, recipient: str | None) -> None:
    from bio2.i18n.numbers import long_date

    ws.column_dimensions["A"].width = 110
    lines: list[tuple[str, bool]] = [
        (t("workbook.help.title", org=model.organisation.name,
           period=model.assessment.period), True),
        (t("workbook.help.for", owner=recipient) if recipient else
         t("workbook.help.for_all"), False),
        (t("workbook.help.items", count=count), False),
        (t("workbook.help.sender", sender=sender) if sender else "", False),
        (t("workbook.help.deadline", date=long_date(deadline)) if deadline else "", False),
        (t("workbook.help.exported", when=when.strftime("%Y-%m-%d %H:%M UTC")), False),
        ("", False),
        (t("workbook.help.how"), True),
        *[(t(f"workbook.help.step{n}"), False) for n in range(1, 6)],
        ("", False),
        (t("workbook.help.statuses"), True),
        *[(f"{s}: {t(f'workbook.help.status.{s}')}", False) for s in STATUSES],
        ("", False),
        (t("workbook.help.protection"), False),
        (t("workbook.help.hidden"), False),
    ]
    for row, (text, bold) in enumerate(lines, start=1):
        cell = put_text(ws, row, 1, cell_text(text))
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        if bold:
            cell.font = Font(bold=True)


def _meta_sheet(ws: Worksheet, fields: Mapping[str, str], rows: Sequence[tuple[str, str]]
                ) -> None:
    for row, key in enumerate(META_FIELDS, start=1):
        put_text(ws, row, 1, key)
        put_text(ws, row, 2, fields[key])
    put_text(ws, len(META_FIELDS) + 1, 1, "digest")
    put_text(ws, len(META_FIELDS) + 1, 2, meta_digest(fields, rows))
    start = len(META_FIELDS) + 3
    put_text(ws, start - 1, 1, "item")
    put_text(ws, start - 1, 2, "fingerprint")
    for offset, (item, fingerprint) in enumerate(rows):
        put_text(ws, start + offset, 1, item)
        put_text(ws, start + offset, 2, fingerprint)
    ws.sheet_state = "hidden"
