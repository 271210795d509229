"""The TUI's workbook action (key ``w``) driven with Pilot: choose owners, write their
workbooks, import a returned one; hostile owner names show as typed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
from textual.widgets import Input, SelectionList, Static

from bio2.domain.answers import Answer
from bio2.tui.app import Bio2App
from bio2.tui.screens.assessment import AssessmentScreen
from bio2.tui.screens.delegate import DelegateScreen
from bio2.usecases.opening import open_store
from tests.test_tui import drive, open_first, seeded, stored

HOSTILE = "[@click=app.quit]KLIK[/]"


def result_text(app: Bio2App) -> str:
    return str(app.screen.query_one("#result", Static).render())


def test_delegate_and_import_through_the_tui(db_path: Path, tmp_path: Path) -> None:
    assessment = seeded(db_path)
    with open_store(db_path) as store:
        store.save_answer(assessment, Answer(item="5.3", status="deels", explanation="x",
                                             owner=HOSTILE))
        store.save_answer(assessment, Answer(item="5.15.01", status="ja", owner="Team IAM"))
    out = tmp_path / "werkboeken"

    async def steps(pilot: Any, app: Bio2App) -> None:
        await open_first(pilot, app)
        await pilot.press("w")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, DelegateScreen)
        owners = screen.query_one("#owners", SelectionList)
        labels = [str(owners.get_option_at_index(n).prompt) for n in range(owners.option_count)]
        assert f"{HOSTILE} (1)" in labels and "Team IAM (1)" in labels
        owners.deselect(labels.index("Team IAM (1)"))
        screen.query_one("#folder", Input).value = str(out)
        screen.query_one("#write").press()
        await pilot.pause()
        text = result_text(app)
        assert "2 werkboeken geschreven" in text, text  # the hostile owner + no owner
        assert str(out.resolve()) in text
        written = sorted(p.name for p in out.iterdir())
        assert written == ["click-app-quit-klik.xlsx", "zonder-eigenaar.xlsx"]
        # the owner fills in the workbook and sends it back
        path = out / "click-app-quit-klik.xlsx"
        wb = openpyxl.load_workbook(path)
        wb["Antwoorden"]["E2"] = "ingevuld door de eigenaar"
        wb.save(path)
        screen.query_one("#import-path", Input).value = str(path)
        screen.query_one("#import").press()
        await pilot.pause()
        assert "1 items bijgewerkt" in result_text(app), result_text(app)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, AssessmentScreen)
        assert app.screen.s.answers["5.3"].explanation == "ingevuld door de eigenaar"
        assert app.is_running  # the markup in the owner name never ran

    drive(db_path, steps, output_dir=tmp_path)
    got = stored(db_path, "5.3")
    assert got is not None and got.explanation == "ingevuld door de eigenaar"


def test_bad_workbook_in_the_tui_says_why_and_writes_nothing(db_path: Path,
                                                             tmp_path: Path) -> None:
    seeded(db_path)
    bad = tmp_path / "kapot.xlsx"
    bad.write_text("geen werkboek", encoding="utf-8")

    async def steps(pilot: Any, app: Bio2App) -> None:
        await open_first(pilot, app)
        await pilot.press("w")
        await pilot.pause()
        app.screen.query_one("#import-path", Input).value = str(bad)
        app.screen.query_one("#import").press()
        await pilot.pause()
        text = result_text(app)
        assert "geen Excel-werkboek (.xlsx)" in text and "niets" in text.lower(), text

    drive(db_path, steps, output_dir=tmp_path)
    assert stored(db_path, "5.3") is None
