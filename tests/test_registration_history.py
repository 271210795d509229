"""Cbw registration changes in the history (issue 10): the organisation's own hash chain
(bio2.store.org_history), written with every change, shown by ``bio2 verify-history``."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from bio2.domain.answers import Organisation
from bio2.domain.registration import Registration
from bio2.store import ConflictError, org_history
from bio2.store.history import os_account, row_hash
from bio2.store.registration import get_registration_revision, put_registration
from bio2.usecases.importing import import_files
from bio2.usecases.opening import open_store
from bio2.usecases.organisations import create_organisation
from tests.conftest import DEMO, run_bio2

REG_YAML = """\
entity_name: Gemeente A
entity_type: gemeente
entity: essentieel
incident_contact:
  name: A. de Vries (CISO)
  email: ciso@voorbeeld.nl
  phone: "+31 20 123 4567"
services: [Burgerzaken, Belastingen]
"""


def organisation(db: Path, org_id: str = "gem-a") -> None:
    with open_store(db) as store:
        create_organisation(store, Organisation(id=org_id, name="Gemeente A",
                                                type="gemeente"))


def history(db: Path, org_id: str = "gem-a") -> list[dict[str, object]]:
    with open_store(db) as store:
        return org_history.rows(store.db.conn, org_id)


def test_every_change_is_a_chained_row_with_person_and_os_account(
        db_path: Path, tmp_path: Path) -> None:
    organisation(db_path)
    reg = tmp_path / "registratie.yaml"
    reg.write_text(REG_YAML, encoding="utf-8")
    set_once = run_bio2("registration", "gem-a", "--set-from", str(reg), "--user",
                        "Jeroen de Vries (CISO)", db=db_path)
    assert set_once.returncode == 0, set_once.stderr
    again = run_bio2("registration", "gem-a", "--set-from", str(reg), "--user", "Jeroen",
                     db=db_path)
    assert again.returncode == 0  # the same record: nothing changed, no row
    reg.write_text(REG_YAML.replace("essentieel", "belangrijk"), encoding="utf-8")
    assert run_bio2("registration", "gem-a", "--set-from", str(reg), "--user", "Bea",
                    db=db_path).returncode == 0
    assert run_bio2("registration", "gem-a", "--clear", "--user", "Bea",
                    db=db_path).returncode == 0
    rows = history(db_path)
    assert [r["actor"] for r in rows] == ["Jeroen de Vries (CISO)", "Bea", "Bea"]
    assert {r["os_user"] for r in rows} == {os_account()}
    assert [r["item"] for r in rows] == ["registration"] * 3
    first, second, third = rows
    assert first["old"] is None and first["new"]["entity"] == "essentieel"  # type: ignore[index]
    assert second["old"] == first["new"] and second["new"]["entity"] == "belangrijk"  # type: ignore[index]
    assert third["old"] == second["new"] and third["new"] is None
    assert first["via"] == {"registration_file": str(reg)} and third["via"] is None
    # the chain: each hash over the previous hash and the row's fields
    prev = ""
    for row in rows:
        assert row["hash"] == row_hash(prev, [row[name] if name not in ("old", "new", "via")
                                              else raw(db_path, int(row["id"]), name)  # type: ignore[call-overload]
                                              for name in org_history.HASHED])
        prev = str(row["hash"])
    with open_store(db_path) as store:
        assert get_registration_revision(store, "gem-a") == (None, 3)


def raw(db: Path, row_id: int, name: str) -> object:
    conn = sqlite3.connect(db)
    value = conn.execute(f"SELECT {name} FROM organisation_history WHERE id = ?",
                         [row_id]).fetchone()[0]
    conn.close()
    return value


def test_verify_history_shows_the_organisation_chain_and_where_it_breaks(
        db_path: Path, tmp_path: Path) -> None:
    with open_store(db_path) as store:
        import_files(store, [str(DEMO)])
    organisation(db_path)
    reg = tmp_path / "registratie.yaml"
    reg.write_text(REG_YAML, encoding="utf-8")
    for entity in ("essentieel", "belangrijk"):
        reg.write_text(REG_YAML.replace("essentieel", entity), encoding="utf-8")
        assert run_bio2("registration", "gem-a", "--set-from", str(reg),
                        db=db_path).returncode == 0
    with open_store(db_path) as store:
        chain_head = org_history.head(store.db.conn, "gem-a")
    everything = run_bio2("verify-history", db=db_path)
    assert everything.returncode == 0, everything.stderr
    lines = everything.stdout.splitlines()
    assert lines[0].startswith("gemeente-voorbeeld 2026 (bio2-1.2): historie intact")
    assert lines[1] == (f"gem-a (registratie, incidenten, opleiding bestuur): historie"
                        f" intact, 2 rijen; ketenkop {chain_head}")
    # the demo organisation's chain: one row, its board training register (the import)
    assert lines[2].startswith("gemeente-voorbeeld (registratie, incidenten, opleiding"
                               " bestuur): historie intact, 1 rijen; ketenkop ")
    assert len(lines) == 3

    conn = sqlite3.connect(db_path)
    first = conn.execute("SELECT id, at FROM organisation_history WHERE org_id = 'gem-a'"
                         " ORDER BY id").fetchone()
    conn.execute("DROP TRIGGER organisation_history_no_update")  # what a tamperer must do
    conn.execute("UPDATE organisation_history SET actor = 'Iemand anders' WHERE id = ?",
                 [first[0]])
    conn.commit()
    conn.close()
    broken = run_bio2("verify-history", db=db_path)
    assert broken.returncode == 2
    lines = broken.stdout.splitlines()
    assert lines[1] == ("gem-a (registratie, incidenten, opleiding bestuur): historie"
                        " GEBROKEN op 1 plaats(en) van 2 rijen")
    assert lines[2] == (f"  rij {first[0]} ({first[1]}, registration): hash klopt niet met de"
                        " inhoud of de vorige rij")


def test_the_history_is_append_only(db_path: Path) -> None:
    organisation(db_path)
    with open_store(db_path) as store:
        assert put_registration(store, "gem-a", Registration.model_validate(
            __import__("yaml").safe_load(REG_YAML)), base=0, actor="Anna")
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            store.db.conn.execute("UPDATE organisation_history SET actor = 'X'")


def test_a_refused_change_writes_no_history_row(db_path: Path) -> None:
    import yaml

    organisation(db_path)
    reg = Registration.model_validate(yaml.safe_load(REG_YAML))
    with open_store(db_path) as store:
        put_registration(store, "gem-a", reg, base=0, actor="Anna")
        with pytest.raises(ConflictError):
            put_registration(store, "gem-a", None, base=0, actor="Bert")
        assert [r["actor"] for r in org_history.rows(store.db.conn, "gem-a")] == ["Anna"]
        assert not put_registration(store, "bestaat-niet", reg)


def test_an_import_records_file_hash_and_assessor(db_path: Path, tmp_path: Path) -> None:
    import hashlib

    import yaml

    data = yaml.safe_load(DEMO.read_text(encoding="utf-8"))
    data["organisation"]["registration"] = yaml.safe_load(REG_YAML)
    path = tmp_path / "met-registratie.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False),
                    encoding="utf-8")
    result = run_bio2("import", str(path), db=db_path)
    assert result.returncode == 0, result.stderr
    # two rows: the registration and the demo's board training register, in file order
    row, training = history(db_path, data["organisation"]["id"])
    assert (row["item"], training["item"]) == ("registration", "training")
    with open_store(db_path) as store:
        answers = store.history(store.assessments()[0].id)
    assert row["actor"] == answers[0]["actor"] == "Tester"  # BIO2_USER (tests/conftest.py)
    assert row["via"] == {"import": str(path), "assessor": data["assessment"]["assessor"],
                          "sha256": hashlib.sha256(path.read_bytes()).hexdigest()}
    assert row["old"] is None and row["new"]["entity_name"] == "Gemeente A"  # type: ignore[index]
