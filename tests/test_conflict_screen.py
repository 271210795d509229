"""The conflict screen at 80x24 and 120x40 with long, hostile values (issue 10): both
versions side by side in the table, the highlighted field in full below it, every value
plain text with control characters escaped, heading and "who" on one line each."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

from textual.app import App
from textual.widgets import DataTable, Static

import bio2.tui.app
from bio2.tui.screens.conflict import ConflictScreen, Resolution

HOSTILE = "ICT-dienst [/regio] [@click=app.quit]KLIK[/] <b>&amp; =1+1 \x1b[2J"
MINE = {"status": "deels", "explanation": "Wij " + HOSTILE * 4 + "\nregel twee",
        "owner": "Team IAM", "due": "2026-12-31"}
THEIRS = {"status": "nee", "explanation": "Auditor: " + "zeer lange bevinding " * 30,
          "owner": "[bold]Anna[/bold] " * 10, "due": "2026-12-31"}
LABELS = {"status": "Status", "explanation": "Toelichting", "owner": "Eigenaar",
          "due": "Streefdatum"}


class Host(App[None]):
    CSS_PATH = str(Path(bio2.tui.app.__file__).parent / "app.tcss")  # the app's own styles

    def __init__(self) -> None:
        super().__init__()
        self.result: Resolution | None = None

    def on_mount(self) -> None:
        def done(result: Resolution | None) -> None:
            self.result = result

        self.push_screen(ConflictScreen(f"Conflict op 5.17.01 {HOSTILE}",
                                        f"Gewijzigd door {HOSTILE * 3}", LABELS, MINE,
                                        THEIRS), done)


def run(size: tuple[int, int], steps: Any) -> Host:
    app = Host()

    async def main() -> None:
        async with app.run_test(size=size) as pilot:
            await pilot.pause()
            await pilot.pause()
            await steps(pilot, app)

    asyncio.run(main())
    return app


def shown(screen: Any, selector: str) -> str:
    return str(screen.query_one(selector, Static).render())


def check_layout(screen: ConflictScreen, width: int) -> None:
    table = screen.query_one(DataTable)
    columns = list(table.columns.values())
    assert [str(c.label) for c in columns] == ["Veld", "Uw versie", "Andere versie", "Blijft"]
    used = sum(c.get_render_width(table) for c in columns)
    assert used <= table.content_size.width  # all four side by side, no sideways scroll
    assert columns[1].width == columns[2].width and columns[1].width >= width
    assert table.row_count == 3  # the due date is the same: no decision needed
    explanation = [str(c) for c in table.get_row("explanation")]
    assert explanation[1].endswith("…") and len(explanation[1]) == columns[1].width
    for selector in (".dialog-title", "#conflict-who"):
        line = shown(screen, selector)
        assert "\x1b" not in line and "\\x1b" in line and "[@click=app.quit]" in line
        assert screen.query_one(selector, Static).size.height == 1


def test_at_80_columns_both_versions_show_side_by_side_and_in_full() -> None:
    async def steps(pilot: Any, app: Host) -> None:
        screen = app.screen
        assert isinstance(screen, ConflictScreen)
        check_layout(screen, 20)
        assert shown(screen, "#conflict-mine") == "Uw versie\ndeels"
        await pilot.press("down")  # the explanation, in full below the table
        await pilot.pause()
        mine = shown(screen, "#conflict-mine")
        assert mine.startswith("Uw versie\nWij ICT-dienst [/regio]")
        assert mine.endswith("\nregel twee") and mine.count("\\x1b[2J") == 4
        assert shown(screen, "#conflict-theirs") == (
            "Andere versie\nAuditor: " + "zeer lange bevinding " * 30)
        await pilot.press("space", "c")  # take the other explanation, keep the rest
        await pilot.pause()

    app = run((80, 24), steps)
    assert app.result is not None and app.result.choice == "combined"
    assert app.result.fields == {**MINE, "explanation": THEIRS["explanation"]}


def test_at_120_columns_the_versions_get_the_room() -> None:
    async def steps(pilot: Any, app: Host) -> None:
        screen = app.screen
        assert isinstance(screen, ConflictScreen)
        check_layout(screen, 30)
        await pilot.press("m")
        await pilot.pause()

    app = run((120, 40), steps)
    assert app.result == Resolution("mine", MINE)
