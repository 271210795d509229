"""The verantwoordingsrapportage (accountability report) of one assessment, as PDF and
as one accessible HTML page.

The report is built once as a format-neutral model (:mod:`bio2.report.model`, built by
:func:`bio2.report.builder.build_document` from the chapters in ``sections/``) and
rendered by :mod:`bio2.report.pdf` (ReportLab) or :mod:`bio2.report.html.report`
(Jinja2), so both tell the same story. ``write_report`` is what ``bio2 report`` and the
TUI call; ``render_html_report`` is ``bio2 report --format html``. Importing this package
is cheap: ReportLab is loaded only when a PDF is rendered, never for the HTML.

Decisions where the issue was silent:

- The report is laid out in one pass (see ``bio2.report.document``): contents page
  numbers and "Pagina X van Y" are late PDF forms, so no second layout run is needed.
- Tables cut user text at a few hundred characters with a visible marker; the annex
  (every item) prints explanations up to 20,000 characters as flowing paragraphs that
  may break across pages. Table rows never break across pages.
- The improvement plan lists the gaps (status ``nee`` or ``deels``, in scope) by
  residual risk; items not yet assessed follow as a list of numbers, since an
  assessment with nothing answered would otherwise yield a 190-row plan of "open".
- The classification marking is, in order: the ``classification`` argument, the
  organisation's stored classification, "Vertrouwelijk".
- The Cbw chapter uses the verdicts of ``bio2.analysis.cbw`` so that report and ``bio2 cbw``
  agree.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bio2.usecases.opening import AssessmentData

ProgressFn = Callable[[int, int], None]


def classification_of(data: AssessmentData, override: str | None = None) -> str:
    """The marking printed on every page."""
    from bio2.report.builder import classification_of as marking

    return marking(data, override)


@dataclass(frozen=True)
class BuiltReport:
    pdf: bytes
    pages: int
    #: Table rows laid out (without header rows), for the benchmark's floor.
    table_rows: int


def render_report(data: AssessmentData, *, today: date | None = None,
                  classification: str | None = None,
                  progress: ProgressFn | None = None, lang: str | None = None,
                  with_incidents: bool = False) -> bytes:
    """The report as PDF bytes. Same data and same ``today`` give the same bytes."""
    return build_report(data, today=today, classification=classification,
                        progress=progress, lang=lang, with_incidents=with_incidents).pdf


def build_report(data: AssessmentData, *, today: date | None = None,
                 classification: str | None = None,
                 progress: ProgressFn | None = None, lang: str | None = None,
                 with_incidents: bool = False) -> BuiltReport:
    """The report as PDF bytes with its page count, in ``lang`` (``nl``/``en``; None: the
    language the CLI or TUI runs in). Every number and date goes through one
    :class:`~bio2.i18n.numbers.Formatter` of that language, and the texts are rendered
    in the same language (:func:`bio2.i18n.speaking`). ``with_incidents``: the meldplicht
    section lists each incident and drill (description, verdicts, lessons); without it
    only counts and rates (issue 13 §4: no incident details unless asked)."""
    from bio2.i18n import speaking

    with speaking(lang) as chosen:
        return _build(data, today, classification, progress, chosen, with_incidents)


def _build(data: AssessmentData, today: date | None, classification: str | None,
           progress: ProgressFn | None, lang: str, with_incidents: bool = False
           ) -> BuiltReport:
    from bio2.report.builder import build_document
    from bio2.report.pdf import render_pdf

    steps = [0]

    def chapter_done(done: int, count: int) -> None:
        steps[0] = count + 1  # one more step for the cover and contents
        if progress is not None:
            progress(done, steps[0] * 4)

    doc = build_document(data, today=today, classification=classification, lang=lang,
                         progress=chapter_done, with_incidents=with_incidents)
    pdf, pages = render_pdf(doc, _layout_progress(progress, steps[0])
                            if progress is not None else None)
    if progress is not None:
        progress(steps[0] * 4, steps[0] * 4)
    return BuiltReport(pdf=pdf, pages=pages, table_rows=doc.table_rows)


def _layout_progress(progress: ProgressFn, steps: int) -> ProgressFn:
    """Map layout progress (flowables placed) onto the last three quarters of the bar."""
    total = steps * 4
    last = [-1]

    def report(done: int, count: int) -> None:
        value = steps + (total - steps - 1) * done // max(count, 1)
        # Report only steps forward: thousands of flowables, and a split flowable puts
        # its rest back on the list, so the raw count can go down.
        if value > last[0]:
            last[0] = value
            progress(value, total)

    return report


def write_report(data: AssessmentData, path: Path | str, *, today: date | None = None,
                 progress: ProgressFn | None = None,
                 classification: str | None = None, lang: str | None = None,
                 with_incidents: bool = False) -> Path:
    """Render the report and write it atomically (owner-only) to ``path``."""
    from bio2.system.fileio import write_atomic

    pdf = render_report(data, today=today, classification=classification, progress=progress,
                        lang=lang, with_incidents=with_incidents)
    return write_atomic(path, pdf)


def render_html_report(data: AssessmentData, *, today: date | None = None,
                       classification: str | None = None, lang: str | None = None,
                       with_incidents: bool = False) -> str:
    """The report as one accessible HTML page (same model as the PDF; no ReportLab)."""
    from bio2.i18n import speaking
    from bio2.report.builder import build_document
    from bio2.report.html.report import render_html

    with speaking(lang) as chosen:
        doc = build_document(data, today=today, classification=classification, lang=chosen,
                             with_incidents=with_incidents)
        return render_html(doc)
