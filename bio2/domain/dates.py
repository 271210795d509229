"""Dates as Dutch people type them, read into ISO form (``2026-12-31``).

The TUI accepts ``31-12-2026``, ``31/12/2026``, ``31.12.2026``, ``31 december 2026``,
``31 dec. 2026`` and ``2026-12-31`` and shows the date back in ISO form; answer files stay
strictly ISO (``YYYY-MM-DD``), but their error message suggests the ISO form of what was
written (see :func:`suggest_iso`).

Decisions where the issue is silent:
- The day comes first (Dutch order); ``12/31/2026`` is not a date, never silently swapped.
- The year has four digits: ``31-12-26`` is refused rather than guessed into a century.
- Month names are Dutch or English, full or abbreviated (``mrt``, ``mar``, ``okt``,
  ``oct``), in any case, with or without a trailing dot.
- :func:`normalise_date` only rearranges; whether the day exists (``31-02-2026``) is for
  the date validation to say, so the user gets "bestaat niet" rather than "geen datum".
"""

from __future__ import annotations

import re
from datetime import date

MONTHS: dict[str, int] = {}
for _number, _names in enumerate((
    ("januari", "january", "jan"), ("februari", "february", "feb"),
    ("maart", "march", "mrt", "mar", "maa"), ("april", "apr"), ("mei", "may"),
    ("juni", "june", "jun"), ("juli", "july", "jul"), ("augustus", "august", "aug"),
    ("september", "sep", "sept"), ("oktober", "october", "okt", "oct"),
    ("november", "nov"), ("december", "dec"),
), start=1):
    for _name in _names:
        MONTHS[_name] = _number

_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_NUMERIC = re.compile(r"(\d{1,2})\s*([-/.])\s*(\d{1,2})\s*\2\s*(\d{4})")
_NAMED = re.compile(r"(\d{1,2})\.?\s*([^\W\d_]+)\.?\s*,?\s*(\d{4})")
#: Longer input is never a date; the limit keeps the regular expressions cheap.
MAX_LENGTH = 40


def normalise_date(text: str) -> str | None:
    """``YYYY-MM-DD`` for a date typed in one of the accepted forms, else ``None``.

    The month is 1-12 and the day 1-31; whether that day exists in that month is not
    checked here (see the module docstring)."""
    value = " ".join(text.split()).lower()
    if not value or len(value) > MAX_LENGTH:
        return None
    found = _ISO.fullmatch(value)
    if found:
        year, month, day = (int(g) for g in found.groups())
    elif (found := _NUMERIC.fullmatch(value)) is not None:
        day, month, year = int(found.group(1)), int(found.group(3)), int(found.group(4))
    elif (found := _NAMED.fullmatch(value)) is not None:
        name = found.group(2)
        if name not in MONTHS:
            return None
        day, month, year = int(found.group(1)), MONTHS[name], int(found.group(3))
    else:
        return None
    if not (1 <= month <= 12 and 1 <= day <= 31 and year >= 1):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def parse_date(text: str) -> date | None:
    """The date typed, or ``None`` when it is not one of the accepted forms or does
    not exist (``31-02-2026``)."""
    iso = normalise_date(text)
    if iso is None:
        return None
    try:
        return date.fromisoformat(iso)
    except ValueError:
        return None


def suggest_iso(text: str) -> str | None:
    """The ISO form of a date an answer file wrote in a Dutch form, for "bedoelt u
    2026-12-31?"; ``None`` when there is nothing (real) to suggest or it is ISO already."""
    parsed = parse_date(text)
    if parsed is None or parsed.isoformat() == text.strip():
        return None
    return parsed.isoformat()
