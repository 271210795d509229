"""The meldplicht register in the TUI (``i`` on the start screen), driven with Pilot at
80x24: hostile text shown literally, lateness as words, a bad entry kept in the form
with one line and nothing written, a good one saved with its history row."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from textual.widgets import Checkbox, DataTable, Input, Static

from bio2.domain.incidents import Incident
from bio2.domain.meldplicht import Report
from bio2.store import org_history
from bio2.store.incidents import add_incident, list_incidents, update_incident
from bio2.tui.app import Bio2App
from bio2.tui.screens.confirm import ConfirmScreen
from bio2.tui.screens.incidents import IncidentForm, IncidentsScreen
from bio2.usecases.opening import open_store
from tests.conftest import wait_until
from tests.test_tui import drive, seeded

HOSTILE = "ICT-dienst [/regio] [@click=app.quit]KLIK[/] <b>&amp;"


def _static_text(screen: Any, selector: str) -> str:
    return str(screen.query_one(selector, Static).render())


def test_register_screen_add_and_hostile_text(tmp_path: Path) -> None:
    db = tmp_path / "bio2.sqlite"
    seeded(db)
    with open_store(db) as store:
        add_incident(store, "gemeente-test", Incident(
            kind="incident", title=HOSTILE, aware=datetime(2026, 3, 28, 11, 0, tzinfo=UTC),
            reports={"24h": Report(datetime(2026, 3, 29, 12, 0, tzinfo=UTC),
                                   frozenset({"csirt", "supervisor"}))},
            lessons="[b]niet vet[/b]"), actor="Ans")

    async def steps(pilot: Any, app: Bio2App) -> None:
        await pilot.press("i")
        await wait_until(pilot, lambda: isinstance(app.screen, IncidentsScreen))
        screen = app.screen
        table = screen.query_one(DataTable)
        assert table.row_count == 1
        row = [str(cell) for cell in table.get_row_at(0)]
        # 24 h reported at 14:00 CEST, due 13:00 CEST: late; the others never reported
        assert row[:6] == ["1", "incident", "2026-03-28", "te laat", "niet gemeld",
                           "niet gemeld"]
        assert row[6] == HOSTILE
        detail = _static_text(screen, "#incident-text")
        assert HOSTILE in detail and "[b]niet vet[/b]" in detail
        assert "vroegtijdige waarschuwing (24 uur): te laat" in detail

        await pilot.press("a")
        await wait_until(pilot, lambda: isinstance(app.screen, IncidentForm))
        form = app.screen
        form.query_one("#f-title", Input).value = "Oefening [/x]"
        form.query_one("#f-aware", Input).value = "2026-10-01T09:00"  # no zone
        form.query_one("#f-24h", Input).value = "2026-10-01T15:00Z"
        form.query_one("#f-24h-csirt", Checkbox).value = True
        await pilot.click("#save")
        await pilot.pause()
        assert isinstance(app.screen, IncidentForm)
        error = _static_text(form, "#f-error")
        assert error.startswith("✘ Kennisname: '2026-10-01T09:00' heeft geen tijdzone")
        with open_store(db) as store:
            assert len(list_incidents(store, "gemeente-test")) == 1
        # Escape with typed input asks first; "Terug" (the default) keeps the form
        await pilot.press("escape")
        await wait_until(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        await pilot.press("escape")
        await wait_until(pilot, lambda: app.screen is form)
        # the input is still there; correct the one field and save
        assert form.query_one("#f-title", Input).value == "Oefening [/x]"
        form.query_one("#f-aware", Input).value = "2026-10-01T09:00+02:00"
        form.query_one("#f-aware", Input).focus()
        await pilot.press("enter")  # Enter in a field saves, as the Save button does
        await wait_until(pilot, lambda: isinstance(app.screen, IncidentsScreen))
        assert table.row_count == 2
        second = [str(cell) for cell in table.get_row_at(1)]
        # reported to the CSIRT only: in time but incomplete
        assert second[3] == "onvolledig" and second[6] == "Oefening [/x]"

        # another process changes entry 2 while its form is open: saving is refused by
        # the revision, the typed text stays in the form, the other's change stays stored
        await pilot.press("e")
        await wait_until(pilot, lambda: isinstance(app.screen, IncidentForm))
        form = app.screen
        form.query_one("#f-title", Input).value = "Mijn titel"
        with open_store(db) as other:
            current = list_incidents(other, "gemeente-test")[1]
            update_incident(other, "gemeente-test", 2, replace(current, lessons="Hun les"),
                            base=current.revision, actor="Bea")
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is form
        assert "intussen gewijzigd" in _static_text(form, "#f-error")
        assert form.query_one("#f-title", Input).value == "Mijn titel"

    drive(db, steps, size=(80, 24))
    with open_store(db) as store:
        entries = list_incidents(store, "gemeente-test")
        assert [e.title for e in entries] == [HOSTILE, "Oefening [/x]"]
        assert entries[1].reports["24h"].to == frozenset({"csirt"})
        assert entries[1].lessons == "Hun les"
        assert [r["item"] for r in org_history.rows(store.db.conn, "gemeente-test")] == [
            "incident:1", "incident:2", "incident:2"]
