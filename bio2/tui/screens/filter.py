"""Choose which items the tree shows: unanswered, gaps, category, NIS2 letter, owner, ..."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from bio2.domain.base import CATEGORIES, LETTERS
from bio2.i18n import t
from bio2.tui.widgets.bindings import translate_bindings
from bio2.usecases.editing import Session
from bio2.usecases.search import ItemFilter


def filter_choices(session: Session) -> list[ItemFilter]:
    simple = [ItemFilter(k) for k in ("all", "unanswered", "gaps", "overdue", "expired",
                                      "audit_differs")]
    return [
        *simple,
        *(ItemFilter("category", c) for c in CATEGORIES),
        *(ItemFilter("nis2", letter) for letter in LETTERS),
        *(ItemFilter("owner", o) for o in session.owners()),
    ]


class FilterScreen(ModalScreen[ItemFilter | None]):
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "tui.key.cancel")]

    def __init__(self, session: Session) -> None:
        super().__init__()
        translate_bindings(self)
        self.session = session
        self.choices = filter_choices(session)

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(t("tui.filter.title"), classes="dialog-title")
            yield OptionList(*(Option(self._label(c), id=str(n))
                               for n, c in enumerate(self.choices)), id="filters")

    def _label(self, choice: ItemFilter) -> Text:
        count = len(self.session.visible(choice))
        return Text(f"{choice.label()}  ({count})")  # an owner's name is no markup

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(self.choices[int(event.option.id or 0)])

    def action_cancel(self) -> None:
        self.dismiss(None)
