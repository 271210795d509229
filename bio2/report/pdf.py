"""The ReportLab renderer of the report model: :class:`bio2.report.model.Document` to PDF.

One flowable (or a few) per model block, in one layout pass through
:class:`bio2.report.document.ReportDoc` (contents page numbers and "Pagina X van Y" as
late forms). This is the only place where the report's runs become ReportLab markup:
every span is escaped here, so user text in the model can never act as markup.

Decisions:
- A tone becomes a look: a status tone is the cell's (or span's) background colour
  (``STATUS_FILL``), ``alert`` the marking colour in bold. The words are in the text too.
- A table's caption is not printed: on paper the heading above the table names it.
- A figure's table of numbers is not printed either: on paper the chart carries its
  numbers as labels, and where the chapter has the table anyway it follows the chart.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    ListFlowable,
    ListItem,
    NextPageTemplate,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from bio2.i18n.numbers import Formatter
from bio2.report import model as m
from bio2.report.charts import bar_chart, radar_chart
from bio2.report.document import (
    FRAME_W,
    Contents,
    Heading,
    HeadingParagraph,
    ReportDoc,
    RunningText,
    fit_text,
)
from bio2.report.fonts import BOLD, MONO, REGULAR
from bio2.report.runs import para_markup, printable
from bio2.report.styles import ALERT, GRID, INK, STATUS_FILL, Styles, make_styles, table_look

ProgressFn = Callable[[int, int], None]


def markup(runs: m.Runs) -> str:
    """Runs as ReportLab Paragraph markup: each span escaped, then styled."""
    out = []
    for span in runs:
        piece = para_markup(span.text).replace("\n", "<br/>")
        if span.code:
            piece = f'<font face="{MONO}">{piece}</font>'
        if span.emphasis:
            piece = f"<i>{piece}</i>"
        if span.strong:
            piece = f"<b>{piece}</b>"
        if span.tone == m.ALERT:
            piece = f'<font color="{ALERT}">{piece}</font>'
        elif span.tone in STATUS_FILL:
            piece = f'<font backColor="#{STATUS_FILL[span.tone].hexval()[2:]}">{piece}</font>'
        out.append(piece)
    return "".join(out)


class PdfRenderer:
    """Turns the model's blocks into flowables with the report's styles."""

    def __init__(self, doc: m.Document) -> None:
        self.doc = doc
        self.styles: Styles = make_styles()
        self.fmt = Formatter(doc.lang)

    # -- cells and tables ---------------------------------------------------------------
    def cell(self, cell: m.Cell) -> Paragraph:
        s = self.styles
        if cell.runs and all(span.code for span in cell.runs):
            return Paragraph(para_markup(m.plain(cell.runs)), s.mono)
        text = markup(cell.runs)
        if cell.tone == m.ALERT:
            text = f'<font color="{ALERT}">{text}</font>'
        if cell.right:
            style = s.cell_right_bold if cell.strong else s.cell_right
        else:
            style = s.cell_bold if cell.strong else s.cell
        return Paragraph(text, style)

    def table(self, table: m.Table) -> Table:
        s = self.styles
        scale = FRAME_W / sum(table.widths)
        head = [Paragraph(para_markup(h.text), s.head_right if h.right else s.head)
                for h in table.header]
        body = [[self.cell(c) for c in row] for row in table.rows]
        grid = Table([head, *body], colWidths=[w * scale for w in table.widths], repeatRows=1,
                     hAlign="LEFT")
        style = table_look(7.8, len(body))
        for r, row in enumerate(table.rows, start=1):
            for c, cell in enumerate(row):
                if cell.tone in STATUS_FILL:
                    style.append(("BACKGROUND", (c, r), (c, r), STATUS_FILL[cell.tone]))
        if table.total_row:
            style.append(("LINEABOVE", (0, len(body)), (-1, len(body)), 0.6, INK))
        for after in table.rules_below:
            style.append(("LINEBELOW", (0, after + 1), (-1, after + 1), 0.6, GRID))
        grid.setStyle(TableStyle(style))
        return grid

    def facts(self, facts: m.Facts) -> Table:
        rows = [[Paragraph(para_markup(label), self.styles.cell_bold), self.cell(value)]
                for label, value in facts.pairs]
        grid = Table(rows, colWidths=[FRAME_W * facts.label_width,
                                      FRAME_W * (1 - facts.label_width)], hAlign="LEFT")
        grid.setStyle(TableStyle([
            ("FONT", (0, 0), (-1, -1), REGULAR, 7.8),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.3, GRID),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ]))
        return grid

    # -- other blocks -----------------------------------------------------------------
    def bullets(self, block: m.BulletList) -> ListFlowable:
        items = [ListItem(Paragraph(markup(runs), self.styles.body), leftIndent=14)
                 for runs in block.items]
        return ListFlowable(items, bulletType="1" if block.numbered else "bullet",
                            start="1" if block.numbered else "•", leftIndent=14,
                            bulletFontName=REGULAR, bulletFontSize=9)

    def figure(self, figure: m.Figure) -> Flowable:
        if figure.kind == "radar":
            drawing = radar_chart([(r.label, r.score) for r in figure.rows], figure.size,
                                  self.fmt)
            drawing.hAlign = "CENTER"
        else:
            drawing = bar_chart([(r.label, r.score, r.coverage or 0.0) for r in figure.rows],
                                FRAME_W, self.fmt, label_width=figure.label_width)
        if figure.title is None:
            return drawing
        s = self.styles
        return KeepTogether([
            Paragraph(para_markup(figure.title), s.h3), drawing,
            *([Paragraph(para_markup(figure.note), s.small)] if figure.note else []),
        ])

    def signatures(self, block: m.Signatures) -> Flowable:
        """Columns of signature fields: room to write, a line, the label under it."""
        s = self.styles
        columns = len(block.columns)
        rows: list[list[Any]] = [[Paragraph(para_markup(c), s.h3) for c in block.columns]]
        heights: list[float | None] = [None]
        for label, room in block.fields:
            rows.append([""] * columns)
            rows.append([Paragraph(para_markup(label), s.small) for _ in range(columns)])
            heights += [room * mm, None]
        grid = Table(rows, colWidths=[FRAME_W / columns] * columns, hAlign="LEFT",
                     rowHeights=heights)
        style: list[tuple[Any, ...]] = [
            ("FONT", (0, 0), (-1, -1), REGULAR, 7.8),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 10 * mm),
        ]
        style += [("LINEBELOW", (c, r), (c, r), 0.6, INK) for r in range(1, len(rows), 2)
                  for c in range(columns)]
        grid.setStyle(TableStyle(style))
        return KeepTogether([grid])

    def block(self, block: m.Block) -> list[Flowable]:
        s = self.styles
        if isinstance(block, m.Paragraph):
            return [Paragraph(markup(block.runs), getattr(s, block.role))]
        if isinstance(block, m.Subheading):
            return [CondPageBreak(block.keep_mm * mm),
                    Paragraph(markup(block.runs), s.h2 if block.rank == 1 else s.h3)]
        if isinstance(block, m.Table):
            return [self.table(block)]
        if isinstance(block, m.Facts):
            return [self.facts(block)]
        if isinstance(block, m.BulletList):
            return [self.bullets(block)]
        if isinstance(block, m.Figure):
            return [self.figure(block)]
        if isinstance(block, m.Signatures):
            return [self.signatures(block)]
        if isinstance(block, m.Gap):
            return [Spacer(1, block.points)]
        return [PageBreak()]

    # -- the document -------------------------------------------------------------------
    def cover(self) -> list[Flowable]:
        s = self.styles
        cover = self.doc.cover
        return [
            Spacer(1, 38 * mm),
            Paragraph(para_markup(cover.title), s.title),
            Paragraph(para_markup(cover.subtitle), s.subtitle),
            Spacer(1, 10 * mm),
            Paragraph(markup(cover.name), s.title),
            Spacer(1, 12 * mm),
            self.facts(cover.facts),
            Spacer(1, 10 * mm),
            *(Paragraph(para_markup(note), s.note) for note in cover.notes),
            NextPageTemplate("body"),
            PageBreak(),
        ]

    def story(self) -> list[Flowable]:
        s = self.styles
        headings = [Heading(key=c.key, title=c.numbered_title, level=c.level)
                    for c in self.doc.chapters]
        body: list[Flowable] = []
        for heading, chapter in zip(headings, self.doc.chapters, strict=True):
            body += [CondPageBreak(34 * mm),
                     HeadingParagraph(heading, para_markup(heading.title),
                                      s.h1 if chapter.level == 0 else s.h2)]
            for block in chapter.blocks:
                body += self.block(block)
        contents = [Paragraph(para_markup(self.doc.contents_title), s.h1),
                    Contents(headings, s), PageBreak()]
        return [*self.cover(), *contents, *body]


def render_pdf(doc: m.Document, progress: ProgressFn | None = None) -> tuple[bytes, int]:
    """The PDF bytes and the page count. ``progress`` gets layout progress (flowables
    placed out of the story's length)."""
    renderer = PdfRenderer(doc)
    story = renderer.story()
    running = doc.running
    # Drawn on the canvas and written into the metadata, not through para_markup:
    # printable here (an ESC in a name or classification would reach the paper).
    before, after = map(printable, running.header)
    classification = printable(doc.classification)
    room = FRAME_W - _width(classification.upper(), BOLD) - 6 * mm
    rest = _width(before + after, REGULAR)
    organisation = printable(doc.organisation)
    header = before + fit_text(organisation, max(room - rest, 20 * mm), REGULAR, 7.5) + after
    report = ReportDoc(
        running=RunningText(left=header, classification=classification,
                            footer_left=printable(running.footer),
                            page_label=running.page_label),
        title=printable(doc.meta_title), author=printable(doc.author),
        subject=doc.meta_subject,
        keywords=doc.meta_keywords, creator=f"bio2 {doc.version}",
        report_date=doc.report_date, lang=doc.lang, progress=progress,
    )
    buffer = io.BytesIO()
    report.build(story, buffer)
    return buffer.getvalue(), report.total_pages


def _width(text: str, font: str) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return float(stringWidth(text, font, 7.5))
