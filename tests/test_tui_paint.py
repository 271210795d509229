"""The assessment screen repaints only what changed (issue 12: the item tree, the summary
line), and the terminal then shows exactly what a repaint from scratch shows."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from textual.geometry import Region
from textual.scrollbar import ScrollBar
from textual.strip import Strip
from textual.widgets import Input

from bio2.tui.app import Bio2App
from bio2.tui.widgets.item_tree import ItemTree
from bio2.tui.widgets.scrollbar import LeanScrollBar
from tests.paint import Terminal, last_item_in_view, repaint_all, stale_rows
from tests.test_tui import drive, goto, open_first, seeded


def _count_lines(tree: ItemTree) -> list[int]:
    """Record every tree row painted from here on (row numbers on screen)."""
    painted: list[int] = []
    render_line = tree.render_line

    def counting(y: int) -> Strip:
        painted.append(y)
        return render_line(y)

    tree.render_line = counting  # type: ignore[method-assign]
    return painted


async def _press(pilot: Any, *keys: str) -> None:
    for key in keys:
        await pilot.press(key)
    await pilot.pause()


def test_scrolling_through_the_tree_leaves_no_stale_line(db_path: Path) -> None:
    """Each kind of scroll once, checked against a repaint from scratch: past the lower
    and the upper edge a line or two at a time (the painted lines move), by a page (they
    move further), to the end and back home (all painted again), and moves in view."""
    seeded(db_path)
    stale: dict[str, list[str]] = {}
    scrolled: dict[str, int] = {}

    async def steps(pilot: Any, app: Bio2App) -> None:
        screen = await open_first(pilot, app)
        tree = screen.item_tree
        height = tree.size.height
        await goto(pilot, last_item_in_view(tree))  # no scroll yet: not judged here
        assert tree.scroll_y == 0
        terminal = Terminal(app)
        await repaint_all(pilot)
        for name, keys in (("past the lower edge", ["right_square_bracket"] * 3),
                           ("in view, up", ["left_square_bracket"] * 2),
                           ("page down", ["pagedown"]),
                           ("down past the edge", ["down"] * 2),
                           ("page up", ["pageup"]),
                           ("past the upper edge", ["up"] * 2),
                           ("end", ["end"]),
                           ("home", ["home"])):
            top = round(tree.scroll_y)
            await _press(pilot, *keys)
            scrolled[name] = round(tree.scroll_y) - top
            stale[name] = await stale_rows(pilot, terminal, tree.region)
        assert tree.scroll_y == 0 and tree.cursor_line == 0
        scrolled["height"] = height

    drive(db_path, steps, size=(120, 36))
    assert stale and not any(stale.values()), {k: v for k, v in stale.items() if v}
    # Each step scrolled the way it is named for (so each way of painting is checked).
    height = scrolled["height"]
    assert 3 <= scrolled["past the lower edge"] <= 6, scrolled
    assert scrolled["in view, up"] == 0 and scrolled["page up"] == 0, scrolled
    assert 2 < scrolled["page down"] < height, scrolled
    assert 1 <= scrolled["down past the edge"] <= 2, scrolled
    assert -2 <= scrolled["past the upper edge"] <= -1, scrolled
    assert scrolled["end"] > height and -scrolled["home"] > height, scrolled


def test_moving_past_the_edge_paints_only_the_line_that_comes_into_view(
        db_path: Path) -> None:
    seeded(db_path)
    seen: dict[str, Any] = {}

    async def steps(pilot: Any, app: Bio2App) -> None:
        screen = await open_first(pilot, app)
        tree = screen.item_tree
        await goto(pilot, last_item_in_view(tree))
        while tree.scroll_y == 0:
            await _press(pilot, "right_square_bracket")
        top = tree.scroll_y
        painted = _count_lines(tree)
        while tree.scroll_y == top:
            await _press(pilot, "right_square_bracket")
        seen["scrolled"] = tree.scroll_y - top
        seen["painted"] = sorted(set(painted))
        seen["height"] = tree.size.height

    drive(db_path, steps, size=(120, 36))
    # One or two lines scrolled (a control line is passed over): the new lines at the
    # bottom and the old cursor line are painted, not the whole tree.
    assert 1 <= seen["scrolled"] <= 2
    assert len(seen["painted"]) <= seen["scrolled"] + 2, seen
    assert seen["painted"][-1] == seen["height"] - 1


def test_a_status_change_repaints_the_item_its_control_and_theme_only(
        db_path: Path) -> None:
    seeded(db_path)
    seen: dict[str, Any] = {}

    async def steps(pilot: Any, app: Bio2App) -> None:
        screen = await open_first(pilot, app)
        tree = screen.item_tree
        terminal = Terminal(app)
        await goto(pilot, "5.04.02")  # a measure of a control (not judged here)
        await repaint_all(pilot)
        item = screen.current
        item_line = tree.nodes_by_key[item].line - round(tree.scroll_y)
        theme_line = tree.nodes_by_key[f"theme:{screen.s.catalog.items[item].theme}"].line
        painted = _count_lines(tree)
        await _press(pilot, "j")
        seen["painted"] = sorted(set(painted))
        seen["lines"] = {item_line, theme_line - round(tree.scroll_y)}
        seen["stale"] = await stale_rows(pilot, terminal, tree.region)
        row = terminal.text(tree.region)[item_line]
        seen["row"] = row
        seen["item"] = item

    drive(db_path, steps, size=(120, 36))
    assert not seen["stale"]
    assert f"✔ {seen['item']}" in seen["row"]
    assert seen["lines"] <= set(seen["painted"])
    assert len(seen["painted"]) <= 3, seen["painted"]  # item, control, theme


def test_a_status_change_lays_out_nothing_and_the_summary_shows_the_new_numbers(
        db_path: Path) -> None:
    seeded(db_path)
    seen: dict[str, Any] = {}

    async def steps(pilot: Any, app: Bio2App) -> None:
        screen = await open_first(pilot, app)
        terminal = Terminal(app)
        await _press(pilot, "j", "o")  # the item's panels have their height now
        await repaint_all(pilot)
        layouts: list[object] = []
        refresh_layout = screen._refresh_layout

        def counting(*args: Any, **kwargs: Any) -> None:
            layouts.append(args)
            refresh_layout(*args, **kwargs)

        screen._refresh_layout = counting  # type: ignore[method-assign]
        summary = screen.query_one("#summary").region
        before = terminal.text(summary)[0]
        await _press(pilot, "j")
        seen["layouts"] = len(layouts)
        seen["before"], seen["after"] = before, terminal.text(summary)[0]
        seen["stale"] = await stale_rows(pilot, terminal, app.screen.region)

    drive(db_path, steps, size=(120, 36))
    assert seen["layouts"] == 0
    assert "0/190" in seen["before"] and "1/190" in seen["after"], seen
    assert not seen["stale"]


def test_the_tree_scrollbar_paints_the_cells_textual_paints(db_path: Path) -> None:
    seeded(db_path)
    differ: list[tuple[object, ...]] = []

    async def steps(pilot: Any, app: Bio2App) -> None:
        screen = await open_first(pilot, app)
        bar = screen.item_tree.vertical_scrollbar
        assert isinstance(bar, LeanScrollBar) and bar.display
        width, height = bar.size
        for theme in ("textual-dark", "textual-light"):
            app.theme = theme
            await pilot.pause()
            for mouse_over in (False, True):
                bar.mouse_over = mouse_over
                for position in (0, 0.125, 3.5, 41.25, 150, 1000):
                    bar.position = position
                    for crop in (Region(0, 0, width, height), Region(0, 3, width, 7),
                                 Region(1, 0, 1, height)):
                        lean = bar.render_lines(crop)
                        bar.refresh()  # Textual's own picture, from scratch
                        textual = ScrollBar.render_lines(bar, crop)
                        if [list(s) for s in lean] != [list(s) for s in textual]:
                            differ.append((theme, mouse_over, position, crop))

    drive(db_path, steps, size=(120, 36))
    assert not differ


def test_the_screen_equals_a_repaint_from_scratch_after_every_kind_of_step(
        db_path: Path) -> None:
    """Unchanged widgets hand the compositor their last lines (bio2.tui.paint_memo): after
    moving, editing, dialogs, the audit view, a search, a theme switch and a resize, every
    cell on the terminal is what a repaint from scratch paints."""
    seeded(db_path)
    stale: dict[str, list[str]] = {}
    shown: dict[str, int] = {}

    async def steps(pilot: Any, app: Bio2App) -> None:
        screen = await open_first(pilot, app)
        for widget in app.screen.query("Input, TextArea"):
            widget.cursor_blink = False  # type: ignore[attr-defined]
        terminal = Terminal(app)
        await repaint_all(pilot)
        search = screen.query_one("#search", Input)
        # "=text" puts the text in the search field at once: typing in a field is judged
        # by the step "type"; the keys that open and submit the search are pressed.
        script: list[tuple[str, list[str]]] = [
            ("walk", ["right_square_bracket"] * 2),
            ("status", ["d"]),
            ("type", ["e", "tab", "tab", *"Team A", "escape"]),
            ("audit view", ["A"]),
            ("audit view off", ["A"]),
            ("filter dialog", ["f"]),
            ("filter closed", ["escape"]),
            ("search", ["slash", "=wacht", "enter"]),
            ("search cleared", ["slash", "=", "enter"]),
            ("theme", ["ctrl+t"]),
            ("help", ["question_mark"]),
            ("help closed", ["escape"]),
        ]
        for name, keys in script:
            for key in keys:
                if key.startswith("="):
                    search.value = key[1:]
                else:
                    await pilot.press(key)
            await pilot.pause()
            await pilot.pause()
            stale[name] = await stale_rows(pilot, terminal, app.screen.region)
            shown[name] = len(screen.item_tree.item_ids())
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        terminal.cells = [[None] * 80 for _ in range(24)]
        await repaint_all(pilot)
        await _press(pilot, *["right_square_bracket"] * 2, "j")
        stale["80x24"] = await stale_rows(pilot, terminal, app.screen.region)

    drive(db_path, steps, size=(120, 36))
    assert stale and not any(stale.values()), {k: v for k, v in stale.items() if v}
    assert 0 < shown["search"] < shown["search cleared"] == shown["walk"], shown
