"""Lines and tables on the terminal as rich lays them out, without importing rich.

Decision (issue 13, ``bio2 cbw`` under 300 ms as a whole process): importing rich and
laying out three tables with it cost ~190 ms of a ~770 ms run on a slow machine. The
tables of ``bio2 cbw`` use a small part of rich (``Table(box=None)``: one space of padding
each side, columns left or right aligned, header bold and bottom-aligned, long text
word-wrapped, an overlong word cut with "…", a left-aligned title; lines printed
word-wrapped at the console width), and for text whose every character is one terminal
cell wide that layout is a few pages of arithmetic. This module does that arithmetic the
way rich 15 does it (``rich.table``, ``rich.text.Text.wrap``, ``rich._wrap.divide_line``,
``rich._ratio.ratio_reduce``; the console width from ``COLUMNS``, the terminal of stdin,
stdout or stderr, else 80), and ``tests/test_cbw_read_path.py`` compares its output with
rich's, character for character, at many widths.

Anything outside that case is printed by rich itself (:func:`with_rich`): text with a
character that is not one cell wide (CJK, emoji, combining marks, tabs, line breaks) or
a console too narrow for a column of three cells. Both routes print user text as data:
markup, emoji codes (``:smile:``) and highlighting are off, and the callers pass user
text through ``printable`` first.

On a terminal (rich's rule: ``TTY_COMPATIBLE``, ``FORCE_COLOR``, else ``isatty``; not a
``dumb`` one) bold and italic are sent as the SGR sequences rich uses for the same
styles; through a pipe the text is plain, as rich prints it.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Iterable, Sequence
from itertools import pairwise
from typing import NamedTuple, TextIO


class Line(NamedTuple):
    """A line printed word-wrapped at the console width (``console.print(text)``)."""

    text: str = ""
    bold: bool = False


class Table(NamedTuple):
    """A ``rich.table.Table(title=..., title_justify="left", header_style="bold",
    box=None)`` with text cells."""

    title: str
    headers: tuple[str, ...]
    #: Per column: right-aligned (else left).
    right: tuple[bool, ...]
    rows: tuple[tuple[str, ...], ...]


Block = Line | Table

#: Characters rich itself takes as one cell wide without looking them up
#: (``rich.cells._SINGLE_CELL_UNICODE_RANGES``); "…" is rich's ellipsis.
_NOT_SIMPLE = re.compile("[^\x20-\x7e\xa0-\xac\xae-\u02ff\u0370-\u0482\u2500-\u25fc"
                         "\u2800-\u28ff]")
_WORD = re.compile(r"\s*\S+\s*")
_TRAILING_SPACE = re.compile(r"\s+$")
ELLIPSIS = "…"
#: The narrowest column (with its two spaces of padding) laid out here.
MIN_COLUMN = 3


# -- the console ---------------------------------------------------------------------------
def is_terminal(stream: TextIO) -> bool:
    """rich's ``Console.is_terminal`` for a plain stream."""
    tty = os.environ.get("TTY_COMPATIBLE", "")
    if tty in ("0", "1"):
        return tty == "1"
    force = os.environ.get("FORCE_COLOR")
    if force is not None:
        return force != ""
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False


def console_width(stream: TextIO) -> int:
    """rich's ``Console.width`` (not on Windows, not in Jupyter)."""
    environ = os.environ
    columns, lines = environ.get("COLUMNS"), environ.get("LINES")
    fixed = int(columns) if columns is not None and columns.isdigit() else None
    if fixed is not None and lines is not None and lines.isdigit():
        return fixed
    if is_terminal(stream) and environ.get("TERM", "").lower() in ("dumb", "unknown"):
        return 80
    width = None
    for descriptor in (0, 1, 2):
        try:
            width = os.get_terminal_size(descriptor).columns
        except (AttributeError, ValueError, OSError):
            continue
        break
    if fixed is not None:
        return fixed
    return width or 80


# -- rich's text layout for one-cell characters -------------------------------------------
def _divide(text: str, width: int, fold: bool) -> list[int]:
    """``rich._wrap.divide_line``."""
    breaks: list[int] = []
    offset = 0
    for match in _WORD.finditer(text):
        start, word = match.start(), match.group(0)
        length = len(word.rstrip())
        if width - offset >= length:
            offset += len(word)
        elif length > width:
            if fold:
                pieces = [word[i:i + width] for i in range(0, len(word), width)]
                for index, piece in enumerate(pieces):
                    if start:
                        breaks.append(start)
                    if index == len(pieces) - 1:
                        offset = len(piece)
                    else:
                        start += len(piece)
            else:
                if start:
                    breaks.append(start)
                offset = len(word)
        elif offset and start:
            breaks.append(start)
            offset = len(word)
    return breaks


def _truncate(text: str, width: int, overflow: str, pad: bool = False) -> str:
    """``Text.truncate``."""
    length = len(text)
    if length > width:
        text = text[:width - 1] + ELLIPSIS if overflow == "ellipsis" else text[:width]
    if pad and length < width:
        text += " " * (width - length)
    return text


def wrap(text: str, width: int, justify: str = "default", overflow: str = "fold") -> list[str]:
    """``Text(text).wrap(console, width, justify=..., overflow=...)`` as plain lines."""
    if len(text) <= width:  # every word fits: one line, no break, nothing cut
        if justify == "left":
            return [text + " " * (width - len(text))]
        if justify == "right":
            text = text.rstrip()
            return [" " * (width - len(text)) + text]
        return [text]
    offsets = _divide(text, width, overflow == "fold")
    bounds = [0, *offsets, len(text)] if offsets else [0, len(text)]
    lines = []
    for start, end in pairwise(bounds):
        line = text[start:end]
        if len(line) > width:  # Text.rstrip_end
            space = _TRAILING_SPACE.search(line)
            if space is not None:
                line = line[:len(line) - min(len(space.group(0)), len(line) - width)]
        if justify == "left":
            line = _truncate(line, width, overflow, pad=True)
        elif justify == "right":
            line = _truncate(line.rstrip(), width, overflow)
            line = " " * (width - len(line)) + line
        lines.append(_truncate(line, width, overflow))
    return lines


def _measure(cells: Sequence[str], limit: int) -> tuple[int, int]:
    """``Table._measure_column`` of a column of text cells, padded one space each side.

    rich measures a text cell as (longest word, whole text), normalizes and caps it at
    ``limit``, adds the padding and caps again; a word is never longer than its text, so
    for a limit of three cells or more that is the sum below (the test compares)."""
    if limit < 1:
        return 0, 0
    if not cells:
        return min(1, limit), limit
    if limit < 3:  # no room for the padding: rich takes the whole limit
        return limit, limit
    low = high = 0
    for text in cells:
        words = text.split()
        longest = len(text)
        low = max(low, max(map(len, words)) if words else longest)
        high = max(high, longest)
    return min(low + 2, limit), min(high + 2, limit)


def _ratio_reduce(total: int, ratios: list[int], maximums: list[int],
                  values: list[int]) -> list[int]:
    """``rich._ratio.ratio_reduce``."""
    ratios = [ratio if top else 0 for ratio, top in zip(ratios, maximums, strict=True)]
    total_ratio = sum(ratios)
    if not total_ratio:
        return values[:]
    remaining = total
    result = []
    for ratio, top, value in zip(ratios, maximums, values, strict=True):
        if ratio and total_ratio > 0:
            distributed = min(top, round(ratio * remaining / total_ratio))
            result.append(value - distributed)
            remaining -= distributed
            total_ratio -= ratio
        else:
            result.append(value)
    return result


def _collapse(widths: list[int], limit: int) -> list[int]:
    """``Table._collapse_widths`` with every column wrappable."""
    total = sum(widths)
    excess = total - limit
    while total and excess > 0:
        widest = max(widths)
        second = max((w for w in widths if w != widest), default=0)
        ratios = [1 if w == widest else 0 for w in widths]
        if not any(ratios) or not widest - second:
            break
        widths = _ratio_reduce(excess, ratios, [min(excess, widest - second)] * len(widths),
                               widths)
        total = sum(widths)
        excess = total - limit
    return widths


def column_widths(columns: Sequence[Sequence[str]], limit: int) -> list[int]:
    """``Table._calculate_column_widths`` (no fixed widths, no ratios, not expanded)."""
    widths = [_measure(cells, limit)[1] or 1 for cells in columns]
    if sum(widths) > limit:
        widths = _collapse(widths, limit)
        if sum(widths) > limit:
            excess = sum(widths) - limit
            widths = _ratio_reduce(excess, [1] * len(widths), widths, widths)
        widths = [_measure(cells, width)[1] or 0
                  for cells, width in zip(columns, widths, strict=True)]
    return widths


# -- output --------------------------------------------------------------------------------
def _styled(line: str, sgr: str, on: bool) -> str:
    return f"\x1b[{sgr}m{line}\x1b[0m" if on and line else line


def table_lines(table: Table, width: int, styles: bool = False) -> list[str] | None:
    """The lines of ``table`` at console ``width``; None when a column would be narrower
    than :data:`MIN_COLUMN` (rich's layout there is left to rich)."""
    columns = [(header, *(row[n] for row in table.rows))
               for n, header in enumerate(table.headers)]
    widths = column_widths(columns, width)
    if min(widths, default=MIN_COLUMN) < MIN_COLUMN:
        return None
    out = [_styled(line, "3", styles) for line in wrap(table.title, sum(widths), "left")]
    for index, row in enumerate((table.headers, *table.rows)):
        cells = [[f" {piece} " for piece in wrap(text, w - 2, "right" if right else "left",
                                                  "ellipsis")]
                 for text, w, right in zip(row, widths, table.right, strict=True)]
        height = max(len(cell) for cell in cells)
        for cell, w in zip(cells, widths, strict=True):
            blank = [" " * w] * (height - len(cell))
            cell[:] = blank + cell if index == 0 else cell + blank
        for number in range(height):
            line = "".join(cell[number] for cell in cells)
            out.append(_styled(line, "1", styles and index == 0))
    return out


def simple(blocks: Iterable[Block]) -> bool:
    """Every text of ``blocks`` is one cell per character (this module lays it out)."""
    for block in blocks:
        texts = ((block.text,) if isinstance(block, Line)
                 else (block.title, *block.headers, *(c for row in block.rows for c in row)))
        if any(_NOT_SIMPLE.search(text) for text in texts):
            return False
    return True


def render(blocks: Sequence[Block], width: int, styles: bool = False) -> str | None:
    """The text rich prints for ``blocks`` at console ``width``, or None when that is
    left to rich (see the module docstring)."""
    if width < MIN_COLUMN or not simple(blocks):
        return None
    out: list[str] = []
    for block in blocks:
        if isinstance(block, Table):
            lines = table_lines(block, width, styles)
            if lines is None:
                return None
            out += lines
        elif block.text:
            out += [_styled(line, "1", styles and block.bold)
                    for line in wrap(block.text, width)]
        else:
            out.append("")
    return "".join(line + "\n" for line in out)


def with_rich(blocks: Sequence[Block], stream: TextIO) -> None:
    """Print ``blocks`` with rich (the cases this module leaves to it)."""
    from rich.console import Console
    from rich.table import Table as RichTable

    console = Console(file=stream, highlight=False, soft_wrap=False, markup=False,
                      emoji=False)
    for block in blocks:
        if isinstance(block, Line):
            if block.text:
                console.print(block.text, style="bold" if block.bold else None)
            else:
                console.print()
            continue
        grid = RichTable(title=block.title, title_justify="left", header_style="bold",
                         box=None)
        for header, right in zip(block.headers, block.right, strict=True):
            grid.add_column(header, justify="right" if right else "left")
        for row in block.rows:
            grid.add_row(*row)
        console.print(grid)


def write(blocks: Sequence[Block], stream: TextIO | None = None) -> None:
    """Print ``blocks`` on ``stream`` (stdout) as rich would."""
    stream = stream or sys.stdout
    terminal = is_terminal(stream)
    styles = terminal and os.environ.get("TERM", "").lower() not in ("dumb", "unknown")
    text = render(blocks, console_width(stream), styles)
    if text is None:
        with_rich(blocks, stream)
    else:
        stream.write(text)
