"""``?`` (or F1): every key of the screen underneath, with what it does.

The footer shows only the most used keys (it must fit 80 columns); this screen lists
all bindings the screen below has, its widgets' included, plus the app-wide ones, in the
order they are declared. Descriptions come from the catalog (see ``translate_bindings``).
"""

from __future__ import annotations

from dataclasses import replace
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen, Screen
from textual.widgets import DataTable, Static

from bio2.i18n import messages, t
from bio2.tui.widgets.bindings import translate_bindings

#: Keys every Textual screen has, described in English there: our words for them.
TEXTUAL_ACTIONS = {"app.focus_next": "tui.key.focus_next",
                   "app.focus_previous": "tui.key.focus_previous",
                   "screen.copy_text": "tui.key.copy"}


def key_rows(screen: Screen[object]) -> list[tuple[str, str]]:
    """(keys, description) for every described binding active on ``screen``, grouped
    by action so ``z`` and ``ctrl+z`` share one row. Only texts from our catalog are
    listed: widgets' own keys (the tree's, an input's) carry Textual's English."""
    app = screen.app
    ours = {text for pair in messages().values() for text in pair}
    rows: dict[tuple[str, str], list[str]] = {}
    for key, active in screen.active_bindings.items():
        binding = active.binding
        if binding.action in TEXTUAL_ACTIONS:
            binding = replace(binding, description=t(TEXTUAL_ACTIONS[binding.action]))
        if binding.description not in ours or active.node not in (screen, app):
            continue
        shown = binding.key_display or app.get_key_display(binding)
        if not shown:
            shown = key
        row = rows.setdefault((binding.action, binding.description), [])
        if shown not in row:
            row.append(shown)
    return [(" ".join(keys), description) for (_, description), keys in rows.items()]


class HelpScreen(ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark,f1", "close", "tui.key.close"),
    ]

    def __init__(self, rows: list[tuple[str, str]]) -> None:
        super().__init__()
        translate_bindings(self)
        self.rows = rows

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog tall"):
            yield Static(t("tui.help.title"), classes="dialog-title")
            yield DataTable(id="keys", cursor_type="row", zebra_stripes=True,
                            show_cursor=False)
            yield Static(t("tui.help.footer"), classes="help")

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_column(t("tui.help.col.key"), key="key")
        table.add_column(t("tui.help.col.action"), key="action")
        for keys, description in self.rows:
            table.add_row(Text(keys, style="bold"), Text(description))
        table.focus()

    def action_close(self) -> None:
        self.dismiss(None)
