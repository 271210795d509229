"""Workbooks for control owners in the TUI (key ``w``): choose owners, write their
workbooks (or one with the whole assessment), see where they went, and read a returned
workbook back in with the same three-way merge as ``bio2 import``.

Decisions: the work runs on the main thread (a delegation of 190 items takes about a
second; the store's connection belongs to this thread); every owner name, file name and
message is shown as ``rich.text.Text``, never as markup; nothing is overwritten (an
existing file is an error in the result line, the user picks another folder); on a
conflict the chosen rule applies (default: stop, write nothing, show both values).
"""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Select, SelectionList, Static

from bio2.i18n import t
from bio2.tui.widgets.bindings import translate_bindings
from bio2.usecases.delegating import Delegation, plan_delegation, write_delegation
from bio2.usecases.editing import Session


class DelegateScreen(ModalScreen[bool]):
    """Dismissed with True when a workbook was imported (the caller reloads)."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "close", "tui.key.close")]

    def __init__(self, session: Session, folder: Path) -> None:
        super().__init__()
        translate_bindings(self)
        self.session = session
        self.data = session.current_data()
        self.folder = folder
        self.plans = plan_delegation(self.data, folder)
        self.imported = False
        self.written: list[Path] = []

    def compose(self) -> ComposeResult:
        with VerticalScroll(classes="dialog", id="delegate"):
            yield Static(t("workbook.tui.title"), classes="dialog-title")
            yield Static(t("workbook.tui.choose"))
            yield SelectionList[int](
                *[(Text(f"{p.label} ({len(p.items)})"), n, True)
                  for n, p in enumerate(self.plans)], id="owners")
            yield Input(value=str(self.folder), id="folder",
                        placeholder=t("workbook.tui.folder"))
            with Horizontal(classes="buttons"):
                yield Button(t("workbook.tui.write"), id="write", variant="primary",
                             compact=True)
                yield Button(t("workbook.tui.write_all"), id="write-all", compact=True)
            yield Static(t("workbook.tui.import_title"), classes="dialog-title")
            yield Input(id="import-path", placeholder=t("workbook.tui.import_placeholder"))
            yield Select([(t("workbook.tui.on_conflict.fail"), "fail"),
                          (t("workbook.tui.on_conflict.theirs"), "theirs"),
                          (t("workbook.tui.on_conflict.ours"), "ours")],
                         value="fail", allow_blank=False, id="on-conflict")
            yield Button(t("workbook.tui.import"), id="import", compact=True)
            yield Static("", id="result")

    def on_mount(self) -> None:
        self.query_one("#owners", SelectionList).focus()

    def _say(self, lines: list[str], error: bool = False) -> None:
        result = self.query_one("#result", Static)
        result.update(Text("\n".join(lines)))
        result.set_class(error, "error")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "write":
            self.write(whole=False)
        elif event.button.id == "write-all":
            self.write(whole=True)
        elif event.button.id == "import":
            self.import_workbook()

    def write(self, whole: bool) -> None:
        """Write the chosen owners' workbooks (or the whole assessment) to the folder."""
        folder = Path(self.query_one("#folder", Input).value.strip() or ".")
        if whole:
            data = self.data
            name = f"{data.organisation.id}-{data.assessment.period}.xlsx"
            plans = [Delegation(None, t("workbook.tui.everything"),
                                tuple(data.catalog.items), folder / name)]
        else:
            chosen = set(self.query_one("#owners", SelectionList).selected)
            plans = [p for n, p in enumerate(plan_delegation(self.data, folder))
                     if n in chosen]
            if not plans:
                self._say([t("workbook.tui.none_chosen")], error=True)
                return
        try:
            written = write_delegation(self.session.store, self.data, plans)
        except Exception as exc:  # FileProblem, UserError: one line in the dialog
            self._say([str(exc).splitlines()[0] if str(exc) else type(exc).__name__],
                      error=True)
            return
        self.written = written
        self._say([t("workbook.tui.written", count=len(written), folder=str(
            folder.resolve()))] + [t("delegate.written", file=p.name, count=len(d.items),
                                     owner=d.label) for p, d in zip(written, plans,
                                                                   strict=True)])

    def import_workbook(self) -> None:
        from bio2.usecases.importing import import_files

        path = self.query_one("#import-path", Input).value.strip()
        if not path:
            self._say([t("workbook.tui.no_path")], error=True)
            return
        rule = str(self.query_one("#on-conflict", Select).value)
        try:
            checks, results = import_files(self.session.store, [path],
                                           on_conflict=rule)  # type: ignore[arg-type]
        except Exception as exc:  # UserError (another assessment), database trouble
            self._say([str(exc).splitlines()[0] if str(exc) else type(exc).__name__],
                      error=True)
            return
        if not results:
            errors = [str(p) for c in checks for p in c.errors][:12]
            self._say([*errors, t("import.nothing_written")], error=True)
            return
        lines: list[str] = [str(w) for c in checks for w in c.warnings][:6]
        for r in results:
            s = r.plan.summary()
            lines.append(t("import.file", file=Path(r.file).name, org=r.organisation,
                           period=r.period, source=r.source, new=s["new"],
                           changed=s["changed"], unchanged=s["unchanged"]))
            if r.plan.updated:
                lines.append(t("workbook.updated", count=len(r.plan.updated)))
            for key in r.plan.conflicts[:8]:
                lines.append(t("import.conflict", item=key))
                lines.extend(r.plan.details.get(key, ()))
        written = all(r.written for r in results)
        lines.append(t("import.done") if written else t("import.nothing_written"))
        self.imported = self.imported or written
        self._say(lines, error=not written)

    def action_close(self) -> None:
        self.dismiss(self.imported)
