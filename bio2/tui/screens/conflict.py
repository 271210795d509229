"""The conflict screen: someone else changed a value the user was editing.

Both versions side by side, field by field (only the fields that differ; equal fields
need no decision). The user keeps theirs (``m``), takes the other (``t``), or combines:
space/enter flips the highlighted field between the two versions, ``c`` applies the
combination. There is no "cancel": leaving without a decision would either lose the
user's edit or overwrite the other's, which is what this screen exists to prevent.
All user text is shown as plain ``Text`` (never markup).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar, cast

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, DataTable, Static

from bio2.domain.records import RISK_PROFILE
from bio2.i18n import t
from bio2.tui.widgets.bindings import translate_bindings
from bio2.usecases.forms import answer_fields
from bio2.usecases.search import ItemFilter
from bio2.usecases.sync import Choice, Conflict

if TYPE_CHECKING:
    from bio2.tui.screens.assessment import AssessmentScreen


@dataclass(frozen=True)
class Resolution:
    """What the user decided: the choice and the resulting field strings."""

    choice: Choice
    fields: dict[str, str]


class ConflictScreen(ModalScreen[Resolution]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("m", "decide('mine')", "sync.key.mine"),
        Binding("t", "decide('theirs')", "sync.key.theirs"),
        Binding("space", "flip", "sync.key.flip"),
        Binding("c", "decide('combined')", "sync.key.combine"),
    ]

    def __init__(self, heading: str, who: str, labels: Mapping[str, str],
                 mine: Mapping[str, str], theirs: Mapping[str, str]) -> None:
        super().__init__()
        translate_bindings(self)
        self.heading, self.who = heading, who
        self.labels = dict(labels)
        self.mine, self.theirs = dict(mine), dict(theirs)
        #: The fields that differ, in form order; per field the side a combination takes.
        self.differ = [n for n in dict.fromkeys([*mine, *theirs])
                       if mine.get(n, "") != theirs.get(n, "")]
        self.take: dict[str, Choice] = {name: "mine" for name in self.differ}
        #: Widths the table was last filled for (field, each version, "keeps").
        self._widths: tuple[int, int, int] | None = None

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog tall", id="conflict"):
            yield Static(_line(self.heading), classes="dialog-title")
            yield Static(_line(self.who), id="conflict-who")
            yield DataTable(id="conflict-fields", cursor_type="row", zebra_stripes=True)
            with VerticalScroll(id="conflict-detail"), Horizontal(id="conflict-values"):
                yield Static(id="conflict-mine")
                yield Static(id="conflict-theirs")
            yield Static(t("sync.conflict.help"), id="conflict-help")
            with Horizontal(classes="buttons"):
                yield Button(t("sync.button.mine"), id="mine", variant="primary", compact=True)
                yield Button(t("sync.button.theirs"), id="theirs", compact=True)
                yield Button(t("sync.button.combine"), id="combined", compact=True)

    def on_mount(self) -> None:
        self.query_one(DataTable).focus()
        self._fill()

    def on_resize(self) -> None:
        self.call_after_refresh(self._fill)

    def _fill(self) -> None:
        """The table at the width there is: the field and "keeps" columns whole, the two
        versions sharing the rest (cut with "…"; the highlighted field is shown in full
        below the table), so both versions are side by side at 80 columns too."""
        table = self.query_one(DataTable)
        row = table.cursor_row if table.row_count else 0
        field = max([len(t("sync.col.field")),
                     *(len(self.labels.get(n, n)) for n in self.differ)])
        take = max(len(t(f"sync.{k}")) for k in ("col.take", "take.mine", "take.theirs"))
        # Four columns with a cell padding of 1 on each side, and the scrollbar.
        room = (table.content_size.width or 60) - field - take - 4 * 2 - 1
        width = max(8, room // 2)
        if self._widths == (field, width, take):
            return
        self._widths = (field, width, take)
        table.clear(columns=True)
        table.add_column(t("sync.col.field"), key="field", width=field)
        table.add_column(t("sync.col.mine"), key="mine", width=width)
        table.add_column(t("sync.col.theirs"), key="theirs", width=width)
        table.add_column(t("sync.col.take"), key="take", width=take)
        for name in self.differ:
            table.add_row(_line(self.labels.get(name, name)),
                          _cell(self.mine.get(name, ""), width),
                          _cell(self.theirs.get(name, ""), width), self._take_text(name),
                          key=name)
        if self.differ:
            table.move_cursor(row=min(row, len(self.differ) - 1))
            self._show_values(self.differ[table.cursor_row])

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        key = event.row_key.value
        if key in self.mine or key in self.theirs:
            self._show_values(str(key))

    def _show_values(self, name: str) -> None:
        """Both versions of one field in full, side by side, wrapped, line breaks kept;
        plain text."""
        for side, values in (("mine", self.mine), ("theirs", self.theirs)):
            text = Text(f"{t(f'sync.col.{side}')}\n", style="bold")
            value = values.get(name, "")
            text.append(_printable(value) if value else "–", style="" if value else "dim")
            self.query_one(f"#conflict-{side}", Static).update(text)

    def _take_text(self, name: str) -> Text:
        return Text(t(f"sync.take.{self.take[name]}"))

    def action_flip(self) -> None:
        table = self.query_one(DataTable)
        if not self.differ:
            return
        name = self.differ[table.cursor_row]
        self.take[name] = "theirs" if self.take[name] == "mine" else "mine"
        table.update_cell(name, "take", self._take_text(name))

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        self.action_flip()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        choice = event.button.id
        if choice in ("mine", "theirs", "combined"):
            self.action_decide(choice)

    def action_decide(self, choice: str) -> None:
        if choice == "mine":
            fields = dict(self.mine)
        elif choice == "theirs":
            fields = dict(self.theirs)
        else:
            fields = {**self.theirs, **{n: (self.mine if self.take[n] == "mine"
                                           else self.theirs).get(n, "") for n in self.differ}}
        self.dismiss(Resolution(choice, fields))  # type: ignore[arg-type]


def _printable(value: str) -> str:
    """User text with control characters shown as ``\\x..`` (no terminal escapes), line
    breaks kept."""
    lines = value.replace("\r\n", "\n").split("\n")
    return "\n".join("".join(c if c.isprintable() else f"\\x{ord(c):02x}" for c in line)
                     for line in lines)


def _line(value: str) -> Text:
    """One line of plain text (heading, who changed it): cut with "…" where the dialog
    ends instead of pushing the table down."""
    flat = _printable(value).replace("\n", " ⏎ ")
    return Text(flat, no_wrap=True, overflow="ellipsis")


def _cell(value: str, width: int = 60) -> Text:
    """A field value in one table cell: plain text, line breaks shown as ⏎, cut to
    ``width`` with "…"."""
    flat = _printable(value).replace("\n", " ⏎ ")
    if not flat:
        return Text("–", style="dim")
    return Text(flat if len(flat) <= width else flat[:width - 1] + "…")


class ConflictHandling:
    """The assessment screen's part in concurrent work (mixed into ``AssessmentScreen``):
    polling for other processes, refreshing, and opening :class:`ConflictScreen`."""

    def poll_external(self) -> None:
        """Timer: refresh when another process committed (not while a dialog is open)."""
        screen = cast("AssessmentScreen", self)
        if screen.app.screen is not screen or not screen.is_mounted:
            return
        if screen.s.external_change():
            typing = screen.form.cancel_pending()
            if not screen.sync_external(editing=typing) and typing:
                screen.commit()  # own typing on an item nobody else changed: save it now

    def sync_external(self, editing: bool) -> bool:
        """Reload after another process wrote and refresh tree, counts and the open item.

        ``editing``: the form holds unsaved input. When the open item changed underneath
        and that input differs from the stored value, the conflict screen opens (True)."""
        screen = cast("AssessmentScreen", self)
        from bio2.usecases.sync import fields_of

        try:
            changed = screen.s.reload()
        except Exception as exc:  # the assessment may be gone or the file unreadable
            screen.notify(t("sync.not_saved", reason=str(exc).splitlines()[0]),
                          severity="error")
            return False
        conflict = False
        if screen.current in changed:
            mine = screen.form.values()
            stored = answer_fields(screen.s.answers.get(screen.current))
            if (editing or screen._errors) and mine != stored:
                item = screen.current
                screen.open_conflict(screen.s.conflict_with_stored("answer", item, None), mine)
                conflict = True
            else:
                screen.form.load(fields_of("answer", screen.s.answers.get(screen.current)))
                screen._errors = {}
                screen._show_rule()
        # A filter ("open", "wijkt af van audit", a search) may match other items now,
        # also after a change in the audit view only (not in ``changed``).
        tree = screen.item_tree
        visible = screen.s.visible(screen.filter) if screen.filter != ItemFilter() else None
        rebuilt = visible is not None and visible != tree.item_ids()
        if rebuilt:
            tree.rebuild(visible or [], keep=screen.current)  # every label is new
            screen.update_summary()
        if changed:
            screen.title = screen.s.title
            if not rebuilt and (RISK_PROFILE in changed or len(changed) > 20):
                tree.refresh_all()
            elif not rebuilt:
                for key in changed:
                    if key.startswith("vvt:"):
                        tree.refresh_control(key[4:])
                    elif key in screen.s.catalog.items:
                        tree.refresh_item(key)
            screen.update_summary()
            screen.notify(t("sync.reloaded", count=len(changed)), timeout=3)
        screen.show_panels()  # also an audit import (another view) shows at once
        return conflict

    def show_conflicts(self) -> None:
        """Open the conflict screen for the first change the store refused."""
        screen = cast("AssessmentScreen", self)
        from bio2.usecases.sync import fields_of

        if screen.s.conflicts and screen.app.screen is screen:
            conflict = screen.s.conflicts[0]
            screen.open_conflict(conflict, fields_of(conflict.kind, conflict.mine))

    def open_conflict(self, conflict: Conflict, mine: dict[str, str]) -> None:
        screen = cast("AssessmentScreen", self)
        from bio2.usecases.sync import build_value, field_label, fields_of

        rows = screen.s.store.history(screen.s.id, conflict.hkey)
        who = (t("sync.conflict.who", actor=rows[-1]["actor"],
                 at=rows[-1]["at"][:19].replace("T", " "))
               if rows else t("sync.conflict.who_unknown"))
        theirs = fields_of(conflict.kind, conflict.theirs)
        labels = {name: field_label(conflict.kind, name) for name in {*mine, *theirs}}

        def decided(result: Resolution | None) -> None:
            if result is None:
                return
            item = screen.s.catalog.items.get(conflict.key)
            value, errors = build_value(
                conflict.kind, conflict.key, result.fields, screen.s.catalog, conflict.theirs,
                screen.s.control_applicable(item.control if item else None))
            if errors:  # an invalid combination goes into the form, marked, unsaved
                screen.s.conflicts.remove(conflict)
                if conflict.kind == "answer":
                    if conflict.key != screen.current:
                        screen.show_item(conflict.key)
                    screen.form.load(result.fields)
                    screen.form.show_messages(errors, {})
                    screen._errors = dict(errors)
                screen.notify(t("sync.combination_invalid", key=conflict.key),
                            severity="warning", timeout=8)
                screen.show_conflicts()
                return
            saved = screen.s.resolve(conflict, value, result.choice)
            if conflict.kind == "answer":
                screen.item_tree.refresh_item(conflict.key)
                if conflict.key == screen.current:
                    screen.form.load(answer_fields(screen.s.answers.get(screen.current)))
                    screen._errors = {}
                    screen._show_rule()
            else:
                screen.item_tree.refresh_all()
            screen.show_panels()
            if saved:
                screen.notify(t("sync.resolved", key=conflict.key))
            screen.after_change(saved)

        screen.app.push_screen(ConflictScreen(t("sync.conflict.title", key=conflict.key), who,
                                            labels, mine, theirs), decided)
