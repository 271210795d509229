"""The TUI dashboard's lists follow bio2.ranking: gaps and unassessed items apart,
accepted risks marked, user text shown as text."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from textual.widgets import DataTable

from bio2.domain.answers import Acceptance, Answer, Risk
from bio2.service import open_store
from bio2.tui.app import Bio2App
from tests.test_tui import drive, open_first, seeded

OWNER = "[@click=app.quit]KLIK[/]"


def _rows(table: DataTable[Any]) -> list[list[str]]:
    return [[str(cell) for cell in table.get_row_at(n)] for n in range(table.row_count)]


def test_dashboard_lists_gaps_and_unassessed_apart(db_path: Path) -> None:
    assessment = seeded(db_path)
    with open_store(db_path) as store:
        # kans 4 x impact 5 -> 4.5 (the heaviest default), nee -> residual 4.5
        store.save_answer(assessment, Answer(item="5.3", status="nee", explanation="x",
                                             owner=OWNER, risk=Risk(likelihood=4, impact=5)))
        # kans 2 x impact 2 -> 0.9, deels -> 0.45; a valid acceptance
        store.save_answer(assessment, Answer(
            item="5.17.01", status="deels", explanation="x", risk=Risk(likelihood=2, impact=2),
            acceptance=Acceptance(by="College", until=date(2026, 12, 31), reason="r")))

    async def steps(pilot: Any, app: Bio2App) -> None:
        screen = await open_first(pilot, app)
        await pilot.press("s")
        await pilot.pause()
        gaps = app.screen.query_one("#risks", DataTable)
        unassessed = app.screen.query_one("#unassessed", DataTable)
        assert _rows(gaps) == [
            ["5.3", screen.s.item_title("5.3")[:44], "nee", "4,50", OWNER],
            ["5.17.01", screen.s.item_title("5.17.01")[:44], "deels geaccepteerd", "0,45", "-"]]
        rows = _rows(unassessed)
        assert len(rows) == 10 and all(r[2] == "open" for r in rows)
        assert not {"5.3", "5.17.01"} & {r[0] for r in rows}
        # the heaviest unassessed items weigh the heaviest default: hoog 3 x 1.5
        assert rows[0][3] == "4,50"
        # Enter on the second list opens its item
        unassessed.focus()
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is screen and screen.current == rows[0][0]
        assert app.is_running  # the owner's [@click=app.quit] stayed text

    drive(db_path, steps, size=(120, 40))
