"""Cbw readiness: verdict per NIS2 letter, per duty and per Cbw Control Framework item.

The rules are those of ``bio2.analysis.cbw`` (the same as ``bio2 cbw``); Enter opens the largest
gap of the selected row in the assessment.
"""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Static

from bio2.analysis.cbw import CbwReadiness, readiness, readiness_rows
from bio2.analysis.cbw_document import outside_cbw
from bio2.i18n import get_language, t
from bio2.tui.widgets.bars import percent
from bio2.tui.widgets.bindings import translate_bindings
from bio2.tui.widgets.text import plain, screen_title
from bio2.usecases.editing import Session

#: The subject column is cut here so the numbers before it stay in view at 80 columns.
SUBJECT_WIDTH = 30

MARK = {"voldoet": "✔", "deels": "◐", "voldoet_niet": "✘", "niet_beoordeeld": "·"}


class CbwScreen(Screen[str | None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,c", "close", "tui.key.back"),
        Binding("enter", "open", "tui.key.open_gap", show=False),
    ]

    def __init__(self, session: Session) -> None:
        super().__init__()
        translate_bindings(self)
        self.session = session
        self.result: CbwReadiness = readiness(
            session.catalog, session.scorecard(), session.data.organisation.registration)
        self.first_gap: dict[str, str] = {}

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(t("tui.cbw.intro", registration=t(
            f"cbw.verdict.{self.result.registration}")), id="cbw-intro")
        yield DataTable(id="cbw", cursor_type="row", zebra_stripes=True)
        outside = outside_cbw(self.session.catalog)
        if outside:
            yield Static(plain(t("cbw.outside_cbw", items=", ".join(outside))),
                         id="cbw-outside")
        yield Static(t("cbw.rule"), id="cbw-rule")
        yield Footer()

    def on_mount(self) -> None:
        self.title = screen_title(self.session)
        catalog = self.session.catalog
        table = self.query_one(DataTable)
        # The verdict right after the first column: visible on an 80-column terminal too.
        # Then the numbers, the subject (cut) after them: all visible at 80 columns.
        for key in ("view", "verdict", "score", "coverage", "subject", "gaps"):
            table.add_column(t(f"tui.cbw.col.{key}"), key=key)
        labels = {"nis2": "art. 21(2) {key}", "cbw": "Cbw {key}"}
        for row in readiness_rows(catalog, self.result, get_language()):
            view = row.view
            if view is None:  # the registration: in the intro line above the table
                continue
            label = (t(f"cbw.group.{row.key}") if row.kind == "duty"
                     else labels[row.kind].format(key=row.key))
            gaps = " ".join(g.item for g in row.top_gaps(3))
            if view.gaps:
                self.first_gap[f"{view.kind}:{view.key}"] = view.gaps[0].item
            table.add_row(plain(label),
                          plain(f"{MARK[view.verdict]} {t(f'cbw.verdict.{view.verdict}')}"),
                          plain(percent(view.score.score)), plain(percent(view.score.coverage)),
                          plain(row.title, SUBJECT_WIDTH), plain(gaps or "-"),
                          key=f"{view.kind}:{view.key}")
        table.focus()

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.action_open()

    def action_open(self) -> None:
        table = self.query_one(DataTable)
        if not table.row_count:
            return
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        gap = self.first_gap.get(str(key))
        if gap is None:
            self.notify(t("tui.cbw.no_gap"))
            return
        self.dismiss(gap)

    def action_close(self) -> None:
        self.dismiss(None)
