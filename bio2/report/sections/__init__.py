"""The chapters of the report: each a function ``(ctx) -> list[Heading | Block]`` that
builds blocks of the format-neutral model (:mod:`bio2.report.model`); no chapter knows
how the report is rendered, and none imports ReportLab.

``Ctx`` carries the data, the scorecard, the Cbw views and the formatter, and offers the
small building blocks every chapter uses (numbered headings, tables, cells, item titles),
so all tables are built alike.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, TypeAlias

from bio2.domain.rules import acceptance_expired
from bio2.i18n import pick, t
from bio2.report.model import (
    ALERT,
    Block,
    Cell,
    Facts,
    Gap,
    Heading,
    Paragraph,
    Runs,
    Span,
    Subheading,
    Table,
)
from bio2.report.runs import clean

if TYPE_CHECKING:
    from bio2.analysis.audit_compare import AuditComparison
    from bio2.analysis.cbw import CbwReadiness
    from bio2.analysis.meldplicht import MeldplichtSummary
    from bio2.analysis.statement import StatementBasis
    from bio2.domain.answers import Answer
    from bio2.domain.scorecard import ItemScore, Scorecard
    from bio2.i18n.numbers import Formatter
    from bio2.usecases.opening import AssessmentData

#: What a chapter function returns: headings and blocks in reading order.
Out: TypeAlias = list[Heading | Block]
#: A table cell as a chapter gives it: our own plain text, or a ready cell.
CellLike: TypeAlias = str | Cell


@dataclass
class Ctx:
    """Everything a chapter needs, plus the numbering of headings."""

    data: AssessmentData
    card: Scorecard
    cbw: CbwReadiness
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
    #: The meldplicht register summarised (issue 13 §4); None: not computed.
    meldplicht: MeldplichtSummary | None = None
    #: Chapter function name -> its number, known before layout (texts refer ahead).
    chapter_no: dict[str, int] = field(default_factory=dict)
    headings: list[Heading] = field(default_factory=list)
    _numbers: list[int] = field(default_factory=lambda: [0, 0])
    table_rows: int = 0
    #: The title of the last heading or subheading: the caption of a table under it.
    _last_title: str = ""

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
                key: str | None = None) -> Out:
        """A numbered chapter (level 0) or section (level 1) heading."""
        number = None
        if numbered:
            if level == 0:
                self._numbers[0] += 1
                self._numbers[1] = 0
                number = str(self._numbers[0])
            else:
                self._numbers[1] += 1
                number = f"{self._numbers[0]}.{self._numbers[1]}"
        heading = Heading(key=key or f"h{len(self.headings)}", title=title, level=level,
                          number=number)
        self.headings.append(heading)
        self._last_title = title
        return [heading]

    def subheading(self, title: str, *, rank: int = 2, keep_mm: float = 28) -> Out:
        """An unnumbered heading over a table (not in the contents)."""
        self._last_title = title
        return [Subheading((Span(title),), rank=rank, keep_mm=keep_mm)]

    def p(self, value: str, role: str = "body") -> Paragraph:
        """A paragraph of OUR text (messages, which may carry user text as values)."""
        return Paragraph((Span(value),), role)

    def runs(self, runs: Runs, role: str = "body") -> Paragraph:
        """A paragraph of runs the caller built (strong, emphasis, cut user text)."""
        return Paragraph(runs, role)

    def cell(self, value: object, *, limit: int | None = 300, bold: bool = False,
             right: bool = False, alert: bool = False) -> Cell:
        """A table cell holding user or catalog text (cleaned, cut at ``limit``);
        ``alert`` marks it (an overdue date)."""
        return Cell(clean(value, limit), tone=ALERT if alert else None, strong=bold or alert,
                    right=right)

    def table(self, header: Sequence[str], rows: Sequence[Sequence[CellLike]],
              widths: Sequence[float], *, status_col: int | None = None,
              statuses: Sequence[str] = (), align_right: Sequence[int] = (),
              tones: Sequence[tuple[int, int, str]] = (), total_row: bool = False,
              rules_below: Sequence[int] = (), caption: str | None = None,
              count: bool = True) -> Table:
        """A full-width table with a header row.

        ``widths`` are relative. ``statuses`` gives the tone of the cell in ``status_col``
        per row; ``tones`` more cells as (column, body row from 1, tone). Plain-string
        cells are right-aligned in ``align_right``. The caption defaults to the last
        heading or subheading. ``count``: False for a figure's numbers (not on paper).
        """
        right = set(align_right)
        tone_of = {(status_col, n): key for n, key in enumerate(statuses, start=1)
                   if status_col is not None}
        tone_of.update(((c, r), key) for c, r, key in tones)
        head = tuple(Cell((Span(h),), right=n in right) for n, h in enumerate(header))
        body: list[tuple[Cell, ...]] = []
        for r, row in enumerate(rows, start=1):
            cells = []
            for n, c in enumerate(row):
                tone = tone_of.get((n, r))
                if isinstance(c, Cell):
                    cells.append(Cell(c.runs, tone or c.tone, c.strong, c.right)
                                 if tone else c)
                else:
                    cells.append(Cell((Span(c),), tone=tone, right=n in right))
            body.append(tuple(cells))
        if count:
            self.table_rows += len(body)
        return Table(caption=caption or self._last_title, header=head, rows=tuple(body),
                     widths=tuple(widths), total_row=total_row,
                     rules_below=tuple(rules_below))

    def facts(self, pairs: Sequence[tuple[str, CellLike]], label_width: float = 0.3) -> Facts:
        """Two columns, label and value, without a header: for the cover and summaries."""
        return Facts(tuple((k, v if isinstance(v, Cell) else Cell((Span(v),)))
                           for k, v in pairs), label_width)

    def gap(self, height: float = 6) -> Gap:
        return Gap(height)

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
    rows: list[list[CellLike]] = []
    statuses = []
    for item_id in ids:
        score = ctx.card.items[item_id]
        answer = ctx.answer(item_id)
        row: list[CellLike] = [item_id, ctx.cell(ctx.title_of(item_id)), ctx.status_word(score),
                               ctx.cell(answer.explanation if answer else "", limit=240)]
        if why is not None:
            row.append(ctx.cell(why.get(item_id, ""), limit=240))
        rows.append(row)
        statuses.append(ctx.status_key(score))
    return ctx.table(header, rows, widths, status_col=2, statuses=statuses)
