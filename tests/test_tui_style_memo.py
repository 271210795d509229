"""The tree and the explanation field keep their part styles while their styles stay the
same (bio2.tui.style_memo); each kept style equals the one Textual works out afresh,
after focus moves, a theme switch and a dialog."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from textual.dom import DOMNode
from textual.widget import Widget
from textual.widgets import TextArea

from bio2.tui.app import Bio2App
from bio2.tui.style_memo import StyleMemo
from tests.test_tui import drive, open_first, seeded


def _stale(widget: StyleMemo) -> list[str]:
    """Kept styles that differ from Textual's, after the widget painted (as on screen)."""
    widget.render_lines(widget.size.region)  # a repaint checks the styles it comes from
    stale = []
    for (names, partial, default), kept in widget.memo_entries().items():
        widget._rich_style_cache.clear()
        fresh = Widget.get_component_rich_style(widget, *names, partial=partial,
                                                default=default)
        if fresh != kept:
            stale.append(f"{type(widget).__name__} {names} {partial}: {kept} != {fresh}")
    base = widget._memo_base
    if base is not None and base != DOMNode.rich_style.fget(widget):  # type: ignore[attr-defined]
        stale.append(f"{type(widget).__name__} rich_style: {base}")
    return stale


def test_kept_part_styles_equal_textuals_own(db_path: Path) -> None:
    seeded(db_path)
    seen: dict[str, Any] = {"stale": [], "kept": 0, "themes": set()}

    async def steps(pilot: Any, app: Bio2App) -> None:
        screen = await open_first(pilot, app)
        tree = screen.item_tree
        area = screen.query_one("#f-explanation", TextArea)
        assert isinstance(tree, StyleMemo) and isinstance(area, StyleMemo)
        for keys in (["right_square_bracket"] * 3, ["e", "tab"], ["escape"], ["d"],
                     ["ctrl+t"], ["right_square_bracket"], ["e", "tab", "x"], ["escape"],
                     ["question_mark"], ["escape"], ["ctrl+t"], ["right_square_bracket"]):
            for key in keys:
                await pilot.press(key)
            await pilot.pause()
            for widget in (tree, area):
                seen["stale"].extend(_stale(widget))
                seen["kept"] += len(widget.memo_entries())
            seen["themes"].add(app.theme)

    drive(db_path, steps, size=(120, 36))
    assert len(seen["themes"]) == 2
    assert seen["kept"] > 20
    assert not seen["stale"], seen["stale"]
