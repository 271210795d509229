"""The report says only what follows from the answers, and the auditor's verdict is in it:
the statement's claims, the chapter "Zelfevaluatie en audit", the auditor on cover and
colophon, the audit outcome in the summary and the auditor's findings in the plan.
Read from the report's model (tests/reporttext.py), and hostile text from the PDF."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bio2.analysis.audit_compare import compare
from bio2.domain.answers import Answer
from bio2.report import render_report
from bio2.usecases.importing import import_files
from bio2.usecases.opening import AssessmentData, get_assessment, open_store
from bio2.usecases.organisations import start_assessment
from tests.conftest import AUDIT, DEMO, read_pdf
from tests.reporttext import chapter_text, cover_text, document, report_text
from tests.test_report import TODAY, flat, load, load_model, model


@pytest.fixture
def audited(demo_data: AssessmentData, demo_text: str
            ) -> tuple[AssessmentData, str, list[str]]:
    """The demo with its audit (conftest), its report's text, and the text of its cover and
    colophon."""
    doc = document(demo_data)
    return demo_data, demo_text, [cover_text(doc), chapter_text(doc, "Colofon")]


def chapter(text: str, start: str, end: str) -> str:
    """The whitespace-free text between two headings of the body (the contents page
    names them first, so the last occurrence of the start heading is taken)."""
    flat_text = flat(text)
    begin = flat_text.rindex(flat(start))
    return flat_text[begin:flat_text.index(flat(end), begin + 1)]


def test_cover_and_colophon_name_the_auditor_and_audit_date(
        audited: tuple[AssessmentData, str, list[str]]) -> None:
    _, _, pages = audited
    cover = flat(pages[0])
    assert flat("Auditor R. de Vries RE (IT-auditor, Auditdienst)") in cover
    assert flat("Datum audit 10 november 2026") in cover
    assert flat("Datum beoordeling") in cover and "onbekend" not in pages[0]
    colophon = flat(pages[-1])
    assert flat("Auditor R. de Vries RE (IT-auditor, Auditdienst)") in colophon
    assert flat("Datum audit 10 november 2026") in colophon


def test_audit_chapter_compares_per_theme_lists_differences_and_counts_verdicts(
        audited: tuple[AssessmentData, str, list[str]]) -> None:
    data, text, _ = audited
    result = compare(data.catalog, data.answers, data.audit)
    assert result is not None
    part = chapter(text, "7  Zelfevaluatie en audit", "8  Verbeterplan")
    assert flat(f"heeft op 10 november 2026 {result.overall.total} items getoetst") in part
    # totals row: examined, same, stricter, milder, other (hand-checked on the demo audit)
    assert flat("alle getoetste items 27 21 6 0 0") in part
    assert (result.overall.same, result.overall.stricter) == (21, 6)
    # the verdict table: aspect, ja, nee, onbekend
    assert flat("opzet 23 4 0") in part
    assert flat("bestaan 20 7 0") in part
    assert flat("werking 6 17 4") in part
    assert flat("Bij 6 items verschilt het oordeel") in part
    for c in result.differences:
        assert flat(f"{c.item}") in part
    # both statuses and the auditor's finding of one difference
    assert flat("5.09.01") in part and flat("deels nee auditor strenger") in part
    assert flat("Bij een vergelijking van 50 CMDB-records") in part


def test_summary_gives_the_audit_outcome_and_the_plan_holds_the_findings(
        audited: tuple[AssessmentData, str, list[str]]) -> None:
    _, text, _ = audited
    summary = chapter(text, "1  Managementsamenvatting", "2  Governance")
    assert flat("Auditor R. de Vries RE (IT-auditor, Auditdienst) toetste 27 items (audit"
                " van 10 november 2026): bij 21 komt het oordeel overeen met de"
                " zelfevaluatie, bij 6 is de auditor strenger en bij 0 milder.") in summary
    assert flat("Niet in orde volgens de auditor: de opzet bij 4, het bestaan bij 7 en de"
                " werking bij 17 items (hoofdstuk 7).") in summary
    assert flat("De 20 bevindingen van de auditor laten opvolgen (hoofdstuk 8).") in summary
    assert flat("De collegeverklaring (hoofdstuk 9) ondertekenen.") in summary
    plan = chapter(text, "8  Verbeterplan", "9  Collegeverklaring")
    assert flat("Bevindingen van de auditor (20)") in plan
    assert flat("Deze bevindingen komen uit de audit van 10 november 2026 door R. de Vries"
                " RE") in plan
    assert flat("geen vier-ogencontrole achteraf") in plan


def test_statement_of_a_half_done_assessment_claims_only_what_follows(
        audited: tuple[AssessmentData, str, list[str]]) -> None:
    _, text, _ = audited
    part = chapter(text, "9  Collegeverklaring", "Bijlage: antwoorden per item")
    assert flat("zij heeft een managementsysteem") not in part
    assert flat("Het managementsysteem voor informatiebeveiliging (ISO 27001 hoofdstuk 4 tot"
                " en met 10) is nog niet aantoonbaar ingericht. Nog niet beoordeeld: 4.4, 6.3,"
                " 7.5.2, 7.5.3, 9.3.2 en 9.3.3.") in part
    assert flat("De organisatie analyseert haar informatiebeveiligingsrisico's") in part
    assert flat("Uitgesloten met onderbouwing en verwijzing naar de risicoanalyse: 2.") in part
    assert flat("Deze verklaring is voorlopig: 48 van de 190 items zijn nog niet"
                " beoordeeld") in part
    assert flat("vergeleken met de audit van 10 november 2026 door R. de Vries RE"
                " (IT-auditor, Auditdienst); de uitkomst staat in hoofdstuk 7.") in part
    assert flat("Voor de tekorten is een verbeterplan opgesteld (hoofdstuk 8).") in part
    # the rules are written down in the method chapter
    method = chapter(text, "3  Risicoprofiel en methode", "4  Verklaring van Toepasselijkheid")
    assert flat("Grondslag van de verklaring") in method
    assert flat("alleen als ingericht verklaard wanneer elke eis uit ISO 27001") in method


def test_report_without_audit_has_no_audit_chapter_and_keeps_chapter_numbers(
        tmp_path: Path) -> None:
    data = load_model(tmp_path, model("ja"))
    text = report_text(data)
    assert "Zelfevaluatie en audit" not in text
    assert "Datum audit" not in text
    assert flat("7  Verbeterplan") in flat(text) and flat("8  Collegeverklaring") in flat(text)
    # everything ja, no exclusions, no risk references: risk analysis is not claimed
    part = chapter(text, "8  Collegeverklaring", "Bijlage: antwoorden per item")
    assert flat("alle 30 eisen uit ISO 27001 hoofdstuk 4 tot en met 10 zijn beoordeeld en"
                " ingevoerd.") in part
    assert flat("Er is geen verwijzing naar een risicoanalyse vastgelegd") in part
    assert flat("Alle 190 items zijn beoordeeld; deze verklaring berust op een volledige"
                " beoordeling.") in part
    assert flat("Er zijn geen afwijkingen") in part


def test_hostile_auditor_name_and_finding_are_plain_text(tmp_path: Path) -> None:
    hostile = "[@click=app.quit]KLIK[/] <b>&amp; =1+1 \x1b[2J"
    db = tmp_path / "db.sqlite"
    text = AUDIT.read_text(encoding="utf-8").replace(
        "assessor: R. de Vries RE (IT-auditor, Auditdienst)", f"assessor: '{hostile[:-5]}'")
    text = text.replace("finding: Bevestigd in de autorisatiematrix",
                        "finding: <font size=80> Bevestigd in de autorisatiematrix")
    audit_file = tmp_path / "audit.yaml"
    audit_file.write_text(text, encoding="utf-8")
    data = load(db, DEMO, audit_file)
    reader = read_pdf(render_report(data, today=TODAY))
    # the pages to read: the cover, the improvement plan (the findings) and the colophon
    plan = next(e for e in reader.outline if not isinstance(e, list)
                and e.title == "8  Verbeterplan")
    first = reader.get_destination_page_number(plan)
    statement = next(e for e in reader.outline if not isinstance(e, list)
                     and e.title.startswith("9  "))
    pages = [0, *range(first, reader.get_destination_page_number(statement) + 1), -1]
    cover, *plan_pages, colophon = (flat(reader.pages[n].extract_text()) for n in pages)
    name = flat("[@click=app.quit]KLIK[/] <b>&amp; =1+1")
    assert name in cover and name in colophon
    assert flat("<font size=80> Bevestigd") in "".join(plan_pages)


def test_cover_date_comes_from_the_imported_file_when_the_assessment_had_none(
        tmp_path: Path) -> None:
    db = tmp_path / "db.sqlite"
    with open_store(db) as store:
        import_files(store, [str(DEMO)])
        data = get_assessment(store, "gemeente-voorbeeld", "2026")
        store.update_assessment(data.assessment.id, date=None)
        import_files(store, [str(DEMO)])  # the same answers again: the date fills in
        data = get_assessment(store, "gemeente-voorbeeld", "2026")
        assert data.assessment.date is not None
        # an assessment started in the TUI (no date) takes the date of the first import
        new_id = start_assessment(store, "gemeente-voorbeeld", "2027", "A. Tester")
        assert store.assessment(new_id).date is None
    cover = cover_text(document(data))
    assert re.search(r"Datum beoordeling\s+\d{1,2} \w+ 20\d\d", cover), cover


def test_english_audit_chapter(demo_data: AssessmentData) -> None:
    text = report_text(demo_data, lang="en")
    assert flat("7  Self-assessment and audit") in flat(text)
    assert flat("auditor stricter") in flat(text)
    assert flat("This statement is provisional: 48 of the 190 items are not yet assessed") \
        in flat(text)
    assert "Zelfevaluatie" not in text


def test_audit_answers_of_unaudited_items_do_not_count() -> None:
    from bio2.catalog.loading import load_catalog

    catalog = load_catalog("bio2-1.2")
    result = compare(catalog, {}, {"5.3": Answer(item="5.3", status="open", finding="x")})
    assert result is not None and result.overall.total == 0
