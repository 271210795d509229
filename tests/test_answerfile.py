"""Strict reading of bio2-answers/1: every bad input gets a clear one-line problem."""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path

import pytest

from bio2.exchange.answerfile import check_bytes, fingerprint, read_file, to_json, to_yaml

TODAY = date(2026, 11, 25)

GOOD = """\
format: bio2-answers/1
catalog: bio2-1.2
organisation:
  id: gemeente-test
  name: Gemeente Test
  type: gemeente
  cbw_entity: essentieel
assessment:
  period: "2026"
  source: self
  assessor: A. Tester
  date: 2026-03-01
risk_profile:
  beschikbaarheid: midden
  integriteit: hoog
  vertrouwelijkheid: hoog
applicability:
  - control: "7.4"
    applicable: false
    justification: Geen eigen serverruimte.
    risk_ref: RA-2026-07
answers:
  - item: "5.17.01"
    status: deels
    explanation: MFA voor beheer; nog niet voor alle medewerkers
    owner: Team IAM
    due: 2026-09-30
    risk: {likelihood: 4, impact: 3}
    acceptance: {by: Gemeentesecretaris, until: 2026-12-31, reason: Vervanging loopt,
                 risk_ref: RA-2026-09}
    evidence:
      - {ref: Beleid IB 2026 v1.3, date: 2026-01-15}
  - item: "5.3"
    status: ja
"""


def check(text: str | bytes, today: date = TODAY):  # type: ignore[no-untyped-def]
    raw = text.encode("utf-8") if isinstance(text, str) else text
    return check_bytes("f.yaml", raw, today=today)


def one_error(text: str | bytes) -> str:
    result = check(text)
    assert not result.ok and result.errors, "expected an error"
    for problem in result.errors:
        line = str(problem)
        assert "\n" not in line and line.startswith("f.yaml:")
    return "\n".join(str(p) for p in result.errors)


def test_good_file_is_valid() -> None:
    result = check(GOOD)
    assert result.ok, [str(p) for p in result.errors]
    assert result.warnings == []
    assert result.model is not None and len(result.model.answers) == 2


@pytest.mark.parametrize(("text", "expected"), [
    ("just text", "verwacht een mapping"),
    ("- a\n- b\n", "verwacht een mapping"),
    ("", "leeg"),
    ("a: [1,\n", "geen geldige YAML"),
    (GOOD.replace("bio2-answers/1", "bio2-answers/2"), "format"),
    (GOOD.replace("catalog: bio2-1.2", "catalog: bio2-9.9"), "onbekende catalogus bio2-9.9"),
    (GOOD.replace('item: "5.3"', 'item: "5.17.1"'), "bedoelt u 5.17.01"),
    (GOOD.replace('item: "5.3"', 'item: "5.17.01"'), "twee keer"),
    (GOOD.replace("    owner: Team IAM", "    owner: Team IAM\n    colour: red"),
     "answers.0.colour: onbekend veld"),
    (GOOD.replace("  cbw_entity: essentieel", "  cbw_entity: essentieel\n  x: 1"),
     "organisation.x: onbekend veld"),
    (GOOD.replace("status: ja", "status: yes"), "ongeldige waarde 'yes'"),
    (GOOD.replace("status: ja", "status: true"), "ongeldige waarde"),
    (GOOD.replace('period: "2026"', "period: 2026"), "assessment.period: verwacht tekst"),
    (GOOD.replace('item: "5.3"', "item: 5.3"), "answers.1.item: verwacht tekst"),
    (GOOD.replace("applicable: false", "applicable: no"), "verwacht true of false"),
    (GOOD.replace("due: 2026-09-30", "due: 2026-02-30"), "datum 2026-02-30 bestaat niet"),
    (GOOD.replace("due: 2026-09-30", "due: 30-09-2026"), "geen datum"),
    (GOOD.replace("likelihood: 4", "likelihood: 9"), "mag hoogstens 5 zijn"),
    (GOOD.replace("date: 2026-01-15}", "date: 2026-01-15, sha256: abc}"), "64 hexadecimale"),
    (GOOD.replace("    explanation: MFA voor beheer; nog niet voor alle medewerkers\n", ""),
     "toelichting is verplicht bij status deels"),
    (GOOD.replace("    risk_ref: RA-2026-07\n", ""), "risicoanalyse (risk_ref) ontbreekt"),
    (GOOD.replace("    justification: Geen eigen serverruimte.\n", ""),
     "onderbouwing ontbreekt"),
    (GOOD.replace("  source: self\n", "  source: self\n  source: audit\n"),
     "sleutel source komt twee keer voor"),
    (GOOD.replace("  name: Gemeente Test", "  name: &n Gemeente Test"), "ankers"),
    (GOOD + "extra: *n\n", "ankers"),
    ("!!python/object/apply:os.system [echo hi]\n", "YAML-tag"),
    (GOOD.replace("assessor: A. Tester", "assessor: !custom A. Tester"), "YAML-tag"),
    (GOOD.replace("  - item: \"5.3\"\n    status: ja\n", "  - item: \"5.3\"\n"),
     "answers.1.status: verplicht veld ontbreekt"),
])
def test_bad_input_is_reported_in_one_line(text: str, expected: str) -> None:
    assert expected in one_error(text)


def test_error_names_file_line_and_column() -> None:
    text = GOOD.replace("likelihood: 4", "likelihood: 9")
    (problem,) = check(text).errors
    line = next(n for n, s in enumerate(text.splitlines(), 1) if "likelihood: 9" in s)
    assert (problem.line, problem.path) == (line, "answers.0.risk.likelihood")
    assert str(problem).startswith(f"f.yaml:{line}:")


def test_all_errors_of_a_file_at_once() -> None:
    text = GOOD.replace("status: ja", "status: yes").replace("likelihood: 4", "likelihood: 0")
    assert len(check(text).errors) == 2


def test_english_messages() -> None:
    from bio2.i18n import set_language

    set_language("en")
    assert "did you mean 5.17.01" in one_error(GOOD.replace('item: "5.3"', 'item: "5.17.1"'))


def test_alias_bomb_is_rejected_fast() -> None:
    lines = ['a0: &a0 ["x", "x", "x", "x", "x", "x", "x", "x", "x"]']
    lines += [f"a{i}: &a{i} [*a{i-1}, *a{i-1}, *a{i-1}, *a{i-1}, *a{i-1}, *a{i-1}, *a{i-1}]"
              for i in range(1, 30)]
    start = time.perf_counter()
    assert "ankers" in one_error("\n".join(lines))
    assert time.perf_counter() - start < 1.0  # would never finish if expanded


def test_byte_level_rejections() -> None:
    assert "BOM" in one_error(b"\xef\xbb\xbf" + GOOD.encode())
    assert "geen geldige UTF-8" in one_error(GOOD.encode().replace(b"Tester", b"Tes\xfftter"))
    assert "NUL" in one_error(GOOD.replace("Tester", "Tes\x00ter"))
    assert "maximaal" in one_error(b"a: b\n" + b"#" * (5 * 1024 * 1024))


def test_huge_file_on_disk_is_not_read_whole(tmp_path: Path) -> None:
    big = tmp_path / "big.yaml"
    with open(big, "wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    result = read_file(big)
    assert not result.ok and "maximaal" in str(result.errors[0])


def test_warnings_do_not_invalidate() -> None:
    text = GOOD.replace("until: 2026-12-31", "until: 2026-01-31").replace(
        "date: 2026-01-15", "date: 2027-01-15")
    text = text.replace('  - item: "5.3"\n    status: ja\n',
                        '  - item: "5.1.01"\n    status: ja\n'.replace("5.1.01", "5.01.01"))
    text += '  - item: "8.08.01"\n    status: nvt\n    explanation: Geen eigen systemen\n'
    result = check(text)
    assert result.ok
    messages = " | ".join(str(w) for w in result.warnings)
    assert "verlopen op 2026-01-31" in messages
    assert "in de toekomst" in messages
    assert "leg de beheersmaatregel als niet van toepassing" in messages


def test_long_text_and_markup_survive_verbatim() -> None:
    long = ("<b>&amp; ' \" lang " * 1000)[:20000]
    text = GOOD.replace("explanation: MFA voor beheer; nog niet voor alle medewerkers",
                        "explanation: " + __import__("json").dumps(long))
    result = check(text)
    assert result.ok, result.errors
    assert result.model is not None and result.model.answers[0].explanation == long
    for text_out in (to_yaml(result.model), to_json(result.model)):
        again = check(text_out).model
        assert again is not None
        by_item = {a.item: a for a in again.answers}
        assert by_item["5.17.01"].explanation == long
        assert fingerprint(again) == fingerprint(result.model)


def test_yaml_export_is_stable_and_fingerprint_is_order_independent() -> None:
    model = check(GOOD).model
    assert model is not None
    text = to_yaml(model)
    assert text.startswith("# bio2-answers/1")
    assert "$schema=bio2-answers-1.schema.json" in text
    reparsed = check(text).model
    assert reparsed is not None and to_yaml(reparsed) == text
    swapped = GOOD.split("answers:\n")
    a, b = swapped[1].split('  - item: "5.3"\n')
    reordered = check(swapped[0] + "answers:\n" + '  - item: "5.3"\n' + b + a).model
    assert reordered is not None and fingerprint(reordered) == fingerprint(model)
    assert len(fingerprint(model)) == 64


def test_line_breaks_in_names_cannot_inject_keys_through_the_header() -> None:
    text = GOOD.replace("  name: Gemeente Test", '  name: "Evil\\nformat: x\\nperiod: y"')
    model = check(text).model
    assert model is not None
    again = check(to_yaml(model))
    assert again.ok, [str(p) for p in again.errors]
    assert again.model is not None and again.model.organisation.name == "Evil\nformat: x\nperiod: y"


def test_hostile_values_cannot_fake_lines_or_terminal_escapes() -> None:
    text = GOOD.replace('item: "5.3"', 'item: "zz\\nother.yaml:1:1: in orde\\e[31m"')
    line = one_error(text)
    assert "\n" not in line and "\x1b" not in line and "\\x0a" in line


def test_allowed_values_are_listed_in_dutch() -> None:
    assert "'nvt' of 'open'" in one_error(GOOD.replace("status: ja", "status: yes"))


def test_json_with_escaped_emoji_from_other_tools_is_read() -> None:
    import json

    model = check(GOOD.replace("Vervanging loopt", "Vervanging loopt 😀")).model
    assert model is not None
    data = json.loads(to_json(model))
    ascii_json = json.dumps(data)  # ensure_ascii: the emoji becomes a surrogate pair escape
    assert "\\ud83d\\ude00" in ascii_json
    again = check(ascii_json)
    assert again.ok, [str(p) for p in again.errors]
    assert again.model is not None and fingerprint(again.model) == fingerprint(model)


def test_common_yaml_syntax_errors_are_explained_in_dutch() -> None:
    assert "verkeerde inspringing" in one_error("a: b: c\n")
    assert "aanhalingsteken niet gesloten" in one_error('a: "open\n')
