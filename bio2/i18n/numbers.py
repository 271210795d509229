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
- Machine formats (JSON, OSCAL) keep their own fixed formats; they are not for reading
  and must not change with the user's language. CSV is read by people in a spreadsheet:
  its numbers take the decimal mark of the language but no thousands separator
  (:meth:`Formatter.plain`), so the spreadsheet still reads them as numbers.
- The language is an explicit value: a :class:`Formatter` is made once per render for
  one language (``Formatter("en")``) and handed to the code that formats, so a renderer
  never formats in a language read from a global far away. The module functions below
  (``percent(...)``) are the CLI's and TUI's shorthand for ``Formatter`` of the current
  language; a renderer (report, sector PDF) uses its own ``Formatter``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from bio2.i18n import LANGUAGES, get_language, translate

DASH = "–"


@dataclass(frozen=True)
class Formatter:
    """Numbers and dates for readers in one language (``nl`` or ``en``)."""

    lang: str

    def __post_init__(self) -> None:
        if self.lang not in LANGUAGES:
            raise ValueError(f"unknown language {self.lang!r}")

    @property
    def _separators(self) -> tuple[str, str]:
        """(decimal mark, thousands separator) of the language."""
        return (",", ".") if self.lang == "nl" else (".", ",")

    def decimal(self, value: float, digits: int = 2) -> str:
        """A number with ``digits`` decimals: ``4,50`` / ``4.50`` (thousands grouped)."""
        point, thousands = self._separators
        rounded = Decimal(repr(float(value))).quantize(Decimal(1).scaleb(-digits),
                                                        ROUND_HALF_UP)
        shown = f"{abs(rounded) if rounded == 0 else rounded:,.{digits}f}"  # no "-0,00"
        return shown.translate(str.maketrans(",.", thousands + point))

    def plain(self, value: float | None, digits: int = 2) -> str:
        """A number for a spreadsheet cell: the language's decimal mark, no thousands
        separator (``1234,50`` / ``1234.50``); empty for None."""
        if value is None:
            return ""
        return self.decimal(value, digits).replace(self._separators[1], "")

    def integer(self, value: int) -> str:
        """An integer with the thousands separator of the language: ``20.000`` / ``20,000``."""
        return self.decimal(value, 0)

    def percent(self, value: float | None, digits: int = 1, missing: str = DASH) -> str:
        """A share (0..1) as a percentage: ``13,6%`` / ``13.6%``; ``missing`` for None."""
        if value is None:
            return missing
        return self.decimal(value * 100, digits) + "%"

    def points(self, value: float | None, digits: int = 1, missing: str = DASH) -> str:
        """A change between two shares in percentage points, always signed: ``+4,2 pp``,
        ``−1,0 pp``, ``±0,0 pp`` (the words from the catalog: ``%-punt`` / ``pts``)."""
        if value is None:
            return missing
        shown = self.decimal(abs(value) * 100, digits)
        sign = "±" if shown.strip("0,.") == "" else "+" if value > 0 else "−"
        return f"{sign}{shown} {translate(self.lang, 'numbers.pp')}"

    def size(self, size: int) -> str:
        """A file size: ``5 MiB``, ``12,3 MiB``, ``812 KiB``, ``100 B`` (binary units)."""
        for unit, factor in (("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10)):
            if size >= factor:
                value = size / factor
                return f"{self.decimal(value, 0 if value == int(value) else 1)} {unit}"
        return f"{size} B"

    def iso_date(self, day: date | None, missing: str = DASH) -> str:
        """A date for machines and tables that sort: ``2027-12-31`` (the same in every
        language; a method so that a renderer formats every date through its Formatter)."""
        return missing if day is None else day.isoformat()

    def long_date(self, day: date | None, missing: str = DASH) -> str:
        """A date for readers: ``31 december 2027`` / ``31 December 2027``."""
        if day is None:
            return missing
        months = translate(self.lang, "numbers.months").split(",")
        return f"{day.day} {months[day.month - 1]} {day.year}"


def current() -> Formatter:
    """The Formatter of the language the CLI or TUI runs in."""
    return Formatter(get_language())


# -- shorthand for the CLI and the TUI (current language) ----------------------------------
def decimal(value: float, digits: int = 2) -> str:
    return current().decimal(value, digits)


def integer(value: int) -> str:
    return current().integer(value)


def percent(value: float | None, digits: int = 1, missing: str = DASH) -> str:
    return current().percent(value, digits, missing)


def points(value: float | None, digits: int = 1, missing: str = DASH) -> str:
    return current().points(value, digits, missing)


def iso_date(day: date | None, missing: str = DASH) -> str:
    return current().iso_date(day, missing)


def long_date(day: date | None, missing: str = DASH) -> str:
    return current().long_date(day, missing)
