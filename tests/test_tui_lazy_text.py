"""The item panels wrap their text once and paint only the lines asked for
(bio2.tui.widgets.lazy_text); every line equals the one Textual paints from scratch, with
hostile text shown literally (control characters as ``\\x1b``), at 120x36 and at 80x24."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from textual.strip import Strip
from textual.widget import Widget

from bio2.domain.answers import Applicability
from bio2.domain.records import OfficialText
from bio2.store.official import replace_official_texts
from bio2.tui.app import Bio2App
from bio2.tui.widgets.item_panel import ItemPanel
from bio2.usecases.opening import open_store
from tests.test_tui import drive, goto, open_first, seeded

HOSTILE = "ICT [/regio] [b]vet[/b] [@click=app.quit]KLIK[/] \x1b[31m rood"


def _seed(db: Path) -> None:
    assessment = seeded(db)
    with open_store(db) as store:
        with store.atomic():
            store.put_applicability(assessment, Applicability(
                control="5.2", applicable=False, justification=HOSTILE, risk_ref="RA-1"))
        replace_official_texts(store, "bio2-1.2", [OfficialText(
            catalog="bio2-1.2", item="5.02.01", number="5.02.01",
            text=f"{HOSTILE} " + "lang woord " * 30, categories=None, source="x.md",
            sha256="0" * 64)])


def _lines(panel: ItemPanel) -> list[list[Any]]:
    return [list(panel.render_line(y)) for y in range(panel.size.height)]


def _textual_lines(panel: ItemPanel) -> list[list[Any]]:
    """The panel's lines as Textual paints a ``Static`` from scratch."""
    panel._render_content()
    return [list(Widget.render_line(panel, y)) for y in range(panel.size.height)]


def test_panel_lines_equal_textuals_own(db_path: Path) -> None:
    _seed(db_path)
    seen: dict[str, Any] = {"differ": [], "lazy": 0, "steps": 0, "text": []}

    async def compare(screen: Any) -> None:
        for panel in screen.query(ItemPanel):
            lazy = panel._lazy() is not None
            ours = _lines(panel)
            if ours != _textual_lines(panel):
                seen["differ"].append((screen.current, panel.part, panel.size))
            seen["lazy"] += lazy
            seen["steps"] += 1
            seen["text"].append("".join(Strip(line).text for line in ours))

    async def steps(pilot: Any, app: Bio2App) -> None:
        screen = await open_first(pilot, app)
        # The next items show each case: a shorter body than the first (blank lines
        # below the text), the hostile official text (a longer body), a head with the
        # hostile exclusion, a body of the same height (no layout).
        for _ in range(4):
            await pilot.press("right_square_bracket")
            await pilot.pause()
            await compare(screen)
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        await compare(screen)  # the first text at a new width is Textual's own
        for item in ("5.02.01", "5.02.02", "5.3", "5.01.01"):
            await goto(pilot, item)
            await compare(screen)

    drive(db_path, steps, size=(120, 36))
    assert not seen["differ"], seen["differ"]
    # Every panel's lines came the lazy way but those Textual lays out itself: the first
    # item shown at a width (both panels, at 120 and at 80 columns) and the item in view
    # when the width changes: 6 of the 18 panels compared.
    assert seen["steps"] == 18 and seen["lazy"] >= seen["steps"] - 6, seen
    shown = "\n".join(seen["text"])
    assert "[@click=app.quit]KLIK[/]" in shown and "[b]vet[/b]" in shown
    # A VvT reason or an imported official text never sends ESC to the terminal.
    assert "\x1b" not in shown and shown.count("\\x1b[31m rood") >= 2
