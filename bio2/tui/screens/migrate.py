"""Move an assessment to another catalog version: choose, read the report, confirm."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from bio2.i18n import t
from bio2.tui.widgets.bindings import translate_bindings
from bio2.tui.widgets.text import visible

if TYPE_CHECKING:
    from bio2.usecases.opening import Database


class MigrateScreen(ModalScreen[int | None]):
    """Shows the dry-run report of the chosen target; ``y`` carries it out. Dismisses
    with the id of the new assessment, or ``None``."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("y", "confirm", "tui.key.migrate_confirm"),
        Binding("escape", "cancel", "tui.key.cancel"),
    ]

    def __init__(self, store: Database, org_id: str, period: str, current: str) -> None:
        super().__init__()
        translate_bindings(self)
        self.store, self.org_id, self.period, self.current = store, org_id, period, current
        self.target: str | None = None

    def compose(self) -> ComposeResult:
        from bio2.catalog.files import available
        from bio2.catalog.loading import load_catalog
        from bio2.catalog.versions import catalog_label

        targets = [c for c in available() if c != self.current]
        with Vertical(classes="dialog tall"):
            # The period is user text: Text, never markup.
            yield Static(Text(t("tui.migrate.title", org=self.org_id, period=visible(self.period),
                                current=self.current)), classes="dialog-title")
            yield OptionList(*(Option(catalog_label(load_catalog(c)), id=c) for c in targets),
                             id="targets")
            with VerticalScroll(id="migrate-report"):
                yield Static(t("tui.migrate.choose"), id="migrate-text")
            yield Static(t("tui.migrate.confirm"), id="migrate-keys")

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        self._preview(event.option.id)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self._preview(event.option.id)
        self.query_one("#migrate-report").focus()

    def _preview(self, target: str | None) -> None:
        from bio2.domain.errors import UserError
        from bio2.usecases.catalog_migration import migrate_assessment, report_lines

        text = self.query_one("#migrate-text", Static)
        self.target = None
        if target is None:
            return
        try:
            result = migrate_assessment(self.store, self.org_id, self.period, target,
                                        dry_run=True)
        except UserError as exc:
            text.update(Text(visible(str(exc))))
            return
        self.target = target
        text.update(Text(visible("\n".join(report_lines(result)[:-1]))))

    def action_confirm(self) -> None:
        from bio2.domain.errors import UserError
        from bio2.usecases.catalog_migration import migrate_assessment

        if self.target is None:
            return
        try:
            result = migrate_assessment(self.store, self.org_id, self.period, self.target)
        except UserError as exc:
            self.notify(str(exc), severity="error", markup=False)
            return
        self.dismiss(result.new_id)

    def action_cancel(self) -> None:
        self.dismiss(None)
