"""One rule picks the assessment that carrying over and migrating start from
(bio2.usecases.carryover.carry_source); both use cases follow it."""

from __future__ import annotations

from pathlib import Path

from bio2.domain.answers import Answer, Organisation, RiskProfile
from bio2.domain.records import AssessmentRecord
from bio2.store import Store
from bio2.usecases.carryover import carry_source, default_source
from bio2.usecases.catalog_migration import migrate_assessment
from bio2.usecases.organisations import create_organisation, start_assessment

ADOPTED, DRAFT = "bio2-1.2", "bio2-1.3-concept"


def _row(ident: int, period: str, catalog: str = ADOPTED, org: str = "o") -> AssessmentRecord:
    return AssessmentRecord(id=ident, org_id=org, period=period, catalog=catalog,
                         profile="gemeente", assessor="a", date=None,
                         risk_profile=RiskProfile(), created="", updated="")


def test_a_new_period_starts_from_the_latest_earlier_period() -> None:
    rows = [_row(1, "2024"), _row(2, "2025"), _row(3, "2027"), _row(4, "2026", org="x")]
    assert carry_source(rows, "o", "2026", ADOPTED) == rows[1]  # not 2027, not org x
    assert carry_source(rows, "o", "2028", ADOPTED) == rows[2]
    assert carry_source(rows, "o", "2024-Q2", ADOPTED) == rows[0]  # "2024" < "2024-Q2"
    assert carry_source(rows, "o", "2023", ADOPTED) is None
    assert carry_source(rows, "nobody", "2030", ADOPTED) is None


def test_within_the_period_the_same_catalog_comes_first() -> None:
    same, other = _row(1, "2025", ADOPTED), _row(2, "2025", DRAFT)
    assert carry_source([same, other], "o", "2026", ADOPTED) == same  # despite lower id
    assert carry_source([same, other], "o", "2026", DRAFT) == other


def test_then_an_adopted_catalog_before_a_draft_then_the_newest() -> None:
    adopted, draft = _row(1, "2025", ADOPTED), _row(2, "2025", DRAFT)
    # A target catalog neither row is on: the adopted one wins over the newer draft.
    assert carry_source([adopted, draft], "o", "2026", "bio2-9.9") == adopted
    older, newer = _row(3, "2025", ADOPTED, org="p"), _row(7, "2025", ADOPTED, org="p")
    assert carry_source([newer, older], "p", "2026", DRAFT) == newer


def test_a_migration_starts_from_the_same_period_never_from_its_target() -> None:
    rows = [_row(1, "2025"), _row(2, "2026", ADOPTED), _row(3, "2026", DRAFT)]
    assert carry_source(rows, "o", "2026", DRAFT) == rows[1]
    assert carry_source(rows, "o", "2026", ADOPTED) == rows[2]
    assert carry_source(rows[:1] + rows[2:], "o", "2026", DRAFT) == rows[0]


def _store(tmp_path: Path) -> Store:
    store = Store(tmp_path / "carry.sqlite")
    create_organisation(store, Organisation(id="gem", name="Gemeente", type="gemeente"))
    return store


def test_both_use_cases_follow_the_rule(tmp_path: Path) -> None:
    with _store(tmp_path) as store:
        first = start_assessment(store, "gem", "2025", "CISO")
        with store.atomic():
            store.put_answer(first, Answer(item="5.01.01", status="ja"), base=0)
        # The TUI offers the 2025 assessment for 2026 and the carried answer arrives.
        assert default_source(store, "gem", "2026", ADOPTED) == first
        second = start_assessment(store, "gem", "2026", "CISO",
                                  carry_over_from=default_source(store, "gem", "2026",
                                                                 ADOPTED))
        assert store.answers(second)["5.01.01"].status == "ja"
        history = store.history(second, "5.01.01")
        assert history[-1]["via"] == {"carried_from": "2025 (bio2-1.2)"}
        # Migrating 2026 to the draft starts from 2026 on the adopted catalog.
        result = migrate_assessment(store, "gem", "2026", DRAFT)
        assert result.source.id == second
        assert result.new_id is not None
        assert store.answers(result.new_id)["5.01.01"].status == "ja"
        # A new 2027 on the draft now starts from 2026 on the draft (same catalog).
        assert default_source(store, "gem", "2027", DRAFT) == result.new_id
        assert default_source(store, "gem", "2027", ADOPTED) == second
