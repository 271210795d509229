"""The command palette (ctrl+p) in the user's language.

Textual's palette has English texts built in (the placeholder "Search for commands…",
"No matches found", the footer's "Exit the command palette"); this subclass takes them
from the catalog. ``Bio2App.action_command_palette`` opens it.
"""

from __future__ import annotations

from typing import ClassVar

from rich.align import Align
from rich.text import Text
from textual.binding import Binding, BindingType
from textual.command import CommandList, CommandPalette
from textual.widgets.option_list import Option

from bio2.i18n import t
from bio2.tui.widgets.bindings import translate_bindings


class Bio2CommandPalette(CommandPalette):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+end, shift+end", "command_list('last')", "tui.palette.last", show=False),
        Binding("ctrl+home, shift+home", "command_list('first')", "tui.palette.first",
                show=False),
        Binding("down", "cursor_down", "tui.palette.next", show=False),
        Binding("escape", "escape", "tui.palette.close"),
        Binding("pagedown", "command_list('page_down')", "tui.palette.page_down", show=False),
        Binding("pageup", "command_list('page_up')", "tui.palette.page_up", show=False),
        Binding("up", "command_list('cursor_up')", "tui.palette.previous", show=False),
    ]

    def __init__(self) -> None:
        super().__init__(placeholder=t("tui.palette.placeholder"), id="--command-palette")
        translate_bindings(self)

    def _start_no_matches_countdown(self, search_value: str) -> None:
        """As Textual's, with the "no matches" line from the catalog."""
        self._stop_no_matches_countdown()

        def show_no_matches() -> None:
            if search_value:
                self.query_one(CommandList).add_option(Option(
                    Align.center(Text(t("tui.palette.no_matches"), style="not bold")),
                    disabled=True, id=self._NO_MATCHES))
                self._list_visible = True
            else:
                self._list_visible = False

        self._no_matches_timer = self.set_timer(self._NO_MATCHES_COUNTDOWN, show_no_matches)
