"""The dialogs of the board training register screen (``bio2.tui.screens.training``):
a board member (name, role) and a training (date or start and end, topics, provider,
certificate). Each checks with :mod:`bio2.usecases.training_form`; a wrong field says why
below it and the dialog stays open. User text is shown as text, never as markup.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Grid, Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Static

from bio2.domain.training import BoardMember, Training
from bio2.i18n import t
from bio2.tui.widgets.bindings import translate_bindings


class FormDialog(ModalScreen[bool]):
    """A small form: one Input per field, the reason below a wrong field."""

    DEFAULT_CSS = """
    FormDialog .t-cell { height: auto; }
    FormDialog .t-error { height: auto; color: $text-error; display: none; }
    FormDialog .t-error.-shown { display: block; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "tui.key.cancel")]
    FIELDS: tuple[str, ...] = ()

    def __init__(self, title: str, values: dict[str, str], hint: str = "") -> None:
        super().__init__()
        translate_bindings(self)
        self.heading, self.start, self.hint = title, values, hint

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="t-dialog"):
            yield Static(Text(self.heading, no_wrap=True, overflow="ellipsis"),
                         classes="dialog-title")
            if self.hint:
                yield Static(Text(self.hint), classes="help")
            with Grid(classes="form-grid", id="t-grid"):
                for name in self.FIELDS:
                    yield Label(t(f"training.tui.field.{name}"), id=f"l-{name}")
                    with Vertical(classes="t-cell"):
                        yield Input(self.start.get(name, ""), id=f"t-{name}", compact=True)
                        yield Static("", id=f"e-{name}", classes="t-error")
            yield Static("", id="t-problem", classes="t-error")
            with Horizontal(classes="buttons"):
                yield Button(t("tui.button.save"), id="save", variant="primary", compact=True)
                yield Button(t("tui.button.cancel"), id="cancel", compact=True)

    def on_mount(self) -> None:
        self.query_one("#t-dialog").styles.width = 76
        self.query_one("#t-grid").styles.grid_columns = "14 1fr"
        self.query_one(f"#t-{self.FIELDS[0]}", Input).focus()

    def values(self) -> dict[str, str]:
        return {name: self.query_one(f"#t-{name}", Input).value for name in self.FIELDS}

    def show_errors(self, errors: dict[str, str], problem: str = "") -> None:
        """Each wrong field says why (plain text); the first one gets the focus."""
        for name in self.FIELDS:
            label = t(f"training.tui.field.{name}")
            self.query_one(f"#l-{name}", Label).update(
                ("✘ " if name in errors else "") + label)
            message = self.query_one(f"#e-{name}", Static)
            message.update(Text(errors.get(name, "")))
            message.set_class(name in errors, "-shown")
        shown = self.query_one("#t-problem", Static)
        shown.update(Text(f"✘ {problem}" if problem else ""))
        shown.set_class(bool(problem), "-shown")
        for name in self.FIELDS:
            if name in errors:
                self.query_one(f"#t-{name}", Input).focus()
                break

    def submit(self) -> None:
        raise NotImplementedError

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.submit()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "save":
            self.submit()
        else:
            self.dismiss(False)

    def action_cancel(self) -> None:
        self.dismiss(False)


class MemberDialog(FormDialog):
    FIELDS = ("name", "role")

    def __init__(self, title: str, member: BoardMember | None,
                 apply: Callable[[BoardMember], str | None]) -> None:
        super().__init__(title, {"name": member.name, "role": member.role} if member else {})
        self.apply = apply

    def submit(self) -> None:
        from bio2.usecases.training_form import build_member

        form = build_member(self.values())
        if form.model is None:
            self.show_errors(form.errors)
            return
        problem = self.apply(form.model)
        if problem:  # nothing written; what was typed stays
            self.show_errors({}, problem)
            return
        self.dismiss(True)


class TrainingDialog(FormDialog):
    FIELDS = ("date", "start", "end", "topics", "provider", "certificate")

    def __init__(self, title: str, member: str, old: Training | None, today: date,
                 apply: Callable[[Training], str | None]) -> None:
        from bio2.usecases.training_form import training_fields

        super().__init__(title, training_fields(old), t("training.tui.training_hint"))
        self.member, self.today, self.apply = member, today, apply

    def submit(self) -> None:
        from bio2.usecases.training_form import build_training

        form = build_training(self.values(), self.member, self.today)
        if form.model is None:
            self.show_errors(form.errors)
            return
        problem = self.apply(form.model)
        if problem:
            self.show_errors({}, problem)
            return
        self.dismiss(True)
