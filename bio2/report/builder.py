"""Build the report model (:class:`bio2.report.model.Document`) of one assessment.

The chapter functions live in :mod:`bio2.report.sections`; this module runs them in
order, numbers them, and gathers the document's metadata. It runs in the language the
caller chose (:func:`bio2.i18n.speaking`) and never imports ReportLab, so the HTML
report does not load it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from bio2.report.model import Document, Heading, Running, chapters_of

if TYPE_CHECKING:
    from bio2.report.model import Block
    from bio2.usecases.opening import AssessmentData

ProgressFn = Callable[[int, int], None]


def classification_of(data: AssessmentData, override: str | None = None) -> str:
    """The marking printed on every page: the ``override``, the organisation's stored
    classification, or the default ("Vertrouwelijk")."""
    from bio2.i18n import t

    for value in (override, data.organisation.classification):
        if value and str(value).strip():
            return " ".join(str(value).split())[:80]
    return t("report.classification.default")


def build_document(data: AssessmentData, *, today: date | None, classification: str | None,
                   lang: str, progress: ProgressFn | None = None,
                   progress_total: int | None = None,
                   with_incidents: bool = False) -> Document:
    """The model of the whole report in ``lang`` (already the speaking language).
    ``progress`` gets one step per chapter out of ``progress_total`` (default: the
    number of chapters). ``with_incidents``: details of the meldplicht register (issue
    13 §4), which are left out otherwise."""
    from bio2 import __version__
    from bio2.analysis.audit_compare import compare
    from bio2.analysis.cbw import readiness
    from bio2.analysis.meldplicht import end_of_day, summarise
    from bio2.analysis.statement import derive
    from bio2.exchange.answerfile import fingerprint
    from bio2.i18n import t
    from bio2.i18n.numbers import Formatter
    from bio2.report.sections import Ctx
    from bio2.report.sections.assurance import audit
    from bio2.report.sections.back import annex, colophon, plan, statement
    from bio2.report.sections.body import governance, measures, risk, vvt
    from bio2.report.sections.cbw import cbw
    from bio2.report.sections.front import cover, summary

    day = today or date.today()
    card = data.scorecard(day)
    ctx = Ctx(
        data=data, card=card,
        cbw=readiness(data.catalog, card, data.organisation.registration, data.checklists),
        fmt=Formatter(lang), today=day,
        classification=classification_of(data, classification),
        fingerprint=fingerprint(data.answer_file()), version=__version__,
        basis=derive(data.catalog, card, data.answers, data.applicability),
        audit=compare(data.catalog, data.answers, data.audit),
        meldplicht=summarise(data.incidents, data.assessment.period, end_of_day(day),
                             details=with_incidents),
    )
    chapters = (summary, governance, risk, vvt, measures, cbw,
                *((audit,) if ctx.audit is not None else ()), plan, statement, annex,
                colophon)
    unnumbered = (annex, colophon)
    ctx.chapter_no.update((c.__name__, n) for n, c in enumerate(
        (c for c in chapters if c not in unnumbered), start=1))
    total = progress_total or len(chapters)
    stream: list[Heading | Block] = []
    for n, chapter in enumerate(chapters, start=1):
        stream.extend(chapter(ctx))
        if progress is not None:
            progress(n, total)
    before, body = chapters_of(stream)
    assert not before, "every chapter starts with its heading"
    period = data.assessment.period
    return Document(
        lang=lang, title=t("report.title"), organisation=ctx.org_name, period=period,
        classification=ctx.classification, catalog=data.catalog.id, version=__version__,
        fingerprint=ctx.fingerprint, chain_head=data.history_head, report_date=day,
        date_text=ctx.date_text(day), author=data.assessment.assessor,
        meta_title=t("report.meta.title", org=ctx.org_name, period=period),
        meta_subject=t("report.meta.subject", catalog=data.catalog.id),
        meta_keywords=t("report.meta.keywords"),
        contents_title=t("report.contents"),
        cover=cover(ctx),
        running=Running(header=_around(t("report.header", org="\x00", period=period)),
                        footer=t("report.footer", version=__version__,
                                 catalog=data.catalog.id),
                        page_label=t("report.page")),
        chapters=body, table_rows=ctx.table_rows,
        labels={"skip": t("report.html.skip")},
    )


def _around(text: str) -> tuple[str, str]:
    """The text before and after the placeholder (a NUL) of a message."""
    before, _, after = text.partition("\x00")
    return before, after
