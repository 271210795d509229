"""The board training register of one organisation (Cbw art. 24; issue 13 §4): ``b`` on
the start screen or in an assessment, or the command palette.

A table of the board members with role, latest training, number of trainings and
whether they are overdue, said in words ("ACHTER"), not by colour alone; below it the
trainings of the selected member. ``a`` adds a member, ``o`` a training of the selected
member, ``e``/Enter edits the row of the focused table, ``d`` removes it (after a
question), ``t`` sets the period N. The line above the table states the rule with N and
the cut-off day.

The forms check with :mod:`bio2.usecases.training_form` (the model and the register's
rules): a wrong field says why below it and nothing is written. Each save is compare and
set on the revision this screen read; when another process changed the register
meanwhile, the screen reads it again and the form stays open with what was typed. User
text is shown as ``rich.text.Text``, never as markup.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import DataTable, Header, Static

from bio2.domain.training import (
    BoardMember,
    Training,
    TrainingRegister,
    cutoff,
    member_status,
    name_key,
)
from bio2.i18n import t
from bio2.tui.screens.training_dialogs import MemberDialog, TrainingDialog
from bio2.tui.widgets.bindings import translate_bindings
from bio2.tui.widgets.footer import Footer
from bio2.tui.widgets.text import cut, plain

if TYPE_CHECKING:
    from bio2.usecases.opening import Database as Store

def _when(training: Training) -> str:
    if training.date is not None:
        return training.date.isoformat()
    start = training.start.isoformat() if training.start else "?"
    end = training.end.isoformat() if training.end else "?"
    return f"{start} – {end}"


class TrainingScreen(Screen[None]):
    DEFAULT_CSS = """
    TrainingScreen #training-members { height: auto; max-height: 9; }
    TrainingScreen #training-list { height: 1fr; }
    TrainingScreen .training-line { height: auto; padding: 0 1; }
    TrainingScreen #training-hint { color: $text-muted; }
    TrainingScreen #training-of { border-top: hkey $primary 40%; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", "tui.key.back"),
        Binding("a", "add", "training.tui.key.add"),
        Binding("o", "add_training", "training.tui.key.add_training"),
        Binding("e", "edit", "training.tui.key.edit"),
        Binding("d", "remove", "training.tui.key.remove"),
        Binding("t", "period", "training.tui.key.period"),
    ]

    def __init__(self, store: Store, org_id: str, org_name: str,
                 today: date | None = None) -> None:
        super().__init__()
        translate_bindings(self)
        self.store, self.org_id, self.org_name = store, org_id, org_name
        self.today = today or date.today()
        self.register: TrainingRegister | None = None
        self.revision = 0
        self.shown: list[Training] = []

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(Text(t("training.tui.title", org=cut(self.org_name, 60)), no_wrap=True,
                          overflow="ellipsis"), classes="heading")
        yield Static(Text(t("training.tui.hint")), id="training-hint", classes="training-line")
        yield Static("", id="training-period", classes="training-line")
        yield DataTable(id="training-members", cursor_type="row", zebra_stripes=True)
        yield Static("", id="training-of", classes="training-line")
        yield DataTable(id="training-list", cursor_type="row", zebra_stripes=True)
        yield Footer()

    def on_mount(self) -> None:
        members = self.query_one("#training-members", DataTable)
        for key in ("overdue", "name", "role", "last", "count"):
            members.add_column(t(f"training.col.{key}"), key=key)
        trainings = self.query_one("#training-list", DataTable)
        for key in ("date", "topics", "provider", "certificate"):
            trainings.add_column(t(f"training.col.{key}"), key=key)
        self.load()
        members.focus()

    # -- reading ----------------------------------------------------------------------
    def load(self, select: str | None = None) -> None:
        """Read the register again (and its revision); keep the cursor on ``select``
        (a member's name) or on the same row."""
        from bio2.usecases.training import training_of

        table = self.query_one("#training-members", DataTable)
        current = self.selected_member()
        keep = select or (current.name if current is not None else None)
        self.register, self.revision = training_of(self.store, self.org_id)
        table.clear()
        statuses = member_status(self.register, self.today) if self.register else []
        for status in statuses:
            table.add_row(
                Text(t("training.tui.overdue_word") if status.overdue
                     else t("training.overdue.no"), style="bold" if status.overdue else ""),
                plain(status.name, 24), plain(status.role, 18),
                Text(status.last.isoformat() if status.last else t("training.tui.last_none")),
                Text(str(status.trainings)))
        if keep is not None:
            keys = [name_key(s.name) for s in statuses]
            if name_key(keep) in keys:
                table.move_cursor(row=keys.index(name_key(keep)))
        register = self.register
        if register is None or not register.members:
            line = t("training.tui.none")
        else:
            line = t("training.tui.period_line", months=register.period_months,
                     cutoff=cutoff(register, self.today).isoformat(),
                     overdue=sum(s.overdue for s in statuses), members=len(statuses))
        self.query_one("#training-period", Static).update(Text(line))
        self.show_trainings()

    def selected_member(self) -> BoardMember | None:
        table = self.query_one("#training-members", DataTable)
        if self.register is None or not self.register.members or not table.row_count:
            return None
        return self.register.members[min(table.cursor_row, len(self.register.members) - 1)]

    def selected_training(self) -> Training | None:
        table = self.query_one("#training-list", DataTable)
        if not self.shown or not table.row_count:
            return None
        return self.shown[min(table.cursor_row, len(self.shown) - 1)]

    def show_trainings(self) -> None:
        member = self.selected_member()
        table = self.query_one("#training-list", DataTable)
        table.clear()
        heading = self.query_one("#training-of", Static)
        if member is None or self.register is None:
            self.shown = []
            heading.update("")
            return
        key = name_key(member.name)
        self.shown = sorted((tr for tr in self.register.trainings
                             if name_key(tr.member) == key),
                            key=lambda tr: tr.last_day or date.min, reverse=True)
        name = cut(member.name, 50)
        heading.update(Text(t("training.tui.trainings_of", name=name) if self.shown
                            else t("training.tui.no_trainings", name=name)))
        for training in self.shown:
            table.add_row(Text(_when(training)), plain("; ".join(training.topics), 40),
                          plain(training.provider, 24), plain(training.certificate, 20))

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        if event.data_table.id == "training-members":
            self.show_trainings()

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.action_edit()

    # -- writing ----------------------------------------------------------------------
    def save(self, register: TrainingRegister | None, select: str | None = None) -> str | None:
        """Save ``register`` on the revision read; the reason when refused."""
        from bio2.domain.errors import UserError
        from bio2.usecases.training import save_training
        from bio2.usecases.training_form import ConflictError

        try:
            save_training(self.store, self.org_id, register, base=self.revision,
                          today=self.today)
        except ConflictError:
            self.load()
            return t("training.tui.conflict")
        except UserError as problem:
            return str(problem)
        self.load(select=select)
        self.notify(t("training.tui.saved"), markup=False)
        return None

    def _focused_list(self) -> bool:
        return self.focused is self.query_one("#training-list", DataTable)

    def action_back(self) -> None:
        self.app.pop_screen()

    def action_add(self) -> None:
        from bio2.usecases.training_form import with_member

        def apply(member: BoardMember) -> str | None:
            new, problem = with_member(self.register, member)
            return problem or self.save(new, select=member.name)

        self.app.push_screen(MemberDialog(t("training.tui.add_member"), None, apply))

    def action_add_training(self) -> None:
        member = self.selected_member()
        if member is None:
            self.notify(t("training.tui.none"), severity="warning", markup=False)
            return
        self._training_form(member.name, None)

    def action_edit(self) -> None:
        member = self.selected_member()
        if member is None:
            return
        if self._focused_list():
            training = self.selected_training()
            if training is not None:
                self._training_form(member.name, training)
            return
        from bio2.usecases.training_form import with_member

        old = member.name

        def apply(changed: BoardMember) -> str | None:
            new, problem = with_member(self.register, changed, old_name=old)
            return problem or self.save(new, select=changed.name)

        self.app.push_screen(MemberDialog(t("training.tui.edit_member", name=old), member,
                                          apply))

    def _training_form(self, name: str, old: Training | None) -> None:
        from bio2.usecases.training_form import with_training

        def apply(training: Training) -> str | None:
            if self.register is None:
                return t("training.tui.member_gone", name=name)
            new, problem = with_training(self.register, training, old)
            return problem or self.save(new, select=name)

        title = (t("training.tui.edit_training", name=name) if old
                 else t("training.tui.add_training", name=name))
        self.app.push_screen(TrainingDialog(title, name, old, self.today, apply))

    def action_remove(self) -> None:
        from bio2.tui.screens.confirm import ConfirmScreen
        from bio2.usecases.training_form import without_member, without_training

        member = self.selected_member()
        if member is None or self.register is None:
            return
        register = self.register
        training = self.selected_training() if self._focused_list() else None
        if training is not None:
            question = t("training.tui.remove_training_question", name=member.name,
                         when=_when(training))
            title = t("training.tui.remove_training_title")
            new = without_training(register, training)
        else:
            count = sum(1 for tr in register.trainings
                        if name_key(tr.member) == name_key(member.name))
            question = t("training.tui.remove_member_question", name=member.name,
                         count=count)
            title = t("training.tui.remove_member_title")
            new = without_member(register, member.name)

        def confirmed(yes: bool | None) -> None:
            if yes and new is not None:
                problem = self.save(new)
                if problem:
                    self.notify(problem, severity="error", markup=False)

        self.app.push_screen(ConfirmScreen(title, question, t("training.tui.remove")),
                             confirmed)

    def action_period(self) -> None:
        from bio2.tui.screens.prompt import PromptScreen
        from bio2.usecases.training_form import with_period

        months = self.register.period_months if self.register else 12

        def answered(typed: str | None) -> None:
            if typed is None:
                return
            new, problem = with_period(self.register, typed)
            problem = problem or self.save(new)
            if problem:
                self.notify(problem, severity="error", markup=False)

        self.app.push_screen(PromptScreen(t("training.tui.period_title", months=months),
                                          str(months)), answered)
