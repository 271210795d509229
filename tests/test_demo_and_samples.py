"""The demo organisation and the sample files in exports/ (regenerated and compared)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import AUDIT, DEMO, ROOT, run_bio2

EXPORTS = ROOT / "exports"


def test_demo_file_is_valid_and_realistic() -> None:
    result = run_bio2("validate", str(DEMO))
    assert result.returncode == 0, result.stdout
    from bio2.exchange.answerfile import read_file

    model = read_file(DEMO).model
    assert model is not None
    statuses = [a.status for a in model.answers]
    answered = len([s for s in statuses if s != "open"])
    assert 100 <= answered < 190  # partly filled
    for status in ("ja", "deels", "nee"):
        assert statuses.count(status) >= 5
    assert any(not a.applicable for a in model.applicability)


def test_audit_sample_is_valid() -> None:
    assert run_bio2("validate", str(AUDIT)).returncode == 0


def test_bio2_demo_creates_and_recreates(db_path: Path) -> None:
    first = run_bio2("--db", str(db_path), "demo", db=db_path)
    assert first.returncode == 0, first.stderr
    assert "gemeente-voorbeeld" in first.stdout
    # not a terminal: keeps the data
    kept = run_bio2("--db", str(db_path), "demo", db=db_path, input="n\n")
    assert kept.returncode == 0 and "niets gewijzigd" in kept.stdout
    again = run_bio2("--db", str(db_path), "demo", "--yes", db=db_path)
    assert again.returncode == 0
    score = run_bio2("score", "gemeente-voorbeeld", "2026", db=db_path)
    assert score.returncode == 0, score.stderr
    for text in ("Totaal", "Per thema", "Per categorie", "Per NIS2-letter",
                 "Grootste tekortkomingen", "Nog niet beoordeeld",
                 "basishygiëne", "dekking"):
        assert text in score.stdout


@pytest.mark.parametrize("name", ["gemeente-voorbeeld-2026.yaml", "bio2-answers-1.schema.json"])
def test_samples_in_exports_are_current(tmp_path: Path, name: str) -> None:
    """Regenerate the sample; if it differs, the committed one is stale."""
    db = tmp_path / "s.sqlite"
    fresh = tmp_path / name
    if name.endswith(".yaml"):
        assert run_bio2("--db", str(db), "demo", db=db).returncode == 0
        assert run_bio2("export", "gemeente-voorbeeld", "2026", "-o", str(fresh),
                        db=db).returncode == 0
    else:
        assert run_bio2("schema", "-o", str(fresh)).returncode == 0
    committed = EXPORTS / name
    assert committed.read_bytes() == fresh.read_bytes(), (
        f"exports/{name} is stale: regenerate it with bio2 (see exports/README.md)")


def test_demo_has_a_training_register_ticks_and_an_incident_register(db_path: Path) -> None:
    """The demo shows every Cbw register (issue 13 leftovers): a board of four, one of
    them overdue; ticks on three checklists; one drill on time, one incident whose
    notification after 72 hours came late."""
    from datetime import UTC, date, datetime

    from bio2.domain.training import member_status
    from bio2.usecases.demo import DEMO_ORG, create_demo
    from bio2.usecases.incidents import register
    from bio2.usecases.opening import open_store

    with open_store(db_path) as store:
        data = create_demo(store)
        assert data.training is not None
        for day in (date(2026, 11, 1), date(2026, 12, 2), date(2027, 5, 31)):
            overdue = [m.name for m in member_status(data.training, day) if m.overdue]
            assert overdue == ["K. Smit"], day
        assert {key: len(ticks) for key, ticks in data.checklists.items() if ticks} == {
            "4.1": 3, "9.1": 2, "14.1": 4}
        entries = register(store, DEMO_ORG)
        now = datetime(2026, 12, 2, tzinfo=UTC)
        assert [(e.number, e.kind, e.verdicts(now)) for e in entries] == [
            (1, "drill", {"24h": "on_time", "72h": "on_time", "final": "on_time"}),
            (2, "incident", {"24h": "on_time", "72h": "late", "final": "on_time"})]
        # seeding again replaces the demo, it does not add a second pair
        create_demo(store)
        assert len(register(store, DEMO_ORG)) == 2
