"""User text made ready for the report model: cleaned, cut, as plain-text runs.

:func:`clean` does for the model what ``bio2.report.styles.text`` did for ReportLab
markup, without producing markup: control characters dropped, lone surrogates replaced,
CR/LF normalised, runs of blank lines shortened, and text over ``limit`` characters cut
at a word with a visible marker (a separate run in the alert tone).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from xml.sax.saxutils import escape

from bio2.i18n import numbers, t
from bio2.report.model import ALERT, Runs, Span

#: Explanations in tables are cut here; the annex prints them in full.
TABLE_TEXT_LIMIT = 600
#: Even the annex stops somewhere: 50,000 characters is the model's maximum anyway.
ANNEX_TEXT_LIMIT = 20_000
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_BLANK_LINES = re.compile(r"\n{3,}")


def cleaned(value: object) -> str:
    """User text without control characters or lone surrogates, blank lines shortened."""
    raw = "" if value is None else str(value)
    raw = raw.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    raw = printable(raw)
    if any(unicodedata.category(c) == "Cs" for c in raw):
        raw = "".join("\ufffd" if unicodedata.category(c) == "Cs" else c for c in raw)
    return _BLANK_LINES.sub("\n\n", raw.strip())


def printable(text: str) -> str:
    """``text`` without control characters (C0 but line break and tab, DEL, C1): the
    PDF has no glyph for them and would draw a missing-glyph box."""
    return _CONTROL.sub("", text)


def para_markup(text: str) -> str:
    """``text`` for ReportLab's paragraph markup, never markup itself: printable, then
    ``&``, ``<`` and ``>`` escaped. Every text the PDF draws goes through here, also our
    messages that carry a user's value (a name in a sentence)."""
    return escape(printable(text))


def clean(value: object, limit: int | None = TABLE_TEXT_LIMIT) -> Runs:
    """User text as runs, cut at ``limit`` characters with a marker run (emphasis,
    alert tone) that says how long the whole text was."""
    raw = cleaned(value)
    if limit is None or len(raw) <= limit:
        return (Span(raw),)
    marker = t("report.cut", total=numbers.current().integer(len(raw)))
    cut = raw[:limit]
    space = cut.rfind(" ", int(limit * 0.8))  # end on a word when one is near
    shown = (cut[:space] if space > 0 else cut).rstrip() + " …"
    return (Span(shown), Span(" " + marker, emphasis=True, tone=ALERT))


def emph(runs: Runs) -> Runs:
    """The runs in emphasis (italic)."""
    return tuple(replace(s, emphasis=True) for s in runs)


def tn(key: str, n: int, /, **values: object) -> str:
    """The message for a count: ``key + ".one"`` when ``n`` is 1 (singular grammar),
    else ``key``; ``n`` is passed on as ``{n}``."""
    return t(f"{key}.one" if n == 1 else key, n=n, **values)
