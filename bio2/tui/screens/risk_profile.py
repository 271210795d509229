"""Edit the BIV risk profile; weights and scores update at once."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Grid, Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, Select, Static

from bio2.domain.answers import RiskProfile
from bio2.domain.base import LEVELS, PROPERTIES
from bio2.i18n import t
from bio2.tui.widgets.bars import percent
from bio2.tui.widgets.bindings import translate_bindings
from bio2.usecases.editing import Session


class RiskProfileScreen(ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "close", "tui.key.close")]

    def __init__(self, session: Session) -> None:
        super().__init__()
        translate_bindings(self)
        self.session = session

    def compose(self) -> ComposeResult:
        profile = self.session.risk_profile
        with Vertical(classes="dialog"):
            yield Static(t("tui.risk.title"), classes="dialog-title")
            yield Static(t("tui.risk.help"), classes="help")
            with Grid(classes="form-grid"):
                for prop in PROPERTIES:
                    yield Label(t(f"property.{prop}"))
                    yield Select([(t(f"level.{lv}"), lv) for lv in LEVELS], id=prop,
                                 value=getattr(profile, prop), allow_blank=False, compact=True)
            yield Static("", id="risk-score")

    def on_mount(self) -> None:
        self._show()
        self.query_one(Select).focus()

    def _show(self) -> None:
        o = self.session.scorecard().overall
        self.query_one("#risk-score", Static).update(
            t("tui.risk.score", score=percent(o.score).strip(),
              pending=t("tui.summary.pending", count=len(self.session.pending))
              if self.session.pending else ""))

    def on_select_changed(self, event: Select.Changed) -> None:
        values = {p: self.query_one(f"#{p}", Select).value for p in PROPERTIES}
        self.session.set_risk_profile(RiskProfile.model_validate(values))
        self._show()

    def action_close(self) -> None:
        self.dismiss(None)
