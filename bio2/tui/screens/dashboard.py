"""Dashboard: progress, score bars per theme / category / NIS2 letter, the ten largest
residual risks (Enter opens one), overdue actions and expired acceptances."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Static

from bio2.assessing import Session
from bio2.domain.base import CATEGORIES, LETTERS, THEMES
from bio2.i18n import pick, t
from bio2.tui.widgets.bars import percent, score_line
from bio2.tui.widgets.bindings import translate_bindings


def _letter_label(session: Session, letter: str) -> str:
    info = session.catalog.nis2_letters.get(letter)
    return f"{letter}) {pick(info.title, info.title_en)}" if info is not None else letter


def bars_text(session: Session) -> Text:
    card = session.scorecard()
    o = card.overall
    text = Text()
    text.append(t("tui.dash.progress", answered=o.answered, items=o.items,
                  coverage=percent(o.coverage).strip(), gaps=o.gaps) + "\n", style="bold")
    text.append_text(score_line(t("tui.dash.overall"), o))
    sections = (
        ("tui.dash.themes", [(t(f"theme.{k}").split(" (")[0], card.themes[k])
                             for k in (*THEMES, "isms")]),
        ("tui.dash.categories", [(t(f"category.{k}"), card.categories[k]) for k in CATEGORIES]),
        ("tui.dash.nis2", [(_letter_label(session, k), card.nis2[k]) for k in LETTERS]),
    )
    for title, rows in sections:
        text.append("\n\n" + t(title) + "\n", style="bold")
        for n, (label, group) in enumerate(rows):
            text.append("\n" if n else "")
            text.append_text(score_line(label, group))
    return text


def lists_text(session: Session) -> Text:
    card = session.scorecard()
    text = Text()
    for title, keys in (("tui.dash.overdue", card.overdue),
                        ("tui.dash.expired", card.expired_acceptances)):
        text.append(t(title, count=len(keys)) + "\n", style="bold")
        for key in keys:
            answer = session.answers.get(key)
            when = ""
            if answer is not None:
                when = (answer.due.isoformat() if title.endswith("overdue") and answer.due
                        else answer.acceptance.until.isoformat() if answer.acceptance else "")
            text.append(f"  {key} {session.item_title(key)[:50]}  {when}\n")
        if not keys:
            text.append("  " + t("tui.dash.none") + "\n", style="dim")
        text.append("\n")
    return text


class DashboardScreen(Screen[str | None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,s", "close", "tui.key.back"),
        Binding("enter", "open", "tui.key.open_item", show=False),
    ]

    def __init__(self, session: Session) -> None:
        super().__init__()
        translate_bindings(self)
        self.session = session

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="dashboard"):
            yield Static(bars_text(self.session), id="bars")
            yield Static(t("tui.dash.risks"), classes="heading")
            yield DataTable(id="risks", cursor_type="row", zebra_stripes=True)
            yield Static(lists_text(self.session), id="lists")
        yield Footer()

    def on_mount(self) -> None:
        self.title = self.session.title
        table = self.query_one(DataTable)
        for key in ("item", "title", "status", "residual", "owner"):
            table.add_column(t(f"tui.dash.col.{key}"), key=key)
        for score in self.session.scorecard().residual_risks[:10]:
            answer = self.session.answers.get(score.item)
            table.add_row(score.item, self.session.item_title(score.item)[:44],
                          t(f"status.{score.status}"), f"{score.residual:.2f}",
                          (answer.owner if answer and answer.owner else "-"), key=score.item)
        # Focusing the table would scroll it into view, past the headline: start at the top.
        table.focus(scroll_visible=False)
        dashboard = self.query_one("#dashboard", VerticalScroll)
        dashboard.scroll_home(animate=False)
        self.call_after_refresh(dashboard.scroll_home, animate=False)

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.dismiss(str(event.row_key.value))

    def action_open(self) -> None:
        table = self.query_one(DataTable)
        if table.row_count:
            key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
            self.dismiss(str(key))

    def action_close(self) -> None:
        self.dismiss(None)
