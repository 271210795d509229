"""The verantwoordingsrapportage as a format-neutral model (issue 15).

The chapters in :mod:`bio2.report.sections` build this model once; two renderers turn it
into output: :mod:`bio2.report.pdf` (ReportLab) and :mod:`bio2.report.html.report`
(Jinja2). So the PDF and the HTML tell the same story by construction.

Decisions:
- Every text in the model is final: resolved from the message catalog in the report's
  language, numbers and dates formatted by its :class:`~bio2.i18n.numbers.Formatter`,
  user text cleaned (control characters dropped) and cut where the report cuts it. A
  renderer only escapes and lays out; it never formats or translates.
- Text is plain strings in typed runs (:class:`Span`: strong, emphasis, code, tone).
  There are no markup strings anywhere in the model, so user text can never become
  ReportLab or HTML markup; each renderer escapes every span.
- A *tone* is a meaning, not a colour: a status key (``ja``, ``deels``, ``nee``,
  ``nvt``, ``open``, ``excluded``) or ``alert`` (overdue, cut). The words are always in
  the text as well, so no renderer carries meaning by colour alone.
- Layout hints that only paper needs (page breaks, gaps, "keep this much room") are
  blocks or fields too; the HTML renderer ignores them or maps them to print CSS.
- A chapter's sections are chapters of ``level`` 1 that follow it in
  :attr:`Document.chapters` (a flat list in reading order, like the contents page).
- This module and the builder never import ReportLab (import-linter contract).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TypeAlias

#: Tones a renderer must know: the statuses (with "excluded" for a control outside the
#: VvT) and "alert".
STATUS_TONES = ("ja", "deels", "nee", "nvt", "open", "excluded")
ALERT = "alert"


@dataclass(frozen=True, slots=True)
class Span:
    """A run of plain text; ``\\n`` is a line break."""

    text: str
    strong: bool = False
    emphasis: bool = False
    code: bool = False
    tone: str | None = None


Runs: TypeAlias = tuple[Span, ...]


def plain(runs: Runs) -> str:
    """The text of runs without any emphasis (for tests, captions and alt texts)."""
    return "".join(s.text for s in runs)


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A paragraph; ``role`` is ``body``, ``small`` (secondary text), ``note`` (an aside),
    ``mono`` (a command or hash to copy) or ``mark`` (the draft marking)."""

    runs: Runs
    role: str = "body"


@dataclass(frozen=True, slots=True)
class Subheading:
    """An unnumbered heading inside a chapter, not in the contents. ``rank`` 1 groups
    (the annex's themes), rank 2 sits over a table or an item. ``keep_mm`` is the room
    the PDF wants left on the page before it (a hint for paper)."""

    runs: Runs
    rank: int = 2
    keep_mm: float = 28


@dataclass(frozen=True, slots=True)
class Cell:
    runs: Runs
    tone: str | None = None
    strong: bool = False
    right: bool = False

    @property
    def text(self) -> str:
        return plain(self.runs)


@dataclass(frozen=True, slots=True)
class Table:
    """A data table. ``widths`` are relative column widths (hints). ``caption`` names the
    table for a screen reader (the PDF shows the heading above it instead). The first
    column identifies its row. ``total_row``: the last row sums the others;
    ``rules_below``: body rows (0-based) after which a group ends."""

    caption: str
    header: tuple[Cell, ...]
    rows: tuple[tuple[Cell, ...], ...]
    widths: tuple[float, ...]
    total_row: bool = False
    rules_below: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class Facts:
    """Label and value pairs without a header (cover, summary, colophon)."""

    pairs: tuple[tuple[str, Cell], ...]
    label_width: float = 0.3


@dataclass(frozen=True, slots=True)
class BulletList:
    items: tuple[Runs, ...]
    numbered: bool = False


@dataclass(frozen=True, slots=True)
class FigureRow:
    """One bar or spoke: its label, score (0..1, None: no score) and coverage (0..1)."""

    label: str
    score: float | None
    coverage: float | None = None


@dataclass(frozen=True, slots=True)
class Figure:
    """A chart: ``kind`` ``bar`` (score with a coverage bar per row) or ``radar``. ``alt``
    is the text alternative; ``numbers`` holds the same values as a table. When the
    chapter shows that table right after the figure anyway, ``numbers_follow`` is True
    and a renderer need not repeat it. ``title`` and ``note`` are shown with it."""

    kind: str
    rows: tuple[FigureRow, ...]
    alt: str
    numbers: Table
    numbers_follow: bool = False
    title: str | None = None
    note: str | None = None
    #: Size hints for paper, in points: room for labels (bar) or the diameter (radar).
    label_width: float = 150
    size: float = 190


@dataclass(frozen=True, slots=True)
class Signatures:
    """Signature fields side by side: a column per signer, a line per field with the room
    (mm) to write above it."""

    columns: tuple[str, ...]
    fields: tuple[tuple[str, float], ...]


@dataclass(frozen=True, slots=True)
class Gap:
    """Vertical room in points (paper only)."""

    points: float = 6


@dataclass(frozen=True, slots=True)
class PageBreak:
    """Start a new page here (paper; print CSS)."""


Block: TypeAlias = (Paragraph | Subheading | Table | Facts | BulletList | Figure | Signatures
                    | Gap | PageBreak)


@dataclass(frozen=True, slots=True)
class Heading:
    """Where a chapter (level 0) or section (level 1) starts, in the block stream the
    chapter functions return; :func:`chapters_of` turns the stream into chapters."""

    key: str
    title: str
    level: int = 0
    number: str | None = None


@dataclass(frozen=True, slots=True)
class Chapter:
    """A chapter (level 0) or a section of the chapter before it (level 1)."""

    key: str
    title: str
    level: int
    number: str | None
    blocks: tuple[Block, ...]

    @property
    def numbered_title(self) -> str:
        return f"{self.number}  {self.title}" if self.number else self.title


@dataclass(frozen=True, slots=True)
class Cover:
    title: str
    subtitle: str
    #: The organisation's name, cut for the cover.
    name: Runs
    facts: Facts
    notes: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Running:
    """What paper prints on every page: the header is ``before`` + organisation +
    ``after`` (paper cuts the name to fit), the footer, the page label with ``{page}``."""

    header: tuple[str, str]
    footer: str
    page_label: str


@dataclass(frozen=True)
class Document:
    """The whole report. ``title`` is the report's title (the document's h1); ``meta_*``
    go into the file's metadata."""

    lang: str
    title: str
    organisation: str
    period: str
    classification: str
    catalog: str
    version: str
    fingerprint: str
    chain_head: str | None
    report_date: date
    date_text: str
    author: str
    meta_title: str
    meta_subject: str
    meta_keywords: str
    contents_title: str
    cover: Cover
    running: Running
    chapters: tuple[Chapter, ...]
    #: Table rows in the body (without header rows), for the benchmark's floor.
    table_rows: int = 0
    #: Texts only a page needs around the model (the skip link).
    labels: dict[str, str] = field(default_factory=dict)

    def tables(self) -> list[Table]:
        """Every table of the body in reading order, a figure's numbers once."""
        out: list[Table] = []
        for chapter in self.chapters:
            for block in chapter.blocks:
                if isinstance(block, Table):
                    out.append(block)
                elif isinstance(block, Figure) and not block.numbers_follow:
                    out.append(block.numbers)
        return out


def chapters_of(stream: list[Heading | Block]) -> tuple[tuple[Block, ...], tuple[Chapter, ...]]:
    """Split a block stream at its headings: the blocks before the first heading, and one
    chapter per heading with the blocks up to the next."""
    before: list[Block] = []
    out: list[Chapter] = []
    current: Heading | None = None
    blocks: list[Block] = []
    for entry in stream:
        if isinstance(entry, Heading):
            if current is not None:
                out.append(Chapter(current.key, current.title, current.level, current.number,
                                   tuple(blocks)))
            current, blocks = entry, []
        elif current is None:
            before.append(entry)
        else:
            blocks.append(entry)
    if current is not None:
        out.append(Chapter(current.key, current.title, current.level, current.number,
                           tuple(blocks)))
    return tuple(before), tuple(out)
