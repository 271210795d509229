"""Which report to write from the TUI: the PDF or the HTML page (issue 15: ``bio2 report
--format html`` exists; the TUI offers the same two). Enter takes the highlighted
choice (PDF first, as before), Escape writes nothing."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from bio2.i18n import t
from bio2.tui.widgets.bindings import translate_bindings

#: The formats in the order offered; each is also the file suffix.
FORMATS = ("pdf", "html")


class ReportFormatScreen(ModalScreen[str | None]):
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "tui.key.cancel")]

    def __init__(self) -> None:
        super().__init__()
        translate_bindings(self)

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog small"):
            yield Static(t("tui.report_format.title"), classes="dialog-title")
            yield OptionList(*(Option(t(f"tui.report_format.{kind}"), id=kind)
                               for kind in FORMATS), id="report-formats")

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(event.option.id)

    def action_cancel(self) -> None:
        self.dismiss(None)
