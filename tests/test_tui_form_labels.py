"""The answer form draws its fields' labels itself (issue 12: a row container and a
``Label`` per field were 28 of the screen's 107 widgets). Each label must look exactly as
Textual's ``Label`` in the style the rows had, beside the first line of its field, also
after a message above it appeared or went away."""

from __future__ import annotations

from pathlib import Path
from typing import Any, ClassVar

import pytest
from rich.cells import cell_len
from rich.style import Style
from textual.widgets import Label

from bio2.i18n import LANGUAGES, speaking, t
from bio2.tui.app import Bio2App
from bio2.tui.widgets.answer_form import LABEL_WIDTH, AnswerForm
from bio2.usecases.forms import FIELDS
from tests.paint import Cell, Terminal, repaint_all, stale_rows
from tests.test_tui import drive, goto, open_first, seeded


class ReferenceLabel(Label):
    """A label as each row of the form had it: Textual's ``Label``, muted, 19 wide."""

    DEFAULT_CSS: ClassVar[str] = "ReferenceLabel { color: $text-muted; width: 19; }"


def _looks(cells: list[list[Cell | None]]) -> list[list[tuple[str, Style | None]]]:
    """What the terminal shows of the cells: the meta data (offsets for mouse selection,
    which differ by where a widget starts) is never written to it."""
    return [[(cell[0], cell[1] and cell[1].clear_meta_and_links()) if cell else ("?", None)
             for cell in row] for row in cells]


async def _labels_as_textual_draws_them(pilot: Any, app: Bio2App) -> list[str]:
    """Fields whose label cells differ from a ``ReferenceLabel`` with the same text
    mounted in the form's parent (the same background)."""
    form = app.screen.query_one(AnswerForm)
    assert form.parent is not None
    reference = ReferenceLabel("")
    await form.parent.mount(reference, before=form)
    terminal = Terminal(app)
    wrong: list[str] = []
    try:
        for name in FIELDS:
            reference.update(t(f"tui.field.{name}"))
            await repaint_all(pilot)
            expected = _looks(terminal.region(reference.region))
            field = form.query_one(f"#f-{name}")
            region = field.region
            beside = region._replace(x=form.region.x, width=LABEL_WIDTH, height=1)
            if _looks(terminal.region(beside)) != expected:
                wrong.append(f"{name}: {terminal.text(beside)} != "
                             f"{terminal.text(reference.region)}")
    finally:
        await reference.remove()
    return wrong


def test_labels_look_as_textual_draws_a_label_beside_their_fields(db_path: Path) -> None:
    seeded(db_path)
    wrong: list[str] = []

    async def steps(pilot: Any, app: Bio2App) -> None:
        screen = await open_first(pilot, app)
        await goto(pilot, "5.3")
        wrong.extend(await _labels_as_textual_draws_them(pilot, app))
        # An error on the due date: a message line below it moves every later field.
        screen.form.focus_field("due")
        await pilot.press(*"2026-02-30", "enter")
        await pilot.pause()
        assert "JJJJ-MM-DD" in str(screen.query_one("#m-due").render())
        wrong.extend(await _labels_as_textual_draws_them(pilot, app))

    drive(db_path, steps, size=(120, 60))  # the whole form in view
    assert not wrong


def test_labels_follow_their_fields_when_messages_come_and_go(db_path: Path) -> None:
    seeded(db_path)
    stale: list[str] = []

    async def steps(pilot: Any, app: Bio2App) -> None:
        screen = await open_first(pilot, app)
        form = screen.query_one(AnswerForm)
        for widget in form.query("Input, TextArea"):
            # a blink between the look and the repaint is no stale cell (failed under load)
            widget.cursor_blink = False  # type: ignore[attr-defined]
        terminal = Terminal(app)
        await repaint_all(pilot)

        async def check() -> None:
            await pilot.pause()
            stale.extend(await stale_rows(pilot, terminal, form.region))

        # Drafts with one message line each, under different fields: between them the
        # form keeps its height while the fields between the two messages move.
        for item, field, wrong in (("5.3", "likelihood", "7"), ("5.4", "impact", "9")):
            await goto(pilot, item)
            form.focus_field(field)
            await pilot.press(wrong, "enter")
            await check()
            await pilot.press("escape")
        for item in ("5.3", "5.4", "5.3", "5.5"):
            await goto(pilot, item)
            await check()
        assert "1 tot en met 5" not in str(screen.query_one("#m-likelihood").render())

    drive(db_path, steps, size=(120, 50))
    assert not stale


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_label_fits_on_the_line_beside_its_field(lang: str) -> None:
    # The form draws one line per label: a longer label would run under its field.
    with speaking(lang):
        too_long = [t(f"tui.field.{name}") for name in FIELDS
                    if cell_len(t(f"tui.field.{name}")) > LABEL_WIDTH]
    assert not too_long
