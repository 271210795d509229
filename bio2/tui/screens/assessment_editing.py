"""Editing one assessment: showing an item, validating and saving its answer, drafts.

The base of :class:`bio2.tui.screens.assessment.AssessmentScreen` (which adds the keys and
actions): the layout, the item panels and the answer form, and everything between the
form and the store. Every change is validated and saved at once (see
:mod:`bio2.usecases.editing`); a locked database keeps the change pending and retries
every :data:`RETRY_S` second.

Other processes (a second TUI, ``bio2 import``) are noticed by polling ``PRAGMA
data_version`` every :data:`POLL_S` seconds and before every save: the tree, the counts and
the open item are refreshed; unsaved edits on an item that changed underneath open the
conflict screen (:mod:`bio2.tui.screens.conflict`, mixed in here), as does a save the
store refuses.

Input that fails validation is never dropped unseen: it stays in the form as a *draft*
(kept per item, marked ✎ in the tree) when the user moves on and comes back, until it is
fixed or discarded; leaving the assessment or quitting with drafts asks first.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Header, Input, Static, Tree

from bio2.i18n import t
from bio2.tui.screens.conflict import ConflictHandling
from bio2.tui.screens.lean import LeanScreen
from bio2.tui.widgets.answer_form import AnswerForm
from bio2.tui.widgets.audit_panel import AuditPanel
from bio2.tui.widgets.bars import percent
from bio2.tui.widgets.bindings import translate_bindings
from bio2.tui.widgets.footer import Footer
from bio2.tui.widgets.form_fields import compact
from bio2.tui.widgets.item_panel import ItemPanel
from bio2.tui.widgets.item_tree import ItemTree
from bio2.tui.widgets.text import screen_title, set_line
from bio2.usecases.editing import Session
from bio2.usecases.forms import answer_fields, build_answer, status_warnings
from bio2.usecases.search import ItemFilter

if TYPE_CHECKING:
    from collections.abc import Callable

    from bio2.tui.app import Bio2App

RETRY_S = 1.0
#: How often the screen looks for changes by other processes while idle.
POLL_S = 0.25


class AssessmentEditing(ConflictHandling, LeanScreen, Screen[None]):
    """The assessment screen without its keys: layout, showing, saving, drafts."""

    #: The tree has focus from the start. Textual's default focused the search field
    #: when the screen was composed and the tree took it over in ``on_mount``: one more
    #: restyle, footer keys and repaint on every open (issue 12).
    AUTO_FOCUS = "#tree"

    def __init__(self, assessment_id: int) -> None:
        super().__init__()
        translate_bindings(self)
        self.assessment_id = assessment_id
        self.session: Session | None = None
        self.current = ""
        self.filter = ItemFilter()
        self._retry: Timer | None = None
        self._search_timer: Timer | None = None
        self._errors: dict[str, str] = {}
        #: Form input that failed validation, per item: kept until fixed or discarded.
        self.drafts: dict[str, dict[str, str]] = {}
        #: True while the item panel shows the auditor's view instead of the form.
        self.audit_view = False

    @property
    def bio2(self) -> Bio2App:
        return self.app  # type: ignore[return-value]

    @property
    def s(self) -> Session:
        assert self.session is not None
        return self.session

    def compose(self) -> ComposeResult:
        self.session = Session(self.bio2.store, self.assessment_id, today=self.bio2.today,
                               actor=self.bio2.store.actor)
        yield Header()
        yield Static("", id="summary")
        with Horizontal(id="main"):
            with Vertical(id="nav"):
                yield compact(Input(id="search", placeholder=t("tui.search.placeholder")))
                yield Static("", id="filter-label")
                yield ItemTree(self.s, id="tree")
            # Not focusable itself: Tab goes from the tree straight to Status.
            with VerticalScroll(id="detail", can_focus=False):
                yield ItemPanel("head", id="item-head")
                yield AuditPanel(id="audit")
                yield AnswerForm(id="form")
                yield ItemPanel("body", id="item-body")
        yield Footer()

    async def on_mount(self) -> None:
        # Widgets looked up once: CSS queries on every key would cost more than the work.
        self._panels = list(self.query(ItemPanel))
        self._tree = self.query_one(ItemTree)
        self._form = self.query_one(AnswerForm)
        self._summary = self.query_one("#summary", Static)
        self._filter_label = self.query_one("#filter-label", Static)
        self._detail = self.query_one("#detail", VerticalScroll)
        self._audit = self.query_one(AuditPanel)
        self.title = screen_title(self.s)
        self.bio2.last_assessment = self.assessment_id
        tree = self._tree
        tree.drafts = self.drafts
        tree.build(self.s.visible(self.filter))
        first = next(iter(self.s.catalog.items))
        self.show_item(first)
        # The tree (190 items) and the detail pane (item and form) nearly always overflow:
        # they start with their scroll bars, so the first layout has the widths they end
        # with. Textual shows a scroll bar only once a layout found the overflow, then
        # lays the screen out again, twice (issue 12). Where the guess is wrong (a very
        # tall terminal) Textual hides the bar after the first layout as it would show it.
        self._detail.show_vertical_scrollbar = True
        tree.show_vertical_scrollbar = True
        self.set_focus(tree)  # at once (AUTO_FOCUS does it only while the app has focus)
        self.update_summary()
        self.set_interval(POLL_S, self.poll_external)
        await self.query_one(Footer).compose_now()  # laid out once, with the keys

    # -- showing ---------------------------------------------------------------------
    @property
    def item_tree(self) -> ItemTree:
        return self._tree

    @property
    def form(self) -> AnswerForm:
        return self._form

    def show_item(self, item_id: str, move_tree: bool = True) -> None:
        """Show an item in the panel and the form (saving the form of the previous one)."""
        if item_id == self.current:
            return
        self.flush_form(leaving_item=True)
        self.current = item_id
        self._errors = {}
        self.show_panels()
        if self._detail.scroll_y:
            self._detail.scroll_home(animate=False)
        draft = self.drafts.get(item_id)
        if draft is not None:  # the input typed earlier, with its messages again
            self.form.load(draft)
            self._validate_draft()
        else:
            self.form.load(answer_fields(self.s.answers.get(item_id)))
            self._show_rule()
        self._move_tree(item_id, move_tree)

    def _move_tree(self, item_id: str, move_tree: bool) -> None:
        if move_tree:
            tree = self.item_tree
            if tree.cursor_node is None or tree.cursor_node.data != item_id:
                tree.go_to(item_id)

    def show_panels(self) -> None:
        for panel in self._panels:
            panel.show(self.s, self.current)
        if self.audit_view:
            self._audit.show(self.s, self.current)

    def _show_rule(self) -> None:
        item = self.s.catalog.items[self.current]
        answer = self.s.answers.get(self.current)
        warnings = status_warnings(item, answer.status if answer else "open",
                                   self.s.control_applicable(item.control))
        self.form.show_messages({}, warnings)

    def _validate_draft(self) -> None:
        """Show the messages of the draft in the form again (nothing is saved)."""
        item = self.s.catalog.items[self.current]
        result = build_answer(item, self.form.values(), self.s.answers.get(self.current),
                              self.s.control_applicable(item.control))
        self._errors = dict(result.errors)
        self.form.show_messages(result.errors, result.warnings)

    def update_summary(self) -> None:
        card = self.s.scorecard()
        o = card.overall
        parts = [t("tui.summary", coverage=percent(o.coverage).strip(),
                   score=percent(o.score).strip(), gaps=o.gaps,
                   answered=o.answered, items=o.items)]
        filter_text = ""
        if self.filter != ItemFilter():
            label = self.filter.label() if self.filter.kind != "all" else ""
            if self.filter.query:
                label = (label + " " if label else "") + f"“{self.filter.query}”"
            filter_text = t("tui.summary.filter", filter=label,
                            count=len(self.item_tree.item_ids()))
            parts.append(filter_text)
        # The summary line is cut on a narrow terminal: the filter also shows above the tree.
        set_line(self._filter_label, filter_text)  # a search text is no markup
        self._filter_label.set_class(bool(filter_text), "-shown")
        if self.s.pending:
            parts.append(t("tui.summary.pending", count=len(self.s.pending)))
        set_line(self._summary, "  ·  ".join(parts))

    @on(Tree.NodeHighlighted)
    def _highlighted(self, event: Tree.NodeHighlighted[str]) -> None:
        key = event.node.data
        # Highlights queue up while keys repeat; only the one under the cursor counts.
        if event.node is not self.item_tree.cursor_node:
            return
        if key and key in self.s.catalog.items:
            self.show_item(key, move_tree=False)

    # -- saving ----------------------------------------------------------------------
    def flush_form(self, leaving_item: bool = False) -> None:
        """Save what the form holds when a typing pause was still running.

        ``leaving_item``: the form is about to show another item, so input that failed
        validation earlier is dropped now; say so instead of losing it silently."""
        if not (self.current and self.is_mounted):
            return
        if self.form.cancel_pending():
            self.commit(leaving=leaving_item)
        elif leaving_item and self._errors:
            self._keep_draft()

    def _keep_draft(self) -> None:
        """The form holds invalid input and shows another item next: keep it, say so."""
        self.drafts[self.current] = self.form.values()
        self.item_tree.refresh_item(self.current)
        fields = ", ".join(t(f"tui.field.{name}").lower() for name in self._errors)
        self.notify(t("tui.draft.kept", item=self.current, fields=fields),
                    severity="warning", timeout=6, markup=False)

    def discard_draft(self) -> bool:
        """Drop the invalid input of the current item; the form shows what is stored."""
        if self.drafts.pop(self.current, None) is None and not self._errors:
            return False
        self.form.load(answer_fields(self.s.answers.get(self.current)))
        self._errors = {}
        self._show_rule()
        self.item_tree.refresh_item(self.current)
        self.notify(t("tui.draft.discarded", item=self.current), markup=False)
        return True

    @on(AnswerForm.Edited)
    def _edited(self, event: AnswerForm.Edited) -> None:
        self.commit()

    def commit(self, from_key: bool = False, leaving: bool = False) -> bool:
        """Validate the form and save it; False (and messages) when it is invalid."""
        if self.s.external_change() and self.sync_external(editing=True):
            return False  # the open item changed underneath: the conflict screen decides
        item_id = self.current
        item = self.s.catalog.items[item_id]
        result = build_answer(item, self.form.values(), self.s.answers.get(item_id),
                              self.s.control_applicable(item.control))
        self.form.show_messages(result.errors, result.warnings)
        self._errors = dict(result.errors)
        if not result.ok:
            if leaving:
                self._keep_draft()
            elif from_key and "explanation" in result.errors:
                self.form.focus_field("explanation")
            return False
        if self.drafts.pop(item_id, None) is not None:
            self.item_tree.refresh_item(item_id)
        saved = self.s.set_answer(result.model, item_id)
        self.after_change(saved)
        self.item_tree.refresh_item(item_id)
        if item_id == self.current:
            self.show_panels()
        return True

    def after_change(self, saved: bool) -> None:
        if not saved and self._retry is None:
            reason = self.s.write_error or t("sync.fault.unknown")
            self.notify(t("sync.not_saved", reason=reason), severity="warning", timeout=6)
            self._retry = self.set_interval(RETRY_S, self._try_again)
        self.update_summary()
        self.show_conflicts()

    def _try_again(self) -> None:
        if self.s.flush():
            if self._retry is not None:
                self._retry.stop()
                self._retry = None
            if not self.s.conflicts:
                self.notify(t("tui.locked_saved"))
            self.update_summary()
            self.show_conflicts()

    def unsaved_items(self) -> list[str]:
        """Items whose form input could not be saved (invalid): drafts and the open one."""
        found = list(self.drafts)
        if self.current and self._errors and self.current not in found:
            found.append(self.current)
        return found

    def ask_to_leave(self, leave: Callable[[], object]) -> None:
        """Ask before invalid input is dropped; ``leave`` runs when the user agrees,
        otherwise the first item with such input is shown."""
        from bio2.tui.screens.confirm import ConfirmScreen

        items = self.unsaved_items()

        def answered(drop: bool | None) -> None:
            if drop:
                self.drafts.clear()
                self._errors = {}
                leave()
            else:
                self.show_item(items[0])
                self.form.focus_field(self._first_error_field())

        self.app.push_screen(ConfirmScreen(
            t("tui.draft.leave_title"), t("tui.draft.leave_question", items=", ".join(items)),
            t("tui.draft.leave_yes")), answered)

    def _first_error_field(self) -> str:
        return next(iter(self._errors), "status")

    def save_before_exit(self) -> None:
        """Save a form still inside its typing pause and what is pending (app quits)."""
        self.flush_form()
        if self.session is not None and self.session.pending:
            self.session.flush()

    def _save_form_quietly(self) -> None:
        """Save a valid form without touching widgets other than reading it (unmount)."""
        item = self.s.catalog.items[self.current]
        result = build_answer(item, self.form.values(), self.s.answers.get(self.current),
                              self.s.control_applicable(item.control))
        if result.ok:
            self.s.set_answer(result.model, self.current)

    def on_unmount(self) -> None:
        if self.current and self.session is not None and self.form.cancel_pending():
            self._save_form_quietly()
        if self.session is not None and self.session.pending:
            # Last chance before the screen goes: wait longer for the lock.
            self.session.flush_waiting(5000)
