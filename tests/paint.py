"""What the terminal shows, rebuilt from the updates the app sends it (for tests of the
TUI's partial repaints: bio2.tui only repaints what changed, and these tests check that the
picture then equals one painted from scratch).

:class:`Terminal` records every update the app writes while it is attached (headless
Textual builds the same updates, it only does not write them) and applies them to a grid
of cells. :func:`repaint_all` throws every cached line of every widget away and paints the
whole screen again, so comparing the grid before and after shows any cell that a partial
repaint left stale.
"""

from __future__ import annotations

from typing import Any

from rich.cells import cell_len
from rich.segment import ControlType
from rich.style import Style
from textual.app import App
from textual.geometry import Region
from textual.widget import Widget
from textual.widgets import Tree

from bio2.tui.widgets.item_tree import ItemTree

Cell = tuple[str, Style | None]


class Terminal:
    """The cells of a terminal of the app's size, kept up to date by the app's updates."""

    def __init__(self, app: App[Any]) -> None:
        self.app = app
        width, height = app.size
        self.cells: list[list[Cell | None]] = [[None] * width for _ in range(height)]
        display = app._display

        def recording(screen: Any, renderable: Any) -> None:
            if renderable is not None and screen is app.screen:
                self.apply(renderable)
            display(screen, renderable)

        app._display = recording  # type: ignore[method-assign]

    def apply(self, update: Any) -> None:
        console = self.app.console
        x = y = 0
        for segment in update.__rich_console__(console, console.options):
            if segment.control:
                for code in segment.control:
                    if code[0] == ControlType.CURSOR_MOVE_TO:
                        x, y = int(code[1]), int(code[2])
                continue
            if segment.text == "\n":
                continue
            for char in segment.text:
                if 0 <= y < len(self.cells) and 0 <= x < len(self.cells[y]):
                    self.cells[y][x] = (char, segment.style)
                x += cell_len(char)

    def region(self, region: Region) -> list[list[Cell | None]]:
        return [row[region.x:region.right] for row in self.cells[region.y:region.bottom]]

    def text(self, region: Region) -> list[str]:
        return ["".join(cell[0] if cell else "?" for cell in row)
                for row in self.region(region)]


async def repaint_all(pilot: Any) -> None:
    """Paint the whole screen again from scratch (no cached line of any widget is used)."""
    screen = pilot.app.screen
    for widget in screen.walk_children(with_self=False):
        if isinstance(widget, Tree):
            widget._line_cache.clear()
        if isinstance(widget, Widget):
            widget.refresh()
    screen.refresh()
    await pilot.pause()


async def stale_rows(pilot: Any, terminal: Terminal, region: Region) -> list[str]:
    """Rows of ``region`` whose cells differ from a repaint from scratch (as text, the
    stale picture first): empty when the partial repaints left the screen right."""
    before = terminal.region(region)
    shown = terminal.text(region)
    await repaint_all(pilot)
    after = terminal.region(region)
    fresh = terminal.text(region)
    return [f"{old!r} != {new!r}" for old, new, row_before, row_after
            in zip(shown, fresh, before, after, strict=True) if row_before != row_after]


def last_item_in_view(tree: ItemTree) -> str:
    """The item on the lowest row of the item tree in view: the next one lies past the
    edge (tests go there with ``goto`` rather than pressing ``]`` from the top)."""
    bottom = round(tree.scroll_y) + tree.size.height - 1
    return max((node.line, key) for key, node in tree.nodes_by_key.items()
               if ":" not in key and 0 <= node.line <= bottom)[1]
