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
