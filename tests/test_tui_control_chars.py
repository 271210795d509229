"""User text never sends a control character to the terminal (house rule: user text is
data). An organisation name with ESC ``[2J`` cleared the whole screen from the start
screen's table at 120 columns (at 80 the name was cut before the ESC). Every screen and
dialog that shows the name or period is opened; nothing it paints may hold a C0 or C1
control character or DEL, and the name shows its ESC as ``\\x1b``."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from textual.color import Color
from textual.widgets import DataTable

from bio2.domain.answers import Organisation
from bio2.tui.app import Bio2App
from bio2.tui.no_controls import NO_CONTROLS
from bio2.tui.paint_memo import _needs_background
from bio2.tui.screens.confirm import ConfirmScreen
from bio2.usecases.opening import open_store
from bio2.usecases.organisations import create_organisation, start_assessment
from tests.conftest import wait_until
from tests.test_tui import drive

NAME = "ICT-dienst \x1b[2J\x07 [b]x\x9b1m =1+1"
PERIOD = "2026\x1b[5m"
CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")


def _recorder(app: Any) -> list[str]:
    """Every text the app sends to the terminal, from now on."""
    sent: list[str] = []
    display = app._display
    console = app.console

    def recording(screen: Any, renderable: Any) -> None:
        if renderable is not None:
            for segment in renderable.__rich_console__(console, console.options):
                if not segment.control and segment.text != "\n":
                    sent.append(segment.text)
        display(screen, renderable)

    app._display = recording
    return sent


def test_control_characters_in_a_name_and_period_never_reach_the_terminal(
        db_path: Path) -> None:
    with open_store(db_path) as store:
        create_organisation(store, Organisation(id="ict-dienst", name=NAME, type="gemeente"))
        start_assessment(store, "ict-dienst", PERIOD, "Tester")
    seen: dict[str, str] = {}
    dialog: dict[str, str] = {}  # the texts of the dialog or screen opened

    async def steps(pilot: Any, app: Bio2App) -> None:
        sent = _recorder(app)
        await wait_until(pilot, lambda: app.screen.query("DataTable").first().row_count > 0,
                         what="the start screen's rows")
        await pilot.pause()
        seen["start"] = "".join(sent)
        table = app.screen.query_one(DataTable)
        seen["row"] = "".join(str(cell) for cell in table.get_row_at(0))
        for where, keys in (("start a", "a"), ("start d", "d"), ("start r", "r"),
                            ("start i", "i"), ("start b", "b"), ("start m", "m"),
                            ("assessment", "enter"), ("assessment i", "i"),
                            ("assessment b", "b")):
            start = len(sent)
            await pilot.press(keys)
            await pilot.pause()
            dialog[where] = " ".join(str(w.render()) for w in app.screen.query("Static"))
            if where != "assessment":
                await pilot.press("escape")
                await pilot.pause()
            seen[where] = "".join(sent[start:])
        start = len(sent)  # a yes/no question naming someone (training, registration)
        await app.push_screen(ConfirmScreen(f"Verwijderen: {NAME}", f"{NAME} weg?", "Ja"))
        await pilot.pause()
        dialog["confirm"] = " ".join(str(w.render()) for w in app.screen.query("Static"))
        await pilot.press("escape")
        await pilot.pause()
        seen["confirm"] = "".join(sent[start:])

    drive(db_path, steps, size=(160, 40))
    shown = "ICT-dienst \\x1b[2J\\x07 [b]x\\x9b1m =1+1"
    assert f"{shown} (ict-dienst)" in seen["row"] and "2026\\x1b[5m" in seen["row"]
    for where in ("start a", "start d", "start r", "start i", "assessment i", "confirm"):
        assert shown in dialog[where], where
    assert "2026\\x1b[5m" in dialog["assessment i"]  # the period in the details
    assert "2026\\x1b[5m" in dialog["start m"]  # and in the migration dialog
    assert f"({shown})" in dialog["start m"]  # whose preview names the organisation
    raw = {where: sorted(set(CONTROL.findall(text))) for where, text in seen.items()}
    assert {where: found for where, found in raw.items() if found} == {}


def test_the_filter_drops_control_characters_and_keeps_widths_and_styles() -> None:
    bold = Style(bold=True)
    line = [Segment("ab\x1b[2Jc", bold), Segment("\x9b\x7f\x00"), Segment("ok\té")]
    filtered = NO_CONTROLS.apply(line, Color(0, 0, 0))
    assert filtered == [Segment("ab[2Jc", bold), Segment(""), Segment("oké")]
    assert sum(cell_len(s.text) for s in filtered) == sum(cell_len(s.text) for s in line)
    clean = [Segment("Gemeente [/regio]", bold), Segment(" ✔ 5.01.01")]
    assert NO_CONTROLS.apply(clean, Color(0, 0, 0)) is clean  # handed back as it is
    assert not _needs_background((NO_CONTROLS,), [])  # kept lines stay valid (paint_memo)


def test_every_widget_of_the_app_paints_through_the_filter(db_path: Path) -> None:
    async def steps(pilot: Any, app: Bio2App) -> None:
        assert list(app.get_line_filters())[-1] is NO_CONTROLS
        widget = app.screen.query_one("DataTable")
        assert NO_CONTROLS in list(widget.get_line_filters())

    drive(db_path, steps)
