"""The history of one item: who changed what when (the store's history table)."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import DataTable, Header, Static

from bio2.i18n import t
from bio2.tui.widgets.bindings import translate_bindings
from bio2.tui.widgets.footer import Footer
from bio2.tui.widgets.text import plain, screen_title
from bio2.usecases.change_summary import summarise_change
from bio2.usecases.editing import Session
from bio2.usecases.sync import actor_text, via_text


class HistoryScreen(Screen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape,q,h", "close", "tui.key.back")]

    def __init__(self, session: Session, item_id: str) -> None:
        super().__init__()
        translate_bindings(self)
        self.session = session
        self.item_id = item_id

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(Text(t("tui.history.title", item=self.item_id,
                            title=self.session.item_title(self.item_id))), classes="heading")
        yield DataTable(id="history", cursor_type="row", zebra_stripes=True)
        yield Footer()

    def on_mount(self) -> None:
        self.title = screen_title(self.session)
        table = self.query_one(DataTable)
        for key in ("at", "actor", "what", "change"):
            table.add_column(t(f"tui.history.col.{key}"), key=key)
        item = self.session.catalog.items[self.item_id]
        rows = self.session.history(self.item_id)
        if item.control:
            rows += self.session.history(f"vvt:{item.control}")
        rows.sort(key=lambda r: r["at"], reverse=True)
        for row in rows:
            what = t("tui.history.vvt") if row["item"].startswith("vvt:") else (
                t("tui.history.audit") if row["view"] == "audit" else t("tui.history.answer"))
            # the OS account beside the person, how the change came beside the kind
            table.add_row(plain(row["at"][:19].replace("T", " ")), plain(actor_text(row), 40),
                          plain(what + via_text(row.get("via"))),
                          plain(summarise_change(row["old"], row["new"])))
        if not rows:
            self.query_one(".heading", Static).update(
                Text(t("tui.history.empty", item=self.item_id)))
        table.focus()

    def action_close(self) -> None:
        self.dismiss(None)
