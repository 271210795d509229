"""The meldplicht register of one organisation (issue 13 §4; ``i`` on the start screen):
a table of incidents and drills with a verdict per phase as words, the selected entry in
full below it, and a form to add or edit an entry.

The rules are those of the CLI (:mod:`bio2.usecases.incidents`): an entry with a problem
is not saved, the form stays open with one line naming the field, and nothing typed is
lost. An entry changed by another process meanwhile is refused (revision check) with a
message; the form keeps the input. User text is shown as text, never as markup.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Grid, Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import (
    Button,
    Checkbox,
    DataTable,
    Header,
    Input,
    Label,
    Select,
    Static,
    TextArea,
)

from bio2.domain.incidents import KINDS, Incident
from bio2.domain.meldplicht import PHASES, RECIPIENTS, Report, deadlines, local
from bio2.i18n import t
from bio2.tui.widgets.bindings import translate_bindings
from bio2.tui.widgets.footer import Footer
from bio2.tui.widgets.text import visible

if TYPE_CHECKING:
    from bio2.usecases.opening import Database as Store


def _label(field: str) -> str:
    return t(f"tui.incident.field.{field}")


def detail_text(entry: Incident, now: datetime) -> Text:
    """The entry in full: each phase with its verdict, deadline and report; lessons."""
    from bio2.usecases.meldplicht import when

    verdicts = entry.verdicts(now)
    notified = entry.reports.get("72h")
    due = deadlines(entry.aware, notified.at if notified else None)
    lines = [f"{entry.number} · {t(f'incident.kind.{entry.kind}')} · {entry.title}",
             f"{t('incident.deadlines.aware')}: {when(entry.aware)}"]
    for phase in PHASES:
        lines.append(t("tui.incident.detail.phase", phase=t(f"incident.phase.{phase}"),
                       verdict=t(f"incident.verdict.{verdicts[phase]}"),
                       due=when(due.due(phase))))
        report = entry.reports.get(phase)
        if report is not None:
            to = ", ".join(t(f"incident.to.{r}") for r in RECIPIENTS if r in report.to)
            lines.append(t("tui.incident.detail.reported", when=when(report.at), to=to))
    if entry.lessons:
        lines += [f"{t('incident.col.lessons')}:", entry.lessons]
    return Text("\n".join(lines))


class IncidentsScreen(Screen[None]):
    DEFAULT_CSS = """
    IncidentsScreen #incident-table { height: auto; max-height: 9; }
    IncidentsScreen #incident-detail { height: 1fr; padding: 0 1;
        border-top: hkey $primary 40%; }
    IncidentsScreen #incident-hint { height: auto; padding: 0 1; color: $text-muted; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", "tui.key.back"),
        Binding("a", "add", "tui.incident.key.add"),
        Binding("e", "edit", "tui.incident.key.edit"),
        Binding("d", "remove", "tui.incident.key.remove"),
    ]

    def __init__(self, store: Store, org_id: str, org_name: str) -> None:
        super().__init__()
        translate_bindings(self)
        self.store = store
        self.org_id = org_id
        self.org_name = org_name
        self.entries: list[Incident] = []

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(Text(t("tui.incident.title", org=visible(self.org_name))), classes="heading")
        yield Static(Text(t("tui.incident.hint")), id="incident-hint")
        yield DataTable(id="incident-table", cursor_type="row", zebra_stripes=True)
        with VerticalScroll(id="incident-detail"):
            yield Static("", id="incident-text")
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_column(t("incident.col.number"), key="nr")
        table.add_column(t("incident.col.kind"), key="kind")
        table.add_column(t("tui.incident.col.date"), key="date")
        for phase in PHASES:
            table.add_column(t(f"tui.incident.col.{phase}"), key=phase, width=11)
        # The description takes what is left (at least 12 columns); the panel below
        # shows it in full.
        table.add_column(t("incident.col.title"), key="title",
                         width=max(12, self.app.size.width - 69))
        self.load()
        table.focus()

    def load(self, select: int | None = None) -> None:
        from bio2.usecases.incidents import register

        self.entries = register(self.store, self.org_id)
        now = datetime.now(UTC)
        table = self.query_one(DataTable)
        table.clear()
        for entry in self.entries:
            verdicts = entry.verdicts(now)
            table.add_row(
                Text(str(entry.number)),
                Text(t(f"incident.kind.{entry.kind}")),
                Text(local(entry.aware).strftime("%Y-%m-%d")),
                *(Text(t(f"tui.incident.short.{verdicts[p]}"),
                       style="bold" if verdicts[p] in ("late", "overdue", "incomplete")
                       else "") for p in PHASES),
                Text(entry.title, no_wrap=True, overflow="ellipsis"),
                key=str(entry.number))
        if select is not None:
            numbers = [e.number for e in self.entries]
            if select in numbers:
                table.move_cursor(row=numbers.index(select))
        self.show_detail()

    def selected(self) -> Incident | None:
        table = self.query_one(DataTable)
        if not table.row_count or not self.entries:
            return None
        return self.entries[min(table.cursor_row, len(self.entries) - 1)]

    def show_detail(self) -> None:
        entry = self.selected()
        text = (detail_text(entry, datetime.now(UTC)) if entry is not None
                else Text(t("tui.incident.empty")))
        self.query_one("#incident-text", Static).update(text)

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        self.show_detail()

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.action_edit()

    def action_back(self) -> None:
        self.app.pop_screen()

    def action_add(self) -> None:
        self._form(None)

    def action_edit(self) -> None:
        entry = self.selected()
        if entry is not None:
            self._form(entry)

    def _form(self, entry: Incident | None) -> None:
        def done(number: int | None) -> None:
            if number:
                self.load(select=number)
                self.notify(t("tui.incident.saved", number=number), markup=False)

        self.app.push_screen(IncidentForm(self.store, self.org_id, entry), done)

    def action_remove(self) -> None:
        from bio2.tui.screens.confirm import ConfirmScreen

        entry = self.selected()
        if entry is None:
            return

        def confirmed(yes: bool | None) -> None:
            from bio2.domain.errors import Bio2Error
            from bio2.usecases.incidents import remove

            if not yes:
                return
            try:
                remove(self.store, self.org_id, entry.number, base=entry.revision)
            except Bio2Error:
                self.notify(t("tui.incident.conflict"), severity="error", markup=False)
                self.load()
                return
            self.load()
            self.notify(t("tui.incident.removed", number=entry.number), markup=False)

        self.app.push_screen(ConfirmScreen(
            t("tui.incident.remove_title"),
            t("tui.incident.remove_question", number=entry.number, title=entry.title),
            t("tui.incident.key.remove")), confirmed)


def _time_text(instant: datetime | None) -> str:
    return "" if instant is None else local(instant).isoformat(timespec="minutes")


class IncidentForm(ModalScreen[int | None]):
    """Add (``entry`` None) or edit one entry; returns its number when saved."""

    DEFAULT_CSS = """
    IncidentForm .phase { height: auto; }
    IncidentForm .phase Input { width: 24; }
    IncidentForm .phase Checkbox { margin-left: 1; }
    IncidentForm #f-lessons { height: 3; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "tui.key.cancel")]

    def __init__(self, store: Store, org_id: str, entry: Incident | None) -> None:
        super().__init__()
        translate_bindings(self)
        self.store = store
        self.org_id = org_id
        self.entry = entry

    def compose(self) -> ComposeResult:
        entry = self.entry
        title = (t("tui.incident.form.edit", number=entry.number) if entry
                 else t("tui.incident.form.new"))
        with Vertical(classes="dialog", id="incident-form"):
            yield Static(Text(title), classes="dialog-title")
            yield Static(Text(t("tui.incident.form.hint")), classes="help")
            with Grid(classes="form-grid", id="incident-grid"):
                yield Label(_label("kind"))
                yield Select([(t(f"incident.kind.{k}"), k) for k in KINDS], id="f-kind",
                             value=entry.kind if entry else "incident", allow_blank=False,
                             compact=True)
                yield Label(_label("title"))
                yield Input(entry.title if entry else "", id="f-title", compact=True)
                yield Label(_label("aware"))
                yield Input(_time_text(entry.aware if entry else None), id="f-aware",
                            compact=True, placeholder="2026-12-01T14:05+01:00")
                for phase in PHASES:
                    report = entry.reports.get(phase) if entry else None
                    yield Label(_label(f"report.{phase}"))
                    with Horizontal(classes="phase"):
                        yield Input(_time_text(report.at if report else None),
                                    id=f"f-{phase}", compact=True)
                        for who in RECIPIENTS:
                            yield Checkbox(t(f"tui.incident.to.{who}"),
                                           value=bool(report and who in report.to),
                                           id=f"f-{phase}-{who}", compact=True)
                yield Label(_label("lessons"))
                yield TextArea(entry.lessons if entry else "", id="f-lessons",
                               soft_wrap=True, show_line_numbers=False)
            yield Static("", id="f-error", classes="error")
            with Horizontal(classes="buttons"):
                yield Button(t("tui.button.save"), id="save", variant="primary", compact=True)
                yield Button(t("tui.button.cancel"), id="cancel", compact=True)

    def on_mount(self) -> None:
        # Inline: the app's stylesheet (.dialog, .form-grid) outranks DEFAULT_CSS.
        self.query_one("#incident-form").styles.width = 78
        self.query_one("#incident-grid").styles.grid_columns = "16 1fr"
        self.query_one("#f-title", Input).focus()
        self._initial = self._snapshot()

    def _snapshot(self) -> tuple[object, ...]:
        """Everything the form holds, to see whether the user typed anything."""
        return (*(i.value for i in self.query(Input)), *(c.value for c in self.query(Checkbox)),
                self.query_one("#f-kind", Select).value,
                self.query_one("#f-lessons", TextArea).text)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.save()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "save":
            self.save()
        else:
            self.action_cancel()

    def action_cancel(self) -> None:
        """Close; when something was typed, ask first (nothing typed is lost unseen)."""
        from bio2.tui.screens.confirm import ConfirmScreen

        if self._snapshot() == self._initial:
            self.dismiss(None)
            return

        def answered(discard: bool | None) -> None:
            if discard:
                self.dismiss(None)

        self.app.push_screen(ConfirmScreen(t("tui.incident.discard_title"),
                                           t("tui.incident.discard_question"),
                                           t("tui.incident.discard")), answered)

    def _value(self, widget_id: str) -> Any:
        return self.query_one(f"#{widget_id}", Input).value

    def build(self) -> Incident:
        """The entry the form describes, or a ``UserError`` naming the field."""
        from bio2.domain.errors import UserError
        from bio2.usecases.incidents import make_incident
        from bio2.usecases.meldplicht import read_time

        reports: dict[str, Report] = {}
        for phase in PHASES:
            text = self._value(f"f-{phase}").strip()
            to = frozenset(who for who in RECIPIENTS
                           if self.query_one(f"#f-{phase}-{who}", Checkbox).value)
            if not text and not to:
                continue
            field = _label(f"report.{phase}")
            at = read_time(text, field)
            if not to:
                raise UserError(t("incident.err.to_empty", field=field))
            reports[phase] = Report(at, to)
        kind = self.query_one("#f-kind", Select).value
        return make_incident(kind=str(kind), title=self._value("f-title"),
                             aware=read_time(self._value("f-aware"), _label("aware")),
                             reports=reports,
                             lessons=self.query_one("#f-lessons", TextArea).text,
                             label=_label, number=self.entry.number if self.entry else 0)

    def save(self) -> None:
        from bio2.domain.errors import UserError
        from bio2.usecases.incidents import ConflictError, add, save

        error = self.query_one("#f-error", Static)
        try:
            incident = self.build()
        except UserError as problem:
            error.update(Text(f"✘ {problem}"))
            return
        try:
            if self.entry is None:
                stored = add(self.store, self.org_id, incident)
            else:
                stored = save(self.store, self.org_id, incident, base=self.entry.revision)
        except (ConflictError, UserError):
            error.update(Text(f"✘ {t('tui.incident.conflict')}"))
            return
        self.dismiss(stored.number)
