"""The page machinery: A4 page templates, running header and footer, bookmarks and a
table of contents with page numbers, in ONE layout pass.

ReportLab's own ``TableOfContents`` needs ``multiBuild``, which lays the whole report
out two or three times. We know the list of headings before layout (the sections are
fixed), so the contents page reserves one line per heading and prints the page numbers
through PDF form XObjects that are defined only after the last page: ``doForm`` may
name a form that does not exist yet. "Pagina X van Y" uses the same trick for Y.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph

from bio2.report.fonts import BOLD, ITALIC, REGULAR
from bio2.report.runs import para_markup
from bio2.report.styles import BLUE, GRID, INK, MARK, MUTED, Styles

PAGE_W, PAGE_H = A4
MARGIN_X = 20 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 20 * mm
FRAME_W = PAGE_W - 2 * MARGIN_X


@dataclass
class Heading:
    """One entry of the contents: ``key`` names the bookmark and the page-number form."""

    key: str
    title: str
    level: int


@dataclass
class RunningText:
    """What the header and footer print on every page."""

    left: str
    classification: str
    footer_left: str
    page_label: str  # "Pagina {page} van" (the total follows as a form)


class HeadingParagraph(Paragraph):  # type: ignore[misc]
    """A heading that registers itself as bookmark, outline entry and contents line."""

    def __init__(self, heading: Heading, markup: str, style: Any) -> None:
        super().__init__(markup, style)
        self.heading = heading


class Contents(Flowable):  # type: ignore[misc]
    """The table of contents: titles now, page numbers later (forms ``toc.<key>``)."""

    def __init__(self, headings: list[Heading], styles: Styles) -> None:
        super().__init__()
        self.headings = headings
        self.lines = [Paragraph(para_markup(h.title), styles.toc1 if h.level == 0 else styles.toc2)
                      for h in headings]
        self.number_width = 12 * mm

    def wrap(self, avail_w: float, avail_h: float) -> tuple[float, float]:
        self.width = avail_w
        text_w = avail_w - self.number_width
        self.heights = []
        for line in self.lines:
            _, h = line.wrap(text_w, avail_h)
            self.heights.append(h + line.style.spaceBefore + 2.5)
        self.height = sum(self.heights)
        return avail_w, self.height

    def draw(self) -> None:
        canv = self.canv
        y = self.height
        for heading, line, h in zip(self.headings, self.lines, self.heights, strict=True):
            y -= h
            line.drawOn(canv, 0, y + 2.5)
            style = line.style
            count, last_w = _last_line(line)
            # ReportLab puts a paragraph's first baseline one font size below its top.
            baseline = y + 2.5 + line.height - style.fontSize - (count - 1) * style.leading
            canv.saveState()
            canv.setStrokeColor(GRID)
            canv.setDash(0.6, 2.2)
            canv.setLineWidth(0.5)
            canv.line(style.leftIndent + last_w + 4, baseline,
                      self.width - self.number_width + 4, baseline)
            canv.restoreState()
            canv.saveState()
            canv.translate(self.width, baseline)
            canv.doForm(form_name("toc", heading.key))
            canv.restoreState()
            canv.linkRect("", heading.key, (0, y, self.width, y + h), relative=1, thickness=0)


def _last_line(para: Paragraph) -> tuple[int, float]:
    """Number of lines and the width of the last one (for the dotted leader)."""
    lines = para.blPara.lines
    if not lines:
        return 1, 0.0
    last = lines[-1]
    text_width = para.width - para.style.leftIndent - para.style.rightIndent
    extra = last[0] if isinstance(last, tuple) else getattr(last, "extraSpace", 0)
    return len(lines), float(text_width - extra)


def pdf_language(lang: str) -> str:
    """The document language for the PDF catalog (/Lang): what a screen reader speaks."""
    return "en-GB" if lang == "en" else "nl-NL"


def form_name(kind: str, key: str) -> str:
    return f"{kind}_{key}".replace(".", "_")


class ReportCanvas(Canvas):  # type: ignore[misc]
    """A canvas that runs ``before_save`` once all pages are out, to define late forms."""

    before_save: Callable[[Canvas], None] | None = None

    def save(self) -> None:
        if self.before_save is not None:
            self.before_save(self)
        super().save()


@dataclass
class ReportDoc:
    """Builds the story into PDF bytes; records where each heading landed."""

    running: RunningText
    title: str
    author: str
    subject: str
    keywords: str
    creator: str
    progress: Callable[[int, int], None] | None = None
    #: CreationDate and ModDate of the PDF (midnight UTC); None keeps ReportLab's
    #: invariant 2000-01-01. The same data and date still give the same bytes.
    report_date: date | None = None
    #: The report's language (``nl``/``en``), for the PDF's /Lang.
    lang: str = "nl"
    pages: dict[str, int] = field(default_factory=dict)
    total_pages: int = 0

    def build(self, story: list[Flowable], target: Any) -> None:
        doc = _DocTemplate(
            target, pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM, title=self.title,
            author=self.author, subject=self.subject, keywords=self.keywords,
            creator=self.creator, lang=pdf_language(self.lang), invariant=1,
            initialFontName=REGULAR, initialFontSize=9.5, pageCompression=1,
        )
        doc.report = self
        frame = Frame(MARGIN_X, MARGIN_BOTTOM, FRAME_W, PAGE_H - MARGIN_TOP - MARGIN_BOTTOM,
                      id="body", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        doc.addPageTemplates([
            PageTemplate(id="cover", frames=[frame], onPage=self._cover_page),
            PageTemplate(id="body", frames=[frame], onPage=self._body_page),
        ])
        total = max(len(story), 1)
        if self.progress is not None:
            report = self.progress

            def on_progress(kind: str, value: int) -> None:
                if kind == "PROGRESS":
                    report(min(value, total), total)

            doc.setProgressCallBack(on_progress)

        def late_forms(canv: Canvas) -> None:
            self.total_pages = canv.getPageNumber() - 1
            _define_number_form(canv, form_name("pages", "total"), self.total_pages, right=False)
            for key, page in self.pages.items():
                _define_number_form(canv, form_name("toc", key), page, right=True)

        stamp = self.report_date

        class _Canvas(ReportCanvas):
            before_save = staticmethod(late_forms)

            def __init__(self, *args: Any, **kwargs: Any) -> None:
                super().__init__(*args, **kwargs)
                if stamp is not None:  # read by the Info dictionary at save time
                    ts = self._doc._timeStamp
                    ts.YMDhms = (stamp.year, stamp.month, stamp.day, 0, 0, 0)
                    ts.dhh = ts.dmm = 0

        doc.build(story, canvasmaker=_Canvas)

    # -- page decorations ---------------------------------------------------------------
    def _marking(self, canv: Canvas, y: float) -> None:
        canv.setFont(BOLD, 8.5)
        canv.setFillColor(MARK)
        canv.drawCentredString(PAGE_W / 2, y, self.running.classification.upper())

    def _cover_page(self, canv: Canvas, doc: Any) -> None:
        canv.saveState()
        self._marking(canv, PAGE_H - 12 * mm)
        self._marking(canv, 9 * mm)
        canv.setFillColor(BLUE)
        canv.rect(0, PAGE_H - 6 * mm, PAGE_W, 6 * mm, stroke=0, fill=1)
        canv.restoreState()

    def _body_page(self, canv: Canvas, doc: Any) -> None:
        running = self.running
        top = PAGE_H - 14 * mm
        canv.saveState()
        canv.setFont(REGULAR, 7.5)
        canv.setFillColor(MUTED)
        marking = running.classification.upper()
        room = (FRAME_W - canv.stringWidth(marking, BOLD, 7.5) - 6 * mm)
        canv.drawString(MARGIN_X, top, fit_text(running.left, room, REGULAR, 7.5))
        canv.setFont(BOLD, 7.5)
        canv.setFillColor(MARK)
        canv.drawRightString(PAGE_W - MARGIN_X, top, marking)
        canv.setStrokeColor(BLUE)
        canv.setLineWidth(0.6)
        canv.line(MARGIN_X, top - 2.5 * mm, PAGE_W - MARGIN_X, top - 2.5 * mm)
        bottom = 11 * mm
        canv.line(MARGIN_X, bottom + 4 * mm, PAGE_W - MARGIN_X, bottom + 4 * mm)
        canv.setFont(ITALIC, 7)
        canv.setFillColor(MUTED)
        canv.drawString(MARGIN_X, bottom, running.footer_left)
        self._marking(canv, bottom)
        label = running.page_label.format(page=canv.getPageNumber()) + " "
        canv.setFont(REGULAR, 7.5)
        canv.setFillColor(INK)
        # Room for a three-digit total after the label; the total is a late form.
        x = PAGE_W - MARGIN_X - canv.stringWidth("000", REGULAR, 7.5)
        canv.drawRightString(x, bottom, label)
        canv.translate(x, bottom)
        canv.doForm(form_name("pages", "total"))
        canv.restoreState()


def fit_text(value: str, width: float, font: str, size: float) -> str:
    """``value`` cut with an ellipsis so it fits ``width`` points (a long organisation name
    must not run into the classification marking or off the page)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if stringWidth(value, font, size) <= width:
        return value
    low, high = 0, len(value)
    while low < high:  # the longest prefix that fits with the ellipsis
        mid = (low + high + 1) // 2
        if stringWidth(value[:mid].rstrip() + "…", font, size) <= width:
            low = mid
        else:
            high = mid - 1
    return value[:low].rstrip() + "…"


def fit_header(template: Callable[[str], str], org: str, classification: str) -> str:
    """The running header with the organisation name cut to the room left of the
    classification marking; the rest of the header (period) stays whole."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    room = FRAME_W - stringWidth(classification.upper(), BOLD, 7.5) - 6 * mm
    rest = stringWidth(template(""), REGULAR, 7.5)
    return template(fit_text(org, max(room - rest, 20 * mm), REGULAR, 7.5))


def _define_number_form(canv: Canvas, name: str, value: int, *, right: bool) -> None:
    canv.beginForm(name, lowerx=-60, lowery=-10, upperx=60, uppery=20)
    canv.setFillColor(INK)
    if right:
        canv.setFont(REGULAR, 9)
        canv.drawRightString(0, 0, str(value))
    else:
        canv.setFont(REGULAR, 7.5)
        canv.drawString(0, 0, str(value))
    canv.endForm()


class _DocTemplate(BaseDocTemplate):  # type: ignore[misc]
    report: ReportDoc

    def afterFlowable(self, flowable: Flowable) -> None:
        heading = getattr(flowable, "heading", None)
        if heading is None:
            return
        canv = self.canv
        canv.bookmarkPage(heading.key)
        canv.addOutlineEntry(heading.title, heading.key, level=heading.level,
                             closed=heading.level > 0)
        self.report.pages[heading.key] = canv.getPageNumber()


