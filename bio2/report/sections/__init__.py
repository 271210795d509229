"""The chapters of the report: each a function ``(ctx) -> list[Flowable]``.

``Ctx`` carries the data, the scorecard, the Cbw views and the styles, and offers the
small building blocks every chapter uses (numbered headings, tables, item titles), so
all tables look alike.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any, TypeAlias
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer, Table, TableStyle

from bio2.domain.rules import acceptance_expired
from bio2.i18n import pick, t
from bio2.report.document import FRAME_W, Heading, HeadingParagraph
from bio2.report.fonts import REGULAR
from bio2.report.styles import (
    ALERT,
    GRID,
    STATUS_FILL,
    Styles,
    table_look,
    text,
)

if TYPE_CHECKING:
    from bio2.analysis.audit_compare import AuditComparison
    from bio2.analysis.cbw import CbwReadiness
    from bio2.analysis.statement import StatementBasis
    from bio2.domain.answers import Answer
    from bio2.domain.scorecard import ItemScore, Scorecard
    from bio2.i18n.numbers import Formatter
    from bio2.usecases.opening import AssessmentData

#: A table cell: plain text (escaped) or a ready flowable.
Cell: TypeAlias = Any


@dataclass
class Ctx:
    """Everything a chapter needs, plus the headings collected for the contents."""

    data: AssessmentData
    card: Scorecard
    cbw: CbwReadiness
    styles: Styles
    #: Numbers and dates in the report's language, made once per render.
    fmt: Formatter
    today: date
    classification: str
    fingerprint: str
    version: str
    #: The claims of the statement (chapter "verklaring"), derived by bio2.analysis.statement.
    basis: StatementBasis | None = None
    #: Self-assessment against audit; None when there is no audit view.
    audit: AuditComparison | None = None
    #: Chapter function name -> its number, known before layout (texts refer ahead).
    chapter_no: dict[str, int] = field(default_factory=dict)
    headings: list[Heading] = field(default_factory=list)
    _numbers: list[int] = field(default_factory=lambda: [0, 0])
    table_rows: int = 0

    # -- catalog words ---------------------------------------------------------------
    @property
    def org_name(self) -> str:
        return self.data.organisation.name

    def title_of(self, item_id: str) -> str:
        item = self.data.catalog.items.get(item_id)
        return pick(item.title, item.title_en) if item else ""

    def control_title(self, control_id: str) -> str:
        control = self.data.catalog.controls[control_id]
        return pick(control.title, control.title_en)

    def answer(self, item_id: str) -> Answer | None:
        return self.data.answers.get(item_id)

    def status_word(self, score: ItemScore) -> str:
        return t("status.excluded") if score.excluded_by_vvt else t(f"status.{score.status}")

    def status_key(self, score: ItemScore) -> str:
        return "excluded" if score.excluded_by_vvt else score.status

    # -- building blocks --------------------------------------------------------------
    def heading(self, title: str, level: int = 0, *, numbered: bool = True,
                key: str | None = None) -> list[Flowable]:
        """A numbered chapter (level 0) or section (level 1) heading with a bookmark."""
        if numbered:
            if level == 0:
                self._numbers[0] += 1
                self._numbers[1] = 0
                title = f"{self._numbers[0]}  {title}"
            else:
                self._numbers[1] += 1
                title = f"{self._numbers[0]}.{self._numbers[1]}  {title}"
        heading = Heading(key=key or f"h{len(self.headings)}", title=title, level=level)
        self.headings.append(heading)
        style = self.styles.h1 if level == 0 else self.styles.h2
        return [CondPageBreak(34 * mm), HeadingParagraph(heading, escape(title), style)]

    def subheading(self, title: str) -> list[Flowable]:
        """An unnumbered heading over a table; it moves to the next page rather than
        end a page on its own (keepWithNext does not hold against a table)."""
        return [CondPageBreak(28 * mm), Paragraph(escape(title), self.styles.h3)]

    def p(self, markup: str, style: str = "body") -> Paragraph:
        """A paragraph of OUR text (messages): escaped here, so placeholders that carry
        user text must already be plain strings."""
        return Paragraph(escape(markup), getattr(self.styles, style))

    def raw(self, markup: str, style: str = "body") -> Paragraph:
        """A paragraph whose markup the caller built with :func:`text` / ``escape``."""
        return Paragraph(markup, getattr(self.styles, style))

    def cell(self, value: object, *, limit: int | None = 300, bold: bool = False,
             right: bool = False, alert: bool = False) -> Paragraph:
        """A table cell holding user or catalog text (escaped, cut at ``limit``);
        ``alert`` prints it in the marking colour (an overdue date)."""
        markup = text(value, limit)
        if alert:
            markup = f'<font color="{ALERT}">{markup}</font>'
        return Paragraph(markup, self._cell_style(bold or alert, right))

    def _cell_style(self, bold: bool, right: bool) -> ParagraphStyle:
        s = self.styles
        if right:
            return s.cell_right_bold if bold else s.cell_right
        return s.cell_bold if bold else s.cell

    def table(self, header: Sequence[str], rows: Sequence[Sequence[Cell]],
              widths: Sequence[float], *, status_col: int | None = None,
              statuses: Sequence[str] = (), align_right: Sequence[int] = (),
              extra: Sequence[tuple[Any, ...]] = ()) -> Table:
        """A full-width table with a repeated header row and striped rows.

        ``widths`` are fractions of the frame width. ``statuses`` colours the cell of
        ``status_col`` per row (a key of ``STATUS_FILL``). Plain-string cells become
        Paragraphs (right-aligned in ``align_right``): table styles such as ALIGN or
        TEXTCOLOR do not reach into a Paragraph, so they are not offered here.
        """
        scale = FRAME_W / sum(widths)
        right = set(align_right)
        head = [Paragraph(escape(h), self.styles.head_right if n in right else self.styles.head)
                for n, h in enumerate(header)]
        body = [[c if isinstance(c, Flowable)
                 else Paragraph(escape(c), self._cell_style(False, n in right))
                 for n, c in enumerate(row)] for row in rows]
        self.table_rows += len(body)
        grid = Table([head, *body], colWidths=[w * scale for w in widths], repeatRows=1,
                     hAlign="LEFT")
        style = table_look(7.8, len(body))
        if status_col is not None:
            for n, key in enumerate(statuses, start=1):
                style.append(("BACKGROUND", (status_col, n), (status_col, n), STATUS_FILL[key]))
        style.extend(extra)
        grid.setStyle(TableStyle(style))
        return grid

    def facts(self, pairs: Sequence[tuple[str, Cell]], label_width: float = 0.3) -> Table:
        """Two columns, label and value, without a header: for the cover and summaries."""
        rows = [[Paragraph(escape(k), self.styles.cell_bold),
                 v if isinstance(v, Flowable) else Paragraph(escape(v), self.styles.cell)]
                for k, v in pairs]
        grid = Table(rows, colWidths=[FRAME_W * label_width, FRAME_W * (1 - label_width)],
                     hAlign="LEFT")
        grid.setStyle(TableStyle([
            ("FONT", (0, 0), (-1, -1), REGULAR, 7.8),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.3, GRID),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ]))
        return grid

    def gap(self, height: float = 6) -> Spacer:
        return Spacer(1, height)

    def due_text(self, answer: Answer | None, score: ItemScore) -> str:
        if answer is None or answer.due is None:
            return ""
        shown = self.date_text(answer.due)
        return f"{shown} ({t('report.overdue')})" if score.overdue else shown

    def acceptance_text(self, answer: Answer | None) -> str:
        if answer is None or answer.acceptance is None:
            return ""
        acc = answer.acceptance
        state = (t("report.acc.expired") if acceptance_expired(acc.until, self.today)
                 else t("report.acc.until"))
        return f"{state} {self.date_text(acc.until)}"

    def date_text(self, day: date | None) -> str:
        return self.fmt.long_date(day)

    def chapter(self, name: str) -> int:
        """The number of a chapter by its function name ("plan", "statement")."""
        return self.chapter_no[name]

    @property
    def auditor(self) -> tuple[str, str] | None:
        """Auditor and audit date (reader format) when an audit view exists."""
        if self.audit is None or self.data.auditor is None:
            return None
        name, when = self.data.auditor
        return name, (self.date_text(date.fromisoformat(when)) if when else t("report.unknown"))


def item_ids_in_order(ctx: Ctx, ids: Sequence[str]) -> list[str]:
    order = {key: n for n, key in enumerate(ctx.data.catalog.items)}
    return sorted(dict.fromkeys(i for i in ids if i in order), key=order.__getitem__)


def items_table(ctx: Ctx, ids: Sequence[str], *, why: dict[str, str] | None = None) -> Table:
    """Items with status, owner and (cut) explanation; ``why`` adds a column that says
    why each item is listed (e.g. the Cbw link)."""
    header = [t("report.col.item"), t("report.col.title"), t("report.col.status"),
              t("report.col.explanation")]
    widths = [0.11, 0.3, 0.11, 0.48]
    if why is not None:
        header.append(t("report.col.why"))
        widths = [0.1, 0.21, 0.11, 0.33, 0.25]
    rows: list[list[Cell]] = []
    statuses = []
    for item_id in ids:
        score = ctx.card.items[item_id]
        answer = ctx.answer(item_id)
        row: list[Cell] = [item_id, ctx.cell(ctx.title_of(item_id)), ctx.status_word(score),
                           ctx.cell(answer.explanation if answer else "", limit=240)]
        if why is not None:
            row.append(ctx.cell(why.get(item_id, ""), limit=240))
        rows.append(row)
        statuses.append(ctx.status_key(score))
    return ctx.table(header, rows, widths, status_col=2, statuses=statuses)
