"""The report model's pure parts (issue 15): splitting the block stream into chapters,
user text as cleaned and cut runs, and runs as HTML. Hand-computed expectations."""

from __future__ import annotations

from bio2.i18n import speaking
from bio2.report.html.report import cell_html, runs_html
from bio2.report.model import (
    ALERT,
    Cell,
    Gap,
    Heading,
    Paragraph,
    Span,
    chapters_of,
    plain,
)
from bio2.report.runs import clean, emph


def test_chapters_of_splits_the_stream_at_each_heading() -> None:
    p1, p2, p3 = (Paragraph((Span(x),)) for x in "abc")
    before, chapters = chapters_of([Gap(), Heading("h0", "Een", 0, "1"), p1, p2,
                                    Heading("h1", "Deel", 1, "1.1"), p3,
                                    Heading("h2", "Bijlage", 0, None)])
    assert before == (Gap(),)
    assert [(c.key, c.numbered_title, c.level, c.blocks) for c in chapters] == [
        ("h0", "1  Een", 0, (p1, p2)), ("h1", "1.1  Deel", 1, (p3,)), ("h2", "Bijlage", 0, ())]


def test_clean_drops_control_characters_and_cuts_at_a_word_with_a_marker() -> None:
    assert clean("a\x1b[2J\r\nb\x00\tc\n\n\n\nd") == (Span("a[2J\nb c\n\nd"),)
    with speaking("nl"):
        runs = clean("woord " * 20, limit=50)  # 120 characters, 119 after strip
    # the cut ends on the last space after 80% of the limit: 8 words of 6 = 48 characters
    assert runs[0] == Span("woord " * 7 + "woord …")
    assert runs[1].tone == ALERT and runs[1].emphasis and "119" in runs[1].text
    assert clean(None) == (Span(""),)
    assert emph((Span("x"),)) == (Span("x", emphasis=True),)


def test_runs_are_escaped_html_with_styles_as_elements() -> None:
    runs = (Span("<b>&", strong=True), Span("1\n2", emphasis=True), Span("\x1b", tone="nee"),
            Span("h", code=True))
    assert str(runs_html(runs)) == ('<strong>&lt;b&gt;&amp;</strong><em>1<br>2</em>'
                                    '<span class="tone-nee">\\x1b</span><code>h</code>')
    assert plain(runs) == "<b>&1\n2\x1bh"
    cell = Cell((Span("<i>"),), tone="ja", right=True, strong=True)
    assert str(cell_html(cell, "th", "row")) == (
        '<th scope="row" class="tone-ja num strong">&lt;i&gt;</th>')
