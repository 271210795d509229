"""The one list of Cbw readiness rows (bio2.analysis.cbw.readiness_rows) that the CLI
(``bio2 cbw``), the TUI's Cbw screen and the report's Cbw chapter all show."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from bio2.analysis.cbw import readiness, readiness_rows
from bio2.catalog.loading import load_catalog
from bio2.exchange.answerfile import read_file
from bio2.exchange.csv_export import scorecard_of
from tests.conftest import DEMO, run_bio2

if TYPE_CHECKING:
    from bio2.domain.answers import AnswerFile
    from bio2.domain.catalog import Catalog
    from bio2.domain.scorecard import Scorecard

LETTERS = list("abcdefghij")


def _demo_model() -> AnswerFile:
    model = read_file(DEMO).model
    assert model is not None
    return model


@pytest.fixture(scope="module")
def demo() -> tuple[Catalog, Scorecard]:
    model = _demo_model()
    return load_catalog(model.catalog), scorecard_of(model, date(2026, 11, 30))


def test_rows_come_in_one_order(demo: tuple[Catalog, Scorecard]) -> None:
    catalog, card = demo
    rows = readiness_rows(catalog, readiness(catalog, card), "nl")
    # 10 letters, governance and meldplicht, the registration duty, 27 Cbw items
    assert [r.kind for r in rows] == (["nis2"] * 10 + ["duty", "duty", "registration"]
                                      + ["cbw"] * 27)
    assert [r.key for r in rows[:13]] == [*LETTERS, "governance", "meldplicht", "registratie"]
    assert rows[13].key == "1.1" and rows[13].group == "zorgplicht"
    assert {r.group for r in rows[13:]} == {"zorgplicht", "governance", "meldplicht"}
    assert all(r.group is None for r in rows[:13])


def test_titles_follow_the_language_asked(demo: tuple[Catalog, Scorecard]) -> None:
    catalog, card = demo
    result = readiness(catalog, card)
    dutch, english = readiness_rows(catalog, result, "nl"), readiness_rows(catalog, result, "en")
    assert (dutch[0].title, english[0].title) == ("Risicoanalyse en beveiligingsbeleid",
                                                  "Risk analysis and security policy")
    assert dutch[10].title == "Governance en bestuurdersaansprakelijkheid (art. 24 Cbw)"
    assert english[10].title == "Governance and liability of the management body (Cbw art. 24)"
    assert (dutch[13].title, english[13].title) == (
        "Beleid over netwerk en informatiesystemen", "Policy on network and information systems")


def test_registration_row_has_a_verdict_but_no_numbers(demo: tuple[Catalog, Scorecard]) -> None:
    from bio2.domain.registration import Registration

    catalog, card = demo
    (none,) = [r for r in readiness_rows(catalog, readiness(catalog, card), "nl")
               if r.kind == "registration"]
    assert (none.verdict, none.view, none.score, none.top_gaps(3), none.gap_count) == (
        "niet_beoordeeld", None, None, (), 0)
    registration = Registration.model_validate({
        "entity_name": "Gemeente Test", "entity_type": "gemeente", "entity": "essentieel",
        "incident_contact": {"name": "CERT", "email": "cert@example.nl",
                             "phone": "+31 70 123 4567"},
        "services": ["burgerzaken"]})
    (recorded,) = [r for r in readiness_rows(catalog, readiness(catalog, card, registration),
                                             "nl") if r.kind == "registration"]
    assert recorded.verdict == "deels"  # recorded, not yet filed


def test_rows_carry_the_views_verdict_score_and_gaps(demo: tuple[Catalog, Scorecard]) -> None:
    catalog, card = demo
    result = readiness(catalog, card)
    rows = readiness_rows(catalog, result, "nl")
    letter_a = rows[0]
    assert letter_a.view is result.letters["a"]
    assert letter_a.verdict == result.letters["a"].verdict
    assert letter_a.score == result.letters["a"].score
    assert letter_a.top_gaps(2) == result.letters["a"].gaps[:2]
    assert letter_a.gap_count == len(result.letters["a"].gaps)
    assert rows[10].view is result.duties["governance"]


def test_cli_lists_the_rows_in_english(tmp_path: Path) -> None:
    """``bio2 cbw`` lists every Cbw item with its topic, as the rows give them."""
    db = tmp_path / "c.sqlite"
    assert run_bio2("import", str(DEMO), db=db).returncode == 0
    out = run_bio2("--lang", "en", "cbw", "gemeente-voorbeeld", "2026", db=db)
    assert out.returncode == 0, out.stderr
    model = _demo_model()
    catalog = load_catalog(model.catalog)
    rows = readiness_rows(catalog, readiness(catalog, scorecard_of(model)), "en")
    text = " ".join(out.stdout.split())
    for row in rows:
        if row.kind == "cbw":
            assert row.title.split()[0] in text and row.key in text
