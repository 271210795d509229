"""Cell values as owners and spreadsheets leave them, read back into a row's projection
(``bio2.exchange.workbook_layout``): pure functions, one per kind of column.

What people and programs really put in cells (issue 14):

- status ``Ja``, `` ja ``, ``JA`` -> ``ja`` with a warning; other text is an error that
  lists the allowed values; an empty status cell is ``open``;
- dates as date cells, as Excel serial numbers (LibreOffice and Excel may store a date
  without its format; accepted for 2000-2199 only, so a typed ``2026`` is not read as a
  day in 1905), as text ``31-12-2026`` or ``2026-12-31`` (the Dutch forms of
  ``bio2.domain.dates``); a day that does not exist (``31-02-2026``) is an error;
- numbers stored as text (``"3"``) and as decimals (``3.0``) for the 1-5 scores;
- text typed as a number (an owner ``1234``) is read as its text.

Each function returns ``(value, warning_key)`` or raises ``CellError`` with a message.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

from bio2.domain.base import STATUSES
from bio2.domain.dates import normalise_date
from bio2.i18n import t

_EPOCH = date(1899, 12, 30)
_FIRST, _LAST = date(2000, 1, 1), date(2199, 12, 31)


class CellError(ValueError):
    """A cell whose value cannot be used; ``str()`` is the message."""


def shown(value: Any) -> str:
    """A cell value in a message: short, one line."""
    text = str(value).replace("\n", " ")
    return text if len(text) <= 40 else text[:37] + "..."


def read_status(value: Any) -> tuple[str, str | None]:
    if value is None or (isinstance(value, str) and not value.strip()):
        return "open", None
    if isinstance(value, str):
        clean = value.strip().lower()
        if clean in STATUSES:
            return clean, (None if clean == value else "workbook.warn.status_normalised")
    raise CellError(t("workbook.bad_status", value=shown(value), allowed=", ".join(STATUSES)))


def read_text(value: Any) -> tuple[str | None, str | None]:
    if value is None:
        return None, None
    if isinstance(value, bool):
        raise CellError(t("workbook.bad_text", value=shown(value)))
    if isinstance(value, str):
        text = value.replace("\r\n", "\n").replace("\r", "\n")
        return (text or None), None
    if isinstance(value, float) and value.is_integer():
        return str(int(value)), None
    if isinstance(value, (int, float)):
        return str(value), None
    if isinstance(value, datetime):
        return value.date().isoformat(), None
    if isinstance(value, date):
        return value.isoformat(), None
    raise CellError(t("workbook.bad_text", value=shown(value)))


def read_date(value: Any) -> tuple[str | None, str | None]:
    if value is None:
        return None, None
    if isinstance(value, datetime):
        day = value.date()
    elif isinstance(value, date):
        day = value
    elif isinstance(value, (bool, time)):
        raise CellError(t("workbook.bad_date", value=shown(value)))
    elif isinstance(value, (int, float)):
        if not float(value).is_integer():
            raise CellError(t("workbook.bad_date", value=shown(value)))
        try:
            day = _EPOCH + timedelta(days=int(value))
        except OverflowError:
            raise CellError(t("workbook.bad_date", value=shown(value))) from None
    elif isinstance(value, str):
        if not value.strip():
            return None, None
        iso = normalise_date(value)
        if iso is None:
            raise CellError(t("workbook.bad_date", value=shown(value)))
        try:
            day = date.fromisoformat(iso)
        except ValueError:
            raise CellError(t("workbook.no_such_date", value=shown(value))) from None
    else:
        raise CellError(t("workbook.bad_date", value=shown(value)))
    if not _FIRST <= day <= _LAST:
        raise CellError(t("workbook.date_range", value=day.isoformat()))
    return day.isoformat(), None


def read_score(value: Any) -> tuple[int | None, str | None]:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None, None
    number: float | None = None
    if isinstance(value, bool):
        number = None
    elif isinstance(value, (int, float)):
        number = float(value)
    elif isinstance(value, str):
        try:
            number = float(value.strip().replace(",", "."))
        except ValueError:
            number = None
    if number is None or not number.is_integer() or not 1 <= number <= 5:
        raise CellError(t("workbook.bad_score", value=shown(value)))
    return int(number), None
