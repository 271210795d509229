"""``bio2 delete`` counts and records the organisation's own history (its Cbw registration
changes, ``bio2.store.org_history``) that goes with a whole organisation (issue 10)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from bio2.domain.answers import Organisation
from bio2.domain.registration import Registration
from bio2.store import org_history
from bio2.store.registration import put_registration
from bio2.usecases.deletion import DELETIONS_SQL, deletions, plan_deletion
from bio2.usecases.opening import open_store
from bio2.usecases.organisations import create_organisation
from tests.conftest import DEMO, run_bio2

REG = {"entity_name": "Gemeente A", "entity_type": "gemeente", "entity": "essentieel",
       "incident_contact": {"name": "A. de Vries", "email": "ciso@voorbeeld.nl",
                            "phone": "+31 20 123 4567"},
       "services": ["Burgerzaken"]}


def three_registration_changes(db: Path) -> str:
    """Organisation gem-a with three registration changes; returns its chain head."""
    with open_store(db) as store:
        create_organisation(store, Organisation(id="gem-a", name="Gemeente A",
                                                type="gemeente"))
        for entity in ("essentieel", "belangrijk"):
            put_registration(store, "gem-a", Registration.model_validate(
                {**REG, "entity": entity}), actor="Anna")
        put_registration(store, "gem-a", None, actor="Anna")
        return org_history.head(store.db.conn, "gem-a")


def test_plan_counts_the_organisation_history_only_for_a_whole_organisation(
        db_path: Path) -> None:
    three_registration_changes(db_path)
    with open_store(db_path) as store:
        whole = plan_deletion(store, "gem-a")
        assert whole.org_history == 3 and whole.history == 0
        assert whole.describe() == (
            "Verwijderen: organisatie Gemeente A (gem-a) met 0 beoordeling(en): 0 antwoorden,"
            " 0 VvT-besluiten en 0 historieregels, plus 3 regels in de eigen historie van de"
            " organisatie (Cbw-registratie, incidenten, opleidingsregister bestuur).")


def test_one_assessment_leaves_the_organisation_history_alone(db_path: Path) -> None:
    with open_store(db_path) as store:
        from bio2.usecases.importing import import_files

        import_files(store, [str(DEMO)])
        put_registration(store, "gemeente-voorbeeld", Registration.model_validate(REG))
        assessment = store.assessments("gemeente-voorbeeld")[0]
        plan = plan_deletion(store, "gemeente-voorbeeld", assessment.id)
        assert plan.org_history == 0 and "eigen historie" not in plan.describe()
        # the demo's board training register (from the import) and the registration
        assert plan_deletion(store, "gemeente-voorbeeld").org_history == 2
    result = run_bio2("delete", "gemeente-voorbeeld", "2026", "--yes", db=db_path)
    assert result.returncode == 0, result.stderr
    with open_store(db_path) as store:
        assert len(org_history.rows(store.db.conn, "gemeente-voorbeeld")) == 2
        assert deletions(store)[-1]["org_history"] == 0
        assert deletions(store)[-1]["org_history_head"] is None


def test_cli_names_and_records_the_organisation_history(db_path: Path) -> None:
    head = three_registration_changes(db_path)
    # a deletions table written by an older bio2 gains the new columns on first use
    conn = sqlite3.connect(db_path)
    conn.execute(DELETIONS_SQL.replace(",\n    org_history INTEGER NOT NULL DEFAULT 0,\n"
                                       "    org_history_head TEXT", ""))
    conn.commit()
    conn.close()
    result = run_bio2("delete", "gem-a", "--yes", db=db_path)
    assert result.returncode == 0, result.stderr
    assert "plus 3 regels in de eigen historie van de organisatie" in (result.stdout
                                                                       + result.stderr)
    with open_store(db_path) as store:
        record = deletions(store)[-1]
        assert (record["org_id"], record["org_history"]) == ("gem-a", 3)
        assert record["org_history_head"] == head and len(head) == 64
        assert org_history.rows(store.db.conn, "gem-a") == []
        backup = Path(str(record["backup"])) / f"{db_path.stem}-before-delete.sqlite"
    copy = sqlite3.connect(backup)
    assert copy.execute("SELECT count(*) FROM organisation_history WHERE org_id = 'gem-a'"
                        ).fetchone()[0] == 3
    copy.close()
