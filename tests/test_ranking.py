"""The one ranking of risks on the small hand-made catalog of test_scoring."""

from __future__ import annotations

from datetime import date

import pytest

from bio2.analysis.ranking import marker, method_texts, rank, risk_order
from bio2.analysis.scoring import score
from bio2.domain.answers import Acceptance, Answer, Applicability, Risk
from bio2.domain.scorecard import ItemScore, Weight
from bio2.i18n.numbers import Formatter
from tests.test_scoring import CATALOG, FACTORS, PROFILE, TODAY

ANSWERS = {
    # default 3 x 1.5 = 4.5, nee -> residual 4.5
    "5.01.01": Answer(item="5.01.01", status="nee", explanation="x"),
    # 5.01.02 open: default laag 1 x ketenhygiëne 1.0 = 1.0 -> not yet assessed
    # explicit 5 x 5 -> 25 x 4.5 / 20 = 5.625, deels -> 2.8125; acceptance valid
    "7.4": Answer(item="7.4", status="deels", explanation="x", risk=Risk(likelihood=5, impact=5),
                  acceptance=Acceptance(by="GS", until=date(2026, 12, 31), reason="r")),
    # default 4.5, deels -> 2.25; acceptance expired on 2026-01-01
    "8.08.01": Answer(item="8.08.01", status="deels", explanation="x",
                      acceptance=Acceptance(by="GS", until=date(2026, 1, 1), reason="r")),
    # isms-6.1.2 open: all BIV, hoog 3 x 1.0 = 3.0 -> not yet assessed
}


def _rank(answers: dict[str, Answer], vvt: dict[str, Applicability] | None = None):  # type: ignore[no-untyped-def]
    return rank(score(CATALOG, answers, vvt or {}, PROFILE, FACTORS, TODAY))


def test_gaps_and_unassessed_are_two_lists_in_one_order() -> None:
    ranking = _rank(ANSWERS)
    assert [(s.item, s.residual) for s in ranking.gaps] == [
        ("5.01.01", pytest.approx(4.5)), ("7.4", pytest.approx(2.8125)),
        ("8.08.01", pytest.approx(2.25))]
    assert [(s.item, s.weight.value) for s in ranking.unassessed] == [
        ("isms-6.1.2", pytest.approx(3.0)), ("5.01.02", pytest.approx(1.0))]
    assert [s.item for s in ranking.accepted] == ["7.4"]


def test_accepted_and_expired_risks_are_marked() -> None:
    gaps = {s.item: s for s in _rank(ANSWERS).gaps}
    assert marker(gaps["7.4"]) == "geaccepteerd"
    assert marker(gaps["8.08.01"]) == "acceptatie verlopen"
    assert marker(gaps["5.01.01"]) == ""


def test_nvt_ja_and_vvt_exclusions_are_in_neither_list() -> None:
    answers = dict(ANSWERS)
    answers["5.01.01"] = Answer(item="5.01.01", status="ja")
    answers["isms-6.1.2"] = Answer(item="isms-6.1.2", status="nvt", explanation="x")
    vvt = {"7.4": Applicability(control="7.4", applicable=False, justification="j",
                                risk_ref="RA")}
    ranking = _rank(answers, vvt)
    assert [s.item for s in ranking.gaps] == ["8.08.01"]
    assert [s.item for s in ranking.unassessed] == ["5.01.02"]


def test_a_tie_puts_the_explicit_estimate_first_then_catalog_order() -> None:
    # 5.01.01 nee by default 4.5; 8.08.01 nee with kans 4 x impact 5 = 4.5 as well
    answers = {"5.01.01": Answer(item="5.01.01", status="nee", explanation="x"),
               "8.08.01": Answer(item="8.08.01", status="nee", explanation="x",
                                 risk=Risk(likelihood=4, impact=5))}
    assert [s.item for s in _rank(answers).gaps] == ["8.08.01", "5.01.01"]
    # without the estimate, catalog order decides
    answers["8.08.01"] = Answer(item="8.08.01", status="nee", explanation="x")
    assert [s.item for s in _rank(answers).gaps] == ["5.01.01", "8.08.01"]


def test_an_empty_assessment_has_no_gaps_only_unassessed_items() -> None:
    ranking = _rank({})
    assert ranking.gaps == ()
    # 5.01.01 and 8.08.01 4.5 (catalog order), isms 3.0, 7.4 midden 2 x 1.5 = 3.0, 5.01.02 1.0
    assert [s.item for s in ranking.unassessed] == [
        "5.01.01", "8.08.01", "7.4", "isms-6.1.2", "5.01.02"]


def test_method_texts_carry_the_worked_example_computed_by_hand() -> None:
    explicit, order, example = method_texts(FACTORS, Formatter("nl"))  # type: ignore[arg-type]
    assert "kans × impact × 4,50 / 20" in explicit and "factor 1,5" in explicit
    assert "hoogste eerst" in order
    # A 3 x 1.5 = 4.5; B 20 x 4.5 / 20 = 4.5, half 2.25; C 25 x 4.5 / 20 = 5.625 -> 5,63
    for part in ("3 × 1,5 = 4,50", "20 × 4,50 / 20 = 4,50", "4,50 × 0,5 = 2,25",
                 "25 × 4,50 / 20 = 5,63", "C, A, B"):
        assert part in example, part


def test_method_texts_in_english_with_other_factors() -> None:
    from bio2.i18n import set_language

    set_language("en")
    factors = {"basishygiene": 2.0, "ketenhygiene": 1.0, "overheidsrisico": 1.0}
    explicit, _, example = method_texts(factors, Formatter("en"))  # type: ignore[arg-type]
    # top 3 x 2.0 = 6.0; B 20 x 6 / 20 = 6.00, half 3.00; C 25 x 6 / 20 = 7.50
    assert "likelihood × impact × 6.00 / 20" in explicit
    for part in ("3 × 2.0 = 6.00", "20 × 6.00 / 20 = 6.00", "6.00 × 0.5 = 3.00",
                 "25 × 6.00 / 20 = 7.50"):
        assert part in example, part


# -- the tie-break, pinned with hand-made items ---------------------------------------------
def _item_score(item: str, residual: float, basis: str) -> ItemScore:
    return ItemScore(item=item, status="nee", in_scope=True, excluded_by_vvt=False,
                     weight=Weight(value=residual, basis=basis),  # type: ignore[arg-type]
                     degree=0.0, residual=residual, accepted=False, acceptance_expired=False,
                     overdue=False)


def test_risk_order_residual_then_explicit_then_catalog_order() -> None:
    """Each rule of the order decides only when the ones before it tie:
    c has the highest residual although it is a default and late in the catalog; among the
    2.25s the explicit a and d come before the defaults b and e, each pair in catalog order;
    x (explicit, not in the catalog order) comes after the explicit items that are in it;
    0.1 x 3 and 0.3 (0.30000000000000004 and 0.3 as floats) are the same residual, so the
    explicit h goes before the default g although g's float is larger and comes first in
    the catalog."""
    catalog_order = ["a", "b", "c", "d", "e", "g", "h"]
    scores = [_item_score("e", 2.25, "profile"), _item_score("x", 2.25, "explicit"),
              _item_score("d", 2.25, "explicit"), _item_score("g", 0.1 * 3, "profile"),
              _item_score("b", 2.25, "profile"), _item_score("h", 0.3, "explicit"),
              _item_score("c", 4.5, "profile"), _item_score("a", 2.25, "explicit")]
    assert 0.1 * 3 > 0.3  # the float noise the rounding in risk_order absorbs
    ordered = sorted(scores, key=risk_order(catalog_order))
    assert [s.item for s in ordered] == ["c", "a", "d", "x", "b", "e", "h", "g"]


def test_a_three_way_tie_in_the_gap_list() -> None:
    # 5.01.01 nee by default: hoog 3 x basishygiëne 1.5 = 4.5
    # 7.4 and 8.08.01 nee with kans 4 x impact 5: 20 x 4.5 / 20 = 4.5 each
    # -> the two explicit estimates first, in catalog order (7.4 before 8.08.01), then 5.01.01
    risk = Risk(likelihood=4, impact=5)
    answers = {"5.01.01": Answer(item="5.01.01", status="nee", explanation="x"),
               "7.4": Answer(item="7.4", status="nee", explanation="x", risk=risk),
               "8.08.01": Answer(item="8.08.01", status="nee", explanation="x", risk=risk)}
    gaps = _rank(answers).gaps
    assert [(s.item, s.residual, s.weight.basis) for s in gaps] == [
        ("7.4", pytest.approx(4.5), "explicit"), ("8.08.01", pytest.approx(4.5), "explicit"),
        ("5.01.01", pytest.approx(4.5), "profile")]
