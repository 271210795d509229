"""Cbw readiness: verdict per NIS2 letter, per duty and per Cbw Control Framework item.

The rules are those of ``bio2.analysis.cbw`` (the same as ``bio2 cbw``); Enter opens the largest
gap of the selected row in the assessment.

Below the readiness table the checklists of the Cbw items that have one (issue 13 §4): Tab
moves there, space or Enter on a sub-point ticks or unticks it at once
(``bio2.usecases.checklists``, compare and set); the item's verdict cell above follows
("◐ deels 2/5": at 80 columns the short form, the list's heading row says "2 van 5
afgevinkt"). A change by another process in between is not overwritten: the screen says
so in one line and shows what is stored now. The sub-point column fills the width left
of the table and its text wraps over as many lines as it needs (at 80 columns too); a
resize wraps it again.
"""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from typing import ClassVar

from rich.cells import cell_len
from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import DataTable, Header, Static
from textual.widgets.data_table import ColumnKey

from bio2.analysis.cbw import (
    CbwReadiness,
    checklist_blocks,
    coverage_text,
    readiness,
    readiness_rows,
)
from bio2.analysis.cbw_document import outside_cbw
from bio2.domain.errors import Bio2Error, UserError
from bio2.i18n import get_language, t
from bio2.tui.widgets.bars import percent
from bio2.tui.widgets.bindings import translate_bindings
from bio2.tui.widgets.footer import Footer
from bio2.tui.widgets.text import plain, screen_title
from bio2.usecases.checklists import ConflictError, read_ticks, toggle
from bio2.usecases.editing import Session

#: The subject column is cut here so the numbers before it stay in view at 80 columns.
SUBJECT_WIDTH = 30

MARK = {"voldoet": "✔", "deels": "◐", "voldoet_niet": "✘", "niet_beoordeeld": "·"}
#: The sub-point column is never narrower than this (a tiny terminal scrolls sideways).
POINT_MIN = 20
TICK_CELLS = ("[x]", "[ ]")


class CbwScreen(Screen[str | None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,c", "close", "tui.key.back"),
        Binding("enter", "open", "tui.key.open_gap", show=False),
        Binding("space", "tick", "checklist.key.tick"),
    ]

    def __init__(self, session: Session) -> None:
        super().__init__()
        translate_bindings(self)
        self.session = session
        self.ticking = read_ticks(session.store, session.id, session.catalog)
        self.result: CbwReadiness = self._readiness()
        self.first_gap: dict[str, str] = {}
        #: The sub-point column's width in the last fill (0: not filled yet).
        self.point_width = 0

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(t("tui.cbw.intro", registration=t(
            f"cbw.verdict.{self.result.registration}")), id="cbw-intro")
        yield DataTable(id="cbw", cursor_type="row", zebra_stripes=True)
        yield DataTable(id="cbw-checklist", cursor_type="row")
        outside = outside_cbw(self.session.catalog)
        if outside:
            yield Static(plain(t("cbw.outside_cbw", items=", ".join(outside))),
                         id="cbw-outside")
        yield Static(t("cbw.rule"), id="cbw-rule")
        yield Footer()

    def on_mount(self) -> None:
        self.title = screen_title(self.session)
        catalog = self.session.catalog
        table = self.query_one("#cbw", DataTable)
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
            table.add_row(plain(label), self._verdict_cell(row.key) if row.kind == "cbw"
                          else plain(f"{MARK[view.verdict]} {t(f'cbw.verdict.{view.verdict}')}"),
                          plain(percent(view.score.score)), plain(percent(view.score.coverage)),
                          plain(row.title, SUBJECT_WIDTH), plain(gaps or "-"),
                          key=f"{view.kind}:{view.key}")
        checklist = self.query_one("#cbw-checklist", DataTable)
        keys = [b.key for b in checklist_blocks(catalog, self.result, get_language())]
        for key, cells in (("item", keys), ("ticked", TICK_CELLS), ("point", ())):
            label = t(f"checklist.tui.col.{key}")
            # fixed widths, so the sub-point column can take exactly what is left
            width = max((cell_len(c) for c in (label, *cells)), default=0)
            checklist.add_column(label, key=key, width=width)
        self._fill_checklists()
        table.focus()

    def on_resize(self, event: events.Resize) -> None:
        # after the layout, so the table's new width is known
        self.call_after_refresh(self._rewrap)

    def _rewrap(self) -> None:
        if self._point_width() != self.point_width:
            self._fill_checklists()

    def _point_width(self) -> int:
        """What the table leaves for the sub-point text: its width less the other two
        columns, every cell's padding and room for a vertical scrollbar."""
        table = self.query_one("#cbw-checklist", DataTable)
        width = table.content_region.width or self.app.size.width
        others = sum(c.get_render_width(table) for c in table.ordered_columns
                     if c.key.value != "point")
        spare = width - others - 2 * table.cell_padding - table.styles.scrollbar_size_vertical
        return max(POINT_MIN, spare)

    # -- checklists (issue 13 §4) ----------------------------------------------------------
    def _readiness(self) -> CbwReadiness:
        s = self.session
        return readiness(s.catalog, s.scorecard(), s.data.organisation.registration,
                         self.ticking.ticks)

    def _verdict_cell(self, key: str) -> Text:
        view = self.result.items[key]
        text = f"{MARK[view.verdict]} {t(f'cbw.verdict.{view.verdict}')}"
        if view.checklist is not None:
            text += f" {view.checklist.done}/{view.checklist.total}"
        return plain(text)

    def _fill_checklists(self) -> None:
        """(Re)build the checklist table: per Cbw item a heading row, then its sub-points
        (row keys ``head:<item>`` and ``point:<item>:<id>``); the cursor stays put."""
        table = self.query_one("#cbw-checklist", DataTable)
        row = table.cursor_row
        table.clear()
        self.point_width = self._point_width()
        table.columns[ColumnKey("point")].width = self.point_width
        for block in checklist_blocks(self.session.catalog, self.result, get_language()):
            table.add_row(plain(block.key, style="bold"), plain(""),
                          Text(t("checklist.tui.head", topic=block.title,
                                 coverage=coverage_text(block.coverage)), style="bold"),
                          key=f"head:{block.key}", height=None)
            for point, text, ticked in block.points:
                table.add_row(plain(""), plain(TICK_CELLS[0] if ticked else TICK_CELLS[1]),
                              Text(text), key=f"point:{block.key}:{point}", height=None)
        if table.row_count:
            table.move_cursor(row=min(row, table.row_count - 1))

    def action_tick(self) -> None:
        table = self.query_one("#cbw-checklist", DataTable)
        if self.focused is not table or not table.row_count:
            return
        key = str(table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value)
        if not key.startswith("point:"):
            self.notify(t("checklist.tui.on_head"))
            return
        _, cbw_item, point = key.split(":", 2)
        s = self.session
        try:
            toggle(s.store, s.id, s.catalog, self.ticking, cbw_item, point, actor=s.actor)
        except ConflictError:
            self.notify(t("checklist.tui.conflict", item=cbw_item), severity="warning",
                        markup=False)
        except UserError as exc:
            self.notify(str(exc), severity="error", markup=False)
        except (Bio2Error, sqlite3.Error) as exc:  # locked or read-only: say it, nothing written
            self.notify(t("checklist.tui.not_saved", reason=str(exc)[:200]), severity="error",
                        markup=False)
        s.data = replace(s.data, checklists=dict(self.ticking.ticks))
        self.result = self._readiness()
        self.query_one("#cbw", DataTable).update_cell(f"cbw:{cbw_item}", "verdict",
                                                      self._verdict_cell(cbw_item))
        self._fill_checklists()

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        if event.data_table.id == "cbw-checklist":
            self.action_tick()
        else:
            self.action_open()

    def action_open(self) -> None:
        table = self.query_one("#cbw", DataTable)
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
