"""The Cbw screen's checklists (issue 13 §4): Tab to the list, space and Enter tick and
untick a sub-point at once; the item's verdict cell follows; hostile names stay text."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bio2.domain.answers import Organisation
from bio2.store import Store
from bio2.store.checklists import get_ticks
from bio2.usecases.opening import open_store
from bio2.usecases.organisations import create_organisation, start_assessment
from tests.conftest import wait_until
from tests.test_tui import drive, open_first

HOSTILE = "ICT-dienst [/regio] [@click=app.quit]KLIK[/] <b>&amp; =1+1"


def test_tick_and_untick_sub_points_on_the_cbw_screen(db_path: Path) -> None:
    from textual.widgets import DataTable

    from bio2.tui.screens.cbw import CbwScreen

    with open_store(db_path) as store:
        create_organisation(store, Organisation(id="ict-dienst", name=HOSTILE, type="gemeente"))
        start_assessment(store, "ict-dienst", "2026", "Tester")

    def cell(table: Any, row: str, column: str) -> str:
        return str(table.get_cell(row, column))

    async def steps(pilot: Any, app: Any) -> None:
        await open_first(pilot, app)
        await pilot.press("c")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, CbwScreen)
        assert screen.title.startswith("ICT-dienst [/regio] [@click=app")  # text, not markup
        readiness = screen.query_one("#cbw", DataTable)
        checklist = screen.query_one("#cbw-checklist", DataTable)
        assert cell(readiness, "cbw:4.1", "verdict").endswith(" 0/5")
        await pilot.press("tab")
        assert screen.focused is checklist
        assert cell(checklist, "head:4.1", "point").endswith(": 0 van 5 afgevinkt")
        await pilot.press("space")  # on the heading row: nothing ticked
        await pilot.press("down", "space", "down", "enter")
        await pilot.pause()
        assert cell(checklist, "head:4.1", "point").endswith(": 2 van 5 afgevinkt")
        assert cell(checklist, "point:4.1:detectie", "ticked") == "[x]"
        assert cell(readiness, "cbw:4.1", "verdict").endswith(" 2/5")
        await pilot.press("enter")  # the same row again: unticked
        await pilot.pause()
        assert cell(checklist, "point:4.1:analyse", "ticked") == "[ ]"
        assert app.is_running

    drive(db_path, steps, size=(80, 24))
    with Store(db_path) as store:
        aid = store.assessments()[0].id
        assert get_ticks(store, aid) == {"4.1": ("detectie",)}
        rows = store.history(aid, "checklist:4.1")
        assert [r["new"] for r in rows] == [["detectie"], ["detectie", "analyse"], ["detectie"]]


def test_sub_point_text_wraps_instead_of_being_cut(db_path: Path) -> None:
    """At 80 columns the sub-point column takes what the table leaves and a long text
    wraps over two lines, whole and without sideways scrolling; at 120 columns (after a
    resize) the same text is one line again."""
    from textual.widgets import DataTable

    with open_store(db_path) as store:
        create_organisation(store, Organisation(id="gem-a", name="Gemeente A", type="gemeente"))
        start_assessment(store, "gem-a", "2026", "Tester")
    text = ("Iemand is aangewezen om incidenten op tijd op te merken, met de bevoegdheid"
            " om alarm te slaan.")

    def shown(table: Any) -> str:
        lines = [table.render_line(y).text for y in range(table.scrollable_content_region.height)]
        return " ".join(" ".join(lines).split())

    async def steps(pilot: Any, app: Any) -> None:
        await open_first(pilot, app)
        await pilot.press("c")
        await pilot.pause()
        table = app.screen.query_one("#cbw-checklist", DataTable)
        await pilot.press("tab")
        await pilot.pause()
        assert str(table.get_cell("point:4.1:detectie", "point")) == text
        for width, height, lines in ((80, 24, 2), (120, 40, 1)):
            if width != 80:  # the table measures its rows again after the new layout
                await pilot.resize_terminal(width, height)
                await wait_until(pilot, lambda n=lines: (
                    table.rows["point:4.1:detectie"].height == n), what=f"{width} columns")
            assert table.rows["point:4.1:detectie"].height == lines, width  # type: ignore[index]
            assert table.max_scroll_x == 0, width
            assert text in shown(table), width

    drive(db_path, steps, size=(80, 24))
