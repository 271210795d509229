"""bio2.usecases editing, forms and search: the TUI's core (search folding, item numbers,
form validation, the session with undo and write-behind on a locked database). No textual."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from bio2.catalog.loading import load_catalog
from bio2.domain.answers import Answer, Organisation
from bio2.usecases.change_summary import summarise_change
from bio2.usecases.editing import Session
from bio2.usecases.forms import answer_fields, build_answer, build_applicability
from bio2.usecases.opening import open_store
from bio2.usecases.organisations import create_organisation, start_assessment
from bio2.usecases.search import ItemFilter, find_item, fold

TODAY = date(2026, 6, 1)


def new_session(db: Path) -> Session:
    store = open_store(db)
    create_organisation(store, Organisation(id="gemeente-test", name="Gemeente Test",
                                            type="gemeente"))
    assessment = start_assessment(store, "gemeente-test", "2026", "Tester")
    return Session(store, assessment, today=TODAY, actor="tester")


def form(**values: str) -> dict[str, str]:
    return {"status": "open"} | values


def test_fold_drops_diacritics_and_case() -> None:
    assert fold("Coördinatie") == "coordinatie"
    assert fold("Bedrijfscontinuïteit") == "bedrijfscontinuiteit"
    assert fold("ÉÈÊ") == "eee"


def test_search_finds_with_and_without_diacritics(db_path: Path) -> None:
    session = new_session(db_path)
    # 5.01.01's guidance says "bedrijfscontinuïteit"; plain lower() would not match.
    plain = session.visible(ItemFilter(query="continuiteit"))
    accented = session.visible(ItemFilter(query="CONTINUÏTEIT"))
    assert plain == accented == ["5.01.01", "5.29", "5.30.01", "8.24.05"]
    assert "continuiteit" not in session.catalog.items["5.01.01"].guidance.lower()
    # Several words must all occur.
    assert session.visible(ItemFilter(query="continuiteit mfa")) == []


def test_find_item_understands_the_ways_people_type_numbers() -> None:
    catalog = load_catalog()
    assert find_item(catalog, "5.17.01") == "5.17.01"
    assert find_item(catalog, "5.17.1") == "5.17.01"
    assert find_item(catalog, " 5.3 ") == "5.3"
    assert find_item(catalog, "5.17") == "5.17.01"  # a control: its first measure
    assert find_item(catalog, "isms-9.3.2") == "isms-9.3.2"
    assert find_item(catalog, "9.3.2") == "isms-9.3.2"
    assert find_item(catalog, "5.99.01") is None
    assert find_item(catalog, "") is None


def test_build_answer_accepts_a_full_form() -> None:
    item = load_catalog().items["5.17.01"]
    result = build_answer(item, form(
        status="deels", explanation="MFA voor beheer", owner="Team IAM", due="2026-09-30",
        evidence="Beleid IB; Config MFA", likelihood="4", impact="3", acc_by="Secretaris",
        acc_until="2026-12-31", acc_reason="Vervanging loopt", acc_risk_ref="RA-9",
        opzet="ja"), None)
    assert result.ok, result.errors
    answer = result.model
    assert answer.status == "deels" and answer.due == date(2026, 9, 30)
    assert [e.ref for e in answer.evidence] == ["Beleid IB", "Config MFA"]
    assert (answer.risk.likelihood, answer.risk.impact) == (4, 3)
    assert answer.acceptance.until == date(2026, 12, 31)
    assert answer_fields(answer)["evidence"] == "Beleid IB; Config MFA"
    assert build_answer(item, answer_fields(answer), answer).model == answer


@pytest.mark.parametrize(("values", "field"), [
    ({"due": "2026-13-01"}, "due"),
    ({"due": "31-12-2026"}, "due"),
    ({"likelihood": "7", "impact": "3"}, "likelihood"),
    ({"likelihood": "0", "impact": "3"}, "likelihood"),
    ({"likelihood": "x", "impact": "3"}, "likelihood"),
    ({"likelihood": "3"}, "impact"),
    ({"acc_by": "Secretaris"}, "acc_until"),
    ({"acc_until": "2026-02-30", "acc_by": "S", "acc_reason": "r"}, "acc_until"),
    ({"status": "nee"}, "explanation"),
    ({"status": "nvt", "explanation": "  "}, "explanation"),
])
def test_build_answer_names_the_wrong_field(values: dict[str, str], field: str) -> None:
    item = load_catalog().items["5.17.01"]
    result = build_answer(item, form(**values), None)
    assert not result.ok and result.model is None
    assert field in result.errors, result.errors


def test_nvt_on_a_measure_of_an_applicable_control_warns_with_the_rule() -> None:
    item = load_catalog().items["5.17.01"]
    result = build_answer(item, form(status="nvt", explanation="geen"), None)
    assert result.ok and "status" in result.warnings and "5.17" in result.warnings["status"]
    result = build_answer(item, form(status="nvt", explanation="geen"), None,
                          control_applicable=False)
    assert result.ok and not result.warnings


def test_build_applicability_needs_justification_and_risk_ref() -> None:
    assert set(build_applicability("7.4", False, "", "").errors) == {"justification",
                                                                     "risk_ref"}
    assert set(build_applicability("7.4", False, "Geen serverruimte", " ").errors) == {
        "risk_ref"}
    ok = build_applicability("7.4", False, "Geen serverruimte", "RA-7")
    assert ok.ok and ok.model.applicable is False and ok.model.risk_ref == "RA-7"
    assert build_applicability("7.4", True, "", "").ok


def test_session_saves_undoes_and_keeps_history(db_path: Path) -> None:
    session = new_session(db_path)
    store = session.store
    assert session.set_answer(Answer(item="5.17.01", status="ja"))
    assert store.answer(session.id, "5.17.01").status == "ja"
    assert session.scorecard().items["5.17.01"].status == "ja"
    assert session.set_answer(Answer(item="5.17.01", status="nee", explanation="x"))
    session.undo()
    assert store.answer(session.id, "5.17.01").status == "ja"
    session.undo()
    assert store.answer(session.id, "5.17.01") is None
    assert session.undo() is None
    # four history rows: ja, nee, back to ja, removed
    assert len(store.history(session.id, "5.17.01")) == 4


def test_session_keeps_a_change_pending_while_the_database_is_locked(db_path: Path) -> None:
    session = new_session(db_path)
    other = sqlite3.connect(db_path, timeout=0)
    other.execute("BEGIN IMMEDIATE")  # another process holds the write lock
    try:
        assert not session.set_answer(Answer(item="5.3", status="ja"))
        assert session.answers["5.3"].status == "ja"  # the screen already shows it
        assert len(session.pending) == 1
        assert not session.flush()
    finally:
        other.rollback()
        other.close()
    assert session.flush() and not session.pending
    assert session.store.answer(session.id, "5.3").status == "ja"


def test_filters(db_path: Path) -> None:
    session = new_session(db_path)
    session.set_answer(Answer(item="5.17.01", status="nee", explanation="nog niet",
                              owner="Team IAM", due="2026-01-31"))
    session.set_answer(Answer(item="5.3", status="deels", explanation="half"))
    session.set_answer(Answer(item="5.01.01", status="ja", owner="CISO"))
    assert session.visible(ItemFilter("gaps")) == ["5.3", "5.17.01"]
    assert session.visible(ItemFilter("overdue")) == ["5.17.01"]
    assert session.visible(ItemFilter("owner", "Team IAM")) == ["5.17.01"]
    assert session.owners() == ["CISO", "Team IAM"]
    assert len(session.visible(ItemFilter("unanswered"))) == 190 - 3
    assert "5.17.01" in session.visible(ItemFilter("nis2", "j"))
    overheidsrisico = session.visible(ItemFilter("category", "overheidsrisico"))
    # BIO2 v1.2: 15 measures serve overheidsrisico (plus controls assessed directly)
    assert sum(session.catalog.items[i].kind == "measure" for i in overheidsrisico) == 15


def test_history_change_is_plain_text_under_the_form_labels() -> None:
    from bio2.i18n import set_language

    set_language("nl")
    new = Answer(item="5.3", status="deels", explanation="Half",
                 due=date(2026, 9, 1)).model_dump(mode="json")
    assert summarise_change(None, new) == (
        "Status: - → deels; Toelichting: - → Half; Streefdatum: - → 2026-09-01")
    later = dict(new, status="ja")
    assert summarise_change(new, later) == "Status: deels → ja"
    assert summarise_change(None, {"control": "5.7", "applicable": False,
                                   "justification": "geen"}) == (
        "Van toepassing: - → nee, niet van toepassing; Onderbouwing: - → geen")
