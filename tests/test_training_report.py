"""The governance chapter shows the board training register (Cbw art. 24): one rendering
for the module, read back with pypdf; hostile names are printed as text."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

import pytest

from bio2.domain.training import BoardMember, Training, TrainingRegister
from bio2.i18n import set_language
from bio2.report import render_report
from tests.conftest import DEMO
from tests.reporttext import pdf_section_text
from tests.test_report import load

TODAY = date(2026, 11, 1)
HOSTILE = ("[@click=app.quit]KLIK[/]", "<b>&amp;", "=1+1", "ICT-dienst [/regio]")
REGISTER = TrainingRegister(
    period_months=12,
    members=(BoardMember(name=HOSTILE[0], role=HOSTILE[1]),
             BoardMember(name=HOSTILE[3], role="wethouder"),
             BoardMember(name="Zonder Opleiding", role=HOSTILE[2])),
    trainings=(Training(member=HOSTILE[0], date=date(2026, 5, 4), topics=("x",)),
               Training(member=HOSTILE[3], start=date(2025, 10, 1), end=date(2025, 10, 31),
                        topics=("x",))))


@pytest.fixture(scope="module")
def text(tmp_path_factory: pytest.TempPathFactory) -> str:
    set_language("nl")
    data = load(tmp_path_factory.mktemp("training") / "db.sqlite", DEMO)
    pdf = render_report(replace(data, training=REGISTER), today=TODAY)
    # the section on paper (hostile names): its pages only (tests/reporttext.py)
    return pdf_section_text(pdf, "2.2  Training van het bestuur")


def flat(value: str) -> str:
    return re.sub(r"\s+", "", value)


def test_register_section_with_rule_and_verdicts(text: str) -> None:
    body = flat(text)
    assert flat("Opleidingsregister van het bestuur (Cbw art. 24)") in body
    # the rule with its period and reference date (1 November 2026 - 12 months)
    assert flat("in de 12 maanden vóór de peildatum 1 november 2026") in body
    assert flat("op of na 1 november 2025") in body
    assert flat("3 bestuurder(s), van wie 2 achter.") in body
    # rows: the first member trained in May 2026, the second's course ended 31 Oct 2025
    assert flat("4 mei 2026 1 nee") in body
    assert flat("31 oktober 2025 1 ja, achter") in body
    assert flat("geen opleiding vastgelegd 0 ja, achter") in body


def test_hostile_names_are_text(text: str) -> None:
    body = flat(text)
    for value in HOSTILE:
        assert flat(value) in body
