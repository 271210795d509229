"""The assessment's details (``i`` on the assessment screen): period, assessor, date and
classification, and the scope of the ISMS (issue 15, a text area: it may run to 20,000
characters over many lines); the rules are those of :mod:`bio2.usecases.details`. A
scope changed by another process meanwhile is a conflict: the screen stays open with a
message and nothing typed is lost.

Returns True when something was saved; the session's data is refreshed then, so the
title, export and report use the new values at once.
"""

from __future__ import annotations

from dataclasses import replace
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Grid, Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Static, TextArea

from bio2.i18n import t
from bio2.tui.widgets.bindings import translate_bindings
from bio2.tui.widgets.text import visible
from bio2.usecases.details import (
    ConflictError,
    check_details,
    current_details,
    save_details,
)
from bio2.usecases.editing import Session

FIELDS = ("assessor", "date", "classification")


class DetailsScreen(ModalScreen[bool]):
    DEFAULT_CSS = "DetailsScreen #d-scope { height: 6; }"
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "tui.key.cancel")]

    def __init__(self, session: Session) -> None:
        super().__init__()
        translate_bindings(self)
        self.session = session

    def compose(self) -> ComposeResult:
        details = current_details(self.session.store, self.session.id)
        data = self.session.data
        with Vertical(classes="dialog"):
            yield Static(t("tui.details.title"), classes="dialog-title")
            with Grid(classes="form-grid"):
                yield Label(t("tui.details.organisation"))
                yield Static(Text(visible(data.organisation.name)), id="d-organisation")
                yield Label(t("tui.details.period"))
                yield Static(Text(visible(data.assessment.period)), id="d-period")
                for name in FIELDS:
                    yield Label(t(f"tui.details.{name}"))
                    yield Input(getattr(details, name), id=f"d-{name}", compact=True,
                                placeholder=t(f"tui.details.placeholder.{name}"))
            self._scope_revision = details.scope_revision
            yield Label(t("tui.details.scope"))
            yield Static(Text(t("tui.details.scope_hint")), classes="hint")
            yield TextArea(details.scope, id="d-scope", soft_wrap=True, show_line_numbers=False)
            for name in (*FIELDS, "scope"):
                yield Static("", id=f"m-{name}", classes="error")
            with Horizontal(classes="buttons"):
                yield Button(t("tui.button.save"), id="save", variant="primary", compact=True)
                yield Button(t("tui.button.cancel"), id="cancel", compact=True)

    def on_mount(self) -> None:
        self.query_one("#d-assessor", Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.save()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "save":
            self.save()
        else:
            self.dismiss(False)

    def action_cancel(self) -> None:
        self.dismiss(False)

    def save(self) -> None:
        values = {name: self.query_one(f"#d-{name}", Input).value for name in FIELDS}
        details = check_details(values["assessor"], values["date"], values["classification"],
                                self.query_one("#d-scope", TextArea).text,
                                self._scope_revision)
        for name in (*FIELDS, "scope"):
            text = details.errors.get(name, "")
            self.query_one(f"#m-{name}", Static).update(
                Text(f"✘ {t(f'tui.details.{name}')}: {text}" if text else ""))
        if details.errors:
            return
        store = self.session.store
        try:
            changed = save_details(store, self.session.id, details, actor=self.session.actor)
        except ConflictError:
            self.query_one("#m-scope", Static).update(Text(t("tui.details.scope_conflict")))
            return
        if changed:
            row = store.assessment(self.session.id)
            self.session.data = replace(self.session.data, assessment=replace(
                row, risk_profile=self.session.risk_profile),
                organisation=(store.organisation_record(row.org_id)
                              or self.session.data.organisation))
            self.notify(t("tui.details.saved"))
        self.dismiss(changed)
