"""``bio2 diff`` compares the Cbw checklist ticks and the board training register too
(issue 13 leftovers): two answer files that differ only there show that difference, in
words, with user text escaped."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bio2.domain.answers import AnswerFile
from bio2.exchange.answerfile import check_bytes
from bio2.exchange.diff import Difference, diff, field_label, item_label, show_value
from bio2.i18n import speaking
from tests.conftest import run_bio2
from tests.test_answerfile import GOOD

TODAY = date(2026, 12, 2)
POINTS = {"4.1": ["detectie", "analyse", "afhandeling", "vastlegging", "melding"],
          "9.1": ["wanneer", "welke", "wie-implementeert", "sleutelbeheer"]}

TICKS_A = ('checklists:\n  - item: "4.1"\n    ticked: [melding, detectie]\n'
           '  - item: "9.1"\n    ticked: [welke]\n')
TICKS_B = ('checklists:\n  - item: "4.1"\n    ticked: [detectie, analyse]\n'
           '  - item: "9.1"\n    ticked: [welke]\n')

REGISTER_A = """\
governance:
  training:
    members:
      - {name: A. de Vries, role: burgemeester}
      - {name: B. Bakker, role: wethouder}
    trainings:
      - {member: A. de Vries, date: 2026-03-04, topics: [cyberrisico's]}
      - {member: B. Bakker, date: 2025-05-01, topics: [meldplicht], provider: Academie}
"""
REGISTER_B = """\
governance:
  training:
    period_months: 6
    members:
      - {name: a.  de vries, role: burgemeester}
      - {name: B. Bakker, role: loco-burgemeester}
      - {name: C. Cohen, role: secretaris}
    trainings:
      - {member: A. de Vries, date: 2026-03-04, topics: [cyberrisico's]}
      - {member: B. Bakker, date: 2025-05-01, topics: [meldplicht, crisis], provider: Academie}
      - {member: C. Cohen, start: 2026-10-05, end: 2026-10-07, topics: [NIS2],
         certificate: CERT-7}
"""


def model(*sections: str, source: str = "self") -> AnswerFile:
    text = GOOD.replace("  source: self\n", f"  source: {source}\n") + "".join(sections)
    result = check_bytes("f.yaml", text.encode("utf-8"), today=TODAY)
    assert result.model is not None, [str(p) for p in result.errors]
    return result.model


def test_ticks_on_one_side_only_are_rows_in_checklist_order() -> None:
    found = diff(model(TICKS_A), model(TICKS_B), points=POINTS)
    assert found == [Difference("checklist:4.1", "analyse", False, True),
                     Difference("checklist:4.1", "melding", True, False)]
    # a file without the section is a file without ticks
    assert diff(model(), model(TICKS_A), points=POINTS) == [
        Difference("checklist:4.1", "detectie", False, True),
        Difference("checklist:4.1", "melding", False, True),
        Difference("checklist:9.1", "welke", False, True)]
    # the order of the ticks in a file is no difference
    swapped = TICKS_A.replace("[melding, detectie]", "[detectie, melding]")
    assert diff(model(TICKS_A), model(swapped), points=POINTS) == []


def test_without_the_checklist_order_the_files_order_is_used() -> None:
    assert diff(model(TICKS_A), model(TICKS_B)) == [
        Difference("checklist:4.1", "melding", True, False),
        Difference("checklist:4.1", "analyse", False, True)]


def test_training_register_period_members_and_trainings() -> None:
    found = diff(model(REGISTER_A), model(REGISTER_B))
    assert found == [
        Difference("training", "period_months", 12, 6),
        Difference("training", "member", {"name": "A. de Vries", "role": "burgemeester"},
                   {"name": "a.  de vries", "role": "burgemeester"}),
        Difference("training", "member", {"name": "B. Bakker", "role": "wethouder"},
                   {"name": "B. Bakker", "role": "loco-burgemeester"}),
        Difference("training", "member", None, {"name": "C. Cohen", "role": "secretaris"}),
        Difference("training", "training",
                   {"member": "B. Bakker", "date": "2025-05-01", "topics": ["meldplicht"],
                    "provider": "Academie"},
                   {"member": "B. Bakker", "date": "2025-05-01",
                    "topics": ["meldplicht", "crisis"], "provider": "Academie"}),
        Difference("training", "training", None,
                   {"member": "C. Cohen", "start": "2026-10-05", "end": "2026-10-07",
                    "topics": ["NIS2"], "certificate": "CERT-7"}),
    ]
    assert diff(model(REGISTER_A), model(REGISTER_A)) == []


def test_a_file_without_a_register_has_no_period_no_members_no_trainings() -> None:
    found = diff(model(), model(REGISTER_A))
    assert [(d.field, d.a, d.b) for d in found][:1] == [("period_months", None, 12)]
    assert [d.field for d in found] == ["period_months", "member", "member",
                                        "training", "training"]
    assert all(d.a is None for d in found)


def test_a_training_both_sides_have_twice_and_one_side_once() -> None:
    twice = REGISTER_A + ("      - {member: A. de Vries, date: 2026-03-04,"
                          " topics: [cyberrisico's]}\n")
    found = diff(model(twice), model(REGISTER_A))
    assert found == [Difference("training", "training",
                                {"member": "A. de Vries", "date": "2026-03-04",
                                 "topics": ["cyberrisico's"]}, None)]


def test_ticks_and_register_are_not_compared_with_an_audit() -> None:
    # an audit file has neither (the audit view leaves them out), so comparing the self
    # view with it would list every tick and member as a difference
    assert diff(model(TICKS_A, REGISTER_A), model(source="audit"), points=POINTS) == []


def test_rows_in_words_in_both_languages() -> None:
    found = diff(model(TICKS_A, REGISTER_A), model(TICKS_B, REGISTER_B), points=POINTS)
    rows = [(item_label(d.item), field_label(d.item, d.field),
             show_value(d.item, d.field, d.a), show_value(d.item, d.field, d.b))
            for d in found]
    assert rows == [
        ("afvinklijst Cbw 4.1", "analyse", "niet afgevinkt", "afgevinkt"),
        ("afvinklijst Cbw 4.1", "melding", "afgevinkt", "niet afgevinkt"),
        ("bestuurstraining", "termijn", "12 maanden", "6 maanden"),
        ("bestuurstraining", "bestuurslid", "A. de Vries (burgemeester)",
         "a.  de vries (burgemeester)"),
        ("bestuurstraining", "bestuurslid", "B. Bakker (wethouder)",
         "B. Bakker (loco-burgemeester)"),
        ("bestuurstraining", "bestuurslid", None, "C. Cohen (secretaris)"),
        ("bestuurstraining", "training",
         "B. Bakker, 1 mei 2025: meldplicht; gegeven door Academie",
         "B. Bakker, 1 mei 2025: meldplicht, crisis; gegeven door Academie"),
        ("bestuurstraining", "training", None,
         "C. Cohen, 5 oktober 2026 t/m 7 oktober 2026: NIS2; certificaat CERT-7"),
    ]
    with speaking("en"):
        last = found[-1]
        assert (item_label(last.item), field_label(last.item, last.field),
                show_value(last.item, last.field, last.b)) == (
            "board training", "training",
            "C. Cohen, 5 October 2026 to 7 October 2026: NIS2; certificate CERT-7")
        assert show_value("checklist:4.1", "analyse", True) == "ticked"
        assert show_value("training", "period_months", 6) == "6 months"


def test_cli_shows_files_that_differ_only_in_ticks_and_register(tmp_path: Path) -> None:
    a, b = tmp_path / "a.yaml", tmp_path / "b.yaml"
    a.write_text(GOOD + TICKS_A + REGISTER_A, encoding="utf-8")
    b.write_text(GOOD + TICKS_B + REGISTER_A.replace("wethouder", "loco"), encoding="utf-8")
    result = run_bio2("diff", str(a), str(b))
    assert result.returncode == 0, result.stderr
    lines = [" ".join(line.split()) for line in result.stdout.splitlines()]
    assert "afvinklijst Cbw 4.1 analyse niet afgevinkt afgevinkt" in lines
    assert "afvinklijst Cbw 4.1 melding afgevinkt niet afgevinkt" in lines
    assert "bestuurstraining bestuurslid B. Bakker (wethouder) B. Bakker (loco)" in lines
    assert lines[-1] == "2 item(s) verschillen, 3 veld(en)"
    same = run_bio2("diff", str(a), str(a))
    assert same.returncode == 0 and same.stdout.strip() == "geen verschillen"


HOSTILE_REGISTER = """\
governance:
  training:
    members:
      - {name: "Mr. \\u202eevil [bold]X[/bold]", role: "=HYPERLINK(\\"x\\")"}
    trainings:
      - {member: "Mr. \\u202eevil [bold]X[/bold]", date: 2026-01-02,
         topics: ["<b>risico</b>", "[@click=app.quit]K[/]"], provider: "\\u200f\\u2066P"}
"""


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_cli_hostile_register_text_is_shown_as_data(tmp_path: Path, lang: str) -> None:
    a, b = tmp_path / "a.yaml", tmp_path / "b\x1b[2J.yaml"
    a.write_text(GOOD, encoding="utf-8")
    b.write_text(GOOD + HOSTILE_REGISTER, encoding="utf-8")
    result = run_bio2("--lang", lang, "diff", str(a), str(b))
    assert result.returncode == 0, result.stderr
    out = result.stdout
    for raw in ("\x1b", "\u202e", "\u200f", "\u2066"):
        assert raw not in out
    flat = "".join(out.split())
    assert "Mr.\\u202eevil[bold]X[/bold](=HYPERLINK(\"x\"))" in flat
    assert "<b>risico</b>,[@click=app.quit]K[/];" in flat
    assert "\\u200f\\u2066P" in flat
