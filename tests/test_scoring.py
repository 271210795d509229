"""Scoring on a small hand-made catalog, with expectations computed by hand."""

from __future__ import annotations

from datetime import date

import pytest

from bio2.analysis.scoring import item_weight, score
from bio2.domain.answers import Acceptance, Answer, Applicability, Risk, RiskProfile
from bio2.domain.catalog import Catalog, Item

ALL = ("vertrouwelijkheid", "integriteit", "beschikbaarheid")


def _item(ident: str, kind: str, control: str | None, theme: str, categories: tuple[str, ...],
          properties: tuple[str, ...], nis2: tuple[str, ...]) -> Item:
    return Item(id=ident, kind=kind, control=control, theme=theme,  # type: ignore[arg-type]
                categories=categories, properties=properties, concepts=(),  # type: ignore[arg-type]
                nis2=nis2, title=ident, title_en=ident, guidance="-")  # type: ignore[arg-type]


ITEMS = [
    _item("5.01.01", "measure", "5.1", "organisatorisch", ("basishygiene",), ALL, ("a",)),
    _item("5.01.02", "measure", "5.1", "organisatorisch", ("ketenhygiene",),
          ("beschikbaarheid",), ("a",)),
    _item("7.4", "control", "7.4", "fysiek", ("basishygiene",), ("integriteit",), ("c",)),
    _item("8.08.01", "measure", "8.8", "technologisch", ("basishygiene", "overheidsrisico"),
          ("vertrouwelijkheid",), ("e",)),
    _item("isms-6.1.2", "clause", None, "isms", (), ALL, ("a", "f")),
]
CATALOG = Catalog(id="mini", title="mini", status="vastgesteld", published=date(2025, 1, 1),
                  controls={}, clauses={}, measures={}, items={i.id: i for i in ITEMS},
                  nis2_letters={}, nis2_duties={}, cbw_items={})
PROFILE = RiskProfile(beschikbaarheid="laag", integriteit="midden", vertrouwelijkheid="hoog")
FACTORS = {"basishygiene": 1.5, "ketenhygiene": 1.0, "overheidsrisico": 1.2}
TODAY = date(2026, 6, 1)
ANSWERS = {
    "5.01.01": Answer(item="5.01.01", status="ja"),
    "5.01.02": Answer(item="5.01.02", status="nvt", explanation="x"),
    "7.4": Answer(item="7.4", status="deels", explanation="x"),
    "8.08.01": Answer(item="8.08.01", status="deels", explanation="x", due=date(2026, 5, 1),
                      risk=Risk(likelihood=4, impact=5),
                      acceptance=Acceptance(by="GS", until=date(2026, 1, 1), reason="r")),
}
VVT = {"7.4": Applicability(control="7.4", applicable=False, justification="j", risk_ref="RA")}


@pytest.fixture(scope="module")
def card():  # type: ignore[no-untyped-def]
    return score(CATALOG, ANSWERS, VVT, PROFILE, FACTORS, TODAY)


def test_weights_from_profile_and_explicit_risk() -> None:
    w = {i.id: item_weight(i, PROFILE, FACTORS, ANSWERS.get(i.id)) for i in ITEMS}
    assert w["5.01.01"].value == pytest.approx(4.5)      # hoog (3) x basishygiëne 1.5
    assert w["5.01.01"].exposure_properties == ("vertrouwelijkheid",)
    assert w["5.01.02"].value == pytest.approx(1.0)      # laag (1) x ketenhygiëne 1.0
    assert w["7.4"].value == pytest.approx(3.0)          # midden (2) x 1.5
    # explicit 4 x 5 on the default scale: 20 x (3 x 1.5) / 20 = the heaviest default
    assert w["8.08.01"].value == pytest.approx(4.5)
    assert w["8.08.01"].basis == "explicit"
    assert w["isms-6.1.2"].value == pytest.approx(3.0)   # all BIV, no category: 3 x 1.0
    plain = item_weight(ITEMS[3], PROFILE, FACTORS)
    assert plain.value == pytest.approx(4.5) and plain.factor_category == "basishygiene"


def test_overall_score_and_coverage(card) -> None:  # type: ignore[no-untyped-def]
    # in scope: 5.01.01 (4.5 x 1), 8.08.01 (4.5 x 0.5), isms-6.1.2 (3.0 x 0) -> 6.75 / 12
    assert card.overall.score == pytest.approx(6.75 / 12)
    assert card.overall.weight_total == pytest.approx(12.0)
    assert card.overall.in_scope == 3
    # decided: ja, nvt, excluded by VvT, deels; open: the clause -> 4 / 5
    assert card.overall.coverage == pytest.approx(0.8)
    assert card.overall.gaps == 1
    assert card.overall.counts["excluded"] == 1 and card.overall.counts["nvt"] == 1


def test_nvt_and_vvt_leave_the_denominator(card) -> None:  # type: ignore[no-untyped-def]
    assert card.items["5.01.02"].in_scope is False
    assert card.items["7.4"].excluded_by_vvt is True and card.items["7.4"].residual == 0
    assert card.themes["organisatorisch"].score == pytest.approx(1.0)
    assert card.themes["fysiek"].score is None
    assert card.themes["technologisch"].score == pytest.approx(0.5)
    assert card.themes["isms"].score == pytest.approx(0.0)


def test_groups_by_category_and_letter(card) -> None:  # type: ignore[no-untyped-def]
    assert card.categories["basishygiene"].score == pytest.approx(6.75 / 9)
    assert card.categories["ketenhygiene"].score is None
    assert card.categories["overheidsrisico"].score == pytest.approx(0.5)
    assert card.nis2["a"].score == pytest.approx(4.5 / 7.5)
    assert card.nis2["c"].score is None
    assert card.nis2["e"].score == pytest.approx(0.5)
    assert card.nis2["f"].score == pytest.approx(0.0)
    assert card.controls["5.1"].score == pytest.approx(1.0)


def test_residual_risks_acceptances_and_overdue(card) -> None:  # type: ignore[no-untyped-def]
    assert [(r.item, r.residual) for r in card.residual_risks] == [
        ("isms-6.1.2", pytest.approx(3.0)), ("8.08.01", pytest.approx(2.25))]
    assert card.expired_acceptances == ("8.08.01",)
    assert card.accepted == ()
    assert card.overdue == ("8.08.01",)


def test_valid_acceptance_stays_in_the_score() -> None:
    answers = dict(ANSWERS)
    answers["8.08.01"] = answers["8.08.01"].model_copy(update={
        "acceptance": Acceptance(by="GS", until=date(2026, 12, 31), reason="r")})
    card = score(CATALOG, answers, VVT, PROFILE, FACTORS, TODAY)
    assert card.accepted == ("8.08.01",)
    assert card.expired_acceptances == ()
    assert card.overall.score == pytest.approx(6.75 / 12)
    assert card.items["8.08.01"].residual == pytest.approx(2.25)


def test_empty_assessment_scores_zero_with_no_coverage() -> None:
    card = score(CATALOG, {}, {}, PROFILE, FACTORS, TODAY)
    assert card.overall.score == pytest.approx(0.0)
    assert card.overall.coverage == 0.0
    assert card.residual_risks[0].item in ("5.01.01", "8.08.01")


@pytest.mark.parametrize(("likelihood", "impact", "factors", "expected"), [
    (4, 5, FACTORS, 4.5),                       # 20 x 4.5 / 20: the heaviest default
    (5, 5, FACTORS, 5.625),                     # 25 x 4.5 / 20: above every default
    (3, 3, FACTORS, 2.025),                     # 9 x 4.5 / 20: about "midden" (2.0)
    (2, 2, FACTORS, 0.9),                       # 4 x 4.5 / 20: about "laag" (1.0)
    (1, 1, FACTORS, 0.225),
    (4, 5, {"basishygiene": 2.0, "ketenhygiene": 1.0, "overheidsrisico": 1.0}, 6.0),
    (4, 5, {"basishygiene": 0.5, "ketenhygiene": 0.8, "overheidsrisico": 0.9}, 3.0),  # top 3 x 1.0
])
def test_explicit_risk_on_the_scale_of_the_defaults(
        likelihood: int, impact: int, factors: dict[str, float], expected: float) -> None:
    answer = Answer(item="8.08.01", status="nee", explanation="x",
                    risk=Risk(likelihood=likelihood, impact=impact))
    weight = item_weight(ITEMS[3], PROFILE, factors, answer)  # type: ignore[arg-type]
    assert weight.basis == "explicit" and weight.value == pytest.approx(expected)


def test_explicit_high_risk_never_below_an_unanswered_default() -> None:
    # 8.08.01 nee with kans 4 x impact 5 (4.5) and 5.01.01 open (default 4.5): equal
    # residual, the explicit estimate ranks first although 5.01.01 comes first in the catalog
    answers = {"8.08.01": Answer(item="8.08.01", status="nee", explanation="x",
                                 risk=Risk(likelihood=4, impact=5))}
    card = score(CATALOG, answers, {}, PROFILE, FACTORS, TODAY)
    assert [(r.item, r.residual) for r in card.residual_risks[:2]] == [
        ("8.08.01", pytest.approx(4.5)), ("5.01.01", pytest.approx(4.5))]
