"""LeanSelect (bio2.tui.widgets.lean_select) looks and behaves as Textual's own ``Select``:
two of each, side by side with the same options, get the same keys and clicks; their
cells, values and ``Changed`` messages must stay the same throughout."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from rich.style import Style
from textual.app import App, ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widget import Widget
from textual.widgets import Input, Select
from textual.widgets._select import SelectOverlay

from bio2.tui.widgets.lean_select import LeanSelect
from tests.paint import Terminal, repaint_all

OPTIONS = [("ja", "ja"), ("nee", "nee"), ("onbekend", "onbekend"), ("n.v.t.", "nvt")]


class Pair(App[None]):
    """Textual's Select (left) and LeanSelect (right), each above an Input."""

    def __init__(self, compact: bool, allow_blank: bool) -> None:
        super().__init__()
        self.compact = compact
        self.allow_blank = allow_blank
        self.changed: list[tuple[str, object]] = []

    def compose(self) -> ComposeResult:
        with Horizontal():
            for kind, side in ((Select, "ref"), (LeanSelect, "lean")):
                with Vertical():
                    yield kind(OPTIONS, id=side, prompt="-", compact=self.compact,
                               allow_blank=self.allow_blank)
                    yield Input(id=f"{side}-after")

    def on_select_changed(self, event: Select.Changed) -> None:
        self.changed.append((str(event.select.id), event.value))


def _cells(terminal: Terminal, widget: Widget) -> list[list[tuple[str, Style | None]]]:
    return [[(cell[0], cell[1] and cell[1].clear_meta_and_links()) if cell else ("?", None)
             for cell in row] for row in terminal.region(widget.region)]


async def _state(pilot: Any, terminal: Terminal, select: Select[str]) -> tuple[object, ...]:
    """What the user has of one side now: its cells, the list's cells when open, the
    value, and what has focus (the select, its list, the input after it)."""
    await repaint_all(pilot)
    focused = pilot.app.focused
    focus = ("select" if focused is select else
             "list" if isinstance(focused, SelectOverlay) and focused.parent is select else
             "input" if isinstance(focused, Input) else repr(focused))
    shown = (_cells(terminal, select.query_one(SelectOverlay)) if select.expanded else None)
    return _cells(terminal, select), shown, select.value, select.expanded, focus


def _run(compact: bool, allow_blank: bool,
         steps: list[tuple[str, list[str]]]) -> tuple[list[str], list[tuple[str, object]]]:
    """Each step on Textual's select, then on the lean one: where they differ."""
    app = Pair(compact, allow_blank)
    seen: dict[str, list[tuple[object, ...]]] = {"ref": [], "lean": []}

    async def main() -> None:
        async with app.run_test(size=(100, 24)) as pilot:
            await pilot.pause()
            terminal = Terminal(app)
            for side in ("ref", "lean"):
                select = app.query_one(f"#{side}", Select)
                select.focus()
                await pilot.pause()
                for _, keys in steps:
                    for key in keys:
                        if key.startswith("click:"):
                            await pilot.click(f"#{side} {key[6:]}")
                        else:
                            await pilot.press(key)
                    await pilot.pause()
                    seen[side].append(await _state(pilot, terminal, select))

    asyncio.run(main())
    found = [f"{what}: {ref[2:]} != {lean[2:]}" + (" (cells)" if ref[:2] != lean[:2] else "")
             for (what, _), ref, lean in zip(steps, seen["ref"], seen["lean"], strict=True)
             if ref != lean]
    return found, app.changed


STEPS = [("focus", []), ("open", ["enter"]), ("down", ["down", "down"]),
         ("pick", ["enter"]), ("open by space", ["space"]), ("escape", ["escape"]),
         ("open by up", ["up"]), ("type to search", ["o"]), ("pick found", ["enter"]),
         ("open by down", ["down"]), ("leave by tab", ["tab"]),
         ("click open", ["click:SelectCurrent"]), ("click an option", ["click:SelectOverlay"]),
         ("click open again", ["click:SelectCurrent"]), ("click closes", ["click:SelectCurrent"])]


@pytest.mark.parametrize(("compact", "allow_blank"), [(True, True), (True, False),
                                                      (False, True)])
def test_lean_select_looks_and_answers_as_textuals_select(compact: bool,
                                                          allow_blank: bool) -> None:
    found, changed = _run(compact, allow_blank, STEPS)
    assert not found
    # The same choices, in the same order, from each.
    ref = [value for side, value in changed if side == "ref"]
    lean = [value for side, value in changed if side == "lean"]
    assert ref == lean
    assert len(ref) >= 2  # the keys did choose


def test_the_list_is_made_when_it_first_opens() -> None:
    app = Pair(compact=True, allow_blank=True)

    async def main() -> None:
        async with app.run_test(size=(100, 24)) as pilot:
            await pilot.pause()
            lean = app.query_one("#lean", LeanSelect)
            assert not lean.query(SelectOverlay)
            assert len(list(lean.walk_children())) == 2  # the line and its label
            lean.value = "nee"  # a value while closed
            lean.focus()
            await pilot.press("enter")
            await pilot.pause()
            overlay = lean.query_one(SelectOverlay)
            assert overlay.highlighted == 2  # the blank option first, then ja, nee
            assert overlay.has_class("-textual-compact")
            assert app.focused is overlay

    asyncio.run(main())
