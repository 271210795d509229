"""Moving to the next item keeps the form in place and never cuts the item's text
(bio2.tui.widgets.item_panel): Pilot on a temp database, assertions on widget geometry."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bio2.tui.app import Bio2App
from bio2.tui.widgets.answer_form import AnswerForm
from bio2.tui.widgets.item_panel import HEAD_LINES, ItemPanel
from tests.test_tui import drive, goto, open_first, seeded


def _content_height(panel: ItemPanel) -> int:
    return panel.visual.get_height(panel.styles, panel.content_size.width)


def test_form_stays_put_and_no_text_is_cut(db_path: Path) -> None:
    seeded(db_path)
    seen: dict[str, list[int]] = {"form_y": [], "body": [], "cut": []}

    async def steps(pilot: Any, app: Bio2App) -> None:
        screen = await open_first(pilot, app)
        head = screen.query_one("#item-head", ItemPanel)
        body = screen.query_one("#item-body", ItemPanel)
        form = screen.query_one(AnswerForm)
        for _ in range(40):
            await pilot.press("right_square_bracket")
            await pilot.pause()
            for panel in (head, body):
                if _content_height(panel) > panel.size.height:
                    seen["cut"].append(panel.size.height)
            if _content_height(head) <= HEAD_LINES:
                seen["form_y"].append(form.region.y)
            seen["body"].append(body.size.height)
        # The body never shrinks while the width stays: the panel's virtual size holds.
        assert seen["body"] == sorted(seen["body"])
        # Back to an item with a short text: the body keeps its height, the text is new.
        await goto(pilot, "5.01.01")
        assert body.size.height == seen["body"][-1]
        assert "5.01.01" in str(head.visual)

    drive(db_path, steps, size=(120, 36))
    assert not seen["cut"]
    assert len(set(seen["form_y"])) == 1, seen["form_y"]


def test_a_new_width_measures_the_body_afresh(db_path: Path) -> None:
    seeded(db_path)

    async def steps(pilot: Any, app: Bio2App) -> None:
        screen = await open_first(pilot, app)
        body = screen.query_one("#item-body", ItemPanel)
        for _ in range(10):
            await pilot.press("right_square_bracket")
        await pilot.pause()
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        await pilot.press("right_square_bracket")
        await pilot.pause()
        await pilot.press("right_square_bracket")
        await pilot.pause()
        # Narrower: the text wraps into more lines and none of them is cut.
        assert body.size.height >= _content_height(body)
        assert body.content_size.width < 70

    drive(db_path, steps, size=(120, 36))
