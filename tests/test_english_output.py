"""English output without Dutch leftovers (issue 11 §6): the default classification,
``bio2 diff`` in words and the sector CSV's labels, read back from the real command."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from bio2.exchange.diff import field_label, item_label, show_value
from bio2.i18n import set_language
from tests.conftest import run_bio2
from tests.test_answerfile import GOOD

OTHER = GOOD.replace("status: deels", "status: ja").replace(
    "{ref: Beleid IB 2026 v1.3, date: 2026-01-15}",
    "{ref: Beleid IB 2026 v1.4, date: 2026-06-01}").replace(
    "risk: {likelihood: 4, impact: 3}", "risk: {likelihood: 2, impact: 3}").replace(
    "  - item: \"5.3\"\n    status: ja\n",
    "  - item: \"5.3\"\n    status: nvt\n    explanation: Valt onder de regio\n")


@pytest.fixture
def pair(tmp_path: Path) -> tuple[Path, Path]:
    a, b = tmp_path / "a.yaml", tmp_path / "b.yaml"
    a.write_text(GOOD, encoding="utf-8")
    b.write_text(OTHER, encoding="utf-8")
    return a, b


@pytest.fixture(autouse=True)
def dutch_again() -> object:
    yield
    set_language("nl")


def test_diff_values_in_english() -> None:
    set_language("en")
    assert show_value("5.3", "status", "nvt") == "n/a"
    assert show_value("5.3", "status", "open") == "open"
    assert show_value("5.3", "status", "ja") == "yes"
    assert show_value("5.3", "werking", "onbekend") == "unknown"
    assert show_value("5.3", "due", "2026-09-30") == "30 September 2026"
    assert show_value("5.3", "evidence", [{"ref": "Beleid", "date": "2026-01-15"},
                                          {"ref": "Log"}]) == "Beleid (15 January 2026); Log"
    assert show_value("5.3", "risk", {"likelihood": 4, "impact": 3}) == (
        "likelihood 4 × impact 3")
    assert show_value("5.3", "acceptance", {"by": "CISO", "until": "2026-12-31",
                                            "reason": "Loopt", "risk_ref": "RA-9"}) == (
        "by CISO until 31 December 2026: Loopt (risk analysis RA-9)")
    assert show_value("risk_profile", "integriteit", "hoog") == "high"
    assert show_value("vvt:7.4", "applicable", False) == "no"
    assert show_value("5.3", "explanation", "ja") == "ja"  # user text stays as typed
    assert show_value("5.3", "owner", None) is None
    assert item_label("vvt:7.4") == "SoA 7.4" and item_label("risk_profile") == "risk profile"
    assert field_label("risk_profile", "integriteit") == "integrity"
    assert field_label("5.3", "opzet") == "design"


def test_diff_values_in_dutch() -> None:
    set_language("nl")
    assert show_value("5.3", "status", "nvt") == "n.v.t."
    assert show_value("5.3", "evidence", [{"ref": "Beleid", "date": "2026-01-15",
                                           "sha256": "ab" * 32}]) == (
        "Beleid (15 januari 2026) sha256 abababababab…")
    assert show_value("5.3", "risk", {"likelihood": 4, "impact": 3}) == "kans 4 × impact 3"
    assert item_label("vvt:7.4") == "VvT 7.4"
    assert field_label("5.3", "explanation") == "toelichting"


def test_cli_diff_in_english_has_no_codes_or_dicts(pair: tuple[Path, Path]) -> None:
    result = run_bio2("--lang", "en", "diff", *map(str, pair))
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "{'" not in out and "'ref'" not in out
    assert "Beleid IB 2026 v1.3 (15 January 2026)" in out
    assert "Beleid IB 2026 v1.4 (1 June 2026)" in out
    assert "likelihood 4 × impact 3" in out
    rows = [line.split() for line in out.splitlines()]
    assert ["5.17.01", "status", "partly", "yes"] in rows
    assert ["5.3", "status", "yes", "n/a"] in rows
    assert " ja " not in out and " deels " not in out


def test_cli_diff_in_dutch_reads_naturally(pair: tuple[Path, Path]) -> None:
    result = run_bio2("diff", *map(str, pair))
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "{'" not in out
    assert "Beleid IB 2026 v1.3 (15 januari 2026)" in out and "kans 4 × impact 3" in out
    assert any(line.split()[:4] == ["5.3", "status", "ja", "n.v.t."] for line in out.splitlines())
    assert "toelichting" in out and "explanation" not in out


def test_english_report_default_classification_is_english(tmp_path: Path) -> None:
    """The marking the report prints in its header and footer (``--format html``: the same
    model as the PDF, whose running header prints it on every page: test_report.py)."""
    from tests.reporttext import html_text

    db, answers = tmp_path / "x.sqlite", tmp_path / "a.yaml"
    answers.write_text(GOOD, encoding="utf-8")
    assert run_bio2("import", str(answers), db=db).returncode == 0

    def report(*options: str, lang: list[str] | None = None) -> tuple[str, str]:
        out = tmp_path / f"r{len(list(tmp_path.glob('*.html')))}.html"
        made = run_bio2(*(lang or []), "report", "gemeente-test", "2026", "-o", str(out),
                        "--date", "2026-11-30", "--format", "html", *options, db=db)
        assert made.returncode == 0, made.stderr
        page = out.read_text(encoding="utf-8")
        marks = [html_text(page[page.index(f"<{tag}"):page.index(f"</{tag}>")]).strip()
                 for tag in ("header", "footer")]
        return "\n".join(marks), html_text(page)

    marks, text = report("--lang", "en")
    assert marks.count("Confidential") == 2 and "vertrouwelijk" not in text.lower()
    marks, text = report()
    assert marks.count("Vertrouwelijk") == 2 and "Confidential" not in marks
    # a classification the user passes is user text: it stays as typed in English
    marks, text = report("--classification", "Departementaal Vertrouwelijk",
                         lang=["--lang", "en"])
    assert marks.count("Departementaal Vertrouwelijk") == 2 and "Confidential" not in marks


def _sector_rows(tmp_path: Path, lang: str) -> list[list[str]]:
    answers = tmp_path / "a.yaml"
    answers.write_text(GOOD, encoding="utf-8")
    table = tmp_path / f"{lang}.csv"
    result = run_bio2("--lang", lang, "aggregate", str(answers), "-o",
                      str(tmp_path / f"{lang}.pdf"), "--csv", str(table))
    assert result.returncode == 0, result.stderr
    raw = table.read_bytes().decode("utf-8-sig")
    return list(csv.reader(io.StringIO(raw, newline=""), delimiter=";"))


def test_sector_csv_keeps_codes_and_adds_labels(tmp_path: Path) -> None:
    english = _sector_rows(tmp_path, "en")
    assert english[0][:6] == ["organisation", "name", "type", "organisation type", "entity",
                              "Cbw entity kind"]
    assert english[1][:6] == ["gemeente-test", "Gemeente Test", "gemeente", "municipality",
                              "essentieel", "essential entity"]
    dutch = _sector_rows(tmp_path, "nl")
    assert dutch[1][2:6] == ["gemeente", "gemeente", "essentieel", "essentiële entiteit"]
    assert len(dutch[0]) == len(dutch[1]) == len(english[1])


def test_sector_pdf_names_the_type_in_english(tmp_path: Path) -> None:
    _sector_rows(tmp_path, "en")
    text = "\n".join(p.extract_text() for p in PdfReader(str(tmp_path / "en.pdf")).pages)
    assert "municipality" in text and "gemeente-test" in text
    per_org = text[text.index("gemeente-test"):]
    assert "gemeente " not in per_org.replace("gemeente-test", "")


def test_history_change_names_statuses_in_english() -> None:
    from bio2.usecases.change_summary import summarise_change

    set_language("en")
    old = {"item": "5.3", "status": "ja"}
    new = {"item": "5.3", "status": "nvt", "explanation": "Regio", "werking": "onbekend"}
    assert summarise_change(old, new) == (
        "Status: yes → n/a; Explanation: - → Regio; Operation: - → unknown")
    set_language("nl")
    assert summarise_change(old, new) == (
        "Status: ja → n.v.t.; Toelichting: - → Regio; Werking: - → onbekend")


REGISTRATION = """\
entity_name: Gemeente Test
entity_type: gemeente
entity: essentieel
incident_contact: {name: CISO, email: ciso@example.nl, phone: "+31 10 1234567"}
services: [BRP]
"""


def test_registration_sector_in_english(tmp_path: Path) -> None:
    from tests.reporttext import html_text

    db, answers, reg = tmp_path / "x.sqlite", tmp_path / "a.yaml", tmp_path / "reg.yaml"
    answers.write_text(GOOD, encoding="utf-8")
    reg.write_text(REGISTRATION, encoding="utf-8")
    assert run_bio2("import", str(answers), db=db).returncode == 0
    assert run_bio2("registration", "gemeente-test", "--set-from", str(reg),
                    db=db).returncode == 0
    english = run_bio2("--lang", "en", "registration", "gemeente-test", db=db).stdout
    rows = [line.split(None, 1) for line in english.splitlines()]
    assert ["sector", "government"] in rows and ["kind", "municipality"] in rows
    dutch = run_bio2("registration", "gemeente-test", db=db).stdout
    assert ["sector", "overheid"] in [line.split(None, 1) for line in dutch.splitlines()]
    # the report (``--format html``: the same model as the PDF, tests/reporttext.py)
    page = tmp_path / "en.html"
    assert run_bio2("--lang", "en", "report", "gemeente-test", "2026", "-o", str(page),
                    "--date", "2026-11-30", "--format", "html", db=db).returncode == 0
    text = html_text(page.read_text(encoding="utf-8"))
    assert "government" in text
    # the catalog's English title on the cover, in the statement and the colophon
    assert text.count("BIO2 version 1.2") >= 3 and "versie" not in text
    assert "overheid" not in text.replace("Informatiebeveiliging Overheid", "").replace(
        "\n", " ").lower().replace("informatiebeveiliging overheid", "")
