"""The SQLite store: migrations, permissions, history, atomic writes, newer schemas."""

from __future__ import annotations

import sqlite3
import stat
from pathlib import Path

import pytest

from bio2.domain.answers import Answer, Applicability, Organisation, RiskProfile
from bio2.store import SCHEMA_VERSION, Store, StoreError


def make(path: Path) -> tuple[Store, int]:
    store = Store(path)
    with store.atomic():
        store.put_organisation(Organisation(id="gem-a", name="Gemeente A", type="gemeente"))
        assessment = store.create_assessment("gem-a", "2026", "bio2-1.2", "gemeente", "CISO",
                                             RiskProfile())
    return store, assessment


def test_schema_is_migrated_and_recorded(db_path: Path) -> None:
    store = Store(db_path)
    assert store.schema_version() == SCHEMA_VERSION
    names = [r["name"] for r in store.db.query("SELECT name FROM migrations ORDER BY version")]
    assert len(names) == SCHEMA_VERSION and names[0] == "0001_initial"
    assert store.db.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.db.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    store.close()
    Store(db_path).close()  # reopening applies nothing twice


def test_database_is_owner_only(db_path: Path) -> None:
    Store(db_path).close()
    assert stat.S_IMODE(db_path.stat().st_mode) == 0o600


def test_answers_round_trip_with_history(db_path: Path) -> None:
    store, aid = make(db_path)
    first = Answer(item="5.17.01", status="deels", explanation="MFA half", owner="IAM",
                   evidence=({"ref": "Beleid", "date": "2026-01-01"},))  # type: ignore[arg-type]
    store.save_answer(aid, first, actor="ciso")
    store.save_answer(aid, first, actor="ciso")  # unchanged: no new history row
    second = first.model_copy(update={"status": "ja"})
    store.save_answer(aid, second, actor="ciso")
    assert store.answers(aid) == {"5.17.01": second}
    history = store.history(aid, "5.17.01")
    assert [(h["old"] or {}).get("status") for h in history] == [None, "deels"]
    assert [h["new"]["status"] for h in history] == ["deels", "ja"]
    assert history[0]["actor"] == "ciso"
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        store.db.conn.execute("UPDATE history SET actor = 'x'")


def test_applicability_and_risk_profile_have_history(db_path: Path) -> None:
    store, aid = make(db_path)
    entry = Applicability(control="7.4", applicable=False, justification="geen", risk_ref="RA-1")
    store.save_applicability(aid, entry, actor="ciso")
    assert store.applicability(aid) == {"7.4": entry}
    store.set_risk_profile(aid, RiskProfile(beschikbaarheid="hoog"), actor="ciso")
    assert store.assessment(aid).risk_profile.beschikbaarheid == "hoog"
    items = [h["item"] for h in store.history(aid)]
    assert items == ["vvt:7.4", "risk_profile"]


def test_failed_transaction_leaves_nothing(db_path: Path) -> None:
    store, aid = make(db_path)
    with pytest.raises(RuntimeError), store.atomic():
        store.put_answer(aid, Answer(item="5.1", status="ja"))
        raise RuntimeError("crash")
    assert store.answers(aid) == {}
    assert store.history(aid) == []


def test_newer_schema_is_refused_and_not_touched(db_path: Path) -> None:
    Store(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    before = db_path.read_bytes()
    with pytest.raises(StoreError, match="schemaversie"):
        Store(db_path)
    assert db_path.read_bytes() == before


def test_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "x.sqlite"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="geen bio2-database"):
        Store(path)


def test_a_lock_on_the_first_write_does_not_lose_later_answers(db_path: Path) -> None:
    store, aid = make(db_path)
    store.close()
    store = Store(db_path)  # a fresh connection, as after a restart
    store.db.conn.execute("PRAGMA busy_timeout = 50")
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another process (an import) holds the write lock
    answer = Answer(item="5.1", status="ja")
    with pytest.raises(sqlite3.OperationalError, match="locked"):
        store.save_answer(aid, answer)
    other.execute("COMMIT")
    other.close()
    store.save_answer(aid, answer)
    assert store.answers(aid) == {"5.1": answer}


def test_two_processes_opening_a_new_database_at_once(tmp_path: Path) -> None:
    import subprocess
    import sys

    path = tmp_path / "race.sqlite"
    code = f"from bio2.store import Store; Store({str(path)!r}).close()"
    procs = [subprocess.Popen([sys.executable, "-c", code], stderr=subprocess.PIPE, text=True)
             for _ in range(4)]
    errors = [p.communicate()[1] for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0, 0], errors
    assert Store(path).schema_version() == SCHEMA_VERSION


def test_a_writer_waits_for_another_writer_instead_of_failing(db_path: Path) -> None:
    import threading

    store, aid = make(db_path)
    other = sqlite3.connect(db_path, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    other.execute("UPDATE organisations SET name = 'Gemeente B'")
    threading.Timer(0.3, lambda: other.execute("COMMIT")).start()
    # Reads first, then writes: without BEGIN IMMEDIATE this fails at once under WAL.
    store.save_answer(aid, Answer(item="5.1", status="ja"))
    assert store.answers(aid)["5.1"].status == "ja"
    assert store.organisation("gem-a")["name"] == "Gemeente B"  # type: ignore[index]
