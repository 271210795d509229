"""Year on year on the small hand-made catalog of test_scoring; expectations by hand."""

from __future__ import annotations

from datetime import date

import pytest

from bio2.analysis.scoring import score
from bio2.analysis.yearonyear import Carried, ItemChange, compare, reference_date
from bio2.domain.answers import Acceptance, Answer, RiskProfile
from bio2.domain.records import AssessmentRecord
from bio2.usecases.yearonyear import previous_of
from tests.test_scoring import CATALOG, FACTORS, PROFILE

THEN, NOW = date(2025, 12, 31), date(2026, 6, 1)
ACCEPTANCE = Acceptance(by="GS", until=date(2026, 3, 1), reason="r")
BEFORE = {
    "5.01.01": Answer(item="5.01.01", status="nee", explanation="x"),
    "5.01.02": Answer(item="5.01.02", status="deels", explanation="x"),
    "7.4": Answer(item="7.4", status="ja"),
    "8.08.01": Answer(item="8.08.01", status="deels", explanation="x", due=date(2026, 2, 1),
                      acceptance=ACCEPTANCE),
    # isms-6.1.2 open
}
AFTER = {
    "5.01.01": Answer(item="5.01.01", status="ja"),
    "5.01.02": Answer(item="5.01.02", status="nvt", explanation="x"),
    "7.4": Answer(item="7.4", status="nee", explanation="x"),
    "8.08.01": Answer(item="8.08.01", status="deels", explanation="x", due=date(2026, 4, 1),
                      acceptance=ACCEPTANCE),
    "isms-6.1.2": Answer(item="isms-6.1.2", status="nee", explanation="x"),
}


@pytest.fixture(scope="module")
def comparison():  # type: ignore[no-untyped-def]
    before = score(CATALOG, BEFORE, {}, PROFILE, FACTORS, THEN)
    after = score(CATALOG, AFTER, {}, PROFILE, FACTORS, NOW)
    return compare(before, BEFORE, "2025", after, AFTER, "2026")


def test_scores_then_and_now(comparison) -> None:  # type: ignore[no-untyped-def]
    # weights: 5.01.01 4.5, 5.01.02 1.0, 7.4 3.0, 8.08.01 4.5, isms-6.1.2 3.0
    # then: (0 + 0.5 + 3 + 2.25 + 0) / 16; now (5.01.02 nvt): (4.5 + 0 + 2.25 + 0) / 15
    assert comparison.overall.before == pytest.approx(5.75 / 16)
    assert comparison.overall.after == pytest.approx(0.45)
    assert comparison.overall.change == pytest.approx(0.45 - 5.75 / 16)
    themes = {g.key: g for g in comparison.themes}
    assert themes["organisatorisch"].before == pytest.approx(0.5 / 5.5)
    assert themes["organisatorisch"].after == pytest.approx(1.0)
    assert (themes["fysiek"].before, themes["fysiek"].after) == (1.0, 0.0)
    assert themes["technologisch"].change == pytest.approx(0.0)
    # nothing decided then: no score, so no change either
    assert themes["isms"].before is None and themes["isms"].after == 0.0
    assert themes["isms"].change is None
    categories = {g.key: g for g in comparison.categories}
    # basishygiëne: 5.01.01, 7.4, 8.08.01 (4.5 + 3 + 4.5 = 12)
    assert categories["basishygiene"].before == pytest.approx(5.25 / 12)
    assert categories["basishygiene"].after == pytest.approx(6.75 / 12)


def test_gaps_closed_dropped_and_new(comparison) -> None:  # type: ignore[no-untyped-def]
    assert comparison.closed == (ItemChange("5.01.01", "nee", "ja"),)
    assert comparison.dropped == (ItemChange("5.01.02", "deels", "nvt"),)
    assert comparison.new_gaps == (ItemChange("7.4", "ja", "nee"),
                                   ItemChange("isms-6.1.2", "open", "nee"))
    assert comparison.not_shared == 0


def test_expired_acceptances_and_carried_overdue_actions(comparison) -> None:  # type: ignore[no-untyped-def]
    # in force on 2025-12-31, expired on 2026-06-01
    assert comparison.expired_since == ("8.08.01",)
    # due 2026-02-01 then, moved to 2026-04-01, still open on 2026-06-01
    assert comparison.overdue_carried == (Carried("8.08.01", date(2026, 2, 1),
                                                  date(2026, 4, 1)),)


def test_an_acceptance_already_expired_then_is_not_expired_since() -> None:
    before = score(CATALOG, BEFORE, {}, PROFILE, FACTORS, date(2026, 5, 1))
    after = score(CATALOG, AFTER, {}, PROFILE, FACTORS, NOW)
    result = compare(before, BEFORE, "2025", after, AFTER, "2026")
    assert result.expired_since == ()
    # an action without a due date then is not "carried over"
    no_due = {**BEFORE, "8.08.01": BEFORE["8.08.01"].model_copy(update={"due": None})}
    assert compare(before, no_due, "2025", after, AFTER, "2026").overdue_carried == ()


def test_a_gap_reopened_is_dropped_not_closed_and_vvt_exclusion_counts_as_such() -> None:
    from bio2.domain.answers import Applicability

    after_answers = {**AFTER, "5.01.01": Answer(item="5.01.01", status="open")}
    vvt = {"7.4": Applicability(control="7.4", applicable=False, justification="j",
                                risk_ref="RA")}
    before = score(CATALOG, {**BEFORE, "7.4": Answer(item="7.4", status="nee",
                                                      explanation="x")}, {}, PROFILE,
                   FACTORS, THEN)
    after = score(CATALOG, after_answers, vvt, PROFILE, FACTORS, NOW)
    result = compare(before, BEFORE, "2025", after, after_answers, "2026")
    assert result.closed == ()
    assert ItemChange("5.01.01", "nee", "open") in result.dropped
    assert ItemChange("7.4", "nee", "excluded") in result.dropped


def _row(ident: int, period: str, catalog: str = "bio2-1.2", org: str = "o") -> AssessmentRecord:
    return AssessmentRecord(id=ident, org_id=org, period=period, catalog=catalog,
                         profile="gemeente", assessor="a", date=None,
                         risk_profile=RiskProfile(), created="", updated="")


def test_previous_is_the_latest_earlier_period_of_the_same_organisation() -> None:
    current = _row(5, "2026")
    rows = [_row(1, "2024"), _row(2, "2025", "bio2-1.3-concept"), _row(3, "2025"),
            _row(4, "2025", org="other"), current, _row(6, "2027")]
    assert previous_of(rows, current) == rows[2]           # 2025 on the same catalog
    assert previous_of([*rows[:2], current], current) == rows[1]  # the only 2025
    assert previous_of([current, rows[5]], current) is None
    assert previous_of(rows, _row(9, "2025-Q4")) == rows[2]  # "2025" < "2025-Q4"


def test_reference_date_of_the_earlier_assessment() -> None:
    fallback = date(2026, 6, 1)
    assert reference_date("2025", "2025-10-01", fallback) == date(2025, 10, 1)
    assert reference_date("2025", None, fallback) == date(2025, 12, 31)
    assert reference_date("2025-Q2", None, fallback) == date(2025, 12, 31)
    assert reference_date("vorig jaar", None, fallback) == fallback
    assert reference_date("2025", "kapot", fallback) == date(2025, 12, 31)
