"""Who is working? Asked once when the TUI starts on a database that does not know the
person for this OS account (issue 10 §2), prefilled with the assessor of the assessment
worked on last. The answer is remembered in the database (``bio2.usecases.people``);
``--user``/``BIO2_USER`` skip the question. Escape keeps the prefilled name rather than
crediting the OS account: a name is needed before anything is written."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from bio2.i18n import t
from bio2.usecases.people import os_account, valid_name


class ActorScreen(ModalScreen[str]):
    BINDINGS: ClassVar[list[BindingType]] = []

    def __init__(self, prefill: str) -> None:
        super().__init__()
        self.prefill = prefill

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="actor"):
            yield Static(t("actor.title"), classes="dialog-title")
            yield Static(Text(t("actor.body", os=os_account())))
            yield Input(self.prefill, id="actor-name", placeholder=t("actor.placeholder"))
            yield Static("", id="actor-error", classes="error")

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        name = valid_name(event.value)
        if name is None:
            key = "actor.required" if not event.value.strip() else "actor.invalid"
            self.query_one("#actor-error", Static).update(Text("✘ " + t(key)))
            return
        self.dismiss(name)
