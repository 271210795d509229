"""A yes/no question in a small dialog (overwrite a file, leave with unsaved input).

The question is plain text (file names, item numbers and names are never markup, a control
character in them shows as ``\\x1b``); the dialog
returns True for the first (the proposed) button and False for "Terug"/Escape, so the
safe choice is always the one Escape gives.
"""

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
from bio2.tui.widgets.text import visible


class ConfirmScreen(ModalScreen[bool]):
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "tui.key.cancel")]

    def __init__(self, title: str, question: str, yes: str, no: str | None = None) -> None:
        super().__init__()
        translate_bindings(self)
        self.heading = title
        self.question = question
        self.yes = yes
        self.no = no or t("tui.button.back")

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(Text(visible(self.heading)), classes="dialog-title")
            yield Static(Text(visible(self.question)), id="question", classes="help")
            with Horizontal(classes="buttons"):
                yield Button(self.yes, id="yes", variant="warning", compact=True)
                yield Button(self.no, id="no", variant="primary", compact=True)

    def on_mount(self) -> None:
        self.query_one("#no", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss(event.button.id == "yes")

    def action_cancel(self) -> None:
        self.dismiss(False)
