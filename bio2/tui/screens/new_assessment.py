"""Start a new assessment for a period: empty, or carried over from an earlier one."""

from __future__ import annotations

from datetime import date
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Grid, Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Select, Static

from bio2.catalog.files import available
from bio2.catalog.loading import DEFAULT_CATALOG
from bio2.i18n import t
from bio2.tui.widgets.bindings import translate_bindings
from bio2.tui.widgets.text import visible


class NewAssessmentScreen(ModalScreen[int | None]):
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "tui.key.cancel")]

    def __init__(self, org_id: str) -> None:
        super().__init__()
        translate_bindings(self)
        self.org_id = org_id

    def compose(self) -> ComposeResult:
        store = self.app.store  # type: ignore[attr-defined]
        previous = store.assessments(self.org_id)
        org = store.organisation_record(self.org_id)
        periods = {a.period for a in previous}
        year = (self.app.today or date.today()).year  # type: ignore[attr-defined]
        period = str(year)
        while period in periods:
            year += 1
            period = str(year)
        # User text (organisation name, periods) goes in as Text: never markup.
        carry: list[tuple[str | Text, int]] = [(t("tui.new.empty"), 0)] + [
            (Text(t("tui.new.carry_from", period=visible(a.period), catalog=a.catalog)), a.id)
            for a in reversed(previous)]
        from bio2.usecases.carryover import default_source
        from bio2.usecases.organisations import last_worker

        # Offered by default: the source the carry-over rule picks (bio2.usecases.carryover).
        source = default_source(store, self.org_id, period, DEFAULT_CATALOG) or 0

        # The assessor defaults to the last person who worked on the organisation, never
        # to the OS account (issue 10 §2).
        assessor = last_worker(store, self.org_id)
        with Vertical(classes="dialog"):
            name = org.name if org else self.org_id
            yield Static(Text(t("tui.new.title", org=visible(name))), classes="dialog-title")
            with Grid(classes="form-grid"):
                yield Label(t("tui.new.period"))
                yield Input(period, id="period", compact=True)
                yield Label(t("tui.new.assessor"))
                yield Input(assessor, id="assessor", compact=True)
                yield Label(t("tui.details.date"))
                yield Input("", id="date", compact=True,
                            placeholder=t("tui.details.placeholder.date"))
                yield Label(t("tui.new.catalog"))
                yield Select([(c, c) for c in available()], id="catalog",
                             value=DEFAULT_CATALOG, allow_blank=False, compact=True)
                yield Label(t("tui.new.start_from"))
                yield Select(carry, id="carry", value=source,
                             allow_blank=False, compact=True)
            yield Static("", id="new-error", classes="error")
            with Horizontal(classes="buttons"):
                yield Button(t("tui.button.start"), id="start", variant="primary", compact=True)
                yield Button(t("tui.button.cancel"), id="cancel", compact=True)

    def on_mount(self) -> None:
        self.query_one("#period", Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.start()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "start":
            self.start()
        else:
            self.dismiss(None)

    def action_cancel(self) -> None:
        self.dismiss(None)

    def start(self) -> None:
        from bio2.usecases.organisations import start_assessment

        store = self.app.store  # type: ignore[attr-defined]
        period = self.query_one("#period", Input).value.strip()
        from bio2.usecases.details import check_details

        # Assessor and date are checked by the rule of the details screen (one place):
        # the date may be typed the Dutch way and is stored in ISO form.
        details = check_details(self.query_one("#assessor", Input).value,
                                self.query_one("#date", Input).value, "")
        assessor = details.assessor
        catalog = str(self.query_one("#catalog", Select).value)
        carry = self.query_one("#carry", Select).value
        error = self.query_one("#new-error", Static)
        if not period or len(period) > 32:
            error.update(Text("✘ " + t("tui.new.bad_period")))
            return
        if not assessor:
            error.update(Text("✘ " + t("tui.new.bad_assessor")))
            return
        if details.errors:
            name, message = next(iter(details.errors.items()))
            label = t(f"tui.details.{name}")
            error.update(Text(f"✘ {label}: {message}"))
            return
        if store.find_assessment(self.org_id, period, catalog) is not None:
            error.update(Text("✘ " + t("tui.new.exists", period=period)))
            return
        source = carry if isinstance(carry, int) and carry else None
        new_id = start_assessment(store, self.org_id, period, assessor, catalog,
                                  carry_over_from=source,
                                  assessment_date=details.date or None)
        self.dismiss(new_id)
