"""The OSCAL and CSV exports: valid OSCAL (compliance-trestle), status mapping,
reproducible UUIDs, and hostile text (quotes, newlines, control characters)."""

from __future__ import annotations

import csv
import io
import json
import uuid
from pathlib import Path
from typing import Any

import pytest

from bio2.domain.answers import FORMAT, AnswerFile
from bio2.exchange.answerfile import to_json
from bio2.exchange.csv_export import BOM, to_csv
from bio2.exchange.oscal import line, markdown_text, to_oscal, to_oscal_dict
from tests.conftest import run_bio2
from tests.test_cbw import REG_YAML, REGISTRATION

HOSTILE = 'Zei "ja";\nmaar\r\nniet\tdus \\ \x01\x07\x1b[31m rood \x7f \u2028 ; =1+1 \u00eb'


def hostile_model() -> AnswerFile:
    return AnswerFile.model_validate({
        "format": FORMAT, "catalog": "bio2-1.2",
        "organisation": {"id": "gemeente-test", "name": 'Gemeente "Test"\nNieuw',
                         "type": "gemeente", "registration": REGISTRATION},
        "assessment": {"period": "2026", "assessor": "J. \"Jan\" Jansen\n(CISO)",
                       "date": "2026-03-01"},
        "applicability": [{"control": "7.4", "applicable": False,
                           "justification": "Geen eigen\nserverruimte", "risk_ref": "RA-1"}],
        "answers": [
            {"item": "5.17.01", "status": "deels", "explanation": HOSTILE,
             "owner": "Team\nIAM", "finding": HOSTILE,
             "evidence": [{"ref": 'Beleid "MFA"\nv2', "date": "2026-01-15"}]},
            {"item": "5.01.01", "status": "ja", "explanation": "=HYPERLINK(\"x\")",
             "opzet": "ja", "bestaan": "ja", "werking": "onbekend"},
            {"item": "5.01.02", "status": "nee", "explanation": "nog niet"},
            {"item": "5.3", "status": "nvt", "explanation": "geen functiescheiding nodig"},
        ],
    })


def validate_with_trestle(document: dict[str, Any]) -> Any:
    from trestle.oscal.assessment_results import Model

    return Model.model_validate(document)


def test_oscal_document_is_valid_and_maps_statuses() -> None:
    document = to_oscal_dict(hostile_model())
    validate_with_trestle(document)
    result = document["assessment-results"]["results"][0]
    assert len(result["observations"]) == 190  # one per catalog item
    findings = {f["target"]["target-id"]: f for f in result["findings"]}
    status = {k: (f["target"]["status"]["state"], f["target"]["status"]["reason"])
              for k, f in findings.items()}
    assert status["bio2-5.01.01"] == ("satisfied", "pass")
    assert status["bio2-5.17.01"] == ("not-satisfied", "partial")
    assert status["bio2-5.01.02"] == ("not-satisfied", "fail")
    assert status["bio2-5.18.01"] == ("not-satisfied", "not-assessed")  # not answered
    # nvt and items of a control outside the VvT get an observation but no finding
    assert "bio2-5.3" not in findings and "bio2-7.4" not in findings
    assert len(findings) == 190 - 2
    props = {p["name"]: p["value"] for p in findings["bio2-5.01.01"]["props"]}
    assert props == {"opzet": "ja", "bestaan": "ja", "werking": "onbekend"}
    observation = next(o for o in result["observations"] if o["title"].startswith("7.4 "))
    assert "Geen eigen\nserverruimte" in observation["description"]
    parties = {p["type"] + ":" + p["name"] for p in document["assessment-results"]["metadata"]
               ["parties"]}
    assert 'organization:Gemeente "Test" Nieuw' in parties  # one line, as OSCAL wants
    assert "person:A. de Vries (CISO)" in parties


def test_hostile_text_survives_json_oscal_and_csv() -> None:
    model = hostile_model()
    # JSON answer file: exact round trip
    exported = to_json(model)
    assert "\x01" not in exported and "\\u0001" in exported
    explanations = {a["item"]: a.get("explanation") for a in json.loads(exported)["answers"]}
    assert explanations["5.17.01"] == HOSTILE
    # OSCAL: descriptions and remarks keep the text, escaped as Markdown (they are markup
    # fields: the text must show as typed); single-line fields are folded
    text = to_oscal(model)
    assert "\x01" not in text and "\\u0001" in text  # escaped, never raw
    document = json.loads(text)
    result = document["assessment-results"]["results"][0]
    finding = next(f for f in result["findings"] if f["target"]["target-id"] == "bio2-5.17.01")
    assert finding["description"] == markdown_text(HOSTILE)
    assert finding["remarks"] == markdown_text(HOSTILE)
    assert "\\[31m" in finding["remarks"]
    observation = next(o for o in result["observations"] if o["title"].startswith("5.17.01 "))
    evidence = observation["relevant-evidence"][0]
    assert evidence["description"] == 'Beleid "MFA"\nv2'
    owner = next(p["value"] for p in observation["props"] if p["name"] == "owner")
    assert owner == "Team IAM"
    validate_with_trestle(document)
    # CSV: the spreadsheet cell holds the same text; formulas are neutralised
    raw = to_csv(model)
    assert raw.startswith(BOM)
    rows = list(csv.reader(io.StringIO(raw[len(BOM):], newline=""), delimiter=";"))
    header, body = rows[0], {r[0]: r for r in rows[1:]}
    assert len(body) == 190
    cell = dict(zip(header, body["5.17.01"], strict=True))
    assert cell["toelichting"] == HOSTILE
    assert cell["bevinding"] == HOSTILE
    assert cell["status"] == "deels" and cell["eigenaar"] == "Team\nIAM"
    assert dict(zip(header, body["5.01.01"], strict=True))["toelichting"] == (
        "'=HYPERLINK(\"x\")")
    assert dict(zip(header, body["7.4"], strict=True))["status"] == "niet van toepassing (VvT)"


def test_line_folds_whitespace_and_control_characters() -> None:
    assert line(" a\n\tb\x01c \u2028 d ") == "a b c d"
    assert line("\n\x01 ") == "-"
    assert line(None) == "-"


def test_csv_columns_and_numbers_by_hand(tmp_path: Path) -> None:
    model = AnswerFile.model_validate({
        "format": FORMAT, "catalog": "bio2-1.2",
        "organisation": {"id": "gemeente-test", "name": "Test", "type": "gemeente"},
        "assessment": {"period": "2026", "assessor": "Test"},
        "answers": [{"item": "5.17.01", "status": "deels", "explanation": "x",
                     "risk": {"likelihood": 4, "impact": 3}, "due": "2026-09-30",
                     "acceptance": {"by": "Secretaris", "until": "2026-12-31", "reason": "r"},
                     "evidence": [{"ref": "A", "date": "2026-01-01"}, {"ref": "B"}]}],
    })
    rows = list(csv.reader(io.StringIO(to_csv(model)[1:], newline=""), delimiter=";"))
    assert rows[0] == [
        "item", "titel", "soort", "thema", "beheersmaatregel", "categorieën", "NIS2", "status",
        "toelichting", "eigenaar", "streefdatum", "gewicht", "restrisico", "acceptatie tot",
        "bewijs", "opzet", "bestaan", "werking", "bevinding"]
    row = dict(zip(rows[0], next(r for r in rows if r[0] == "5.17.01"), strict=True))
    # weight 4 x 3 x 4.5 / 20 = 2.7; residual 2.7 x (1 - 0.5) = 1.35; decimal comma in Dutch
    assert (row["gewicht"], row["restrisico"]) == ("2,70", "1,35")
    assert row["beheersmaatregel"] == "5.17" and row["NIS2"] == "i, j"
    assert row["streefdatum"] == "2026-09-30" and row["acceptatie tot"] == "2026-12-31"
    assert row["bewijs"] == "A (2026-01-01); B"


def test_cli_exports_are_reproducible_with_name_based_uuids(tmp_path: Path,
                                                             db_path: Path) -> None:
    assert run_bio2("--db", str(db_path), "demo", db=db_path).returncode == 0
    registration = tmp_path / "reg.yaml"
    registration.write_text(REG_YAML, encoding="utf-8")
    assert run_bio2("registration", "gemeente-voorbeeld", "--set-from", str(registration),
                    db=db_path).returncode == 0
    first, second = tmp_path / "a.oscal.json", tmp_path / "b.oscal.json"
    for target in (first, second):
        result = run_bio2("export", "gemeente-voorbeeld", "2026", "--format", "oscal", "-o",
                          str(target), db=db_path)
        assert result.returncode == 0, result.stderr
    assert first.read_bytes() == second.read_bytes()
    document = json.loads(first.read_text(encoding="utf-8"))
    validate_with_trestle(document)
    ids = [o["uuid"] for o in document["assessment-results"]["results"][0]["observations"]]
    assert len(set(ids)) == len(ids) and all(uuid.UUID(i).version == 5 for i in ids)
    contact = [p for p in document["assessment-results"]["metadata"]["parties"]
               if p.get("email-addresses") == ["ciso@voorbeeld.nl"]]
    assert contact and contact[0]["telephone-numbers"] == [{"number": "+31 20 123 4567"}]
    csv_file = tmp_path / "x.csv"
    assert run_bio2("export", "gemeente-voorbeeld", "2026", "--format", "csv", "-o",
                    str(csv_file), db=db_path).returncode == 0
    assert csv_file.read_bytes().startswith(b"\xef\xbb\xbfitem;titel;soort;")


@pytest.mark.parametrize("status", ["ja", "deels", "nee", "open"])
def test_every_assessed_status_gives_one_finding(status: str) -> None:
    entry: dict[str, Any] = {"item": "8.13.04", "status": status}
    if status in ("deels", "nee"):
        entry["explanation"] = "x"
    model = AnswerFile.model_validate({
        "format": FORMAT, "catalog": "bio2-1.2",
        "organisation": {"id": "gemeente-test", "name": "Test", "type": "gemeente"},
        "assessment": {"period": "2026", "assessor": "Test"}, "answers": [entry]})
    findings = to_oscal_dict(model)["assessment-results"]["results"][0]["findings"]
    mine = [f for f in findings if f["target"]["target-id"] == "bio2-8.13.04"]
    assert len(mine) == 1
    expected = "satisfied" if status == "ja" else "not-satisfied"
    assert mine[0]["target"]["status"]["state"] == expected
