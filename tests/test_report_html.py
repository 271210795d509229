"""The report as one model rendered twice (issue 15): PDF (read back with pypdf) and
accessible HTML (parsed with html5lib) tell the same story.

One rendering of each per module (module-scoped fixtures): test time is a target.
The browser check (axe-core in Chromium) of the same HTML runs in ``make test-a11y``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from bio2.domain.answers import Answer, Evidence
from bio2.i18n import set_language, speaking
from bio2.report.builder import build_document
from bio2.report.html.report import render_html
from bio2.report.model import Document, Figure, Span, Table, plain
from bio2.report.pdf import markup
from bio2.usecases.opening import get_assessment, open_store
from tests.conftest import DEMO, read_pdf
from tests.test_publish import HOSTILE, NS, hostile_db, parse, structure_problems, texts
from tests.test_report import load

TODAY = date(2026, 11, 1)


def squash(value: str) -> str:
    """Text without any whitespace: the PDF wraps cells, the HTML does not."""
    return "".join(value.split())


@pytest.fixture(scope="module")
def rendered(demo_report: tuple[Any, bytes]) -> Iterator[tuple[Document, bytes, str]]:
    """The demo with its audit view: the model, its PDF (the session's one rendering of
    the same data and date, tests/conftest.py) and its HTML."""
    data, pdf = demo_report
    with speaking("nl") as lang:
        doc = build_document(data, today=TODAY, classification=None, lang=lang)
        html = render_html(doc)
    yield doc, pdf, html


def _outline(entries: list[Any], reader: PdfReader) -> list[str]:
    out: list[str] = []
    for entry in entries:
        if isinstance(entry, list):
            out.extend(_outline(entry, reader))
        else:
            out.append(entry.title)
    return out


def test_both_renderings_have_the_same_chapters_in_order(
        rendered: tuple[Document, bytes, str]) -> None:
    doc, pdf, html = rendered
    expected = [c.numbered_title for c in doc.chapters]
    assert expected[0] == "1  Managementsamenvatting" and "7  Zelfevaluatie en audit" in expected
    reader = read_pdf(pdf)
    assert _outline(reader.outline, reader) == expected
    root = parse(html)
    headings = [texts(h) for h in root.iter()
                if isinstance(h.tag, str) and h.get("class") in ("chapter", "section")]
    assert headings == expected
    nav = root.find(f".//{NS}nav")
    assert [texts(a) for a in nav.iter(f"{NS}a")] == expected
    ids = {el.get("id") for el in root.iter() if el.get("id")}
    assert all(a.get("href")[1:] in ids for a in nav.iter(f"{NS}a"))
    # The titles carry their own numbers: an ordered list numbered them a second time,
    # counting sections too ("7. 3 Risicoprofiel"; seen in Chromium).
    assert nav.find(f".//{NS}ol") is None and nav.find(f".//{NS}ul") is not None


def test_both_renderings_have_the_same_table_values(
        rendered: tuple[Document, bytes, str]) -> None:
    doc, pdf, html = rendered
    tables = doc.tables()
    assert len(tables) > 25
    root = parse(html)
    html_tables = list(root.iter(f"{NS}table"))
    assert len(html_tables) == len(tables)
    for model, element in zip(tables, html_tables, strict=True):
        assert texts(element.find(f"{NS}caption")) == model.caption
        rows = [[" ".join(texts(c).split()) for c in tr if c.tag in (f"{NS}th", f"{NS}td")]
                for tr in element.iter(f"{NS}tr")]
        assert rows == [[" ".join(c.text.split()) for c in row]
                        for row in (model.header, *model.rows)]
    on_paper = squash("\n".join(page.extract_text() for page in read_pdf(pdf).pages))
    figure_numbers = {id(b.numbers) for c in doc.chapters for b in c.blocks
                      if isinstance(b, Figure) and not b.numbers_follow}
    missing = [c.text for t in tables if id(t) not in figure_numbers
               for row in t.rows for c in row if squash(c.text) not in on_paper]
    assert missing == []


def _without_running_text(page: str, doc: Document, number: int, total: int) -> str:
    """A page's text without what the PDF prints around the body (the classification on
    the cover; header, marking, footer and "Pagina N van" with the total on the others),
    which pypdf gives first; asserts it is there."""
    marking = doc.classification.upper()
    if number == 1:
        running = [marking, marking]
    else:
        before, after = doc.running.header
        running = [f"{before}{doc.organisation}{after}", marking, doc.running.footer, marking,
                   doc.running.page_label.format(page=number), str(total)]
    lines = page.split("\n")
    assert [line.strip() for line in lines[:len(running)]] == running, (number, lines[:8])
    return "\n".join(lines[len(running):])


def test_the_pdf_prints_all_of_the_models_text_in_its_order(
        rendered: tuple[Document, bytes, str]) -> None:
    """What lets a test of the report's wording read the model (tests/reporttext.py):
    every paragraph, heading, list item, fact and table cell of the model, cover first, is
    in the PDF's text in the model's order, and the PDF prints nothing else but the
    contents page, the running text and the charts' drawn numbers."""
    from tests.reporttext import text_of

    doc, pdf, _ = rendered
    pages = [page.extract_text() for page in read_pdf(pdf).pages]
    body = [_without_running_text(page, doc, n, len(pages))
            for n, page in enumerate(pages, start=1)]
    assert squash(body[1]).startswith(squash(doc.contents_title))
    on_paper = squash("\n".join([body[0], *body[2:]]))
    position, out_of_order = 0, []
    for line in text_of(doc).split("\n"):
        found = on_paper.find(squash(line), position)
        if found < 0:
            out_of_order.append(line)
        else:
            position = found + len(squash(line))
    assert out_of_order == []
    assert len(text_of(doc)) > 50_000
    # what is left between the model's text: chart numbers and list bullets only
    left = on_paper
    for line in sorted(set(text_of(doc).split("\n")), key=len, reverse=True):
        if squash(line):
            left = left.replace(squash(line), "\x00")
    assert re.fullmatch(r"[\x00\d.,%–•-]*", left), re.sub(r"\x00+", " | ", left)[:800]


def test_the_html_report_is_structurally_accessible(
        rendered: tuple[Document, bytes, str]) -> None:
    doc, _, html = rendered
    assert structure_problems(html) == []
    root = parse(html)
    assert root.get("lang") == "nl"
    assert len(list(root.iter(f"{NS}h1"))) == 1
    for tag in ("header", "nav", "main", "footer"):
        assert root.find(f".//{NS}{tag}") is not None, tag
    header, footer = root.find(f".//{NS}header"), root.find(f".//{NS}footer")
    assert doc.classification in texts(header) and doc.classification in texts(footer)
    charts = [el for el in root.iter() if el.get("role") == "img"]
    assert len(charts) == 3
    for chart in charts:
        assert chart.get("aria-label"), "a chart without its text alternative"
        bars = list(chart.iter("{http://www.w3.org/2000/svg}svg"))
        assert bars and all(svg.get("aria-hidden") == "true" for svg in bars)
        # no text inside the drawing: every word and number is HTML beside it
        assert not list(chart.iter("{http://www.w3.org/2000/svg}text"))
    # statuses are words, never colour alone: every toned cell holds a status word
    for cell in root.iter(f"{NS}td"):
        if "tone-ja" in (cell.get("class") or ""):
            assert texts(cell).strip(), "a coloured cell without its word"
    assert "<style>" in html and "<script" not in html and len(html) < 2_000_000


def test_the_structure_check_finds_a_skipped_level_in_a_report() -> None:
    page = ('<html lang="nl"><body><a href="#main">x</a><header></header><main id="main">'
            "<h1>a</h1><h2>b</h2><h4>c</h4></main><footer></footer></body></html>")
    assert structure_problems(page) == ["heading h2 -> h4"]


def test_hostile_text_is_text_in_the_html_report(tmp_path: Path) -> None:
    db = tmp_path / "db.sqlite"
    assessment = hostile_db(db)
    with open_store(db) as store, store.atomic():
        store.put_answer(assessment, Answer(item="5.1.01", status="nee", explanation=HOSTILE,
                                            owner=HOSTILE, evidence=(Evidence(ref=HOSTILE),)))
    with open_store(db) as store:
        data = get_assessment(store, "gemeente-test", "2026")
    with speaking("en") as lang:
        html = render_html(build_document(data, today=TODAY, classification=HOSTILE[:60],
                                          lang=lang))
    root = parse(html)
    assert not list(root.iter(f"{NS}script")) and not list(root.iter(f"{NS}img"))
    assert all(a.get("href", "").startswith("#") for a in root.iter(f"{NS}a"))
    assert not [el for el in root.iter() if any(k.startswith("on") for k in el.attrib)]
    assert "\x1b" not in html and "<b>&amp;" not in html
    shown = texts(root)
    for part in ("<script>alert(1)</script>", '<img src=x onerror="alert(2)">',
                 '<a href="javascript:alert(3)">klik</a>', "[@click=app.quit]KLIK[/]",
                 "<b>&amp; =1+1"):
        assert part in shown, part
    assert "\\x1b[2J" in shown  # the organisation's name, with its escape shown as text
    assert structure_problems(html) == []
    assert root.get("lang") == "en"
    set_language("nl")


def test_runs_become_escaped_markup_for_reportlab() -> None:
    runs = (Span("<b>&amp;</b>", strong=True), Span("\n"), Span("x", tone="alert"))
    assert markup(runs) == ('<b>&lt;b&gt;&amp;amp;&lt;/b&gt;</b><br/>'
                            '<font color="#a90061">x</font>')
    assert plain(runs) == "<b>&amp;</b>\nx"


def test_a_table_caption_defaults_to_the_heading_above_it(
        rendered: tuple[Document, bytes, str]) -> None:
    doc = rendered[0]
    vvt = next(c for c in doc.chapters if c.title == "Verklaring van Toepasselijkheid")
    captions = [b.caption for b in vvt.blocks if isinstance(b, Table)]
    assert captions == ["Organisatorisch", "Mensgericht", "Fysiek", "Technologisch"]


def test_cli_report_html(tmp_path: Path, run_cli: Any) -> None:
    db = tmp_path / "db.sqlite"
    load(db, DEMO)
    target = tmp_path / "rapport.html"
    base = ["report", "gemeente-voorbeeld", "2026", "--date", "2026-11-01"]
    code, _, err = run_cli([*base, "--format", "html", "-o", str(target)], db=db)
    assert code == 0, err
    page = target.read_text(encoding="utf-8")
    assert '<html lang="nl">' in page and "1  Managementsamenvatting" in page
    assert target.stat().st_mode & 0o077 == 0  # internal, like the PDF: owner only
    for args in (["--format", "docx", "-o", str(tmp_path / "x.html")],
                 ["--format", "html", "-o", str(tmp_path / "x.pdf")],
                 ["--format", "html", "-o", str(tmp_path / "nergens" / "x.html")],
                 ["--format", "html", "-o", str(target)]):  # exists, no --force
        code, _, err = run_cli([*base, *args], db=db)
        assert code == 2 and len(err.strip().splitlines()) == 1, (args, err)
        assert "Traceback" not in err
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix in (".html", ".pdf")) == [
        "rapport.html"]
    assert not (tmp_path / "nergens").exists()
    assert target.read_text(encoding="utf-8") == page
