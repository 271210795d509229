"""The Cbw registration of an organisation (``r`` on the start screen, or the command
palette): every field ``bio2 registration`` can set, viewed and edited in one form.

The rules are those of :mod:`bio2.usecases.registration_form` (the same model the CLI's
registration file is checked by). A wrong field keeps what was typed, is marked and
named with the reason below the form, and nothing is written. A save is compare and set
on the revision read when the form opened: when another process changed the registration
meanwhile, the conflict screen shows both versions field by field (keep mine, take theirs,
or combine) and the choice is saved on the revision shown there, with the choice in the
history. Escape with changes that are not saved asks first. All user text goes into the
widgets as values or plain ``Text``, never as markup.

Returns True when something was saved (or removed).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Grid, Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Select, Static, TextArea

from bio2.domain.base import ORG_TYPES
from bio2.domain.registration import Registration
from bio2.i18n import t
from bio2.tui.widgets.bindings import translate_bindings
from bio2.tui.widgets.text import visible
from bio2.usecases.registration_form import (
    FIELDS,
    ConflictError,
    build_registration,
    field_label,
    last_change,
    load_registration,
    registration_fields,
    save_registration,
)

if TYPE_CHECKING:
    from bio2.usecases.opening import Database

#: Fields typed in a one-line Input (the others are choices, the sector and the services).
INPUTS = ("entity_name", "contact_name", "contact_email", "contact_phone", "registered_on")
SELECTS = {"entity_type": ORG_TYPES, "entity": ("essentieel", "belangrijk")}


class RegistrationScreen(ModalScreen[bool]):
    DEFAULT_CSS = """
    RegistrationScreen #r-body { height: auto; max-height: 15; }
    RegistrationScreen #r-services { height: 3; }
    RegistrationScreen .r-cell { height: auto; }
    RegistrationScreen .r-error { display: none; }
    RegistrationScreen .r-error.-shown { display: block; }
    RegistrationScreen Label.-invalid { color: $text-error; text-style: bold; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "tui.key.cancel"),
        Binding("ctrl+s", "save", "tui.key.save"),
    ]

    def __init__(self, org_id: str, org_name: str) -> None:
        super().__init__()
        translate_bindings(self)
        self.org_id, self.org_name = org_id, org_name
        self.stored: Registration | None = None
        #: The revision the form is based on (compare and set when saving).
        self.revision = 0

    @property
    def store(self) -> Database:
        return self.app.store  # type: ignore[attr-defined, no-any-return]

    def compose(self) -> ComposeResult:
        self.stored, self.revision = load_registration(self.store, self.org_id)
        values = registration_fields(self.stored)
        with Vertical(classes="dialog", id="registration"):
            title = t("tui.registration.title", name=visible(self.org_name), org=self.org_id)
            yield Static(Text(title, no_wrap=True, overflow="ellipsis"), classes="dialog-title")
            with VerticalScroll(id="r-body"):
                if self.stored is None:
                    yield Static(t("tui.registration.none"), classes="help")
                with Grid(classes="form-grid"):
                    for name in FIELDS:
                        yield Label(field_label(name), id=f"l-{name}")
                        with Vertical(classes="r-cell"):
                            yield from self._field(name, values[name])
                            yield Static("", id=f"e-{name}", classes="error r-error")
            with Horizontal(classes="buttons"):
                yield Button(t("tui.button.save"), id="save", variant="primary", compact=True)
                yield Button(t("tui.registration.clear"), id="clear", compact=True,
                             disabled=self.stored is None)
                yield Button(t("tui.button.cancel"), id="cancel", compact=True)

    def _field(self, name: str, value: str) -> ComposeResult:
        if name in SELECTS:
            yield Select([(t(f"orgtype.{v}" if name == "entity_type" else f"entity.{v}"), v)
                          for v in SELECTS[name]], id=f"r-{name}", value=value,
                         allow_blank=False, compact=True)
        elif name == "sector":
            yield Static(t(f"registration.sector.{value}"), id="r-sector")
        elif name == "services":
            yield TextArea(value, id="r-services", soft_wrap=False, show_line_numbers=False)
        else:
            yield Input(value, id=f"r-{name}", compact=True,
                        placeholder=t(f"tui.registration.placeholder.{name}"))

    def on_mount(self) -> None:
        self.query_one("#r-entity_name", Input).focus()

    # -- the form's values ---------------------------------------------------------------
    def values(self) -> dict[str, str]:
        """What the form holds now, as strings (the usecase's form fields)."""
        found: dict[str, str] = {"sector": "overheid"}
        for name in INPUTS:
            found[name] = self.query_one(f"#r-{name}", Input).value
        for name in SELECTS:
            found[name] = str(self.query_one(f"#r-{name}", Select).value)
        found["services"] = self.query_one("#r-services", TextArea).text
        return found

    def load(self, values: dict[str, str]) -> None:
        """Put ``values`` into the form (after a conflict decision)."""
        for name in INPUTS:
            self.query_one(f"#r-{name}", Input).value = values.get(name, "")
        for name in SELECTS:
            self.query_one(f"#r-{name}", Select).value = values.get(name) or SELECTS[name][0]
        self.query_one("#r-services", TextArea).text = values.get("services", "")

    def changed(self) -> bool:
        """The form differs from the stored registration (in what it would save)."""
        return build_registration(self.values()).model != self.stored or (
            self.stored is None and any(self.values()[n].strip() for n in INPUTS))

    def show_errors(self, errors: dict[str, str]) -> None:
        """Mark each wrong field and say why right below it (plain text); the first
        wrong field gets the focus."""
        for name in FIELDS:
            label = self.query_one(f"#l-{name}", Label)
            label.set_class(name in errors, "-invalid")
            label.update(("✘ " if name in errors else "") + field_label(name))
            message = self.query_one(f"#e-{name}", Static)
            message.update(Text(errors.get(name, "")))
            message.set_class(name in errors, "-shown")
        for name in FIELDS:
            if name in errors and name != "sector":
                self.query_one(f"#r-{name}").focus()
                break

    # -- actions -------------------------------------------------------------------------
    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_save()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "save":
            self.action_save()
        elif event.button.id == "clear":
            self.ask_clear()
        else:
            self.action_cancel()

    def action_save(self) -> None:
        form = build_registration(self.values())
        self.show_errors(form.errors)
        if form.ok:
            self.write(form.model)

    def write(self, model: Registration | None, choice: str | None = None) -> None:
        """Save on the form's revision; a stale base opens the conflict screen."""
        try:
            changed = save_registration(self.store, self.org_id, model, self.revision,
                                        choice=choice)
        except ConflictError:
            self.open_conflict(model)
            return
        if changed and model != self.stored:
            self.notify(t("registration.saved" if model else "registration.cleared",
                          org=self.org_id), markup=False)
        self.dismiss(model != self.stored)

    def ask_clear(self) -> None:
        from bio2.tui.screens.confirm import ConfirmScreen

        def answered(yes: bool | None) -> None:
            if yes:
                self.write(None)

        self.app.push_screen(ConfirmScreen(
            t("tui.registration.clear_title"),
            t("tui.registration.clear_question", name=self.org_name, org=self.org_id),
            t("tui.registration.clear")), answered)

    def open_conflict(self, mine_model: Registration | None) -> None:
        """Another process changed the registration since the form opened: both versions
        field by field; the decision goes into the form and is saved on the revision the
        conflict screen showed."""
        from bio2.tui.screens.conflict import ConflictScreen, Resolution

        mine = registration_fields(mine_model) if mine_model is not None else {
            name: "" for name in FIELDS}
        theirs_model, revision = load_registration(self.store, self.org_id)
        theirs = registration_fields(theirs_model) if theirs_model is not None else {
            name: "" for name in FIELDS}
        last = last_change(self.store, self.org_id)
        who = (t("sync.conflict.who", actor=last[0], at=last[1]) if last
               else t("sync.conflict.who_unknown"))

        def decided(result: Resolution | None) -> None:
            if result is None:
                return
            self.stored, self.revision = theirs_model, revision
            if result.choice == "mine" and mine_model is None:
                self.write(None, "mine")
                return
            if result.choice == "theirs":
                self.load(theirs)
                self.dismiss(False)  # what is stored stays; nothing to write
                return
            self.load(result.fields)
            form = build_registration(result.fields)
            self.show_errors(form.errors)
            if form.ok:
                self.write(form.model, result.choice)
            else:  # an invalid combination stays in the form, marked, unsaved
                self.notify(t("tui.registration.combination_invalid"), severity="warning")

        self.app.push_screen(ConflictScreen(
            t("tui.registration.conflict", org=self.org_id), who,
            {name: field_label(name) for name in FIELDS}, mine, theirs), decided)

    def action_cancel(self) -> None:
        if not self.changed():
            self.dismiss(False)
            return
        from bio2.tui.screens.confirm import ConfirmScreen

        def answered(discard: bool | None) -> None:
            if discard:
                self.dismiss(False)

        self.app.push_screen(ConfirmScreen(
            t("tui.registration.discard_title"), t("tui.registration.discard_question"),
            t("tui.registration.discard")), answered)
