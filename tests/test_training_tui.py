"""The board training register in the TUI (``b``), driven with Pilot at 80x24: overdue
as words, hostile names shown literally, bad fields named with nothing written, a
register changed meanwhile by another writer refused with the input kept."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from textual.widgets import DataTable, Input, Static

from bio2.domain.training import BoardMember, Training, TrainingRegister
from bio2.store import org_history
from bio2.store.training import get_training, put_training
from bio2.tui.app import Bio2App
from bio2.tui.screens.training import MemberDialog, TrainingDialog, TrainingScreen
from bio2.usecases.opening import open_store
from tests.conftest import wait_until
from tests.test_tui import drive, open_first, seeded

CLICK = "[@click=app.quit]KLIK[/]"
REGION = "ICT-dienst [/regio]"
REGISTER = TrainingRegister(
    members=(BoardMember(name=CLICK, role="<b>&amp;"),
             BoardMember(name=REGION, role="=1+1")),
    trainings=(Training(member=CLICK, date=date.today(), topics=("cyber [b]risico[/b]",)),))


def _text(screen: Any, selector: str) -> str:
    return str(screen.query_one(selector, Static).render())


def test_training_screen(tmp_path: Path) -> None:
    db = tmp_path / "bio2.sqlite"
    seeded(db)
    with open_store(db) as store:
        first = put_training(store, "gemeente-test", REGISTER, base=0, actor="Ans")

    async def steps(pilot: Any, app: Bio2App) -> None:
        await pilot.press("b")
        await wait_until(pilot, lambda: isinstance(app.screen, TrainingScreen))
        screen = app.screen
        assert isinstance(screen, TrainingScreen)
        members = screen.query_one("#training-members", DataTable)
        rows = [[str(c) for c in members.get_row_at(n)] for n in range(members.row_count)]
        assert rows == [["nee", CLICK, "<b>&amp;", date.today().isoformat(), "1"],
                        ["ACHTER", REGION, "=1+1", "geen", "0"]]
        assert "1 van 2 achter" in _text(screen, "#training-period")
        trainings = screen.query_one("#training-list", DataTable)
        assert str(trainings.get_row_at(0)[1]) == "cyber [b]risico[/b]"

        # a training with a future date and no topic: both fields say why, nothing written
        await pilot.press("o")
        await wait_until(pilot, lambda: isinstance(app.screen, TrainingDialog))
        dialog = app.screen
        dialog.query_one("#t-date", Input).value = "31-12-2099"
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is dialog
        assert "toekomst" in _text(dialog, "#e-date")
        assert "onderwerp" in _text(dialog, "#e-topics")
        assert dialog.query_one("#t-date", Input).value == "31-12-2099"  # kept
        await pilot.press("escape")
        await wait_until(pilot, lambda: app.screen is screen)

        # a control sequence as a name is refused in the field
        await pilot.press("a")
        await wait_until(pilot, lambda: isinstance(app.screen, MemberDialog))
        dialog = app.screen
        dialog.query_one("#t-name", Input).value = "\x1b[2J"
        dialog.query_one("#t-role", Input).value = "lid"
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is dialog and "stuurtekens" in _text(dialog, "#e-name")
        with open_store(db) as other:
            assert get_training(other, "gemeente-test") == (REGISTER, first)

        # another process changes the register meanwhile: the save is refused, the
        # screen reads it again, the input stays; saving again applies it
        with open_store(db) as other:
            put_training(other, "gemeente-test", REGISTER.model_copy(
                update={"period_months": 6}), base=first, actor="Bea")
        dialog.query_one("#t-name", Input).value = "C. Claes"
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is dialog
        assert "intussen door een ander gewijzigd" in _text(dialog, "#t-problem")
        assert dialog.query_one("#t-name", Input).value == "C. Claes"
        await pilot.press("enter")
        await wait_until(pilot, lambda: app.screen is screen)
        assert members.row_count == 3 and str(members.get_row_at(2)[1]) == "C. Claes"
        assert "Termijn 6 maanden" in _text(screen, "#training-period")

        # reachable from the assessment screen as well
        await pilot.press("escape")
        await pilot.pause()
        await open_first(pilot, app)
        await pilot.press("b")
        await wait_until(pilot, lambda: isinstance(app.screen, TrainingScreen))

    drive(db, steps, size=(80, 24))
    with open_store(db) as store:
        register, _ = get_training(store, "gemeente-test")
        assert register is not None and register.period_months == 6
        assert [m.name for m in register.members] == [CLICK, REGION, "C. Claes"]
        rows = org_history.rows(store.db.conn, "gemeente-test")
        assert [r["actor"] for r in rows if r["item"] == "training"][:2] == ["Ans", "Bea"]
        assert len(rows) == 3
