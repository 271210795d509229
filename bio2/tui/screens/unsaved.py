"""Quitting with changes the database did not take yet (locked, read-only, full) or with
conflicts still waiting for a choice: say what is lost and why, and ask (issue 10)."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from bio2.i18n import t
from bio2.tui.widgets.bindings import translate_bindings


class UnsavedScreen(ModalScreen[bool]):
    """True: quit anyway; False (escape, the default button): stay and keep trying."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "stay", "tui.key.cancel")]

    def __init__(self, pending: int, reason: str, conflicts: int) -> None:
        super().__init__(id="unsaved")
        translate_bindings(self)
        self.pending, self.reason, self.conflicts = pending, reason, conflicts

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(t("sync.quit.title", count=self.pending + self.conflicts),
                         classes="dialog-title")
            if self.pending:
                yield Static(Text(t("sync.quit.body", reason=self.reason)))
            if self.conflicts:
                yield Static(t("sync.quit.conflicts", count=self.conflicts))
            with Horizontal(classes="buttons"):
                yield Button(t("sync.button.retry"), id="stay", variant="primary",
                             compact=True)
                yield Button(t("sync.button.quit_anyway"), id="quit", variant="error",
                             compact=True)

    def on_mount(self) -> None:
        self.query_one("#stay", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "quit")

    def action_stay(self) -> None:
        self.dismiss(False)
