"""The assessment screen: its keys and what they do.

Keyboard first: single keys set the status, ``]``/``[`` move, ``u`` goes to the next
unanswered item, ``g`` jumps to a number, ``/`` searches, ``f`` filters, ``z`` undoes (first
a draft the form could not save). While a form field or select has focus, typing never
reaches these single-key shortcuts (see :class:`AnswerForm`). ``A`` shows the auditor's
view of the item in place of the form, ``i`` the assessment's details.

Showing items, validating, saving, drafts and work by other processes live in the base
class, :class:`bio2.tui.screens.assessment_editing.AssessmentEditing`.
"""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.binding import Binding, BindingType
from textual.widgets import Input

from bio2.domain.base import STATUSES, Status
from bio2.i18n import t
from bio2.tui.palette_provider import AssessmentCommands
from bio2.tui.screens.assessment_editing import AssessmentEditing
from bio2.tui.widgets.text import screen_title
from bio2.usecases.forms import answer_fields
from bio2.usecases.search import ItemFilter, find_item

STATUS_KEYS: dict[str, Status] = {"j": "ja", "d": "deels", "n": "nee", "v": "nvt", "o": "open"}
_STATUS = Binding.Group("tui.key.status", compact=True)


def _status_bindings() -> list[BindingType]:
    bindings: list[BindingType] = []
    for number, (key, status) in enumerate(STATUS_KEYS.items(), start=1):
        bindings.append(Binding(key, f"status('{status}')", f"status.{status}",
                                group=_STATUS, show=key != "o"))
        bindings.append(Binding(str(number), f"status('{status}')", f"status.{status}",
                                show=False))
    return bindings


class AssessmentScreen(AssessmentEditing):
    """One assessment: tree, item, form, and the keys that act on them."""

    COMMANDS: ClassVar[set[type[AssessmentCommands]]] = {AssessmentCommands}  # type: ignore[assignment]
    BINDINGS: ClassVar[list[BindingType]] = [
        *_status_bindings(),
        # The footer fits 80 columns: statuses, the way into the form, search, filter,
        # back and quit; ``?`` lists every key (bio2.tui.screens.help).
        Binding("e", "edit", "tui.key.edit"),
        Binding("right_square_bracket", "next", "tui.key.next", key_display="]", show=False),
        Binding("left_square_bracket", "previous", "tui.key.previous", key_display="[",
                show=False),
        Binding("u", "next_unanswered", "tui.key.next_unanswered", show=False),
        Binding("g", "jump", "tui.key.jump", show=False),
        Binding("slash", "search", "tui.key.search", key_display="/", show=False),
        Binding("f", "filter", "tui.key.filter", show=False),
        Binding("a", "vvt", "tui.key.vvt", show=False),
        Binding("A", "audit", "tui.key.audit", show=False),
        Binding("i", "details", "tui.key.details", show=False),
        Binding("z,ctrl+z", "undo", "tui.key.undo", show=False),
        Binding("s", "dashboard", "tui.key.dashboard", show=False),
        Binding("c", "cbw", "tui.key.cbw", show=False),
        Binding("r", "risk_profile", "tui.key.risk_profile", show=False),
        Binding("h", "history", "tui.key.history", show=False),
        Binding("x", "export", "tui.key.export", show=False),
        Binding("p", "report", "tui.key.report", show=False),
        Binding("P", "publish", "tui.publish.title", show=False),
        Binding("w", "workbooks", "workbook.tui.key", show=False),
        Binding("b", "training", "training.tui.key", show=False),
        Binding("escape", "back", "tui.key.back"),
        Binding("q", "close", "tui.key.close", show=False),
        Binding("ctrl+q", "app.quit", "tui.key.quit", priority=True),
    ]

    # -- actions ---------------------------------------------------------------------
    def action_status(self, status: str) -> None:
        if status not in STATUSES or not self.current:
            return
        # Keys may arrive before the tree's highlight message: act on what the cursor shows.
        node = self.item_tree.cursor_node
        if (self.focused is self.item_tree and node is not None and node.data
                and node.data in self.s.catalog.items):
            self.show_item(node.data, move_tree=False)
        self.form.set_value("status", status)
        self.commit(from_key=True)

    def _order(self) -> list[str]:
        return self.item_tree.item_ids() or list(self.s.catalog.items)

    def _step(self, delta: int) -> None:
        order = self._order()
        index = order.index(self.current) if self.current in order else -1
        self.show_item(order[(index + delta) % len(order)])

    def action_next(self) -> None:
        self._step(1)

    def action_previous(self) -> None:
        self._step(-1)

    def action_next_unanswered(self) -> None:
        order = self._order()
        start = order.index(self.current) if self.current in order else -1
        card = self.s.scorecard()
        for offset in range(1, len(order) + 1):
            key = order[(start + offset) % len(order)]
            score = card.items[key]
            if score.status == "open" and not score.excluded_by_vvt:
                self.show_item(key)
                return
        self.notify(t("tui.all_answered"))

    def action_jump(self) -> None:
        from bio2.tui.screens.prompt import PromptScreen

        def jump(text: str | None) -> None:
            if text:
                self.go_to_item(text)

        self.app.push_screen(PromptScreen(t("tui.jump.title"), t("tui.jump.placeholder")), jump)

    def go_to_item(self, text: str) -> bool:
        found = find_item(self.s.catalog, text)
        if found is None:
            self.notify(t("tui.jump.unknown", item=text), severity="error", markup=False)
            return False
        if found not in self.item_tree.nodes_by_key:
            self.set_filter(ItemFilter())
        self.show_item(found)
        self.item_tree.focus()
        return True

    def action_search(self) -> None:
        self.query_one("#search", Input).focus()

    @on(Input.Changed, "#search")
    def _search_changed(self, event: Input.Changed) -> None:
        event.stop()
        if self._search_timer is not None:
            self._search_timer.stop()
        self._search_timer = self.set_timer(0.15, self.apply_search)

    @on(Input.Submitted, "#search")
    def _search_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.apply_search()
        self.item_tree.focus()

    def apply_search(self) -> None:
        self._search_timer = None
        query = self.query_one("#search", Input).value.strip()
        if query != self.filter.query:
            self.set_filter(ItemFilter(self.filter.kind, self.filter.value, query))

    def action_filter(self) -> None:
        from bio2.tui.screens.filter import FilterScreen

        def chosen(choice: ItemFilter | None) -> None:
            if choice is not None:
                self.set_filter(ItemFilter(choice.kind, choice.value, self.filter.query))
                self.item_tree.focus()

        self.app.push_screen(FilterScreen(self.s), chosen)

    def set_filter(self, flt: ItemFilter) -> None:
        self.filter = flt
        if self.query_one("#search", Input).value.strip() != flt.query:
            with self.prevent(Input.Changed):
                self.query_one("#search", Input).value = flt.query
        visible = self.s.visible(flt)
        self.item_tree.build(visible)
        if not visible:
            self.notify(t("tui.filter.nothing"), severity="warning")
        elif self.current not in visible:
            self.show_item(visible[0])
        else:
            self.item_tree.go_to(self.current)
        self.update_summary()

    def action_vvt(self) -> None:
        from bio2.tui.screens.vvt import VvtScreen

        item = self.s.catalog.items[self.current]
        if item.control is None:
            self.notify(t("tui.vvt.not_for_clause"), severity="warning")
            return
        control = item.control

        def decided(entry: object) -> None:
            from bio2.domain.answers import Applicability

            if isinstance(entry, Applicability):
                saved = self.s.set_applicability(entry)
                self.after_change(saved)
                self.item_tree.refresh_control(control)
                self.show_panels()
                self._show_rule()

        self.app.push_screen(VvtScreen(control, self.s.applicability.get(control)), decided)

    def action_undo(self) -> None:
        if self.discard_draft():  # first the input the form could not save
            return
        self.flush_form()
        change = self.s.undo()
        if change is None:
            self.notify(t("tui.undo.nothing"))
            return
        if change.kind == "answer":
            self.item_tree.refresh_item(change.key)
        elif change.kind == "vvt":
            self.item_tree.refresh_control(change.key)
        else:
            self.item_tree.refresh_all()
        self.after_change(not self.s.pending)
        if change.kind == "answer" and change.key != self.current:
            self.show_item(change.key)
        else:
            self.form.load(answer_fields(self.s.answers.get(self.current)))
            self._errors = {}
            self.show_panels()
            self._show_rule()
        self.notify(t(f"tui.undo.{change.kind}", key=change.key), markup=False)

    def action_dashboard(self) -> None:
        from bio2.tui.screens.dashboard import DashboardScreen

        def opened(item_id: str | None) -> None:
            if item_id:
                self.go_to_item(item_id)

        self.flush_form()
        self.app.push_screen(DashboardScreen(self.s), opened)

    def action_cbw(self) -> None:
        from bio2.tui.screens.cbw import CbwScreen

        def opened(item_id: str | None) -> None:
            if item_id:
                self.go_to_item(item_id)

        self.flush_form()
        self.app.push_screen(CbwScreen(self.s), opened)

    def action_risk_profile(self) -> None:
        from bio2.tui.screens.risk_profile import RiskProfileScreen

        def done(_: None) -> None:
            self.item_tree.refresh_all()
            self.show_panels()
            self.after_change(not self.s.pending)

        self.app.push_screen(RiskProfileScreen(self.s), done)

    def action_history(self) -> None:
        from bio2.tui.screens.history import HistoryScreen

        self.flush_form()
        self.app.push_screen(HistoryScreen(self.s, self.current))

    def action_export(self) -> None:
        self._job("export")

    def action_report(self) -> None:
        """First the format (PDF or HTML), then the report in a worker."""
        from bio2.tui.screens.report_format import ReportFormatScreen

        def chosen(kind: str | None) -> None:
            if kind is not None:
                self._job("report" if kind == "pdf" else "report_html")

        self.flush_form()
        self.app.push_screen(ReportFormatScreen(), chosen)

    def action_workbooks(self) -> None:
        """Workbooks for control owners (issue 14): write them, or import a returned one."""
        from pathlib import Path

        from bio2.tui.screens.delegate import DelegateScreen

        def closed(imported: bool | None) -> None:
            if imported:
                self.sync_external(editing=False)

        self.flush_form()
        folder = self.bio2.output_dir or Path(".")
        self.app.push_screen(DelegateScreen(self.s, folder), closed)

    def action_publish(self) -> None:
        """The publish preview (issue 15): scope and VvT as they will be published."""
        from bio2.system.fileio import default_output, safe_file_name
        from bio2.tui.screens.publish import PublishScreen

        self.flush_form()
        data = self.s.current_data()
        name = safe_file_name(f"{data.organisation.id}-{data.assessment.period}-vvt.html")
        folder = self.bio2.output_dir
        target = (folder / name if folder is not None else default_output(name)).resolve()
        self.app.push_screen(PublishScreen(data, target))

    def _job(self, kind: str) -> None:
        from bio2.tui.screens.job import JobScreen

        self.flush_form()
        self.app.push_screen(JobScreen(kind, self.s.current_data(), self.s.scorecard().today,
                                       self.bio2.output_dir))

    def action_edit(self) -> None:
        if self.audit_view:
            self.action_audit()
        self.form.focus_field("status")

    def action_audit(self) -> None:
        """Toggle the item panel between the self-assessment (form) and the audit view."""
        self.audit_view = not self.audit_view
        self._form.display = not self.audit_view
        self._audit.display = self.audit_view
        if self.audit_view:
            if self.focused is not None and self.focused is not self.item_tree:
                self.flush_form()
                self.item_tree.focus()
            self._audit.show(self.s, self.current)

    def action_training(self) -> None:
        """The board training register of this organisation (Cbw art. 24; ``b``)."""
        from bio2.tui.screens.training import TrainingScreen

        self.flush_form()
        org = self.s.data.organisation
        self.app.push_screen(TrainingScreen(self.s.store, org.id, org.name))

    def action_details(self) -> None:
        from bio2.tui.screens.details import DetailsScreen

        def saved(changed: bool | None) -> None:
            if changed:
                self.title = screen_title(self.s)

        self.flush_form()
        self.app.push_screen(DetailsScreen(self.s), saved)

    def action_back(self) -> None:
        if self.focused is not self.item_tree:
            self.flush_form()
            self.item_tree.focus()
            return
        self.action_close()

    def action_close(self) -> None:
        self.flush_form()
        if self.unsaved_items():
            self.ask_to_leave(self._close)
            return
        self._close()

    def _close(self) -> None:
        if not self.s.flush():
            reason = self.s.write_error or t("sync.fault.unknown")
            self.notify(t("sync.still_pending", reason=reason), severity="error")
            return
        if self.s.conflicts:
            self.show_conflicts()
            return
        self.bio2.last_assessment = self.assessment_id
        self.app.pop_screen()
