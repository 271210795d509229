"""The verantwoordingsrapportage: the PDF read back with pypdf, and what it says.

The paper itself (sections and contents page, running header, fonts, metadata, outline,
determinism, hostile and huge user text, words that fit their column) is read from
rendered PDFs, the demo's rendered once per test process (conftest). What the report SAYS
(the improvement plan against the scorecard, the fingerprint against ``bio2
fingerprint``, the two extremes nothing answered and everything in place, the statement
per organisation type, singular and plural) is read from its model
(tests/reporttext.py): the renderers only lay the model out, and test_report_html.py
checks on the demo that all of the model's text is in the PDF.
"""

from __future__ import annotations

import hashlib
import io
import re
import shutil
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from bio2.catalog.loading import load_catalog
from bio2.domain.answers import FORMAT, AnswerFile
from bio2.exchange.answerfile import fingerprint, to_yaml
from bio2.i18n import set_language
from bio2.report import build_report, classification_of, render_report, write_report
from bio2.report.model import Table
from bio2.usecases.importing import import_files
from bio2.usecases.opening import AssessmentData, get_assessment, open_store
from tests.conftest import DEMO, read_pdf, run_bio2
from tests.reporttext import TODAY, document, report_text

SECTIONS_NL = [
    "Inhoud", "1  Managementsamenvatting", "2  Governance", "3  Risicoprofiel en methode",
    "4  Verklaring van Toepasselijkheid", "5  BIO2-overheidsmaatregelen",
    "6  Cyberbeveiligingswet (NIS2)", "7  Zelfevaluatie en audit", "8  Verbeterplan",
    "9  Collegeverklaring",
    "Bijlage: antwoorden per item", "Colofon",
]


def load(db: Path, *files: Path | str, org: str = "gemeente-voorbeeld",
         period: str = "2026") -> AssessmentData:
    with open_store(db) as store:
        checks, results = import_files(store, [str(f) for f in files])
        assert results, [str(p) for c in checks for p in c.errors]
        return get_assessment(store, org, period)


def model(statuses: dict[str, str] | str, *, explanation: str = "toelichting",
          org_type: str = "gemeente", extra: dict[str, Any] | None = None) -> AnswerFile:
    """An answer file for organisation ``test-org``; ``statuses`` per item or one for all."""
    items = load_catalog("bio2-1.2").items
    chosen = statuses if isinstance(statuses, dict) else dict.fromkeys(items, statuses)
    answers = []
    for item, status in chosen.items():
        entry: dict[str, Any] = {"item": item, "status": status}
        if status in ("nee", "deels", "nvt") or explanation != "toelichting":
            entry["explanation"] = explanation
        entry.update((extra or {}).get(item, {}))
        answers.append(entry)
    return AnswerFile.model_validate({
        "format": FORMAT, "catalog": "bio2-1.2",
        "organisation": {"id": "test-org", "name": "Test & <Zoon>", "type": org_type},
        "assessment": {"period": "2026", "assessor": "A. Tester", "date": "2026-03-01"},
        "answers": answers,
    })


def load_model(tmp_path: Path, answer_file: AnswerFile) -> AssessmentData:
    path = tmp_path / "answers.yaml"
    path.write_text(to_yaml(answer_file), encoding="utf-8")
    return load(tmp_path / "db.sqlite", path, org="test-org")


def pdf_text(pdf: bytes | Path) -> tuple[PdfReader, str]:
    # One text extraction per rendering, shared by the tests that read it (conftest).
    reader: PdfReader = read_pdf(pdf)
    return reader, "\n".join(page.extract_text() for page in reader.pages)


def flat(value: str) -> str:
    """Text without whitespace: wrapped table cells split words across lines."""
    return re.sub(r"\s+", "", value)


@pytest.fixture
def demo(demo_report: tuple[AssessmentData, bytes]) -> tuple[AssessmentData, bytes]:
    """The demo with its audit, rendered once per test process (conftest.demo_report)."""
    set_language("nl")
    return demo_report


def test_demo_report_has_every_section_in_order(demo: tuple[AssessmentData, bytes]) -> None:
    _, pdf = demo
    reader, _ = pdf_text(pdf)
    assert 25 <= len(reader.pages) <= 120
    body = flat("\n".join(p.extract_text() for p in reader.pages[2:]))
    positions = [body.find(flat(title)) for title in SECTIONS_NL[1:]]
    assert all(p >= 0 for p in positions), dict(zip(SECTIONS_NL[1:], positions, strict=True))
    assert positions == sorted(positions)
    # the contents page lists every chapter with a page number
    contents = reader.pages[1].extract_text()
    for title in SECTIONS_NL:
        assert flat(title) in flat(contents)


def test_every_page_carries_header_classification_and_page_x_of_y(
        demo: tuple[AssessmentData, bytes]) -> None:
    reader, _ = pdf_text(demo[1])
    total = len(reader.pages)
    for number, page in enumerate(reader.pages, start=1):
        text = page.extract_text()
        assert "VERTROUWELIJK" in text, number
        if number > 1:
            # the total is a form drawn after the last page: text extraction puts it apart
            assert re.search(rf"Pagina {number} van\s*{total}\b", text), number
            assert "Gemeente Voorbeeld · verantwoording BIO2 · periode 2026" in text


def test_contents_page_numbers_point_at_the_headings(demo: tuple[AssessmentData, bytes]) -> None:
    reader, _ = pdf_text(demo[1])
    contents = reader.pages[1].extract_text()
    for title in ("8  Verbeterplan", "Colofon"):
        match = re.search(r"\s*".join(map(re.escape, title.split())) + r"\s*(\d+)", contents)
        assert match, (title, contents)
        page = int(match.group(1))
        assert flat(title) in flat(reader.pages[page - 1].extract_text())
    outline = [entry.title for entry in reader.outline if not isinstance(entry, list)]
    assert outline[0] == "1  Managementsamenvatting"
    assert "Colofon" in outline


def test_every_gap_is_in_the_improvement_plan_in_residual_order(demo_data: AssessmentData
                                                                 ) -> None:
    card = demo_data.scorecard(TODAY)
    gaps = [r.item for r in card.residual_risks if r.status in ("nee", "deels")]
    assert len(gaps) == card.overall.gaps > 10
    chapter = next(c for c in document(demo_data).chapters if c.title == "Verbeterplan")
    plan = next(b for b in chapter.blocks if isinstance(b, Table))  # before the findings
    assert [c.text for c in plan.header[:2]] == ["#", "item"]
    assert [row[0].text for row in plan.rows] == [str(n) for n in range(1, len(gaps) + 1)]
    assert [row[1].text for row in plan.rows] == gaps


def test_fingerprint_matches_bio2_fingerprint(demo_data: AssessmentData, demo_text: str,
                                              tmp_path: Path) -> None:
    expected = fingerprint(demo_data.answer_file())
    assert expected in flat(demo_text)
    db = tmp_path / "db.sqlite"
    assert run_bio2("import", str(DEMO), db=db).returncode == 0
    by_db = run_bio2("fingerprint", "--db", "gemeente-voorbeeld", "2026", db=db)
    assert by_db.stdout.strip() == expected
    exported = tmp_path / "export.yaml"
    assert run_bio2("export", "gemeente-voorbeeld", "2026", "-o", str(exported),
                    db=db).returncode == 0
    assert run_bio2("fingerprint", str(exported)).stdout.strip() == expected


def test_only_embedded_dejavu_fonts_and_metadata(demo: tuple[AssessmentData, bytes]) -> None:
    reader, _ = pdf_text(demo[1])
    fonts: set[str] = set()
    for page in reader.pages:
        resources = page["/Resources"]
        for ref in resources.get("/Font", {}).values():
            font = ref.get_object()
            fonts.add(str(font["/BaseFont"]))
            descendants = font.get("/DescendantFonts")
            descriptor = (descendants[0].get_object() if descendants else font).get(
                "/FontDescriptor")
            assert descriptor is not None, font["/BaseFont"]
            descriptor = descriptor.get_object()
            assert any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))
    assert fonts, "no fonts"
    assert all("DejaVuSans" in f for f in fonts), fonts
    meta = reader.metadata
    assert meta is not None
    assert meta.title == "Verantwoordingsrapportage BIO2 Gemeente Voorbeeld 2026"
    assert meta.author == "J. Jansen (CISO)"
    assert "bio2-1.2" in (meta.subject or "")
    assert reader.trailer["/Root"]["/Lang"] == "nl-NL"


def test_same_data_and_date_give_identical_bytes_and_progress_up_to_done(
        demo: tuple[AssessmentData, bytes]) -> None:
    """The second rendering reports its progress (which must not change the bytes); another
    report date gives other bytes (test_report_polish.py, the PDF's dates)."""
    data, pdf = demo
    calls: list[tuple[int, int]] = []
    again = build_report(data, today=TODAY,
                         progress=lambda done, total: calls.append((done, total))).pdf
    assert hashlib.sha256(again).hexdigest() == hashlib.sha256(pdf).hexdigest()
    assert len(calls) > 10
    done = [d for d, _ in calls]
    assert done == sorted(done)
    assert calls[-1][0] == calls[-1][1]


HOSTILE = ["<b>vet</b>", "A & B", "<font size=80>groot</font>", "<para>", "a < b",
           "<unbalanced", "]]>"]


URL = "https://example.org/" + "a" * 280
HUGE = ("Lange toelichting met woorden. " * 700)[:20_000]


@pytest.fixture(scope="module")
def odd_text_pdf(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """One PDF with the user text that tests the paper: markup in an owner, in an
    explanation and in the organisation's name, a 20,000-character explanation and a
    300-character word (two tests read it; a rendering and its text cost seconds)."""
    items = list(load_catalog("bio2-1.2").items)
    statuses = dict.fromkeys(items, "ja")
    statuses[items[0]] = "nee"
    statuses[items[1]] = "nee"
    statuses[items[2]] = "deels"
    extra = {items[0]: {"explanation": HUGE, "owner": "<i>Team</i> & co"},
             items[1]: {"explanation": " ".join(HOSTILE)},
             items[2]: {"explanation": URL}}
    data = load_model(tmp_path_factory.mktemp("odd-text"), model(statuses, extra=extra))
    # A name with an escape sequence and a bell: the sentences that carry the name (the
    # cover's handling note, the summary's lead) draw it without them.
    organisation = replace(data.organisation, name=f"{data.organisation.name} \x1b[2J\x07")
    return render_report(replace(data, organisation=organisation), today=TODAY)


def test_markup_in_user_text_prints_literally(odd_text_pdf: bytes) -> None:
    _, text = pdf_text(odd_text_pdf)
    for fragment in HOSTILE:
        assert flat(fragment) in flat(text), fragment
    assert "<i>Team</i> & co" in text
    assert "Test & <Zoon>" in text
    # No control character reaches the paper, not even inside one of our sentences.
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]", text)
    assert flat("van Test & <Zoon> [2J tekortschiet") in flat(text)


def test_huge_explanation_and_long_word_stay_on_the_page(odd_text_pdf: bytes) -> None:
    url, huge = URL, HUGE
    reader, text = pdf_text(odd_text_pdf)
    assert flat("[ingekort; 20.000 tekens, volledige tekst in de bijlage]") in flat(text)
    assert flat(url) in flat(text)
    assert flat(huge[-200:]) in flat(text)  # the annex prints it in full
    width = float(reader.pages[0].mediabox.width)
    xs: list[float] = []

    def visit(text: str, cm: Any, tm: Any, font: Any, size: Any) -> None:
        # page numbers are forms, which pypdf reports in their own coordinates
        if text.strip() and not text.strip().isdigit():
            xs.append(float(tm[4]) * float(cm[0]) + float(tm[5]) * float(cm[2])
                      + float(cm[4]))

    for page in reader.pages:
        page.extract_text(visitor_text=visit)
    assert xs and all(0 <= x < width for x in xs)


def test_nothing_answered_gives_a_sensible_report(tmp_path: Path) -> None:
    data = load_model(tmp_path, model({}))
    doc = document(data)
    text = report_text(data)
    # every chapter of a report without an audit, in order
    assert [c.numbered_title for c in doc.chapters if c.level == 0] == [
        *SECTIONS_NL[1:7], "7  Verbeterplan", "8  Collegeverklaring informatiebeveiliging",
        *SECTIONS_NL[-2:]]
    for sentence in ("Er is nog geen score", "Er zijn geen tekorten",
                     "Nog niet beoordeeld (190 items)",
                     "Gewogen score (totaal)\n–"):  # no 0% for what nobody assessed
        assert flat(sentence) in flat(text), sentence
    assert flat("Opdracht geven de 190 nog niet beoordeelde items") in flat(text)


def test_fully_compliant_has_no_deviations(tmp_path: Path) -> None:
    data = load_model(tmp_path, model("ja"))
    text = report_text(data)
    assert data.scorecard(TODAY).overall.score == 1.0
    assert flat("Er zijn geen afwijkingen") in flat(text)
    assert flat("De gewogen score is 100,0% bij een dekking van 100,0%") in flat(text)
    assert "Nog niet beoordeeld (" not in text


@pytest.mark.parametrize("org_type, title, to", [
    ("rijk", "In Control Verklaring informatiebeveiliging",
     "de secretaris-generaal en de minister"),
    ("provincie", "Verklaring van Gedeputeerde Staten over informatiebeveiliging",
     "Gedeputeerde Staten en Provinciale Staten"),
    ("waterschap", "Verklaring van het dagelijks bestuur over informatiebeveiliging",
     "het dagelijks bestuur en het algemeen bestuur"),
])
def test_statement_is_worded_per_organisation_type(tmp_path: Path, org_type: str, title: str,
                                                   to: str) -> None:
    data = load_model(tmp_path, model({}, org_type=org_type))
    text = report_text(data)
    assert flat(f"8 {title}") in flat(text)
    assert flat(f"Aan {to}") in flat(text)
    # nothing answered: every claim is withheld and the statement is provisional
    assert flat("Deze verklaring is voorlopig: 190 van de 190 items zijn nog niet beoordeeld")\
        in flat(text)
    assert flat("Geen van de 30 eisen is al beoordeeld.") in flat(text)
    assert "Er zijn afwijkingen" not in text  # no gaps or expired acceptances to list
    if org_type == "rijk":  # "in control" does not follow from an empty assessment
        assert flat("verklaart over periode 2026 in control te zijn") not in flat(text)
        assert flat("dat de organisatie daarover in control is, volgt nog niet uit de"
                    " antwoorden") in flat(text)


def test_classification_comes_from_argument_then_organisation_then_default(
        demo: tuple[AssessmentData, bytes], tmp_path: Path) -> None:
    data = demo[0]
    assert classification_of(data) == "Vertrouwelijk"
    org = replace(data.organisation, classification="Departementaal Vertrouwelijk")
    with_org = AssessmentData(org, data.assessment, data.catalog, data.profile, data.answers,
                              data.applicability, data.audit)
    assert classification_of(with_org) == "Departementaal Vertrouwelijk"
    assert classification_of(with_org, "Intern") == "Intern"
    assert org.registration == data.organisation.registration
    assert document(with_org).classification == "Departementaal Vertrouwelijk"
    assert document(with_org, classification="Intern").classification == "Intern"
    # the PDF as the TUI writes it: owner-only; the marking from the model is on the cover
    # and in the running header (on every page: test_every_page_carries_header_...)
    path = write_report(with_org, tmp_path / "r.pdf", today=TODAY)
    assert path.stat().st_mode & 0o777 == 0o600
    reader = PdfReader(path)
    for page in (reader.pages[0], reader.pages[3], reader.pages[-1]):
        assert "DEPARTEMENTAAL VERTROUWELIJK" in page.extract_text()


def test_english_report(demo_data: AssessmentData, demo_report_en: bytes) -> None:
    # the PDF says its language (its numbers: test_formatting_per_language.py)
    assert PdfReader(io.BytesIO(demo_report_en)).trailer["/Root"]["/Lang"] == "en-GB"
    set_language("en")
    try:
        text = report_text(demo_data)
    finally:
        set_language("nl")
    # the risk register's "decided by" column holds the owner's word whole
    assert re.search(r"\bGemeentesecretaris\b", text)
    for title in ("Management summary", "Statement of applicability", "Improvement plan",
                  "Colophon"):
        assert flat(title) in flat(text), title


def test_fonts_and_their_licence_ship_inside_the_package() -> None:
    import bio2.report

    fonts = Path(bio2.report.__file__).parent / "fonts"
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"):
        assert (fonts / name).stat().st_size > 100_000
    assert "Bitstream Vera" in (fonts / "LICENSE").read_text(encoding="utf-8")


def test_cli_report(tmp_path: Path, demo_database: Path,
                    demo: tuple[AssessmentData, bytes]) -> None:
    """The command writes the bytes the library renders from the same data and date (that
    rendering was made earlier in this run, perhaps by another process: nothing of the
    moment or the process reaches the paper), and ``--classification`` reaches the marking."""
    db = tmp_path / "db.sqlite"
    shutil.copyfile(demo_database, db)
    args = ("report", "gemeente-voorbeeld", "2026", "--date", TODAY.isoformat())
    out = tmp_path / "r.pdf"
    result = run_bio2(*args, "-o", str(out), db=db)
    assert result.returncode == 0, result.stderr
    assert "rapport geschreven" in result.stderr
    assert out.read_bytes() == demo[1]
    marked = tmp_path / "intern.pdf"
    assert run_bio2(*args, "-o", str(marked), "--classification", "Intern gebruik",
                    db=db).returncode == 0
    assert "INTERN GEBRUIK" in PdfReader(marked).pages[3].extract_text()


@pytest.mark.parametrize("args, message", [
    (("gemeente-voorbeeld", "2026", "--date", "2026-02-30"), "ongeldige datum"),
    (("gemeente-voorbeeld", "2026", "-o", "x.txt"), ".pdf"),
    (("onbekend", "2026"), "onbekende organisatie"),
    (("gemeente-voorbeeld", "1999"), "geen beoordeling"),
])
def test_cli_report_bad_input_one_line_and_nothing_written(
        tmp_path: Path, args: tuple[str, ...], message: str) -> None:
    db = tmp_path / "db.sqlite"
    assert run_bio2("import", str(DEMO), db=db).returncode == 0
    result = run_bio2("report", *args, db=db, cwd=tmp_path)
    assert result.returncode == 2
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert not list(tmp_path.glob("*.pdf")) and not list(tmp_path.glob("*.txt"))


def test_official_text_and_registration_appear_in_the_report(tmp_path: Path) -> None:
    db = tmp_path / "o.sqlite"
    data = load(db, DEMO)
    official = Path(__file__).parent / "data" / "official" / "v12-small.md"
    assert run_bio2("catalog", "import-official", "--catalog", "bio2-1.2", str(official),
                    db=db).returncode == 0
    registration = tmp_path / "reg.yaml"
    registration.write_text(
        "entity_name: Gemeente Voorbeeld\nentity_type: gemeente\nentity: essentieel\n"
        "incident_contact: {name: A. de Vries, email: ciso@voorbeeld.nl, phone: '+31 20 1234567'}\n"
        "services: [Burgerzaken, Belastingen]\n", encoding="utf-8")
    result = run_bio2("registration", "gemeente-voorbeeld", "--set-from", str(registration),
                      db=db)
    assert result.returncode == 0, result.stderr
    with open_store(db) as store:
        data = get_assessment(store, "gemeente-voorbeeld", "2026")
    assert "5.01.01" in data.official
    flat_text = flat(report_text(data))
    assert flat("Officiële BIO2-tekst (5.01.01; bron: v12-small.md") in flat_text
    assert "ciso@voorbeeld.nl" in flat_text and flat("Registratiegegevens") in flat_text
    # the colophon prints the registration chain head beside the assessment's, the values
    # bio2 verify-history recomputes (issue 10)
    verify = run_bio2("verify-history", "gemeente-voorbeeld", "2026", db=db)
    assert verify.returncode == 0, verify.stdout
    heads = {line.split(":")[0]: line.rsplit(" ", 1)[1] for line in verify.stdout.splitlines()}
    registration_head = heads[
        "gemeente-voorbeeld (registratie, incidenten, opleiding bestuur)"]
    assert len(registration_head) == 64 and data.registration_head == registration_head
    assert flat(f"Historie organisatie (ketenkop){registration_head}") in flat_text
    assert flat(f"Historie (ketenkop){heads['gemeente-voorbeeld 2026 (bio2-1.2)']}") in flat_text
    assert flat("bio2 --db DATABASE verify-history gemeente-voorbeeld 2026") in flat_text


def test_table_words_of_up_to_25_characters_are_not_split(
        demo: tuple[AssessmentData, bytes]) -> None:
    """Column widths leave room for the headers and the words of owners and titles;
    a word cut by the table shows as two pieces on two lines."""
    _, text = pdf_text(demo[1])
    for word in ("Informatiemanagement", "Leveranciersafhankelijkheid", "restrisico",
                 "maatregel", "status", "streefdatum", "acceptatie"):
        assert re.search(rf"\b{word}\b", text), word
    for piece in ("Informatiemana\n", "restrisic\n", "maatrege\n", "statu\n",
                  "Leveranciersafhankelijkh\n"):
        assert piece not in text, piece


def test_count_sentences_use_the_singular_for_one(demo_data: AssessmentData,
                                                  demo_text: str) -> None:
    from bio2.report.styles import tn

    assert tn("report.decision.expired", 1).startswith("Voor 1 verlopen risicoacceptatie ")
    assert tn("report.decision.expired", 2).startswith("Voor 2 verlopen risicoacceptaties ")
    assert tn("report.plan.overdue", 1) == (
        "Bij 1 actie is de streefdatum verstreken; die datum is gemarkeerd.")
    set_language("en")
    try:
        assert tn("report.statement.dev.expired", 1) == "1 risk acceptance has expired"
        assert tn("report.statement.dev.expired", 3) == "3 risk acceptances have expired"
    finally:
        set_language("nl")
    card = demo_data.scorecard(TODAY)
    assert len(card.expired_acceptances) == 1  # the demo has exactly one
    body = " ".join(demo_text.split())
    assert "1 risicoacceptatie is verlopen" in body
    assert "Voor 1 verlopen risicoacceptatie besluiten" in body
    assert not re.search(r"\b1 (risicoacceptaties|acties|items|maatregelen|tekorten)\b", body)
    assert "keer)" not in body


def test_summary_marks_an_overdue_due_date_like_the_plan(demo_data: AssessmentData,
                                                         demo_text: str) -> None:
    card = demo_data.scorecard(TODAY)
    top = [r.item for r in card.residual_risks if r.status in ("nee", "deels")][:5]
    overdue = [i for i in top if card.items[i].overdue]
    assert overdue == ["5.22.01"]  # due 2026-06-30, still nee on 2026-11-01
    body = " ".join(demo_text.split())
    summary = body[body.index("De 5 grootste risico's"):body.index("Geaccepteerde risico's")]
    assert "Streefdatum: 30 juni 2026 (verstreken)." in summary
    assert summary.count("(verstreken)") == 1


def test_colophon_names_the_exact_fingerprint_commands(demo_data: AssessmentData,
                                                       demo_text: str) -> None:
    body = " ".join(demo_text.split())
    assert "`" not in body
    assert "het tweede op de database: bio2 fingerprint BESTAND.yaml bio2 --db DATABASE" \
        " fingerprint --from-db gemeente-voorbeeld 2026" in body
    body = " ".join(report_text(demo_data, lang="en").split())
    assert "`" not in body
    assert "the second on the database: bio2 fingerprint FILE.yaml bio2 --db DATABASE" \
        " fingerprint --from-db gemeente-voorbeeld 2026" in body


def test_meldplicht_subheadings_name_the_cbw_item(demo_data: AssessmentData,
                                                  demo_text: str) -> None:
    ids = [c.id for c in demo_data.catalog.cbw_items.values() if c.group == "meldplicht"]
    assert ids
    text = demo_text
    for cbw_id in ids:
        # "Cbw-item 17.1 …", never a bare "17.1 …" that reads as a chapter number
        assert re.search(rf"^Cbw-item {re.escape(cbw_id)} ", text, re.M), cbw_id
        assert not re.search(rf"^{re.escape(cbw_id)} ", text, re.M), cbw_id


def test_one_gap_reads_in_the_singular(tmp_path: Path) -> None:
    items = load_catalog("bio2-1.2").items
    statuses = dict.fromkeys(items, "ja")
    statuses["5.14.04"] = "nee"
    data = load_model(tmp_path, model(statuses))
    body = " ".join(report_text(data).split())
    assert "Het grootste risico" in body and "grootste risico's" not in body
    assert "Er is 1 tekort (een maatregel die niet of deels is ingevoerd)." in body
    assert "Instemmen met het verbeterplan (1 actie, hoofdstuk 7)" in body
    assert "Er zijn afwijkingen: 1 item is niet of maar deels ingevoerd. Voor de" in body
    assert "Er is 1 tekort." in body  # lead of the improvement plan
