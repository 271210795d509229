"""Export (answer file) and report (PDF or HTML) in a worker thread with a progress bar.

The data is a snapshot taken on the main thread, so the worker never touches the
database; the screen stays responsive and Escape closes the dialog at any time (the
file is written atomically, so a half-written file never appears). A file that exists
already is only overwritten after the user says so (Escape keeps it).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import ProgressBar, Static
from textual.worker import get_current_worker

from bio2.i18n import t
from bio2.tui.widgets.bindings import translate_bindings
from bio2.usecases.opening import AssessmentData

#: What the dialog can write, and the suffix of its file.
SUFFIX = {"export": "yaml", "report": "pdf", "report_html": "html"}


def output_path(kind: str, data: AssessmentData, folder: Path | None) -> Path:
    from bio2.system.fileio import default_output, safe_file_name

    suffix = SUFFIX[kind]
    name = f"{data.organisation.id}-{data.assessment.period}.{suffix}"
    return folder / safe_file_name(name) if folder is not None else default_output(name)


class JobScreen(ModalScreen[Path | None]):
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape,enter", "close", "tui.key.close")]

    def __init__(self, kind: str, data: AssessmentData, today: date,
                 folder: Path | None) -> None:
        super().__init__()
        translate_bindings(self)
        self.kind = kind
        self.data = data
        self.today = today
        self.path = output_path(kind, data, folder).resolve()  # the full path is shown
        self.result: Path | None = None

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog small"):
            yield Static(t(f"tui.job.{self.kind}"), classes="dialog-title")
            yield Static(Text(t("tui.job.writing", path=str(self.path))), id="job-status")
            yield ProgressBar(total=100, id="job-progress", show_eta=False)

    def on_mount(self) -> None:
        if not self.path.exists():
            self.run_job()
            return
        from bio2.tui.screens.confirm import ConfirmScreen

        def answered(overwrite: bool | None) -> None:
            if overwrite:
                self.run_job()
            else:
                self.dismiss(None)

        self.app.push_screen(ConfirmScreen(
            t("tui.job.exists_title"), t("tui.job.exists_question", path=str(self.path)),
            t("tui.job.overwrite")), answered)

    @work(thread=True, exclusive=True)
    def run_job(self) -> None:
        worker = get_current_worker()

        def progress(done: int, total: int) -> None:
            if not worker.is_cancelled:
                self.app.call_from_thread(self._progress, done, total)

        try:
            if self.kind == "export":
                from bio2.exchange.answerfile import to_yaml
                from bio2.system.fileio import write_atomic

                progress(1, 3)
                text = to_yaml(self.data.answer_file())
                progress(2, 3)
                write_atomic(self.path, text)
                progress(3, 3)
            elif self.kind == "report_html":  # the use case of bio2 report --format html
                from bio2.i18n import get_language
                from bio2.report import render_html_report
                from bio2.system.fileio import write_atomic

                progress(1, 2)
                page = render_html_report(self.data, today=self.today, lang=get_language())
                write_atomic(self.path, page.encode("utf-8"))
                progress(2, 2)
            else:
                from bio2.report import write_report

                write_report(self.data, self.path, today=self.today, progress=progress)
        except Exception as exc:  # shown in the dialog; the app keeps running
            self.app.call_from_thread(self._done, None, t("tui.job.failed",
                                                          reason=str(exc).splitlines()[0]
                                                          if str(exc) else type(exc).__name__))
            return
        self.app.call_from_thread(self._done, self.path, "")

    def _progress(self, done: int, total: int) -> None:
        self.query_one(ProgressBar).update(total=max(total, 1), progress=done)

    def _done(self, path: Path | None, error: str) -> None:
        self.result = path
        status = self.query_one("#job-status", Static)
        bar = self.query_one(ProgressBar)
        if path is not None:
            bar.update(total=1, progress=1)
            status.update(Text(t("tui.job.done", path=str(path))))
        else:
            status.update(Text("✘ " + error))
            status.add_class("error")

    def action_close(self) -> None:
        self.dismiss(self.result)
