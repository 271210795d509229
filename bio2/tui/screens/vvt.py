"""The VvT entry of one control: applicable or not, with justification and risk reference."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Grid, Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Select, Static

from bio2.domain.answers import Applicability
from bio2.domain.rules import control_applicable
from bio2.i18n import t
from bio2.tui.widgets.bindings import translate_bindings
from bio2.usecases.forms import build_applicability


class VvtScreen(ModalScreen[Applicability | None]):
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "tui.key.cancel")]

    def __init__(self, control: str, entry: Applicability | None) -> None:
        super().__init__()
        translate_bindings(self)
        self.control = control
        self.entry = entry

    def compose(self) -> ComposeResult:
        entry = self.entry
        applicable = control_applicable(entry)
        with Vertical(classes="dialog"):
            yield Static(t("tui.vvt.title", control=self.control), classes="dialog-title")
            yield Static(t("tui.vvt.help"), classes="help")
            with Grid(classes="form-grid"):
                yield Label(t("tui.vvt.applicable"))
                yield Select([(t("tui.vvt.yes"), "yes"), (t("tui.vvt.no"), "no")],
                             id="applicable", value="yes" if applicable else "no",
                             allow_blank=False, compact=True)
                yield Label(t("tui.vvt.justification"))
                yield Input(entry.justification or "" if entry else "", id="justification",
                            compact=True)
                yield Label(t("tui.vvt.risk_ref"))
                yield Input(entry.risk_ref or "" if entry else "", id="risk_ref",
                            compact=True, placeholder=t("tui.placeholder.acc_risk_ref"))
            yield Static("", id="m-justification", classes="error")
            yield Static("", id="m-risk_ref", classes="error")
            with Horizontal(classes="buttons"):
                yield Button(t("tui.button.save"), id="save", variant="primary", compact=True)
                yield Button(t("tui.button.cancel"), id="cancel", compact=True)

    def on_mount(self) -> None:
        self.query_one("#applicable", Select).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.save()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "save":
            self.save()
        else:
            self.dismiss(None)

    def action_cancel(self) -> None:
        self.dismiss(None)

    def save(self) -> None:
        result = build_applicability(
            self.control, self.query_one("#applicable", Select).value == "yes",
            self.query_one("#justification", Input).value,
            self.query_one("#risk_ref", Input).value)
        for name in ("justification", "risk_ref"):
            text = result.errors.get(name, "")
            self.query_one(f"#m-{name}", Static).update(Text(f"✘ {text}" if text else ""))
        if result.ok:
            self.dismiss(result.model)
