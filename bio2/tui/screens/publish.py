"""The publish preview (issue 15): exactly what ``bio2 publish`` would put on the
website, shown as plain text from the same page model, before anything is written.
``w`` writes the HTML file (with status per control when ``s`` was toggled) into the
output folder; an existing file is never overwritten (the screen says so).
"""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from bio2.i18n import t
from bio2.report.html.publish import render_publish
from bio2.tui.widgets.bindings import translate_bindings
from bio2.usecases.opening import AssessmentData
from bio2.usecases.publishing import build_page, preview_lines


class PublishScreen(ModalScreen[Path | None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("w", "write", "tui.publish.write"),
        Binding("s", "status", "tui.publish.status"),
        Binding("escape", "close", "tui.key.close"),
    ]

    def __init__(self, data: AssessmentData, target: Path) -> None:
        super().__init__()
        translate_bindings(self)
        self.data = data
        self.target = target
        self.with_status = False
        self.page = build_page(data)

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(t("tui.publish.title"), classes="dialog-title")
            with VerticalScroll():
                yield Static(Text("\n".join(preview_lines(self.page))), id="pub-preview")
            yield Static(Text(t("tui.publish.hint", path=str(self.target))), id="pub-status")

    def action_status(self) -> None:
        self.with_status = not self.with_status
        self.page = build_page(self.data, with_status=self.with_status)
        self.query_one("#pub-preview", Static).update(Text("\n".join(preview_lines(self.page))))

    def action_write(self) -> None:
        from bio2.system.fileio import write_atomic

        if self.target.exists():
            self.query_one("#pub-status", Static).update(
                Text(t("publish.err.exists", path=str(self.target))))
            return
        write_atomic(self.target, render_publish(self.page), mode=0o644)
        self.notify(t("tui.publish.written", path=str(self.target)), markup=False)
        self.dismiss(self.target)

    def action_close(self) -> None:
        self.dismiss(None)
