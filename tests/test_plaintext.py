"""``bio2.cli.plaintext``: lines and tables laid out exactly as rich lays them out, for
text of one-cell characters; everything else is left to rich itself."""

from __future__ import annotations

import io
import random
import re

import pytest

from bio2.cli import plaintext
from bio2.cli.plaintext import Line, Table

WORDS = ("a", "bb", "ccc", "Risicoanalyse", "en", "beveiliging", "van", "5.21.04", "(+12)",
         "informatiesystemen-en-netwerken", "deels (2 van 4 afgevinkt)", "100,0%", "x" * 40,
         "ë", "-", "Cyberhygiëne", "'s", "Ωμέγα", "Ж")


def rich_text(blocks: list[plaintext.Block], width: int) -> str:
    """What rich prints for ``blocks`` at ``width`` (the calls ``bio2 cbw`` made)."""
    from rich.console import Console
    from rich.table import Table as RichTable

    out = io.StringIO()
    console = Console(file=out, width=width, highlight=False, soft_wrap=False, markup=False,
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
    return out.getvalue()


def some_text(rnd: random.Random) -> str:
    if rnd.random() < 0.05:
        return "  spaces  around  "
    return " ".join(rnd.choice(WORDS) for _ in range(rnd.randint(0, 6)))


@pytest.mark.parametrize("seed", range(4))
def test_the_layout_is_riches_at_any_width(seed: int) -> None:
    rnd = random.Random(seed)
    laid_out = 0
    for _ in range(60):
        columns = rnd.randint(1, 9)
        table = Table(some_text(rnd) or "Titel", tuple(some_text(rnd) for _ in range(columns)),
                      tuple(rnd.random() < 0.5 for _ in range(columns)),
                      tuple(tuple(some_text(rnd) for _ in range(columns))
                            for _ in range(rnd.randint(0, 6))))
        blocks: list[plaintext.Block] = [
            Line(some_text(rnd) + " " + some_text(rnd), bold=True), Line(), table,
            Line("Cbw-gereedheid van Gemeente Bench, periode 2026 (catalogus bio2-1.2"
                 " (vastgesteld))")]
        width = rnd.randint(3, 200)
        mine = plaintext.render(blocks, width)
        if mine is None:  # a column under three cells: rich lays it out
            continue
        laid_out += 1
        assert mine == rich_text(blocks, width), (width, table)
    assert laid_out >= 40


def test_what_is_not_one_cell_wide_is_left_to_rich() -> None:
    for text in ("東京都", "ok \U0001f600", "e\u0301", "tab\there", "two\nlines", "’s"):
        assert plaintext.render([Line(text)], 80) is None, text
    assert plaintext.render([Line("Cyberhygiëne en opleiding")], 80) is not None
    narrow = Table("T", ("a", "b", "c"), (False, True, False), (("x" * 9, "y" * 9, "z"),))
    assert plaintext.render([narrow], 7) is None  # a column of fewer than three cells


def test_the_ellipsis_and_the_one_cell_characters_are_one_cell_for_rich() -> None:
    from rich.cells import cell_len

    assert cell_len(plaintext.ELLIPSIS) == 1
    simple = "".join(chr(c) for c in range(0x20, 0x2900)
                     if not re.match(plaintext._NOT_SIMPLE, chr(c)))
    assert cell_len(simple) == len(simple)


def test_width_follows_columns_and_a_pipe_is_plain(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "61")
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    monkeypatch.delenv("TTY_COMPATIBLE", raising=False)
    stream = io.StringIO()
    assert plaintext.console_width(stream) == 61
    blocks: list[plaintext.Block] = [Line("x " * 40, bold=True)]
    plaintext.write(blocks, stream)
    assert stream.getvalue() == rich_text(blocks, 61)
    assert stream.getvalue().splitlines() == ["x " * 30 + "x", "x " * 9]


def test_a_terminal_gets_bold_and_italic_and_the_same_characters(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FORCE_COLOR", "1")
    monkeypatch.setenv("TERM", "xterm-256color")
    monkeypatch.setenv("COLUMNS", "80")
    blocks: list[plaintext.Block] = [
        Line("Titel", bold=True), Table("Tabel", ("kop", "getal"), (False, True),
                                        (("a", "1"),))]
    styled, plain = io.StringIO(), io.StringIO()
    plaintext.write(blocks, styled)
    assert "\x1b[1mTitel\x1b[0m" in styled.getvalue()
    assert "\x1b[3mTabel" in styled.getvalue()
    monkeypatch.setenv("TERM", "dumb")  # a dumb terminal: no styles, 80 columns
    plaintext.write(blocks, plain)
    assert "\x1b" not in plain.getvalue()
    assert re.sub("\x1b\\[[0-9]*m", "", styled.getvalue()) == plain.getvalue()
