"""Report polish a board member noticed (issue 11 §5), read back from the PDF."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from bio2.i18n import set_language
from bio2.report import render_report
from bio2.usecases.opening import AssessmentData
from tests.conftest import DEMO
from tests.test_report import TODAY, flat, load_model, model, pdf_text

ISO_DATE = re.compile(r"\b20\d\d-\d\d-\d\d\b")


@pytest.fixture
def demo_pages(demo_report: tuple[AssessmentData, bytes]) -> tuple[AssessmentData, bytes,
                                                                   list[str]]:
    set_language("nl")
    data, pdf = demo_report  # rendered once per test process (conftest)
    reader, _ = pdf_text(pdf)
    return data, pdf, [p.extract_text() for p in reader.pages]


def between(pages: list[str], start: str, end: str) -> str:
    text = flat("\n".join(pages[2:]))  # after the contents page
    begin = text.index(flat(start))
    return text[begin:text.index(flat(end), begin)]


def test_pdf_dates_are_the_report_date_and_bytes_stay_identical(
        demo_pages: tuple[AssessmentData, bytes, list[str]]) -> None:
    data, pdf, _ = demo_pages
    meta = PdfReader(__import__("io").BytesIO(pdf)).metadata
    assert meta is not None
    assert meta.creation_date is not None and meta.creation_date.date() == TODAY
    assert meta.modification_date is not None and meta.modification_date.date() == TODAY
    assert render_report(data, today=TODAY) == pdf
    other = render_report(data, today=date(2027, 1, 5))
    assert PdfReader(__import__("io").BytesIO(other)).metadata.creation_date.date() == \
        date(2027, 1, 5)  # type: ignore[union-attr]


def test_one_reader_date_format_in_the_body(
        demo_pages: tuple[AssessmentData, bytes, list[str]]) -> None:
    _, _, pages = demo_pages
    colophon = next(n for n, p in enumerate(pages) if "Colofon" in p and n > 1)
    for number, page in enumerate(pages[2:colophon], start=3):
        assert not ISO_DATE.search(page), (number, ISO_DATE.search(page))
    plan = between(pages, "8  Verbeterplan", "Bevindingen van de auditor")
    assert flat("30 juni 2026 (verstreken)") in plan
    assert flat("loopt tot 31 december 2026") in plan


def test_headers_are_words_and_training_holds_only_training(
        demo_pages: tuple[AssessmentData, bytes, list[str]]) -> None:
    _, _, pages = demo_pages
    body = "\n".join(pages)
    for cryptic in ("beheersm.", "van toep.", "cat.", "(bio2 registration)"):
        assert cryptic not in body, cryptic
    for piece in ("numme\n", "organisat\n", "geaccepteer\n", "leveranciersb\n"):
        assert piece not in body, piece  # a header or word cut by its column
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
        demo_pages: tuple[AssessmentData, bytes, list[str]]) -> None:
    data, _, pages = demo_pages
    card = data.scorecard(TODAY)
    annex = between(pages, "Bijlage: antwoorden per item", "Colofon")
    open_org = [i for i, s in card.items.items() if s.status == "open"
                and data.catalog.items[i].theme == "organisatorisch" and i not in data.audit]
    assert open_org
    assert flat(f"Organisatorisch: nog niet beoordeeld ({len(open_org)} items)") in annex
    assert "Nognietbeoordeeld." not in annex


def test_the_colophon_database_command_runs_as_printed(
        demo_pages: tuple[AssessmentData, bytes, list[str]], tmp_path: Path) -> None:
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
    _, text = pdf_text(render_report(data, today=TODAY))
    assert flat("5.7 Dreigingsinformatie is niet ingevoerd. Restrisico") in flat(text)
    assert flat("valt onder beheersmaatregel 5.7") not in flat(text)
    assert flat("Het valt onder beheersmaatregel 5.1") in flat(text)  # a measure still says


def test_a_500_character_name_stays_left_of_the_marking(tmp_path: Path) -> None:
    name = ("Gemeenschappelijke Regeling Samenwerkingsverband " * 11)[:500]
    answer_file = model({"5.7": "ja"}).model_copy(deep=True)
    org = answer_file.organisation.model_copy(update={"name": name})
    data = load_model(tmp_path, answer_file.model_copy(update={"organisation": org}))
    pdf = render_report(data, today=TODAY)
    reader, _ = pdf_text(pdf)
    # the cover stays one page (the name is cut there too), then every page has the header
    assert "Pagina 2 van" in reader.pages[1].extract_text()
    for page in reader.pages[1:]:
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
