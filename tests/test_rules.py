"""bio2.domain.rules: every branch of every BIO2 answer rule, with hand-made items and
values (no catalog, no store, no messages)."""

from __future__ import annotations

from datetime import date

import pytest

from bio2.domain.answers import Acceptance, Answer, Applicability, Evidence
from bio2.domain.catalog import Item
from bio2.domain.rules import (
    Breach,
    acceptance_expired,
    answer_breaches,
    answer_is_blank,
    control_applicable,
    evidence_in_future,
    excluded_controls,
    exclusion_breaches,
    is_default_applicability,
    is_overdue,
    needs_explanation,
    status_breach,
)

TODAY = date(2026, 6, 1)


def item(kind: str = "measure", control: str | None = "5.17") -> Item:
    return Item.model_validate({
        "id": {"measure": "5.17.01", "control": "5.17", "clause": "isms-9.3"}[kind],
        "kind": kind, "control": control, "theme": "organisatorisch" if control else "isms",
        "categories": (), "properties": ("vertrouwelijkheid",), "concepts": (), "nis2": (),
        "title": "t", "title_en": "t", "guidance": "g"})


MEASURE, CONTROL, CLAUSE = item("measure"), item("control"), item("clause", None)


# -- explanation ---------------------------------------------------------------------------
@pytest.mark.parametrize("status", ["nee", "deels", "nvt"])
def test_explanation_is_required_for_nee_deels_nvt(status: str) -> None:
    assert needs_explanation(status, None)
    assert needs_explanation(status, "")
    assert not needs_explanation(status, "Nog geen MFA op de VPN")


@pytest.mark.parametrize("status", ["ja", "open", None, "onzin"])
def test_no_explanation_needed_for_other_statuses(status: object) -> None:
    assert not needs_explanation(status, None)


def test_an_audit_finding_serves_as_explanation_only_in_an_audit() -> None:
    assert not needs_explanation("nee", None, finding="Geen logging", audit=True)
    assert needs_explanation("nee", None, finding="Geen logging", audit=False)
    assert needs_explanation("nee", None, finding="", audit=True)


def test_text_counts_as_given() -> None:
    # the form strips typed text before it asks; a file is judged as written
    assert not needs_explanation("nee", " ")


# -- status against the VvT ----------------------------------------------------------------
@pytest.mark.parametrize("status", ["ja", "deels", "nee"])
def test_a_status_on_an_excluded_control_does_not_count(status: str) -> None:
    assert status_breach(MEASURE, status, control_applicable=False) == Breach(
        "control_not_applicable", "status", "warning", "5.17")
    assert status_breach(CONTROL, status, control_applicable=False) == Breach(
        "control_not_applicable", "status", "warning", "5.17")


@pytest.mark.parametrize("status", ["nvt", "open", None])
def test_nvt_open_or_nothing_on_an_excluded_control_is_fine(status: object) -> None:
    assert status_breach(MEASURE, status, control_applicable=False) is None


def test_nvt_on_a_measure_of_an_applicable_control_breaks_the_rule() -> None:
    assert status_breach(MEASURE, "nvt", control_applicable=True) == Breach(
        "nvt_rule", "status", "warning", "5.17")


def test_nvt_on_a_control_without_measures_or_an_isms_clause_is_fine() -> None:
    assert status_breach(CONTROL, "nvt", control_applicable=True) is None
    assert status_breach(CLAUSE, "nvt", control_applicable=True) is None
    # an ISMS clause has no control, so the VvT cannot exclude it
    assert status_breach(CLAUSE, "ja", control_applicable=False) is None


def test_other_statuses_on_an_applicable_control_are_fine() -> None:
    assert status_breach(MEASURE, "ja", control_applicable=True) is None


def test_answer_breaches_gives_the_explanation_error_before_the_status_warning() -> None:
    assert answer_breaches(MEASURE, "nvt", None, control_applicable=True) == (
        Breach("explanation_required", "explanation", "error", "5.17"),
        Breach("nvt_rule", "status", "warning", "5.17"))
    assert answer_breaches(MEASURE, "nee", "", control_applicable=False) == (
        Breach("explanation_required", "explanation", "error", "5.17"),
        Breach("control_not_applicable", "status", "warning", "5.17"))
    assert answer_breaches(MEASURE, "nee", "x", control_applicable=True) == ()
    assert answer_breaches(MEASURE, "nee", None, control_applicable=True, finding="f",
                           audit=True) == ()


def test_a_blank_answer_is_open_with_nothing_else() -> None:
    assert answer_is_blank(Answer(item="5.17.01", status="open"))
    assert not answer_is_blank(Answer(item="5.17.01", status="ja"))
    assert not answer_is_blank(Answer(item="5.17.01", status="open", owner="CISO"))
    assert not answer_is_blank(Answer(item="5.17.01", status="open", explanation=""))
    assert not answer_is_blank(Answer(item="5.17.01", status="open",
                                      evidence=(Evidence(ref="Beleid"),)))


# -- exclusions ----------------------------------------------------------------------------
def test_an_exclusion_needs_justification_and_risk_ref() -> None:
    assert exclusion_breaches("7.4", False, None, None) == (
        Breach("vvt_needs_justification", "justification", "error", "7.4"),
        Breach("vvt_needs_risk_ref", "risk_ref", "error", "7.4"))
    assert exclusion_breaches("7.4", False, "Geen serverruimte", "") == (
        Breach("vvt_needs_risk_ref", "risk_ref", "error", "7.4"),)
    assert exclusion_breaches("7.4", False, "", "RA-7") == (
        Breach("vvt_needs_justification", "justification", "error", "7.4"),)
    assert exclusion_breaches("7.4", False, "Geen serverruimte", "RA-7") == ()


@pytest.mark.parametrize("applicable", [True, None, "false"])
def test_only_a_real_false_is_an_exclusion(applicable: object) -> None:
    assert exclusion_breaches("7.4", applicable, None, None) == ()


def test_applicable_without_text_is_the_default() -> None:
    assert is_default_applicability(Applicability(control="7.4", applicable=True))
    assert is_default_applicability(Applicability(control="7.4", applicable=True,
                                                  justification=""))
    assert not is_default_applicability(Applicability(control="7.4", applicable=True,
                                                      justification="Eigen serverruimte"))
    assert not is_default_applicability(Applicability(control="7.4", applicable=True,
                                                      risk_ref="RA-7"))
    assert not is_default_applicability(Applicability(control="7.4", applicable=False))


def test_a_control_is_applicable_unless_the_vvt_says_no() -> None:
    assert control_applicable(None)
    assert control_applicable(Applicability(control="7.4", applicable=True))
    assert not control_applicable(Applicability(control="7.4", applicable=False))
    assert excluded_controls([Applicability(control="7.4", applicable=False),
                              Applicability(control="5.1", applicable=True)]) == {"7.4"}


# -- dates ---------------------------------------------------------------------------------
def test_an_acceptance_holds_through_its_until_date() -> None:
    assert not acceptance_expired(date(2026, 6, 1), TODAY)
    assert not acceptance_expired(date(2026, 12, 31), TODAY)
    assert acceptance_expired(date(2026, 5, 31), TODAY)
    # the model's own date is what the callers pass
    acc = Acceptance.model_validate({"by": "Directie", "until": "2026-05-31",
                                     "reason": "Budget 2027"})
    assert acceptance_expired(acc.until, TODAY)


def test_overdue_needs_a_past_due_date_in_scope_and_not_met() -> None:
    past, today, later = date(2026, 5, 31), TODAY, date(2026, 6, 2)
    assert is_overdue(past, "nee", True, TODAY)
    assert is_overdue(past, "deels", True, TODAY)
    assert is_overdue(past, "open", True, TODAY)
    assert not is_overdue(past, "ja", True, TODAY)        # met
    assert not is_overdue(past, "nee", False, TODAY)      # out of scope (nvt, VvT)
    assert not is_overdue(today, "nee", True, TODAY)      # due today is not late yet
    assert not is_overdue(later, "nee", True, TODAY)
    assert not is_overdue(None, "nee", True, TODAY)


def test_evidence_after_today_is_in_the_future() -> None:
    assert evidence_in_future(date(2026, 6, 2), TODAY)
    assert not evidence_in_future(TODAY, TODAY)
    assert not evidence_in_future(date(2026, 5, 1), TODAY)


def test_every_code_has_its_answer_file_message() -> None:
    from typing import get_args

    from bio2.domain.rules import Code
    from bio2.i18n import has

    assert all(has(f"answers.{code}") for code in get_args(Code))
