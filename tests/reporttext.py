"""What the report says, read from its model instead of a rendered PDF.

The report is built once as a format-neutral model (:mod:`bio2.report.model`) and the PDF
and HTML renderers only lay it out (they never translate, format or add words). A test of
what the report SAYS can therefore read the model's text: about 0.1 s of CPU, where
rendering the PDF and extracting its text back with pypdf costs about 5 s. The tests that
need the paper itself (layout, fonts, outline, running header, hostile text in the PDF,
page breaks) still render it; ``tests/test_report_html.py`` checks on the demo that every
paragraph, heading, list item and table cell of the model is in the PDF's text, which is
what lets a test of the wording read the model.

:func:`text_of` gives the text in reading order like pypdf gives a page: one line per
paragraph, heading, list item, table cell and label or value of a fact (a paragraph's own
line breaks kept). Compare with ``flat`` or ``" ".join(text.split())`` as the PDF tests do.
"""

from __future__ import annotations

import html
import re
from datetime import date
from typing import TYPE_CHECKING, Any

from bio2.i18n import speaking
from bio2.report.builder import build_document
from bio2.report.model import (
    Block,
    BulletList,
    Document,
    Facts,
    Figure,
    Paragraph,
    Signatures,
    Subheading,
    Table,
    plain,
)

if TYPE_CHECKING:
    from bio2.usecases.opening import AssessmentData

TODAY = date(2026, 11, 1)


def document(data: AssessmentData, *, today: date = TODAY, lang: str | None = None,
             classification: str | None = None, with_incidents: bool = False) -> Document:
    """The report's model as ``bio2 report`` builds it (``lang`` None: the current one)."""
    with speaking(lang) as chosen:
        return build_document(data, today=today, classification=classification, lang=chosen,
                              with_incidents=with_incidents)


def block_lines(block: Block) -> list[str]:
    """The printed text of one block, as lines (a figure: its title, labels and note)."""
    if isinstance(block, Paragraph | Subheading):
        return [plain(block.runs)]
    if isinstance(block, Table):
        return [c.text for row in (block.header, *block.rows) for c in row]
    if isinstance(block, Facts):
        return [line for label, value in block.pairs for line in (label, value.text)]
    if isinstance(block, BulletList):
        return [plain(item) for item in block.items]
    if isinstance(block, Figure):
        return [*([block.title] if block.title else []), *(r.label for r in block.rows),
                *([block.note] if block.note else [])]
    if isinstance(block, Signatures):
        return [*block.columns, *(label for label, _ in block.fields)]
    return []  # gaps and page breaks print nothing


def cover_text(doc: Document) -> str:
    """The cover page's text: title, subtitle, organisation, facts and notes."""
    cover = doc.cover
    return "\n".join([cover.title, cover.subtitle, plain(cover.name),
                      *block_lines(cover.facts), *cover.notes])


def chapter_text(doc: Document, title: str) -> str:
    """The text of the chapter called ``title`` (without its number) and its sections."""
    start = next(n for n, c in enumerate(doc.chapters) if c.title == title)
    end = next((n for n, c in enumerate(doc.chapters)
                if n > start and c.level <= doc.chapters[start].level), len(doc.chapters))
    return "\n".join(line for chapter in doc.chapters[start:end]
                     for line in (chapter.numbered_title,
                                  *(x for b in chapter.blocks for x in block_lines(b))))


def text_of(doc: Document) -> str:
    """The cover, then every chapter's numbered title and blocks, in reading order (no
    contents page, no running header or footer: those are the PDF's own)."""
    lines = [cover_text(doc)]
    for chapter in doc.chapters:
        lines.append(chapter.numbered_title)
        for block in chapter.blocks:
            lines.extend(block_lines(block))
    return "\n".join(lines)


def report_text(data: AssessmentData, *, today: date = TODAY, lang: str | None = None,
                classification: str | None = None, with_incidents: bool = False) -> str:
    """The text of the report of ``data`` (see :func:`text_of`)."""
    return text_of(document(data, today=today, lang=lang, classification=classification,
                            with_incidents=with_incidents))


def html_text(page: str) -> str:
    """The text of an HTML report as ``bio2 report --format html`` writes it (the same
    model as the PDF, rendered in a few tenths of a second): tags become line breaks,
    entities are resolved, the style sheet is left out."""
    body = re.sub(r"<style>.*?</style>", "", page, flags=re.S)
    return html.unescape(re.sub(r"<[^>]*>", "\n", body))


def pdf_section_text(pdf: bytes, title: str) -> str:
    """The text of the rendered report's pages from the heading ``title`` (its numbered
    title, as in the PDF's outline) up to the page where the next heading starts, for a
    test that must read the paper (hostile text) but only needs one section: pypdf then
    extracts a few pages instead of all of them."""
    from tests.conftest import read_pdf

    reader = read_pdf(pdf)

    def entries(outline: list[Any]) -> list[Any]:
        return [e for item in outline
                for e in (entries(item) if isinstance(item, list) else [item])]

    marks = entries(reader.outline)
    at = next(n for n, e in enumerate(marks) if e.title == title)
    first = reader.get_destination_page_number(marks[at])
    last = (reader.get_destination_page_number(marks[at + 1]) if at + 1 < len(marks)
            else len(reader.pages) - 1)
    return "\n".join(reader.pages[n].extract_text() for n in range(first, last + 1))
