"""Start screen: organisations and their assessments; create, carry over, open."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Static

from bio2.i18n import t
from bio2.tui.widgets.bars import percent
from bio2.tui.widgets.bindings import translate_bindings

if TYPE_CHECKING:
    from bio2.tui.app import Bio2App


def _catalog(catalog_id: str) -> str:
    """The catalog column: the id, with the draft status spelled out for a draft (an
    adopted catalog needs no label, and 80 columns are few)."""
    from bio2.catalog import load_catalog
    from bio2.versions import catalog_label

    catalog = load_catalog(catalog_id)
    return catalog_label(catalog) if catalog.is_draft else catalog.id


class StartScreen(Screen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "open", "tui.key.open"),
        Binding("n", "new_organisation", "tui.key.new_org"),
        Binding("a", "new_assessment", "tui.key.new_assessment"),
        Binding("m", "migrate", "tui.key.migrate"),
        Binding("q", "app.quit", "tui.key.quit"),
    ]

    def __init__(self) -> None:
        super().__init__()
        translate_bindings(self)
        self.loaded = False

    @property
    def bio2(self) -> Bio2App:
        return self.app  # type: ignore[return-value]

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(t("tui.start.loading"), id="intro")
        yield DataTable(id="assessments", cursor_type="row", zebra_stripes=True)
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(DataTable).focus()
        self.call_after_refresh(self.first_load)

    def first_load(self) -> None:
        self.bio2.seed()
        self.reload()
        self.loaded = True

    def on_screen_resume(self) -> None:
        if self.loaded:
            self.reload()

    def reload(self, select: str | None = None) -> None:
        from bio2.assessing import organisations_without_assessment, overview

        table = self.query_one(DataTable)
        store = self.bio2.store
        rows: list[tuple[str, tuple[str, ...]]] = [
            (f"a:{row.id}", (f"{row.org_name} ({row.org_id})", row.period,
                             _catalog(row.catalog),
                             percent(row.coverage), percent(row.score),
                             row.updated[:16].replace("T", " ")))
            for row in overview(store, self.bio2.today)
        ]
        rows += [(f"o:{org['id']}", (f"{org['name']} ({org['id']})", "-", "-", "-", "-",
                                     str(org["updated"])[:16].replace("T", " ")))
                 for org in organisations_without_assessment(store)]
        # Explicit widths: auto widths of rows added after the first paint stayed at the
        # header's width in this Textual version.
        table.clear(columns=True)
        for n, key in enumerate(("org", "period", "catalog", "progress", "score", "updated")):
            label = t(f"tui.start.col.{key}")
            width = max([len(label), *(len(cells[n]) for _, cells in rows)])
            table.add_column(label, key=key, width=width)
        for key, cells in rows:
            table.add_row(*cells, key=key)
        if select is not None:
            index = table.get_row_index(select)
            table.move_cursor(row=index)
        self.query_one("#intro", Static).update(
            t("tui.start.intro") if table.row_count else t("tui.start.empty"))

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

    def action_new_assessment(self) -> None:
        org_id = self._selected_org()
        if org_id is None:
            self.notify(t("tui.start.no_org"), severity="warning")
            return
        self._new_assessment(org_id)

    def action_migrate(self) -> None:
        """Carry the selected assessment over to another catalog version."""
        from bio2.tui.screens.migrate import MigrateScreen

        key = self._selected()
        if key is None or not key.startswith("a:"):
            self.notify(t("tui.migrate.no_assessment"), severity="warning")
            return
        row = self.bio2.store.assessment(int(key[2:]))

        def done(new_id: int | None) -> None:
            if new_id:
                self.reload(select=f"a:{new_id}")
                self.notify(t("tui.migrate.done", id=self.bio2.store.assessment(new_id).catalog))

        self.app.push_screen(MigrateScreen(self.bio2.store, row.org_id, row.period,
                                           row.catalog), done)

    def _new_assessment(self, org_id: str) -> None:
        from bio2.tui.screens.new_assessment import NewAssessmentScreen

        def started(assessment_id: int | None) -> None:
            if assessment_id:
                self.reload(select=f"a:{assessment_id}")
                self.open_assessment(assessment_id)

        self.app.push_screen(NewAssessmentScreen(org_id), started)
