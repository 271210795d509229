"""The HTML renderer of the report model (issue 15): one self-contained, accessible page.

Renders :class:`bio2.report.model.Document` with ``templates/report.html``; the CSS is
``page.css`` (shared with ``bio2 publish``) followed by ``report.css``, inline.

Structure (checked by tests/test_report_html.py, and by ``make test-a11y`` in a browser):
skip link, ``header`` with the classification marking, ``main`` with the cover (the one
``h1``), the contents as ``nav`` with links to every chapter's id, the chapters, and a
``footer`` with the marking again. Chapters are ``h2``, their sections ``h3``; a
subheading is one level under the heading it belongs to (the annex's themes ``h3``,
its items ``h4``), so no level is ever skipped. Tables have a ``caption``, ``th
scope="col"`` and the first cell of each row as ``th scope="row"``. Charts are inline
bars (``role="img"`` with the text alternative; bars in SVG, words in HTML, see
:mod:`bio2.report.html.svg`) with their numbers in a table.

Decisions:
- No script, no external resource, no link made from user text; every text goes
  through Jinja2's autoescaping and the control-character hook of
  :func:`bio2.report.html.environment`.
- Paper-only blocks (gaps, page breaks) produce nothing; print CSS starts each chapter
  on a new page instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from markupsafe import Markup, escape

from bio2.i18n.numbers import Formatter
from bio2.report import model as m
from bio2.report.html import environment, visible

if TYPE_CHECKING:
    import jinja2

#: The template's name for each block type.
_KINDS: dict[type, str] = {
    m.Paragraph: "paragraph", m.Subheading: "subheading", m.Table: "table", m.Facts: "facts",
    m.BulletList: "list", m.Figure: "figure", m.Signatures: "signatures",
}


@dataclass(frozen=True)
class _FigureView:
    svg: Any


@dataclass(frozen=True)
class _ChapterView:
    chapter: m.Chapter
    tag: int
    items: list[tuple[str, m.Block, Any]]


def _views(doc: m.Document) -> list[_ChapterView]:
    from bio2.report.html.svg import chart

    fmt = Formatter(doc.lang)
    out = []
    for chapter in doc.chapters:
        tag = 2 if chapter.level == 0 else 3
        group: int | None = None  # the level of the last rank-1 subheading
        items: list[tuple[str, m.Block, Any]] = []
        for block in chapter.blocks:
            kind = _KINDS.get(type(block))
            if kind is None:  # gap, page break: paper only
                continue
            extra: Any = None
            if isinstance(block, m.Subheading):
                if block.rank == 1:
                    group = extra = min(tag + 1, 6)
                else:
                    extra = min((group or tag) + 1, 6)
            elif isinstance(block, m.Figure):
                extra = _FigureView(chart(block, fmt))
            items.append((kind, block, extra))
        out.append(_ChapterView(chapter, tag, items))
    return out


def runs_html(runs: m.Runs) -> Markup:
    """Runs as HTML: every span escaped (control characters shown as ``\\xNN`` first,
    as the environment's hook does), line breaks as ``<br>``, styles as elements, a tone
    as a class. Done in Python rather than a template macro: it runs for every cell."""
    out = []
    for span in runs:
        piece = Markup("<br>").join(escape(visible(line)) for line in span.text.split("\n"))
        if span.code:
            piece = Markup("<code>%s</code>") % piece
        if span.emphasis:
            piece = Markup("<em>%s</em>") % piece
        if span.strong:
            piece = Markup("<strong>%s</strong>") % piece
        if span.tone:
            piece = Markup('<span class="tone-%s">%s</span>') % (span.tone, piece)
        out.append(piece)
    return Markup("").join(out)


def cell_html(cell: m.Cell, tag: str = "td", scope: str | None = None) -> Markup:
    """One table cell (or ``dd``) with its tone, alignment and weight as classes."""
    classes = [*([f"tone-{cell.tone}"] if cell.tone else []), *(["num"] if cell.right else []),
               *(["strong"] if cell.strong else [])]
    attrs = Markup("")
    if scope:
        attrs += Markup(' scope="%s"') % scope
    if classes:
        attrs += Markup(' class="%s"') % " ".join(classes)
    return Markup("<%s%s>%s</%s>") % (Markup(tag), attrs, runs_html(cell.runs), Markup(tag))


def cells_html(row: tuple[m.Cell, ...]) -> Markup:
    """A body row's cells: the first is the row's header (``th scope="row"``)."""
    return Markup("").join(cell_html(c, "th", "row") if n == 0 else cell_html(c)
                           for n, c in enumerate(row))


@cache
def _environment() -> jinja2.Environment:
    """The shared environment (autoescape, control-character hook) with this page's
    filters; made once, so its compiled template is reused."""
    env = environment().overlay()
    env.filters.update(runs=runs_html, cell=cell_html, cells=cells_html)
    return env


def render_html(doc: m.Document) -> str:
    """The HTML text of the report (UTF-8 when written)."""
    env = _environment()
    css = "\n".join(env.loader.get_source(env, name)[0] for name in ("page.css", "report.css")
                    ) if env.loader else ""
    return env.get_template("report.html").render(doc=doc, chapters=_views(doc),
                                                  css=Markup(css))
