"""A partial repaint asks only the widgets under the changed cells (bio2.tui.dirty_chops)
and writes exactly the cells Textual's own partial repaint writes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from textual._compositor import ChopsUpdate, Compositor
from textual.widget import Widget

from bio2.tui import dirty_chops
from bio2.tui.app import Bio2App
from tests.paint import Terminal, last_item_in_view, repaint_all
from tests.test_tui import drive, goto, open_first, seeded

ORIGINAL = dirty_chops._render_partial_update.__wrapped__  # type: ignore[attr-defined]


class _Twin:
    """Every partial update is built twice, by bio2 and by Textual; bio2's is sent to
    the terminal, Textual's is applied to a second grid of cells. The widgets each one
    asks for lines are counted."""

    def __init__(self, app: Bio2App) -> None:
        self.ours = Terminal(app)
        self.textual = Terminal.__new__(Terminal)
        self.textual.app = app
        self.textual.cells = [row[:] for row in self.ours.cells]
        self.asked = {"ours": 0, "textual": 0}
        self.updates = 0
        self._who = ""
        display = app._display
        twin = self

        def both(screen: Any, renderable: Any) -> None:
            # Full updates (after a layout) reach both grids; partial ones are built twice.
            if (renderable is not None and screen is app.screen
                    and not isinstance(renderable, ChopsUpdate)):
                twin.textual.apply(renderable)
            display(screen, renderable)

        app._display = both  # type: ignore[method-assign]

        def partial(compositor: Compositor) -> Any:
            regions = set(compositor._dirty_regions)
            twin._who = "textual"
            theirs = ORIGINAL(compositor)
            compositor._dirty_regions.update(regions)
            twin._who = "ours"
            update = dirty_chops._render_partial_update(compositor)
            twin._who = ""
            if theirs is not None and compositor is app.screen._compositor:
                twin.textual.apply(theirs)
                twin.updates += 1
            return update

        self._partial = partial
        render_lines = Widget.render_lines

        def counting(widget: Widget, crop: Any) -> Any:
            if twin._who:
                twin.asked[twin._who] += 1
            return render_lines(widget, crop)

        counting.__wrapped__ = render_lines.__wrapped__  # type: ignore[attr-defined]
        self._render_lines = render_lines
        self._counting = counting

    def __enter__(self) -> _Twin:
        Compositor.render_partial_update = self._partial  # type: ignore[method-assign]
        Widget.render_lines = self._counting  # type: ignore[method-assign]
        return self

    def __exit__(self, *exc: object) -> None:
        Compositor.render_partial_update = dirty_chops._render_partial_update  # type: ignore[method-assign]
        Widget.render_lines = self._render_lines  # type: ignore[method-assign]


def test_every_partial_update_writes_the_cells_textual_writes(db_path: Path) -> None:
    """Each kind of step once (moving past the edge of the tree, a status change, a move
    in view, typing markup in a field, the audit view, a dialog, the next unanswered
    item); every partial update of each is compared with Textual's own."""
    seeded(db_path)
    seen: dict[str, Any] = {"updates": {}}

    async def steps(pilot: Any, app: Bio2App) -> None:
        screen = await open_first(pilot, app)
        for widget in app.screen.query("Input, TextArea"):
            widget.cursor_blink = False  # type: ignore[attr-defined]
        tree = screen.item_tree
        await goto(pilot, last_item_in_view(tree))  # the next item lies past the edge
        with _Twin(app) as twin:
            await repaint_all(pilot)  # both grids start from the same full picture
            twin.textual.cells = [row[:] for row in twin.ours.cells]
            for name, keys in (("past the edge", ["right_square_bracket"] * 2),
                               ("status", ["d"]), ("previous", ["left_square_bracket"]),
                               ("type", ["e", "tab", *"Team [b]x[/b]", "escape"]),
                               ("audit view", ["A"]), ("audit view off", ["A"]),
                               ("dialog", ["f"]), ("dialog closed", ["escape"]),
                               ("next unanswered", ["u"])):
                updates, top = twin.updates, tree.scroll_y
                for key in keys:
                    await pilot.press(key)
                await pilot.pause()
                seen["updates"][name] = twin.updates - updates
                if name == "past the edge":
                    seen["scrolled"] = tree.scroll_y - top
            seen["asked"] = dict(twin.asked)
            seen["same"] = twin.ours.cells == twin.textual.cells
            seen["rows"] = [y for y, (a, b) in enumerate(
                zip(twin.ours.cells, twin.textual.cells, strict=True)) if a != b]

    drive(db_path, steps, size=(120, 36))
    assert seen["scrolled"] > 0
    # Every step was compared: each made partial updates (not only full ones).
    assert all(seen["updates"].values()), seen["updates"]
    assert seen["same"], seen["rows"]
    # Textual asks every widget in the rectangle around the changes; bio2 only those under
    # the changed cells.
    assert seen["asked"]["ours"] * 2 < seen["asked"]["textual"], seen["asked"]
