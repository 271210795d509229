"""The supervisor's sector view as a PDF (``bio2 aggregate -o sector.pdf``).

Landscape A4, in the language it is handed (``render(..., lang="en")``): every percentage
goes through one :class:`~bio2.i18n.numbers.Formatter` of that language (the sector PDF
once formatted percentages itself and printed "57,0%" in English). Fonts, paragraph
styles and the table look are the report's (:mod:`bio2.report.fonts`,
:func:`bio2.report.styles.make_styles`, :func:`bio2.report.styles.table_look`).

Table cells are plain strings rather than Paragraphs: a sector has hundreds of
organisations, and plain cells keep a 1,000-row report to a second or two. Long tables
are cut into blocks of ``ROWS_PER_TABLE`` rows because ReportLab splits one huge table
across pages in quadratic time.
"""

from __future__ import annotations

import io
import unicodedata
from typing import TYPE_CHECKING, Any
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from bio2.domain.base import LETTERS, THEMES
from bio2.i18n import pick, speaking, t
from bio2.i18n.numbers import Formatter
from bio2.report import fonts
from bio2.report.document import pdf_language
from bio2.report.fonts import MONO, REGULAR
from bio2.report.styles import make_styles, table_look

if TYPE_CHECKING:
    from bio2.domain.catalog import Catalog
    from bio2.usecases.sector import Distribution, SectorView

ROWS_PER_TABLE = 40


def clean(text: str, limit: int = 400) -> str:
    """Text safe for a PDF cell: no control characters, bounded length."""
    text = "".join(" " if unicodedata.category(c) == "Cc" else c for c in text)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def render(view: SectorView, catalog: Catalog, lang: str | None = None) -> bytes:
    """The PDF as bytes in ``lang`` (``nl``/``en``; None: the language the CLI runs in);
    ``catalog`` names the letters, themes and items."""
    with speaking(lang) as chosen:
        return _render(view, catalog, Formatter(chosen))


def _render(view: SectorView, catalog: Catalog, fmt: Formatter) -> bytes:
    fonts.register()
    styles = make_styles()
    body, small, h1, h2 = styles.body, styles.small, styles.h1, styles.h2
    story: list[Any] = []

    def pct(value: float | None) -> str:
        return fmt.percent(value, missing="-")

    def para(text: str, style: ParagraphStyle = body) -> None:
        story.append(Paragraph(escape(clean(text, 4000)), style))

    def table(header: list[str], rows: list[list[str]], widths: list[float],
              font_size: float = 8, mono_col: int | None = None) -> None:
        for start in range(0, max(len(rows), 1), ROWS_PER_TABLE):
            block = [header, *rows[start:start + ROWS_PER_TABLE]]
            grid = Table(block, colWidths=widths, repeatRows=1, hAlign="LEFT")
            style = table_look(font_size, len(block) - 1)
            if mono_col is not None:
                style.append(("FONT", (mono_col, 1), (mono_col, -1), MONO, font_size - 1))
            grid.setStyle(TableStyle(style))
            story.append(grid)
        story.append(Spacer(1, 4 * mm))

    story.append(Paragraph(escape(t("sector.pdf.title", period=view.period)), h1))
    para(t("sector.pdf.counts", files=view.files, counted=len(view.rows),
           invalid=len(view.failures), duplicates=len(view.duplicates),
           other=len(view.other_periods)))
    if len(view.catalogs) > 1:
        para(t("sector.pdf.catalogs_mixed", catalogs=", ".join(view.catalogs),
               shared=view.shared_items))
    elif view.catalogs:
        para(t("sector.pdf.catalog_one", catalog=view.catalogs[0], items=view.shared_items))
    para(t("sector.pdf.method"), small)

    # -- distributions ------------------------------------------------------------------
    letters = catalog.nis2_letters

    def label(key: str) -> str:
        if key == "overall":
            return t("sector.pdf.overall")
        if key in LETTERS:
            name = pick(letters[key].title, letters[key].title_en) if key in letters else ""
            return clean(f"{key}  {name}", 60)
        return t(f"theme.{key}")

    head = [t("sector.pdf.group"), "n", "min", "Q1", t("sector.pdf.median"), "Q3", "max"]
    for kind in ("*", *view.org_types):
        title = t("sector.pdf.all_types") if kind == "*" else t(f"orgtype.{kind}")
        story.append(Paragraph(escape(t("sector.pdf.distribution", who=title)), h2))
        rows = []
        for key in ("overall", *LETTERS, *THEMES, "isms"):
            dist: Distribution | None = view.distributions.get(key, {}).get(kind)
            if dist is None:
                continue
            rows.append([label(key), str(dist.n), pct(dist.minimum), pct(dist.q1),
                         pct(dist.median), pct(dist.q3), pct(dist.maximum)])
        table(head, rows, [95 * mm, 14 * mm, *([22 * mm] * 5)])

    # -- items most often not met --------------------------------------------------------
    story.append(Paragraph(escape(t("sector.pdf.not_met")), h2))
    para(t("sector.pdf.not_met_rule"), small)
    rows = []
    for rank, entry in enumerate(view.not_met, start=1):
        item = catalog.items.get(entry.item)
        title = pick(item.title, item.title_en) if item else ""
        share = entry.count / entry.in_scope if entry.in_scope else None
        rows.append([str(rank), entry.item, clean(title, 90), str(entry.count),
                     str(entry.in_scope), pct(share)])
    table(["#", t("sector.col.item"), t("sector.col.title"), t("sector.col.not_met"),
           t("sector.col.in_scope"), t("sector.col.share")], rows,
          [10 * mm, 22 * mm, 150 * mm, 25 * mm, 25 * mm, 20 * mm])

    # -- missing, duplicates, other periods, invalid -------------------------------------
    story.append(Paragraph(escape(t("sector.pdf.missing", period=view.period)), h2))
    if view.missing:
        table([t("sector.col.org"), t("sector.col.reason")],
              [[org, t(f"sector.reason.{reason}")] for org, reason in view.missing],
              [70 * mm, 150 * mm])
    else:
        para(t("sector.pdf.none"))
    story.append(Paragraph(escape(t("sector.pdf.duplicates")), h2))
    if view.duplicates:
        table([t("sector.col.superseded"), t("sector.col.org"), t("sector.col.date"),
               t("sector.col.winner")],
              [[clean(f, 80), org, day or "-", clean(w, 80)] for f, org, day, w in
               view.duplicates], [95 * mm, 50 * mm, 25 * mm, 95 * mm])
    else:
        para(t("sector.pdf.none"))
    if view.other_periods:
        story.append(Paragraph(escape(t("sector.pdf.other_periods")), h2))
        table([t("sector.col.file"), t("sector.col.org"), t("sector.col.period")],
              [[clean(f, 100), org, clean(p, 32)] for f, org, p in view.other_periods],
              [150 * mm, 60 * mm, 30 * mm])
    story.append(Paragraph(escape(t("sector.pdf.invalid")), h2))
    if view.failures:
        for failure in view.failures:
            para(failure.file, body)
            for error in failure.errors:
                para("• " + error, small)
            if failure.total > len(failure.errors):
                para(t("sector.more_errors", count=failure.total - len(failure.errors)), small)
    else:
        para(t("sector.pdf.none"))

    # -- per organisation ----------------------------------------------------------------
    story.append(Paragraph(escape(t("sector.pdf.per_org")), h2))
    from bio2.usecases.sector import org_type_label

    rows = [[r.summary.org_id, clean(r.summary.org_name, 32),
             clean(org_type_label(r.summary.org_type), 40),
             r.summary.date or "-", r.summary.catalog, pct(r.overall), pct(r.coverage),
             r.summary.fingerprint] for r in view.rows]
    table([t("sector.col.org"), t("sector.col.name"), t("sector.col.type"),
           t("sector.col.date"), t("sector.col.catalog"), t("sector.col.overall"),
           t("sector.col.coverage"), t("sector.col.fingerprint")], rows,
          [42 * mm, 44 * mm, 36 * mm, 18 * mm, 20 * mm, 14 * mm, 14 * mm, 85 * mm],
          font_size=7, mono_col=7)
    para(t("sector.pdf.attribution"), small)

    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=landscape(A4), leftMargin=12 * mm,
                            rightMargin=12 * mm, topMargin=12 * mm, bottomMargin=12 * mm,
                            title=t("sector.pdf.title", period=view.period), author="bio2",
                            invariant=1, lang=pdf_language(fmt.lang))

    def footer(canvas: Any, document: Any) -> None:
        canvas.saveState()
        canvas.setFont(REGULAR, 7)
        canvas.drawRightString(landscape(A4)[0] - 12 * mm, 6 * mm,
                               t("sector.pdf.page", page=document.page))
        canvas.restoreState()

    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()
