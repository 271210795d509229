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


#: Items visited in turn, each showing one case (texts of bio2-1.2 at 120x36; the test
#: asserts that each case did occur): a body shorter than the first item's, a longer
#: one, a shorter one, the longest body of the first 40 items, a head of four lines
#: (the form moves down by one), then a head of three lines again (the form is back).
VISITS = ("5.01.02", "5.3", "5.04.03", "5.17.01", "5.20.02", "5.20.04")


def test_form_stays_put_and_no_text_is_cut(db_path: Path) -> None:
    seeded(db_path)
    seen: dict[str, list[int]] = {"form_y": [], "body": [], "cut": [], "content": [],
                                  "head": []}

    async def steps(pilot: Any, app: Bio2App) -> None:
        screen = await open_first(pilot, app)
        head = screen.query_one("#item-head", ItemPanel)
        body = screen.query_one("#item-body", ItemPanel)
        form = screen.query_one(AnswerForm)
        for item in VISITS:
            await goto(pilot, item)  # the screen's move to an item, as ] makes it
            for panel in (head, body):
                if _content_height(panel) > panel.size.height:
                    seen["cut"].append(panel.size.height)
            seen["head"].append(_content_height(head))
            if _content_height(head) <= HEAD_LINES:
                seen["form_y"].append(form.region.y)
            seen["body"].append(body.size.height)
            seen["content"].append(_content_height(body))
        # The body never shrinks while the width stays: the panel's virtual size holds.
        assert seen["body"] == sorted(seen["body"])
        # Back to an item with a short text: the body keeps its height, the text is new.
        await goto(pilot, "5.01.01")
        assert body.size.height == seen["body"][-1]
        assert "5.01.01" in str(head.visual)

    drive(db_path, steps, size=(120, 36))
    assert not seen["cut"]
    assert len(set(seen["form_y"])) == 1, seen["form_y"]
    # The cases of VISITS occurred: the body grew and held, a head was taller than
    # HEAD_LINES and the next was not.
    content, body = seen["content"], seen["body"]
    assert len(set(body)) >= 3 and any(c < b for c, b in zip(content, body, strict=True))
    assert seen["head"][-2] > HEAD_LINES >= seen["head"][-1], seen["head"]


def test_a_new_width_measures_the_body_afresh(db_path: Path) -> None:
    seeded(db_path)

    async def steps(pilot: Any, app: Bio2App) -> None:
        screen = await open_first(pilot, app)
        body = screen.query_one("#item-body", ItemPanel)
        for item in ("5.3", "5.10"):  # the body holds the height of the longer text
            await goto(pilot, item)
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
