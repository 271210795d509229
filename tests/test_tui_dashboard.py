"""The TUI dashboard's lists follow bio2.analysis.ranking: gaps and unassessed items apart,
accepted risks marked, user text shown as text."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from textual.widgets import DataTable

from bio2.domain.answers import Acceptance, Answer, Risk
from bio2.tui.app import Bio2App
from bio2.tui.screens.dashboard import OWNER_WIDTH, TITLE_WIDTH
from bio2.tui.widgets.text import cut
from bio2.usecases.opening import open_store
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
        # numbers right after the item (visible at 80 columns), titles cut (bio2.tui h4)
        assert _rows(gaps) == [
            ["5.3", "4,50", "nee", cut(screen.s.item_title("5.3"), TITLE_WIDTH),
             cut(OWNER, OWNER_WIDTH)],
            ["5.17.01", "0,45", "deels geaccepteerd",
             cut(screen.s.item_title("5.17.01"), TITLE_WIDTH), "-"]]
        rows = _rows(unassessed)
        assert len(rows) == 10 and all(len(r) == 4 for r in rows)  # no status column
        assert not {"5.3", "5.17.01"} & {r[0] for r in rows}
        # the heaviest unassessed items weigh the heaviest default: hoog 3 x 1.5
        assert rows[0][1] == "4,50"
        # Enter on the second list opens its item
        unassessed.focus()
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is screen and screen.current == rows[0][0]
        assert app.is_running  # the owner's [@click=app.quit] stayed text

    drive(db_path, steps, size=(120, 40))


def test_dashboard_shows_the_change_since_the_previous_period(db_path: Path) -> None:
    from bio2.usecases.organisations import start_assessment

    current = seeded(db_path)  # gemeente-test 2026
    with open_store(db_path) as store:
        earlier = start_assessment(store, "gemeente-test", "2025", "Tester")
        # 2025: 5.3 nee (closed now), 5.17.01 ja (a new gap now); due 2026-01-31 planned
        store.save_answer(earlier, Answer(item="5.3", status="nee", explanation="x",
                                          due=date(2026, 1, 31)))
        store.save_answer(earlier, Answer(item="5.17.01", status="ja"))
        store.save_answer(current, Answer(item="5.3", status="ja"))
        store.save_answer(current, Answer(item="5.17.01", status="nee", explanation="x",
                                          due=date(2026, 2, 28)))

    async def steps(pilot: Any, app: Bio2App) -> None:
        await pilot.press("enter")  # the start screen lists 2025 first
        await pilot.pause()
        assert app.screen.s.data.assessment.period == "2025"
        await _dashboard(pilot)
        assert "Geen eerdere periode om mee te vergelijken." in str(_yoy(app))
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("escape")  # back to the start screen
        await pilot.pause()
        await pilot.press("down", "enter")
        await pilot.pause()
        assert app.screen.s.data.assessment.period == "2026"
        await _dashboard(pilot)
        shown = str(_yoy(app))
        assert "Ontwikkeling sinds periode 2025" in shown
        assert "Tekortkomingen opgelost (1)\n  5.3 (nee → ja)" in shown
        assert "Nieuwe tekortkomingen (1)\n  5.17.01 (ja → nee)" in shown
        # 5.17.01 is overdue (2026-02-28 < 2026-06-01) but had no due date in 2025
        assert "Verstreken acties, al gepland in 2025 (0)\n  geen" in shown

    drive(db_path, steps, size=(120, 40))


async def _dashboard(pilot: Any) -> None:
    await pilot.press("s")
    await pilot.pause()


def _yoy(app: Bio2App) -> Any:
    return app.screen.query_one("#yoy").render()
