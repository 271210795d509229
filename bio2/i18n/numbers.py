"""The one place that formats numbers and dates for people, per language.

Every number a user reads (CLI, TUI, PDF) goes through these helpers, so the Dutch
output says ``13,6%`` and ``1.234`` and the English ``13.6%`` and ``1,234``. Decisions:

- A missing value (no score because nothing weighs) is shown as ``missing`` (a dash by
  default), never as 0%, which would read as "assessed and failed".
- Rounding is half up on the shortest decimal form of the value (``5.625`` -> ``5,63``,
  as a reader checking a worked example by hand expects; plain ``format`` would give
  ``5,62``). The same value is shown the same way in every output.
- Dates for machines are ISO 8601 (:func:`iso_date`); dates for readers are written out,
  ``31 december 2027`` / ``31 December 2027`` (:func:`long_date`), the month names from
  the message catalog.
- Machine formats (CSV, JSON, OSCAL) keep their own fixed formats; they are not for
  reading and must not change with the user's language.
"""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from bio2.i18n import get_language, t

DASH = "–"


def _separators() -> tuple[str, str]:
    """(decimal mark, thousands separator) of the current language."""
    return (",", ".") if get_language() == "nl" else (".", ",")


def decimal(value: float, digits: int = 2) -> str:
    """A number with ``digits`` decimals: ``4,50`` / ``4.50`` (thousands grouped)."""
    point, thousands = _separators()
    rounded = Decimal(repr(float(value))).quantize(Decimal(1).scaleb(-digits), ROUND_HALF_UP)
    shown = f"{abs(rounded) if rounded == 0 else rounded:,.{digits}f}"  # no "-0,00"
    return shown.translate(str.maketrans(",.", thousands + point))


def integer(value: int) -> str:
    """An integer with the thousands separator of the language: ``20.000`` / ``20,000``."""
    return decimal(value, 0)


def percent(value: float | None, digits: int = 1, missing: str = DASH) -> str:
    """A share (0..1) as a percentage: ``13,6%`` / ``13.6%``; ``missing`` for None."""
    if value is None:
        return missing
    return decimal(value * 100, digits) + "%"


def points(value: float | None, digits: int = 1, missing: str = DASH) -> str:
    """A change between two shares in percentage points, always signed: ``+4,2 pp``,
    ``−1,0 pp``, ``±0,0 pp`` (the same words in English: "pp")."""
    if value is None:
        return missing
    shown = decimal(abs(value) * 100, digits)
    sign = "±" if shown.strip("0,.") == "" else "+" if value > 0 else "−"
    return f"{sign}{shown} {t('numbers.pp')}"


def iso_date(day: date | None, missing: str = DASH) -> str:
    """A date for machines and tables that sort: ``2027-12-31``."""
    return missing if day is None else day.isoformat()


def long_date(day: date | None, missing: str = DASH) -> str:
    """A date for readers: ``31 december 2027`` / ``31 December 2027``."""
    if day is None:
        return missing
    months = t("numbers.months").split(",")
    return f"{day.day} {months[day.month - 1]} {day.year}"
