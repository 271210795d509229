"""Revisions and compare-and-set (issue 10 §1): pure store tests, the session's use of
them (conflicts, undo, faults) and the actor in the history (§2)."""

from __future__ import annotations

import ast
import sqlite3
from pathlib import Path

import pytest

from bio2.domain.answers import Answer, Applicability, Organisation, RiskProfile
from bio2.domain.records import RISK_PROFILE
from bio2.domain.registration import Registration
from bio2.store import ConflictError, Store
from bio2.store.history import os_account
from bio2.store.registration import get_registration_revision, put_registration
from bio2.store.settings import known_user, remember_user
from bio2.usecases.editing import Session
from bio2.usecases.importing import import_files
from bio2.usecases.opening import open_store
from bio2.usecases.organisations import create_organisation, start_assessment
from tests.conftest import DEMO, ROOT


def make(path: Path) -> tuple[Store, int]:
    store = open_store(path)
    create_organisation(store, Organisation(id="gem-a", name="Gemeente A", type="gemeente"))
    return store, start_assessment(store, "gem-a", "2026", "CISO A")


def history_count(store: Store) -> int:
    return int(store.db.conn.execute("SELECT COUNT(*) FROM history").fetchone()[0])


def test_a_revision_is_the_id_of_the_history_row_that_wrote_it(db_path: Path) -> None:
    store, aid = make(db_path)
    assert store.current(aid, "5.3") == (None, 0)
    rev = store.save_answer(aid, Answer(item="5.3", status="ja"), base=0)
    last = store.history(aid, "5.3")[-1]
    assert rev == last["id"] and store.current(aid, "5.3")[1] == rev
    assert store.revisions(aid)["5.3"] == rev
    # unchanged: nothing written, same revision
    assert store.save_answer(aid, Answer(item="5.3", status="ja"), base=rev) == rev
    assert len(store.history(aid, "5.3")) == 1


def test_a_stale_base_is_refused_with_the_stored_value_and_nothing_written(
        db_path: Path) -> None:
    store, aid = make(db_path)
    first = store.save_answer(aid, Answer(item="5.3", status="ja"), base=0)
    theirs = Answer(item="5.3", status="nee", explanation="import")
    second = store.save_answer(aid, theirs, base=first)
    rows = history_count(store)
    with pytest.raises(ConflictError) as caught:
        store.save_answer(aid, Answer(item="5.3", status="deels", explanation="mine"),
                          base=first)
    assert caught.value.current == theirs and caught.value.revision == second
    assert caught.value.base == first and caught.value.key == "5.3"
    assert store.answer(aid, "5.3") == theirs and history_count(store) == rows
    # writing on top of nothing when something is there is stale as well
    with pytest.raises(ConflictError):
        store.save_answer(aid, Answer(item="5.3", status="ja"), base=0)


def test_deleted_and_written_again_never_gets_an_old_revision_back(db_path: Path) -> None:
    store, aid = make(db_path)
    first = store.save_answer(aid, Answer(item="5.3", status="ja"), base=0)
    gone = store.delete_answer(aid, "5.3", base=first)
    assert gone > first and store.current(aid, "5.3") == (None, gone)
    again = store.save_answer(aid, Answer(item="5.3", status="ja"), base=gone)
    assert again > gone
    with pytest.raises(ConflictError):  # a writer that read the first "ja"
        store.save_answer(aid, Answer(item="5.3", status="nee", explanation="x"), base=first)


def test_vvt_and_risk_profile_compare_and_set(db_path: Path) -> None:
    store, aid = make(db_path)
    entry = Applicability(control="7.4", applicable=False, justification="geen", risk_ref="R1")
    rev = store.save_applicability(aid, entry, base=0)
    assert store.current(aid, "vvt:7.4") == (entry, rev)
    with pytest.raises(ConflictError) as caught:
        store.save_applicability(aid, Applicability(control="7.4", applicable=True), base=0)
    assert caught.value.current == entry
    # back to the default removes the row; the revision lives on in the history
    cleared = store.save_applicability(aid, Applicability(control="7.4", applicable=True),
                                       base=rev)
    assert store.current(aid, "vvt:7.4") == (None, cleared)
    profile = RiskProfile(beschikbaarheid="hoog")
    prev = store.current(aid, RISK_PROFILE)[1]
    new = store.set_risk_profile(aid, profile, base=prev)
    assert store.assessment(aid).risk_profile == profile and new > prev
    with pytest.raises(ConflictError) as stale:
        store.set_risk_profile(aid, RiskProfile(), base=prev)
    assert stale.value.current == profile


def test_registration_compare_and_set(db_path: Path) -> None:
    store, _ = make(db_path)
    reg = Registration.model_validate({
        "entity_name": "Gemeente A", "entity_type": "gemeente", "entity": "essentieel",
        "incident_contact": {"name": "CERT", "email": "cert@example.nl",
                             "phone": "+31 20 123 4567"},
        "services": ["Burgerzaken"]})
    assert get_registration_revision(store, "gem-a") == (None, 0)
    assert put_registration(store, "gem-a", reg, base=0)
    current, revision = get_registration_revision(store, "gem-a")
    assert current == reg and revision == 1
    with pytest.raises(ConflictError):
        put_registration(store, "gem-a", None, base=0)
    assert get_registration_revision(store, "gem-a") == (reg, 1)


def test_every_use_case_passes_the_revision_it_read() -> None:
    """No write in bio2/ relies on "whatever is stored now" (base=None is for tests)."""
    writes = {"put_answer", "save_answer", "delete_answer", "put_applicability",
              "save_applicability", "set_risk_profile", "put_registration"}
    missing = []
    for path in (ROOT / "bio2").rglob("*.py"):
        if path.parts[-2] == "store":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, (ast.Attribute, ast.Name))
                    and (getattr(node.func, "attr", None) or getattr(node.func, "id", None))
                    in writes and not any(k.arg == "base" for k in node.keywords)
                    # a Session keeps the revisions itself (tested below)
                    and "session" not in ast.unparse(node.func).lower()):
                missing.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    # `bio2 registration --set-from/--clear` replaces the record on purpose
    assert missing == ["bio2/usecases/registration.py:88"]


# -- the session -----------------------------------------------------------------------------
def session_on(db: Path, aid: int, actor: str = "Anna") -> Session:
    return Session(open_store(db), aid, actor=actor)


def test_a_session_write_on_a_changed_value_becomes_a_conflict(db_path: Path) -> None:
    store, aid = make(db_path)
    mine, other = session_on(db_path, aid), open_store(db_path)
    theirs = Answer(item="5.3", status="nee", explanation="door Bert")
    other.save_answer(aid, theirs, base=0, actor="Bert")
    assert not mine.conflicts
    # the session has not reloaded yet: its write is based on revision 0 and refused
    assert mine.set_answer(Answer(item="5.3", status="ja", owner="Anna"))
    assert store.answer(aid, "5.3") == theirs
    [conflict] = mine.conflicts
    assert conflict.theirs == theirs and conflict.mine.owner == "Anna"
    assert not mine.pending and not mine.undo_stack
    # the user combines: status of theirs, owner of mine; the history records the choice
    combined = Answer(item="5.3", status="nee", explanation="door Bert", owner="Anna")
    assert mine.resolve(conflict, combined, "combined")
    assert store.answer(aid, "5.3") == combined
    last = store.history(aid, "5.3")[-1]
    assert last["via"] == {"conflict": "combined"} and last["actor"] == "Anna"


def test_taking_theirs_records_the_choice_without_changing_the_value(db_path: Path) -> None:
    store, aid = make(db_path)
    mine = session_on(db_path, aid)
    theirs = Answer(item="5.3", status="nee", explanation="door Bert")
    open_store(db_path).save_answer(aid, theirs, base=0, actor="Bert")
    mine.set_answer(Answer(item="5.3", status="ja"))
    [conflict] = mine.conflicts
    assert mine.resolve(conflict, conflict.theirs, "theirs")
    rows = store.history(aid, "5.3")
    assert store.answer(aid, "5.3") == theirs and mine.answers["5.3"] == theirs
    assert rows[-1]["via"] == {"conflict": "theirs"} and rows[-1]["old"] == rows[-1]["new"]


def test_reload_notices_other_processes_and_keeps_own_pending_values(db_path: Path) -> None:
    _store, aid = make(db_path)
    mine = session_on(db_path, aid)
    assert not mine.external_change()
    other = open_store(db_path)
    other.save_answer(aid, Answer(item="5.3", status="ja"), base=0, actor="Bert")
    assert mine.external_change() and not mine.external_change()
    assert mine.reload() == {"5.3"}
    assert mine.answers["5.3"].status == "ja"
    # own writes are not "external"
    mine.set_answer(Answer(item="5.7", status="ja"))
    assert not mine.external_change() and mine.reload() == set()


def test_undo_of_an_edit_someone_else_changed_since_is_a_conflict(db_path: Path) -> None:
    store, aid = make(db_path)
    mine = session_on(db_path, aid)
    assert mine.set_answer(Answer(item="5.3", status="ja"))
    assert mine.set_answer(Answer(item="5.3", status="deels", explanation="x"))
    mine.undo()  # own changes only: fine
    assert store.answer(aid, "5.3").status == "ja"
    theirs = Answer(item="5.3", status="nee", explanation="Bert")
    open_store(db_path).save_answer(aid, theirs, base=store.current(aid, "5.3")[1])
    mine.reload()
    mine.undo()  # would remove Bert's answer: refused
    assert store.answer(aid, "5.3") == theirs
    [conflict] = mine.conflicts
    assert conflict.mine is None and conflict.theirs == theirs


def test_undo_before_a_reload_is_refused_by_the_store(db_path: Path) -> None:
    store, aid = make(db_path)
    mine = session_on(db_path, aid)
    mine.set_answer(Answer(item="5.3", status="ja"))
    theirs = Answer(item="5.3", status="nee", explanation="Bert")
    open_store(db_path).save_answer(aid, theirs, base=store.current(aid, "5.3")[1])
    mine.undo()
    assert store.answer(aid, "5.3") == theirs and len(mine.conflicts) == 1


def test_a_read_only_database_keeps_the_edit_pending_and_says_why(db_path: Path) -> None:
    store, aid = make(db_path)
    mine = session_on(db_path, aid)
    mine.store.db.conn.execute("PRAGMA query_only = ON")  # writes fail like a read-only file
    assert not mine.set_answer(Answer(item="5.3", status="ja"))
    assert mine.pending and mine.write_error is not None and "alleen-lezen" in mine.write_error
    assert store.answer(aid, "5.3") is None
    mine.store.db.conn.execute("PRAGMA query_only = OFF")
    assert mine.flush() and mine.write_error is None
    assert store.answer(aid, "5.3").status == "ja"


# -- the actor -------------------------------------------------------------------------------
def test_user_from_the_environment_and_the_command_line(db_path: Path,
                                                         tmp_path: Path) -> None:
    from tests.conftest import run_bio2

    result = run_bio2("--user", "Auditor Anna", "import", str(DEMO), db=db_path)
    assert result.returncode == 0, result.stderr
    store = open_store(db_path)
    assert {r[0] for r in store.db.conn.execute("SELECT actor FROM history")} == {
        "Auditor Anna"}
    bad = run_bio2("--user", "x\x1b[2J", "score", "gemeente-voorbeeld", "2026", db=db_path)
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1 and "stuurtekens" in bad.stderr


def test_history_names_the_person_and_the_os_account(db_path: Path) -> None:
    store, aid = make(db_path)
    mine = session_on(db_path, aid, actor="Jeroen de Vries")
    mine.set_answer(Answer(item="5.3", status="ja"))
    row = store.history(aid, "5.3")[-1]
    assert row["actor"] == "Jeroen de Vries" and row["os_user"] == os_account()


def test_the_remembered_person_is_per_database_and_os_account(
        db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("BIO2_USER")
    store, aid = make(db_path)
    assert known_user(store) is None
    remember_user(store, "Jeroen de Vries ")
    assert known_user(store) == "Jeroen de Vries"
    assert store.person() == "Jeroen de Vries" and store.person("Bert") == "Bert"
    store.save_answer(aid, Answer(item="5.3", status="ja"), base=0)
    assert store.history(aid, "5.3")[-1]["actor"] == "Jeroen de Vries"


def test_an_import_records_file_name_sha256_and_assessor(db_path: Path) -> None:
    store = open_store(db_path)
    _, [result] = import_files(store, [str(DEMO)], actor="Auditor Anna")
    assert result.written
    row = store.db.conn.execute(
        "SELECT file, sha256, assessor, actor, os_user FROM imports").fetchone()
    assert row[0] == str(DEMO) and len(row[1]) == 64
    assert row[2] == "J. Jansen (CISO)" and row[3] == "Auditor Anna"
    assert row[4] == os_account()
    first = store.db.conn.execute("SELECT actor, via FROM history ORDER BY id").fetchone()
    assert first[0] == "Auditor Anna"
    assert f'"sha256": "{row[1]}"' in first[1] and str(DEMO) in first[1]


def test_an_import_without_a_known_person_credits_the_files_assessor(
        db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("BIO2_USER")
    store = open_store(db_path)
    import_files(store, [str(DEMO)])
    actors = {r[0] for r in store.db.conn.execute("SELECT actor FROM history")}
    assert actors == {"J. Jansen (CISO)"}


def test_migration_chains_and_revisions_existing_rows(db_path: Path) -> None:
    """A database of schema 3 (before revisions) gets revisions and a chain."""
    from bio2.store.history import verify
    from bio2.store.schema_upgrades import MIGRATIONS

    conn = sqlite3.connect(db_path)
    for version, (_, sql) in enumerate(MIGRATIONS[:3], start=1):
        assert isinstance(sql, str)
        conn.executescript(sql)
        conn.execute(f"PRAGMA user_version = {version}")
    conn.executescript("""
        INSERT INTO organisations VALUES ('o', 'O', 'gemeente', NULL, NULL, 't', 't', NULL);
        INSERT INTO assessments VALUES (1, 'o', '2026', 'bio2-1.2', 'gemeente', 'A', NULL,
            'midden', 'midden', 'midden', 't', 't');
        INSERT INTO answers (assessment_id, view, item, status, updated)
            VALUES (1, 'self', '5.3', 'ja', 't');
        INSERT INTO history (assessment_id, view, item, at, actor, old, new)
            VALUES (1, 'self', '5.3', 't1', 'root', NULL, '{"status": "ja"}');
        INSERT INTO history (assessment_id, view, item, at, actor, old, new)
            VALUES (1, 'self', 'risk_profile', 't2', 'root', '{}', '{}');
    """)
    conn.commit()
    conn.close()
    store = Store(db_path)
    assert store.revisions(1) == {"5.3": 1, RISK_PROFILE: 2}
    [check] = verify(store.db.conn, [1])
    assert check.intact and check.rows == 2 and len(check.head) == 64
    with pytest.raises(sqlite3.DatabaseError):  # still append-only
        store.db.conn.execute("UPDATE history SET actor = 'x'")


def test_a_new_assessment_defaults_to_the_last_person_who_worked_on_it(
        db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from bio2.usecases.organisations import last_worker

    monkeypatch.delenv("BIO2_USER")
    store, aid = make(db_path)
    assert last_worker(store, "gem-a") == "CISO A"  # no history yet: the assessor
    store.save_answer(aid, Answer(item="5.3", status="ja"), base=0, actor="Bert B")
    store.save_answer(aid, Answer(item="5.7", status="ja"), base=0, actor="bio2 migrate")
    assert last_worker(store, "gem-a") == "Bert B"  # bio2's own rows do not count
    assert last_worker(store, "unknown") == ""      # never the OS account
