"""Create an organisation from a profile (type, name, id, Cbw entity)."""

from __future__ import annotations

import re
from typing import ClassVar

from pydantic import ValidationError
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Grid, Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Select, Static

from bio2.domain.answers import Organisation
from bio2.domain.base import ORG_TYPES
from bio2.i18n import t
from bio2.tui.widgets.bindings import translate_bindings
from bio2.usecases.search import fold


def suggest_id(name: str) -> str:
    """``Gemeente Súdwest-Fryslân`` -> ``gemeente-sudwest-fryslan``."""
    return re.sub(r"[^a-z0-9]+", "-", fold(name)).strip("-")[:64]


class NewOrganisationScreen(ModalScreen[str | None]):
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "tui.key.cancel")]

    def __init__(self) -> None:
        super().__init__()
        translate_bindings(self)
        self._id_touched = False

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(t("tui.org.title"), classes="dialog-title")
            with Grid(classes="form-grid"):
                yield Label(t("tui.org.type"))
                yield Select([(t(f"orgtype.{o}"), o) for o in ORG_TYPES], id="type",
                             value="gemeente", allow_blank=False, compact=True)
                yield Label(t("tui.org.name"))
                yield Input(id="name", compact=True)
                yield Label(t("tui.org.id"))
                yield Input(id="org-id", compact=True, placeholder=t("tui.placeholder.org_id"))
                yield Label(t("tui.org.entity"))
                yield Select([(t(f"entity.{e}"), e) for e in ("essentieel", "belangrijk", "niet")],
                             id="entity", value="essentieel", allow_blank=False, compact=True)
            yield Static("", id="org-error", classes="error")
            with Horizontal(classes="buttons"):
                yield Button(t("tui.button.create"), id="create", variant="primary",
                             compact=True)
                yield Button(t("tui.button.cancel"), id="cancel", compact=True)

    def on_mount(self) -> None:
        self.query_one("#name", Input).focus()

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id == "org-id":
            self._id_touched = self._id_touched or event.input.has_focus
        elif event.input.id == "name" and not self._id_touched:
            self.query_one("#org-id", Input).value = suggest_id(event.value)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.create()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "create":
            self.create()
        else:
            self.dismiss(None)

    def action_cancel(self) -> None:
        self.dismiss(None)

    def create(self) -> None:
        from bio2.usecases.organisations import create_organisation

        org_type = self.query_one("#type", Select).value
        entity = self.query_one("#entity", Select).value
        error = self.query_one("#org-error", Static)
        try:
            org = Organisation(id=self.query_one("#org-id", Input).value.strip(),
                               name=self.query_one("#name", Input).value.strip(),
                               type=org_type, cbw_entity=entity)  # type: ignore[arg-type]
        except ValidationError as exc:
            field = str(exc.errors()[0]["loc"][0])
            error.update(Text("✘ " + t(f"tui.org.invalid_{field}"
                                       if field in ("id", "name") else "tui.org.invalid")))
            return
        store = self.app.store  # type: ignore[attr-defined]
        if store.organisation(org.id) is not None:
            error.update(Text("✘ " + t("tui.org.exists", id=org.id)))
            return
        create_organisation(store, org)
        self.dismiss(org.id)
