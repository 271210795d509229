"""Start screen: organisations and their assessments; create, carry over, open, delete.

Decisions: the list comes from ``bio2.usecases.overview`` (a few queries, no full
scorecards, cached per assessment until it changes); this screen runs no SQL. Up to
``INLINE_LIMIT`` assessments it is loaded at once, above that in a worker thread (which
also formats the cells' text) while the screen says it is loading, so 1,000 assessments
never freeze the app. Drawing (issue 10, "the start screen scales"):

- A reload that yields the same rows in the same order (the usual return from an
  assessment) updates only the cells that changed; nothing is cleared.
- Otherwise the table is rebuilt ``CHUNK`` rows at a time, each chunk after the screen
  has refreshed, in a :class:`FixedTable` that does not measure every cell (explicit
  column widths, one-line rows).

Every cell, title and toast that holds user text (organisation names, periods) is a
``rich.text.Text`` or sent with ``markup=False``: ``[/regio]`` in a name is text, never
markup.
"""

from __future__ import annotations

import gc
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import DataTable, Header, Static

from bio2.i18n import t
from bio2.tui.palette_provider import StartCommands
from bio2.tui.widgets.bars import percent
from bio2.tui.widgets.bindings import translate_bindings
from bio2.tui.widgets.fixed_table import FixedTable
from bio2.tui.widgets.footer import Footer
from bio2.tui.widgets.text import visible

if TYPE_CHECKING:
    from bio2.tui.app import Bio2App
    from bio2.usecases.overview import OverviewRow

#: Up to this many assessments the start screen loads them without a worker.
INLINE_LIMIT = 50
#: Rows added to the table between two paints. 200 rows took 10-30 ms of CPU per chunk
#: (Textual's ``add_row``), and with a repaint or a collection in the same turn the
#: rebuild's longest stall reached 108 ms (make bench, issue 12); measured alternately on
#: one database of 1,000 assessments: 23-69 ms with 200, 12-24 ms with 100.
CHUNK = 100
#: A table row: its key (``a:<id>`` or ``o:<org>``) and its cells' text.
Row = tuple[str, tuple[str, ...]]
COLUMNS = ("org", "period", "catalog", "progress", "score", "updated")


def _catalog(catalog_id: str) -> str:
    """The catalog column: the id, with the draft status spelled out for a draft (an
    adopted catalog needs no label, and 80 columns are few)."""
    from bio2.catalog.loading import load_catalog
    from bio2.catalog.versions import catalog_label

    catalog = load_catalog(catalog_id)
    return catalog_label(catalog) if catalog.is_draft else catalog.id


def table_rows(overview: list[OverviewRow]) -> list[Row]:
    """The table's rows for the overview (runs in the worker thread for a large
    database); each cell goes into the table as plain ``Text``, never markup, and a
    control character in a name or period shows as ``\\x1b``, never reaches the terminal."""
    rows: list[Row] = []
    for row in overview:
        updated = row.updated[:16].replace("T", " ")
        if row.assessment_id is not None:
            cells = (f"{visible(row.org_name)} ({row.org_id})", visible(row.period or ""),
                     _catalog(row.catalog or ""), percent(row.coverage), percent(row.score),
                     updated)
            rows.append((f"a:{row.assessment_id}", cells))
        else:
            cells = (f"{visible(row.org_name)} ({row.org_id})", "-", "-", "-", "-", updated)
            rows.append((f"o:{row.org_id}", cells))
    return rows


def fit_widths(widths: list[int], available: int) -> list[int]:
    """Column widths that fit ``available`` terminal columns: only the organisation column
    (the first) gives way, down to 12, so period, progress and score stay in view at 80
    columns; its text then ends in "…". Each column takes 2 more for its padding, and 2
    are kept for the scroll bar."""
    extra = sum(widths) + 2 * len(widths) + 2 - available
    if extra <= 0:
        return widths
    return [max(12, widths[0] - extra), *widths[1:]]


def cell_text(cell: str) -> Text:
    """A cell as plain text (never markup), cut with "…" when its column is narrower."""
    return Text(cell, no_wrap=True, overflow="ellipsis")


class StartScreen(Screen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        # Enter is explained in the line above the table; the footer keeps room for quit.
        Binding("enter", "open", "tui.key.open", show=False),
        Binding("n", "new_organisation", "tui.key.new_org"),
        Binding("a", "new_assessment", "tui.key.new_assessment"),
        Binding("m", "migrate", "tui.key.migrate"),
        Binding("d", "delete", "tui.key.delete"),
        # Not in the footer (quit must fit at 80 columns); named in the line above the
        # table, in the help screen (?) and in the palette.
        Binding("r", "registration", "tui.key.registration", show=False),
        Binding("i", "incidents", "tui.key.incidents", show=False),
        Binding("b", "training", "training.tui.key", show=False),
        Binding("q", "app.quit", "tui.key.quit"),
    ]
    COMMANDS: ClassVar[set[type[StartCommands]]] = {StartCommands}  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        translate_bindings(self)
        self.loaded = False
        self.loading = False
        self._pending: list[Row] = []
        #: The rows in the table, in order (to update only what changed).
        self._shown: dict[str, tuple[str, ...]] = {}
        self._keep: str | None = None
        self._frozen = False

    @property
    def bio2(self) -> Bio2App:
        return self.app  # type: ignore[return-value]

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(t("tui.start.loading"), id="intro")
        yield FixedTable(id="assessments", cursor_type="row", zebra_stripes=True)
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(DataTable).focus()
        self.call_after_refresh(self.first_load)

    def first_load(self) -> None:
        self.bio2.seed()
        # The app as started, out of the cyclic collector's way (see _add_rows). No
        # gc.collect() first: at this point it found 4 unreachable objects and cost 37-52 ms
        # of CPU in a fresh process (with the demo seeded), and in a test process it walks
        # every object the earlier tests left (0.1-0.4 s per app start).
        gc.freeze()
        self.reload()
        self.loaded = True

    def on_screen_resume(self) -> None:
        if self.loaded:
            self.reload()
            self._select_last()

    def _select_last(self) -> None:
        """The cursor on the assessment the user just left (``Bio2App.last_assessment``)."""
        last, table = self.bio2.last_assessment, self.query_one(DataTable)
        if last is not None and f"a:{last}" in table.rows:
            table.move_cursor(row=table.get_row_index(f"a:{last}"))

    def reload(self, select: str | None = None) -> None:
        """Fill the table: at once for a small database, in a worker for a large one."""
        from bio2.usecases.overview import assessment_count, overview_at, overview_of

        store = self.bio2.store
        count = assessment_count(store)
        path = str(store.path)
        if count <= INLINE_LIMIT or path == ":memory:":
            self.fill(table_rows(overview_of(store)), select)
            return
        if not self.query_one(DataTable).row_count:
            self.query_one("#intro", Static).update(t("start.loading_many", count=count))
        self.loading = True  # until the last chunk of rows is in the table

        def load() -> None:
            rows = table_rows(overview_at(path))
            self.app.call_from_thread(self.fill, rows, select)

        self.run_worker(load, thread=True, exclusive=True, group="overview")

    def fill(self, rows: list[Row], select: str | None = None) -> None:
        """Show ``rows``: only the changed cells when the rows are the same ones in the
        same order and fit the columns, else a rebuild in chunks."""
        table = self.query_one(DataTable)
        keep = self._selected() if select is None else select
        widths = fit_widths([max([len(t(f"tui.start.col.{key}")),
                                  *(len(cells[n]) for _, cells in rows)])
                             for n, key in enumerate(COLUMNS)], self.app.size.width)
        same = (not self._pending and [key for key, _ in rows] == list(self._shown)
                and [c.width for c in table.ordered_columns] == widths)
        if same:
            for key, cells in rows:
                before = self._shown[key]
                if cells != before:
                    for column, cell, old in zip(COLUMNS, cells, before, strict=True):
                        if cell != old:
                            table.update_cell(key, column, cell_text(cell))
            self._shown = dict(rows)
            self._pending, self._keep = [], keep
            self._add_rows()
            return
        # Explicit widths: auto widths of rows added after the first paint stayed at the
        # header's width in this Textual version.
        table.clear(columns=True)
        self._shown = dict(rows)
        for key, width in zip(COLUMNS, widths, strict=True):
            table.add_column(t(f"tui.start.col.{key}"), key=key, width=width)
        self._pending, self._keep = rows, keep
        self._add_rows()

    def _add_rows(self) -> None:
        """Add the pending rows, ``CHUNK`` at a time: between chunks the app paints and
        takes keys, so a thousand rows never hold the screen still."""
        table = self.query_one(DataTable)
        chunk, self._pending = self._pending[:CHUNK], self._pending[CHUNK:]
        for key, cells in chunk:
            table.add_row(*(cell_text(cell) for cell in cells), key=key)
        if self._pending:
            self.call_after_refresh(self._add_rows)
            return
        if self._keep is not None and self._keep in table.rows:
            table.move_cursor(row=table.get_row_index(self._keep))
        self.query_one("#intro", Static).update(
            t("tui.start.intro") if table.row_count else t("start.empty"))
        self.loading = False
        if not self._frozen:
            # What lives now lives as long as the app (catalogs, screens, the table):
            # out of the cyclic collector's way, whose full passes over it were the
            # longest freezes left (30-110 ms of CPU with 1,000 assessments). Given
            # back to the collector when the screen goes (on_unmount).
            gc.freeze()
            self._frozen = True

    def on_unmount(self) -> None:
        gc.unfreeze()

    def _selected(self) -> str | None:
        table = self.query_one(DataTable)
        if not table.row_count:
            return None
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        return str(key) if key is not None else None

    def _selected_org(self) -> str | None:
        key = self._selected()
        if key is None:
            return None
        if key.startswith("o:"):
            return key[2:]
        return self.bio2.store.assessment(int(key[2:])).org_id

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.action_open()

    def action_open(self) -> None:
        key = self._selected()
        if key is None:
            return
        if key.startswith("o:"):
            self.action_new_assessment()
            return
        self.open_assessment(int(key[2:]))

    def open_assessment(self, assessment_id: int) -> None:
        from bio2.tui.screens.assessment import AssessmentScreen

        self.app.push_screen(AssessmentScreen(assessment_id))

    def action_new_organisation(self) -> None:
        from bio2.tui.screens.organisation import NewOrganisationScreen

        def created(org_id: str | None) -> None:
            if org_id:
                self.reload(select=f"o:{org_id}")
                self._new_assessment(org_id)

        self.app.push_screen(NewOrganisationScreen(), created)

    def action_incidents(self) -> None:
        """The meldplicht register of the selected organisation (issue 13 §4)."""
        from bio2.tui.screens.incidents import IncidentsScreen

        org_id = self._selected_org()
        if org_id is None:
            self.notify(t("tui.incident.no_org"), severity="warning", markup=False)
            return
        org = self.bio2.store.organisation(org_id)
        self.app.push_screen(IncidentsScreen(self.bio2.store, org_id,
                                             org["name"] if org else org_id))

    def action_training(self) -> None:
        """The board training register of the selected organisation (Cbw art. 24)."""
        from bio2.tui.screens.training import TrainingScreen

        org_id = self._selected_org()
        if org_id is None:
            self.notify(t("tui.start.no_org"), severity="warning", markup=False)
            return
        org = self.bio2.store.organisation(org_id)
        self.app.push_screen(TrainingScreen(self.bio2.store, org_id,
                                            org["name"] if org else org_id))

    def action_new_assessment(self) -> None:
        org_id = self._selected_org()
        if org_id is None:
            self.notify(t("tui.start.no_org"), severity="warning", markup=False)
            return
        self._new_assessment(org_id)

    def action_migrate(self) -> None:
        """Carry the selected assessment over to another catalog version."""
        from bio2.tui.screens.migrate import MigrateScreen

        key = self._selected()
        if key is None or not key.startswith("a:"):
            self.notify(t("tui.migrate.no_assessment"), severity="warning", markup=False)
            return
        row = self.bio2.store.assessment(int(key[2:]))

        def done(new_id: int | None) -> None:
            if new_id:
                self.reload(select=f"a:{new_id}")
                self.notify(t("tui.migrate.done", id=self.bio2.store.assessment(new_id).catalog),
                            markup=False)

        self.app.push_screen(MigrateScreen(self.bio2.store, row.org_id, row.period,
                                           row.catalog), done)

    def _new_assessment(self, org_id: str) -> None:
        from bio2.tui.screens.new_assessment import NewAssessmentScreen

        def started(assessment_id: int | None) -> None:
            if assessment_id:
                self.reload(select=f"a:{assessment_id}")
                self.open_assessment(assessment_id)

        self.app.push_screen(NewAssessmentScreen(org_id), started)

    def action_delete(self) -> None:
        """Delete the selected assessment, or the selected organisation when it has no
        assessment; the dialog names what goes and writes a backup first."""
        from bio2.tui.screens.delete import DeleteScreen

        key = self._selected()
        if key is None:
            return
        if key.startswith("a:"):
            row = self.bio2.store.assessment(int(key[2:]))
            org_id, assessment_id = row.org_id, row.id
        else:
            org_id, assessment_id = key[2:], None

        def done(message: str | None) -> None:
            if message:
                self.reload()
                self.notify(message, markup=False, timeout=10)

        self.app.push_screen(DeleteScreen(org_id, assessment_id), done)

    def action_registration(self) -> None:
        """The Cbw registration of the selected organisation (``r``, or the palette)."""
        from bio2.tui.screens.registration import RegistrationScreen

        org_id = self._selected_org()
        if org_id is None:
            self.notify(t("tui.start.no_org"), severity="warning", markup=False)
            return
        org = self.bio2.store.organisation(org_id) or {}
        self.app.push_screen(RegistrationScreen(org_id, str(org.get("name") or org_id)))
