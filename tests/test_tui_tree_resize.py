"""The item tree keeps its built and painted lines through a resize
(bio2.tui.widgets.item_tree; Textual's Tree throws them away, and the assessment
screen's first layout sends one on every open: issue 12)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bio2.tui.app import Bio2App
from tests.conftest import wait_until
from tests.paint import Terminal, stale_rows
from tests.test_tui import drive, open_first, seeded


async def _press(pilot: Any, *keys: str) -> None:
    for key in keys:
        await pilot.press(key)
    await pilot.pause()


def test_the_tree_after_a_resize_equals_a_repaint_from_scratch(db_path: Path) -> None:
    """The item tree keeps its built lines through a resize (Textual's Tree throws them
    away, bio2.tui.widgets.item_tree): after each new size the screen equals a repaint
    from scratch and the tree measures what it measures when built anew."""
    seeded(db_path)
    stale: dict[str, list[str]] = {}
    sizes: dict[str, tuple[object, object]] = {}

    async def steps(pilot: Any, app: Bio2App) -> None:
        screen = await open_first(pilot, app)
        tree = screen.item_tree
        await _press(pilot, *["right_square_bracket"] * 30)  # scrolled down some
        for width, height in ((80, 24), (100, 40), (60, 20), (120, 36)):
            # Textual paints the whole screen after a resize: a blank terminal of the
            # new size sees everything it paints from here.
            terminal = Terminal(app)
            terminal.cells = [[None] * width for _ in range(height)]
            await pilot.resize_terminal(width, height)
            await wait_until(pilot, lambda w=width, h=height: app.screen.size == (w, h),
                             what="the new size")
            await pilot.pause()
            name = f"{width}x{height}"
            await _press(pilot, "right_square_bracket")  # a move after the resize
            kept = tree.virtual_size
            stale[name] = await stale_rows(pilot, terminal, app.screen.region)
            tree._invalidate()  # built anew, as Textual's resize does
            await pilot.pause()
            sizes[name] = (kept, tree.virtual_size)

    drive(db_path, steps, size=(120, 36))
    assert not any(stale.values()), {k: v for k, v in stale.items() if v}
    assert all(kept == built for kept, built in sizes.values()), sizes
