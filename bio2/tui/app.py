"""The bio2 Textual app: built by ``make_app`` so tests and the CLI inject their database."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.screen import Screen

from bio2.i18n import set_language, t
from bio2.tui import dirty_chops, paint_memo
from bio2.tui.no_controls import NO_CONTROLS
from bio2.tui.widgets.bindings import translate_bindings

if TYPE_CHECKING:
    from rich.console import RenderableType
    from textual.filter import LineFilter

    from bio2.usecases.opening import Database

DARK, LIGHT = "textual-dark", "textual-light"

paint_memo.install()  # unchanged widgets hand the compositor the same lines (issue 12)
dirty_chops.install()  # a partial repaint asks only the widgets under changed cells


class Bio2App(App[None]):
    """Start screen first; each assessment opens in its own screen."""

    CSS_PATH = "app.tcss"
    TITLE = "bio2"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+t", "toggle_theme", "tui.key.theme", show=False),
        # Textual's own quit and palette bindings, with their texts from the catalog.
        Binding("ctrl+q", "quit", "tui.key.quit", priority=True),
        Binding("ctrl+p", "command_palette", "tui.key.palette", show=False, priority=True),
        Binding("question_mark,f1", "help", "tui.key.help", key_display="?"),
    ]

    def __init__(self, db_path: str | Path | None, *, lang: str = "nl",
                 today: date | None = None, output_dir: Path | None = None,
                 seed_demo: bool = False) -> None:
        set_language(lang)
        super().__init__()
        translate_bindings(self)
        self.db_path = db_path
        self.today = today
        self.output_dir = output_dir
        self.seed_demo = seed_demo
        self._store: Database | None = None
        self.theme = DARK
        #: The assessment screen left last: the start screen puts its cursor there.
        self.last_assessment: int | None = None

    def get_line_filters(self) -> Sequence[LineFilter]:
        """Textual's filters, then the one that keeps control characters in user text
        from the terminal (``bio2.tui.no_controls``)."""
        return [*super().get_line_filters(), NO_CONTROLS]

    @property
    def store(self) -> Database:
        if self._store is None:
            from bio2.usecases.opening import open_store

            self._store = open_store(self.db_path)
            for notice in self._store.notices:  # permissions tightened, upgrade backup
                self.notify(notice, severity="warning", markup=False, timeout=10)
        return self._store

    def on_mount(self) -> None:
        from bio2.tui.screens.start import StartScreen

        # The start screen paints first and loads its data right after (see StartScreen),
        # so the first picture does not wait for pydantic, SQLite and scoring.
        self.push_screen(StartScreen())
        self.call_after_refresh(self.ask_person)

    def ask_person(self) -> None:
        """Ask who is working when neither ``--user``/``BIO2_USER`` nor this database
        (for this OS account) knows it; the history credits that person."""
        from bio2.domain.errors import Bio2Error
        from bio2.tui.screens.actor import ActorScreen
        from bio2.usecases.people import person_at_work, remember_person, suggested_person

        try:
            store = self.store
        except Bio2Error:
            return  # the start screen says what is wrong with the database
        if person_at_work(store) is not None:
            return

        def chosen(name: str | None) -> None:
            if name:
                remember_person(store, name)

        self.push_screen(ActorScreen(suggested_person(store)), chosen)

    def seed(self) -> None:
        """Seed the demo organisation into an empty database (first start)."""
        if not self.seed_demo:
            return
        from bio2.usecases.demo import ensure_demo

        self.sub_title = t("tui.demo_subtitle")
        try:
            ensure_demo(self.store)
        except Exception as exc:  # the demo is a convenience, never a reason to stop
            self.notify(t("tui.demo_failed", reason=str(exc).splitlines()[0]),
                        severity="warning", markup=False)

    def action_toggle_theme(self) -> None:
        self.theme = LIGHT if self.theme == DARK else DARK

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        yield SystemCommand(t("tui.cmd.theme"), t("tui.cmd.theme_help"),
                            self.action_toggle_theme)
        yield SystemCommand(t("tui.cmd.keys"), t("tui.cmd.keys_help"), self._toggle_keys)
        yield SystemCommand(t("tui.cmd.quit"), t("tui.cmd.quit_help"), self.action_quit)

    def action_command_palette(self) -> None:
        from bio2.tui.palette import Bio2CommandPalette

        if self.use_command_palette and not Bio2CommandPalette.is_open(self):  # type: ignore[arg-type]
            self.push_screen(Bio2CommandPalette())

    def action_help(self) -> None:
        """``?``: every key of the current screen (the footer shows only the main ones)."""
        from bio2.tui.screens.help import HelpScreen, key_rows

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(key_rows(self.screen)))

    async def action_quit(self) -> None:
        """ctrl+q: input a form could not save (invalid) is not dropped without asking."""
        from bio2.tui.screens.assessment import AssessmentScreen

        for screen in reversed(self.screen_stack):
            if isinstance(screen, AssessmentScreen) and screen.unsaved_items():
                screen.ask_to_leave(self.exit)
                return
        self.exit()

    def exit(self, result: None = None, return_code: int = 0,
             message: RenderableType | None = None) -> None:
        """Every way out (ctrl+q, the palette's quit) first saves what forms still hold;
        changes the database did not take (or conflicts without a choice) make it ask."""
        self.save_open_forms()
        if not self._quit_anyway and self._ask_before_quitting(result, return_code, message):
            return
        super().exit(result, return_code, message)

    _quit_anyway = False

    def _ask_before_quitting(self, result: None, return_code: int,
                             message: RenderableType | None) -> bool:
        from bio2.tui.screens.assessment import AssessmentScreen
        from bio2.tui.screens.unsaved import UnsavedScreen

        sessions = [s.session for s in self.screen_stack
                    if isinstance(s, AssessmentScreen) and s.session is not None]
        pending = sum(len(s.pending) for s in sessions)
        conflicts = sum(len(s.conflicts) for s in sessions)
        if not (pending or conflicts) or isinstance(self.screen, UnsavedScreen):
            return bool(pending or conflicts)
        reason = next((s.write_error for s in sessions if s.write_error), "") or ""

        def decided(quit_anyway: bool | None) -> None:
            if quit_anyway:
                self._quit_anyway = True
                self.exit(result, return_code, message)

        self.push_screen(UnsavedScreen(pending, reason, conflicts), decided)
        return True

    def save_open_forms(self) -> None:
        from bio2.tui.screens.assessment import AssessmentScreen

        for screen in self.screen_stack:
            if isinstance(screen, AssessmentScreen):
                screen.save_before_exit()

    def _toggle_keys(self) -> None:
        if self.screen.query("HelpPanel"):
            self.action_hide_help_panel()
        else:
            self.action_show_help_panel()

    def on_unmount(self) -> None:
        if self._store is not None:
            self._store.close()


def make_app(db_path: str | Path | None, *, lang: str = "nl", today: date | None = None,
             output_dir: Path | None = None, seed_demo: bool = False) -> Bio2App:
    """The app on database ``db_path`` (``None``: ``BIO2_DB`` or the user data dir).

    ``today`` fixes the date for overdue and expired checks (tests); ``output_dir`` is
    where export and report write (default: ``exports/`` in a checkout, else the current
    folder); ``seed_demo`` seeds the demo organisation into an empty database: only
    ``bio2 --demo`` sets it, on the demo's own database (issue 10: the real database never
    receives fictional data)."""
    return Bio2App(db_path, lang=lang, today=today, output_dir=output_dir,
                   seed_demo=seed_demo)
