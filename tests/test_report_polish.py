"""Report polish a board member noticed (issue 11 §5): the PDF's dates and running header
read back from the PDF, the wording from the report's model (tests/reporttext.py)."""

from __future__ import annotations

import io
import re
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from bio2.report import render_report
from bio2.usecases.opening import AssessmentData
from tests.conftest import DEMO
from tests.reporttext import block_lines, cover_text, document, report_text
from tests.test_report import TODAY, flat, load_model, model, pdf_text

ISO_DATE = re.compile(r"\b20\d\d-\d\d-\d\d\b")


@pytest.fixture
def demo_pages(demo_data: AssessmentData, demo_text: str) -> tuple[AssessmentData, str,
                                                                   list[str]]:
    """The demo with its audit (conftest), its report's text, and the text of each chapter
    and section in order (the cover first)."""
    doc = document(demo_data)
    return demo_data, demo_text, [cover_text(doc), *(
        "\n".join([c.numbered_title, *(line for b in c.blocks for line in block_lines(b))])
        for c in doc.chapters)]


def between(text: str, start: str, end: str) -> str:
    body = flat(text)
    begin = body.index(flat(start))
    return body[begin:body.index(flat(end), begin)]


def test_pdf_dates_are_the_report_date_and_bytes_stay_identical(
        demo_report: tuple[AssessmentData, bytes]) -> None:
    """Identical bytes for the same data and date: test_report.py; here another date gives
    other bytes with that date in the metadata."""
    data, pdf = demo_report
    meta = PdfReader(io.BytesIO(pdf)).metadata
    assert meta is not None
    assert meta.creation_date is not None and meta.creation_date.date() == TODAY
    assert meta.modification_date is not None and meta.modification_date.date() == TODAY
    other = render_report(data, today=date(2027, 1, 5))
    assert other != pdf
    assert PdfReader(io.BytesIO(other)).metadata.creation_date.date() == \
        date(2027, 1, 5)  # type: ignore[union-attr]


def test_one_reader_date_format_in_the_body(
        demo_pages: tuple[AssessmentData, str, list[str]]) -> None:
    _, text, chapters = demo_pages
    for chapter in chapters[1:-1]:  # the colophon prints the dates as data (ISO)
        assert not ISO_DATE.search(chapter), (chapter[:40], ISO_DATE.search(chapter))
    plan = between(text, "8  Verbeterplan", "Bevindingen van de auditor")
    assert flat("30 juni 2026 (verstreken)") in plan
    assert flat("loopt tot 31 december 2026") in plan


def test_headers_are_words_and_training_holds_only_training(
        demo_pages: tuple[AssessmentData, str, list[str]],
        demo_report: tuple[AssessmentData, bytes]) -> None:
    _, text, _ = demo_pages
    for cryptic in ("beheersm.", "van toep.", "cat.", "(bio2 registration)"):
        assert cryptic not in text, cryptic
    _, on_paper = pdf_text(demo_report[1])
    for piece in ("numme\n", "organisat\n", "geaccepteer\n", "leveranciersb\n"):
        assert piece not in on_paper, piece  # a header or word cut by its column
    pages = text
    training = between(pages, "2.2  Training van het bestuur", "2.3  Toezicht")
    assert "5.04.01" in training and "6.03.01" in training
    for elsewhere in ("5.02.02", "isms-5.1", "isms-9.3.1", "5.36.01"):
        assert elsewhere not in training, elsewhere
    chapter = between(pages, "2  Governance", "3  Risicoprofiel en methode")
    tables = chapter[:chapter.index(flat("2.4  ISMS"))]
    for item in ("5.02.02", "5.02.01", "5.04.01", "6.03.01", "6.03.03", "5.36.01"):
        assert tables.count(item) == 1, item
    assert flat("De Cbw rekent ook 5 ISMS-eisen uit ISO 27001 hoofdstuk 5, 7 en 9") in chapter


def test_unassessed_items_are_one_compact_list_per_theme(
        demo_pages: tuple[AssessmentData, str, list[str]]) -> None:
    data, text, _ = demo_pages
    card = data.scorecard(TODAY)
    annex = between(text, "Bijlage: antwoorden per item", "Colofon")
    open_org = [i for i, s in card.items.items() if s.status == "open"
                and data.catalog.items[i].theme == "organisatorisch" and i not in data.audit]
    assert open_org
    assert flat(f"Organisatorisch: nog niet beoordeeld ({len(open_org)} items)") in annex
    assert "Nognietbeoordeeld." not in annex


def test_the_colophon_database_command_runs_as_printed(
        demo_pages: tuple[AssessmentData, str, list[str]], tmp_path: Path) -> None:
    from bio2.exchange.answerfile import fingerprint
    from tests.conftest import run_bio2

    data, _, pages = demo_pages
    colophon = " ".join(pages[-1].split())
    command = "bio2 --db DATABASE fingerprint --from-db gemeente-voorbeeld 2026"
    assert command in colophon
    db = tmp_path / "db.sqlite"
    assert run_bio2("import", str(DEMO), db=db).returncode == 0
    args = command.split()[1:]
    args[1] = str(db)
    result = run_bio2(*args)
    assert result.returncode == 0, result.stderr
    assert fingerprint(data.answer_file()) in result.stdout


def test_direct_controls_read_naturally(tmp_path: Path) -> None:
    data = load_model(tmp_path, model({"5.7": "nee", "5.01.01": "nee"}))
    text = report_text(data)
    assert flat("5.7 Dreigingsinformatie is niet ingevoerd. Restrisico") in flat(text)
    assert flat("valt onder beheersmaatregel 5.7") not in flat(text)
    assert flat("Het valt onder beheersmaatregel 5.1") in flat(text)  # a measure still says


def test_a_500_character_name_stays_left_of_the_marking(tmp_path: Path) -> None:
    name = ("Gemeenschappelijke Regeling Samenwerkingsverband " * 11)[:500]
    answer_file = model({"5.7": "ja"}).model_copy(deep=True)
    org = answer_file.organisation.model_copy(update={"name": name})
    data = load_model(tmp_path, answer_file.model_copy(update={"organisation": org}))
    pdf = render_report(data, today=TODAY)
    reader = PdfReader(io.BytesIO(pdf))  # the four pages it reads, not all of them
    # the cover stays one page (the name is cut there too), then the pages have the header
    # (drawn on every page from one text: test_report.py reads every page of the demo's)
    assert "Pagina 2 van" in reader.pages[1].extract_text()
    for page in (reader.pages[1], reader.pages[2], reader.pages[-1]):
        text = page.extract_text()
        assert re.search(r"Samenwerkingsverband[^\n]*… · verantwoording BIO2 · periode 2026", text)
        assert "VERTROUWELIJK" in text
    # the header is one line: the marking is drawn after the name without overlap
    from bio2.report.document import FRAME_W, fit_header
    from bio2.report.styles import make_styles

    make_styles()
    from reportlab.pdfbase.pdfmetrics import stringWidth

    left = fit_header(lambda org: f"{org} · verantwoording BIO2 · periode 2026", name,
                      "Vertrouwelijk")
    assert stringWidth(left, "DejaVuSans", 7.5) + stringWidth(
        "VERTROUWELIJK", "DejaVuSans-Bold", 7.5) < FRAME_W
