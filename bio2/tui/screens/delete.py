"""Confirm a deletion from the start screen: what goes, counted; a backup first."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Static

from bio2.i18n import t
from bio2.tui.widgets.bindings import translate_bindings
from bio2.tui.widgets.text import visible


class DeleteScreen(ModalScreen[str | None]):
    """Names what goes (``DeletionPlan.describe``); ``j``/``y``/Enter deletes after the
    backup, Esc does nothing. Dismisses with the line to show, or ``None``."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j,y,enter", "confirm", "tui.key.delete"),
        Binding("escape,n", "cancel", "tui.key.cancel"),
    ]

    def __init__(self, org_id: str, assessment_id: int | None) -> None:
        super().__init__()
        translate_bindings(self)
        self.org_id, self.assessment_id = org_id, assessment_id

    def compose(self) -> ComposeResult:
        from bio2.usecases.deletion import plan_deletion

        self.plan = plan_deletion(self.app.store,  # type: ignore[attr-defined]
                                  self.org_id, self.assessment_id)
        with Vertical(classes="dialog"):
            yield Static(Text(t("tui.delete.title")), classes="dialog-title")
            yield Static(Text(visible(self.plan.describe())), id="delete-what")
            yield Static(Text(t("tui.delete.keys")), id="delete-keys")

    def action_confirm(self) -> None:
        from bio2.usecases.deletion import delete, failure_reason, summary

        try:
            folder = delete(self.app.store, self.plan)  # type: ignore[attr-defined]
        except Exception as exc:  # a full disk or a lock: say so, delete nothing
            self.notify(t("tui.delete.failed", reason=failure_reason(exc)), severity="error",
                        markup=False)
            self.dismiss(None)
            return
        self.dismiss(summary(self.plan, folder))

    def action_cancel(self) -> None:
        self.dismiss(None)
