"""Dashboard: progress, score bars per theme / category / NIS2 letter, the ten largest
assessed gaps and, apart, the ten heaviest items not yet assessed (both in the one order
of :mod:`bio2.analysis.ranking`, accepted risks marked; Enter opens one), overdue actions and
expired acceptances."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import DataTable, Header, Static

from bio2.analysis.ranking import marker, rank
from bio2.domain.base import CATEGORIES, LETTERS, THEMES
from bio2.i18n import pick, t
from bio2.i18n.numbers import decimal, iso_date
from bio2.tui.widgets.bars import percent, score_line
from bio2.tui.widgets.bindings import translate_bindings
from bio2.tui.widgets.footer import Footer
from bio2.tui.widgets.text import plain, screen_title
from bio2.usecases.editing import Session

#: Column widths of the risk table that keep it inside 80 columns.
TITLE_WIDTH, OWNER_WIDTH = 34, 16

#: Rows per list; the heading says how many there are in all.
SHOWN = 10


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
        if title == "tui.dash.categories" and session.catalog.categories_from:
            text.append("\n" + t("catalog.categories_carried", id=session.catalog.id,
                                 source=session.catalog.categories_from), style="italic")
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
                when = (iso_date(answer.due) if title.endswith("overdue") and answer.due
                        else iso_date(answer.acceptance.until) if answer.acceptance else "")
            # an overdue action may have an accepted risk: marked (the expired list is
            # all "acceptance expired" already); the title is cut to stay within 80 columns
            mark = (marker(card.items[key]) if title.endswith("overdue") and key in card.items
                    else "")
            text.append(f"  {key} {session.item_title(key)[:36 if mark else 50]}  {when}"
                        + (f"  {mark}" if mark else "") + "\n")
        if not keys:
            text.append("  " + t("tui.dash.none") + "\n", style="dim")
        text.append("\n")
    return text


def year_on_year_text(session: Session) -> Text:
    """The change since the previous period (``bio2.analysis.yearonyear``), as plain text."""
    from bio2.analysis.yearonyear import text_lists
    from bio2.i18n.numbers import percent, points
    from bio2.usecases.yearonyear import compare_data

    previous = session.data.previous
    if previous is None:
        return Text(t("yoy.tui.none"), style="dim")
    card = session.scorecard()
    c = compare_data(previous, session.current_data(), session.today, card)
    text = Text()
    text.append(t("yoy.title", before=c.period_before) + "\n", style="bold")
    text.append(f"{'':<24} {c.period_before[:8]:>8} {c.period_after[:8]:>8}  "
                f"{t('yoy.col.change')}\n", style="dim")
    rows = [(t("yoy.overall"), c.overall),
            *((t(f"theme.{g.key}").split(" (")[0], g) for g in c.themes),
            *((t(f"category.{g.key}"), g) for g in c.categories)]
    for label, g in rows:
        text.append(f"{label[:24]:<24} {percent(g.before):>8} {percent(g.after):>8}  "
                    f"{points(g.change)}\n")

    lists = text_lists(c)
    for title, entries in lists:
        text.append("\n" + title + "\n", style="bold")
        for entry in entries or [t("yoy.none")]:
            text.append(f"  {entry}\n")
    if c.not_shared:
        text.append("\n" + t("yoy.not_shared", n=c.not_shared) + "\n", style="dim")
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
            ranking = rank(self.session.scorecard())
            for key, scores in (("gaps", ranking.gaps), ("unassessed", ranking.unassessed)):
                yield Static(Text(t(f"ranking.tui.{key}", shown=min(SHOWN, len(scores)),
                                    count=len(scores))), classes="heading")
                yield DataTable(id="risks" if key == "gaps" else "unassessed",
                                cursor_type="row", zebra_stripes=True)
            yield Static(lists_text(self.session), id="lists")
            yield Static(year_on_year_text(self.session), id="yoy")
        yield Footer()

    def on_mount(self) -> None:
        self.title = screen_title(self.session)
        ranking = rank(self.session.scorecard())
        for table_id, scores, value in (("#risks", ranking.gaps, "residual"),
                                        ("#unassessed", ranking.unassessed, "weight")):
            table = self.query_one(table_id, DataTable)
            # Numbers right after the item and titles cut, so the figures show at 80
            # columns; an open item has no status worth a column (all are "open"). Every
            # cell is plain text (an owner may be "[/regio]").
            columns = ("item", value, "status", "title", "owner") if value == "residual" else (
                "item", value, "title", "owner")
            for key in columns:
                label = t("ranking.tui.col.weight") if key == "weight" else t(f"tui.dash.col.{key}")
                table.add_column(label, key=key)
            for score in scores[:SHOWN]:
                answer = self.session.answers.get(score.item)
                shown = score.residual if value == "residual" else score.weight.value
                cells = {
                    "item": plain(score.item),
                    "title": plain(self.session.item_title(score.item), TITLE_WIDTH),
                    "status": plain(" ".join(filter(None, (t(f"status.{score.status}"),
                                                           marker(score))))),
                    value: Text(decimal(shown), justify="right"),
                    "owner": plain(answer.owner if answer and answer.owner else "-",
                                   OWNER_WIDTH),
                }
                table.add_row(*(cells[key] for key in columns), key=score.item)
        table = self.query_one("#risks", DataTable)
        # Focusing the table would scroll it into view, past the headline: start at the top.
        table.focus(scroll_visible=False)
        dashboard = self.query_one("#dashboard", VerticalScroll)
        dashboard.scroll_home(animate=False)
        self.call_after_refresh(dashboard.scroll_home, animate=False)

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.dismiss(str(event.row_key.value))

    def action_open(self) -> None:
        focused = self.focused
        table = focused if isinstance(focused, DataTable) else self.query_one("#risks", DataTable)
        if table.row_count:
            key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
            self.dismiss(str(key))

    def action_close(self) -> None:
        self.dismiss(None)
