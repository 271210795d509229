"""Real and demo data apart; delete, backup and restore; database trouble named (CLI)."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from bio2.domain.answers import Answer, Applicability, Organisation
from bio2.store import Store
from bio2.system.fileio import safe_file_name
from bio2.usecases.opening import open_store
from bio2.usecases.organisations import create_organisation, start_assessment
from tests.conftest import DEMO, ROOT, run_bio2


def org_with_answers(db: Path, org: str = "gemeente-echt", name: str = "Gemeente Echt") -> int:
    """An organisation with one assessment: 3 answers, 1 VvT decision, so 4 history rows."""
    with open_store(db) as store:
        create_organisation(store, Organisation(id=org, name=name, type="gemeente"))
        aid = start_assessment(store, org, "2026", "Tester")
        store.save_answer(aid, Answer(item="5.1.01", status="ja", explanation="beleid"))
        store.save_answer(aid, Answer(item="5.2.01", status="nee", explanation="nog niet"))
        store.save_answer(aid, Answer(item="5.3", status="deels", explanation="half",
                                      owner="[/x]"))
        store.save_applicability(aid, Applicability(control="5.7", applicable=False,
                                                    justification="geen dreigingsinfo",
                                                    risk_ref="RA-1"))
        return aid


def count(db: Path, sql: str) -> int:
    conn = sqlite3.connect(db)
    try:
        return int(conn.execute(sql).fetchone()[0])
    finally:
        conn.close()


# -- real data and demo data never mix ----------------------------------------------------
def test_demo_goes_to_its_own_database(tmp_path: Path) -> None:
    real, demo = tmp_path / "bio2.sqlite", tmp_path / "demo.sqlite"
    env = {"BIO2_DEMO_DB": str(demo)}
    made = run_bio2("demo", db=real, env=env)
    assert made.returncode == 0, made.stderr
    assert str(demo) in made.stdout
    assert run_bio2("--demo", "score", "gemeente-voorbeeld", "2026", db=real,
                    env=env).returncode == 0
    # The real database (BIO2_DB) got nothing.
    missing = run_bio2("score", "gemeente-voorbeeld", "2026", db=real, env=env)
    assert missing.returncode == 2 and "onbekende organisatie" in missing.stderr
    assert count(real, "SELECT count(*) FROM organisations") == 0


def test_demo_and_db_together_are_refused(tmp_path: Path) -> None:
    result = run_bio2("--demo", "--db", str(tmp_path / "x.sqlite"), "demo")
    assert result.returncode == 2 and "--demo en --db" in result.stderr
    assert not (tmp_path / "x.sqlite").exists()


def test_demo_is_never_written_beside_real_organisations(db_path: Path) -> None:
    org_with_answers(db_path)
    result = run_bio2("--db", str(db_path), "demo", "--yes")
    assert result.returncode == 2
    assert "echte organisaties (gemeente-echt)" in result.stderr
    assert count(db_path, "SELECT count(*) FROM organisations") == 1


# -- delete ------------------------------------------------------------------------------------
def test_delete_needs_yes_without_a_terminal_and_changes_nothing(db_path: Path) -> None:
    org_with_answers(db_path)
    result = run_bio2("delete", "gemeente-echt", db=db_path, input="j\n")
    assert result.returncode == 2 and "--yes" in result.stderr
    assert "3 antwoorden, 1 VvT-besluiten en 4 historieregels" in result.stdout
    assert count(db_path, "SELECT count(*) FROM answers") == 3
    assert not (db_path.parent / "bio2-backups").exists()


def test_delete_organisation_backs_up_exports_and_records(db_path: Path) -> None:
    org_with_answers(db_path)
    result = run_bio2("delete", "gemeente-echt", "--yes", db=db_path)
    assert result.returncode == 0, result.stderr
    assert "1 beoordeling(en): 3 antwoorden, 1 VvT-besluiten en 4 historieregels" \
        in result.stdout
    for table in ("organisations", "assessments", "answers", "applicability", "history"):
        assert count(db_path, f"SELECT count(*) FROM {table}") == 0, table
    [folder] = (db_path.parent / "bio2-backups").iterdir()
    files = sorted(p.name for p in folder.iterdir())
    assert files == ["bio2-before-delete.sqlite",
                     safe_file_name("gemeente-echt-2026-bio2-1.2-a1-audit.yaml"),
                     safe_file_name("gemeente-echt-2026-bio2-1.2-a1-self.yaml")]
    # The backup holds what went; the answer file imports again as it was.
    assert count(folder / "bio2-before-delete.sqlite", "SELECT count(*) FROM answers") == 3
    assert stat.S_IMODE((folder / files[2]).stat().st_mode) == 0o600
    assert run_bio2("validate", str(folder / files[2])).returncode == 0
    back = run_bio2("import", str(folder / files[2]), db=db_path)
    assert back.returncode == 0, back.stderr
    with Store(db_path) as store:
        aid = store.assessments()[0].id
        assert store.answer(aid, "5.3") == Answer(item="5.3", status="deels",
                                                  explanation="half", owner="[/x]")
        assert not store.applicability(aid)["5.7"].applicable
    # The deletion is recorded, and the record survived the cascade.
    conn = sqlite3.connect(db_path)
    row = conn.execute("SELECT org_id, org_name, period, answers, vvt, history, backup"
                       " FROM deletions").fetchone()
    assert row == ("gemeente-echt", "Gemeente Echt", "2026", 3, 1, 4, str(folder))
    # The recorded chain head is the last history hash in the backup.
    [recorded] = conn.execute("SELECT history_head FROM deletions").fetchone()
    backup = sqlite3.connect(folder / "bio2-before-delete.sqlite")
    [(last,)] = backup.execute("SELECT hash FROM history ORDER BY id DESC LIMIT 1").fetchall()
    assert recorded == last and len(last) == 64


def test_delete_one_period_keeps_the_organisation_and_the_other_period(db_path: Path) -> None:
    org_with_answers(db_path)
    with open_store(db_path) as store:
        other = start_assessment(store, "gemeente-echt", "2027", "Tester")
        store.save_answer(other, Answer(item="5.1.01", status="nee", explanation="x"))
    result = run_bio2("delete", "gemeente-echt", "2026", "--yes", db=db_path)
    assert result.returncode == 0, result.stderr
    assert "beoordeling 2026 (bio2-1.2) van Gemeente Echt" in result.stdout
    with Store(db_path) as store:
        assert [a.period for a in store.assessments()] == ["2027"]
        assert list(store.answers(other)) == ["5.1.01"]


def test_delete_unknown_organisation_is_one_line(db_path: Path) -> None:
    org_with_answers(db_path)
    result = run_bio2("delete", "onbekend", "--yes", db=db_path)
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "fout: onbekende organisatie onbekend; bekend: gemeente-echt"]


# -- backup and restore -----------------------------------------------------------------------
HOLD = textwrap.dedent("""
    import sys, time
    from bio2.domain.answers import Answer
    from bio2.store import Store
    store = Store(sys.argv[1])
    aid = store.assessments()[0].id
    conn = store.db.conn
    conn.execute("BEGIN IMMEDIATE")
    store.put_answer(aid, Answer(item="5.9", status="ja"))
    print("holding", flush=True)
    time.sleep(30)
""")


def test_backup_is_consistent_while_another_process_writes(db_path: Path,
                                                           tmp_path: Path) -> None:
    org_with_answers(db_path)
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(db_path)], cwd=ROOT,
                              stdout=subprocess.PIPE, text=True,
                              env={**os.environ, "PYTHONPATH": str(ROOT)})
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
        target = tmp_path / "kopie.sqlite"
        result = run_bio2("backup", "-o", str(target), db=db_path, timeout=20)
        assert result.returncode == 0, result.stderr
        assert "1 organisaties, 1 beoordelingen, 3 antwoorden" in result.stdout
    finally:
        holder.kill()
        holder.wait()
    # Committed data only: the held, uncommitted answer is not in the copy.
    assert count(target, "SELECT count(*) FROM answers") == 3
    assert count(target, "PRAGMA user_version") == count(db_path, "PRAGMA user_version")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    again = run_bio2("backup", "-o", str(target), db=db_path)
    assert again.returncode == 2 and "--force" in again.stderr
    (tmp_path / "link.sqlite").symlink_to(db_path)
    linked = run_bio2("backup", "-o", str(tmp_path / "link.sqlite"), "--force", db=db_path)
    assert linked.returncode == 2 and count(db_path, "SELECT count(*) FROM answers") == 3
    assert run_bio2("backup", "-o", str(target), "--force", db=db_path).returncode == 0
    assert run_bio2("backup", "-o", str(tmp_path) + "/", db=db_path).returncode == 2


def test_backup_without_o_goes_next_to_the_database(db_path: Path) -> None:
    org_with_answers(db_path)
    assert run_bio2("backup", db=db_path).returncode == 0
    [copy] = (db_path.parent / "bio2-backups").iterdir()
    assert copy.name.startswith("bio2-") and copy.suffix == ".sqlite"


def test_restore_puts_a_backup_back_after_saving_the_current_state(db_path: Path,
                                                                   tmp_path: Path) -> None:
    aid = org_with_answers(db_path)
    copy = tmp_path / "kopie.sqlite"
    assert run_bio2("backup", "-o", str(copy), db=db_path).returncode == 0
    with Store(db_path) as store:
        store.save_answer(aid, Answer(item="5.1.01", status="nee", explanation="later"))
    asked = run_bio2("restore", str(copy), db=db_path, input="j\n")
    assert asked.returncode == 2 and "--yes" in asked.stderr
    assert count(db_path, "SELECT count(*) FROM answers WHERE status = 'nee'") == 2
    done = run_bio2("restore", str(copy), "--yes", db=db_path)
    assert done.returncode == 0, done.stderr
    with Store(db_path) as store:
        assert store.answer(aid, "5.1.01") == Answer(item="5.1.01", status="ja",
                                                     explanation="beleid")
    [saved] = (db_path.parent / "bio2-backups").glob("bio2-before-restore-*.sqlite")
    assert count(saved, "SELECT count(*) FROM answers WHERE explanation = 'later'") == 1


def test_restore_refuses_what_is_not_a_bio2_backup(db_path: Path, tmp_path: Path) -> None:
    org_with_answers(db_path)
    text = tmp_path / "notities.txt"
    text.write_text("geen database\n")
    other = tmp_path / "ander.sqlite"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.close()
    damaged = tmp_path / "kapot.sqlite"
    assert run_bio2("backup", "-o", str(damaged), db=db_path).returncode == 0
    damaged.write_bytes(damaged.read_bytes()[: damaged.stat().st_size // 2])
    for file, said in ((text, "geen bio2-database"), (other, "geen bio2-database"),
                       (damaged, "beschadigd")):
        result = run_bio2("restore", str(file), "--yes", db=db_path)
        assert result.returncode == 2, file
        assert said in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert count(db_path, "SELECT count(*) FROM answers") == 3


# -- database trouble is named ----------------------------------------------------------------
def test_a_file_that_is_not_sqlite_is_not_a_bio2_database(tmp_path: Path) -> None:
    junk = tmp_path / "notities.sqlite"
    junk.write_text("dit is tekst, geen database " * 20)
    result = run_bio2("score", "x", "2026", db=junk)
    assert result.returncode == 2
    assert result.stderr.strip() == f"fout: {junk} is geen SQLite-bestand en dus geen" \
        " bio2-database"


def test_another_programs_sqlite_database_is_named_and_left_alone(tmp_path: Path) -> None:
    other = tmp_path / "ander.sqlite"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.close()
    before = other.read_bytes()
    result = run_bio2("score", "x", "2026", db=other)
    assert result.returncode == 2 and "SQLite-database van een ander programma" in result.stderr
    assert other.read_bytes() == before


def test_a_truncated_bio2_database_is_named_truncated(db_path: Path) -> None:
    org_with_answers(db_path)
    with Store(db_path) as store:  # everything into the main file
        store.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = db_path.read_bytes()
    db_path.write_bytes(data[: len(data) // 2])
    result = run_bio2("score", "gemeente-echt", "2026", db=db_path)
    assert result.returncode == 2
    assert "is afgekapt" in result.stderr and "geen bio2-database" not in result.stderr
    assert "onverwachte fout" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_import_refuses_a_damaged_database(db_path: Path) -> None:
    org_with_answers(db_path)
    with Store(db_path) as store:
        store.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page_size = store.db.conn.execute("PRAGMA page_size").fetchone()[0]
        [root] = store.db.conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'official_texts'").fetchone()
    # Scribble over the root page of a table an import does not read, header intact:
    # SQLite opens the file and the import would run; quick_check finds the damage.
    with db_path.open("r+b") as fh:
        fh.seek((root - 1) * page_size)
        fh.write(b"\xff" * page_size)
    result = run_bio2("import", str(DEMO), db=db_path)
    assert result.returncode == 2, result.stdout
    assert "is beschadigd" in result.stderr and "er wordt niets geïmporteerd" in result.stderr


def test_loose_permissions_are_tightened_with_a_line(db_path: Path) -> None:
    org_with_answers(db_path)
    os.chmod(db_path, 0o644)
    result = run_bio2("score", "gemeente-echt", "2026", db=db_path)
    assert result.returncode == 0, result.stderr
    assert f"rechten van {db_path} aangescherpt van 0644 naar 0600" in result.stderr
    assert stat.S_IMODE(db_path.stat().st_mode) == 0o600


def test_a_lock_beyond_the_busy_timeout_is_named(db_path: Path) -> None:
    org_with_answers(db_path)
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(db_path)], cwd=ROOT,
                              stdout=subprocess.PIPE, text=True,
                              env={**os.environ, "PYTHONPATH": str(ROOT)})
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
        result = run_bio2("import", str(DEMO), db=db_path,
                          env={"BIO2_BUSY_TIMEOUT_MS": "300"})
    finally:
        holder.kill()
        holder.wait()
    assert result.returncode == 2
    assert "langer bezet dan de wachttijd" in result.stderr
    assert "onverwachte fout" not in result.stderr


def test_a_full_disk_is_named(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from bio2.cli.main import report_error
    from bio2.usecases.importing import import_files

    org_with_answers(db_path)
    with Store(db_path) as store:
        pages = store.db.conn.execute("PRAGMA page_count").fetchone()[0]
        store.db.conn.execute(f"PRAGMA max_page_count = {pages}")  # no room to grow
        with pytest.raises(sqlite3.OperationalError) as caught:
            import_files(store, [str(DEMO)])
        assert report_error(caught.value) == 2
    line = capsys.readouterr().err.strip()
    assert line.startswith("fout: de schijf is vol (database ") and "\n" not in line
    assert count(db_path, "SELECT count(*) FROM organisations") == 1  # nothing half written


def _without_root_powers() -> list[str]:
    """Run as root but without the power to ignore file permissions (so a read-only
    folder is read-only, as for every other user)."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.fail("setpriv (util-linux) is needed to test permissions as root")
    caps = "-dac_override,-dac_read_search,-fowner"
    return [setpriv, f"--bounding-set={caps}", f"--inh-caps={caps}"]


def test_a_read_only_folder_is_named(tmp_path: Path) -> None:
    folder = tmp_path / "alleen-lezen"
    folder.mkdir()
    db = folder / "bio2.sqlite"
    org_with_answers(db)
    with Store(db) as store:
        store.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    for extra in ("-wal", "-shm"):
        Path(f"{db}{extra}").unlink(missing_ok=True)
    folder.chmod(0o555)
    try:
        result = subprocess.run(
            [*_without_root_powers(), sys.executable, "-m", "bio2.cli.main", "score",
             "gemeente-echt", "2026"], capture_output=True, text=True, cwd=ROOT,
            env={**os.environ, "BIO2_DB": str(db), "BIO2_LANG": "nl"}, timeout=60)
    finally:
        folder.chmod(0o755)
    assert result.returncode == 2
    assert f"map {folder} is alleen-lezen" in result.stderr
    assert "geen bio2-database" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_a_schema_upgrade_makes_a_backup_first(db_path: Path) -> None:
    from bio2.store import SCHEMA_VERSION
    from bio2.store.schema_upgrades import MIGRATIONS, statements

    conn = sqlite3.connect(db_path)
    for statement in statements(MIGRATIONS[0][1]):
        conn.execute(statement)
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    with Store(db_path) as store:
        assert store.schema_version() == SCHEMA_VERSION
        notices = store.notices
    [copy] = (db_path.parent / "bio2-backups").glob("bio2-schema1-*.sqlite")
    assert f"reservekopie gemaakt vóór de schema-upgrade van {db_path}: {copy}" in notices
    assert count(copy, "PRAGMA user_version") == 1


def test_tui_on_a_damaged_database_is_one_line_not_a_traceback(tmp_path: Path) -> None:
    junk = tmp_path / "kapot.sqlite"
    junk.write_bytes(b"SQLite format 3\x00" + b"\x00" * 40)  # cut off inside the header
    result = run_bio2(db=junk)  # no command: the TUI
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        f"fout: database {junk} is afgekapt (56 bytes, de kop verwacht er 100);"
        " zet een reservekopie terug met bio2 restore BESTAND"]


def test_tui_exit_code_is_not_zero_after_a_crash(monkeypatch: pytest.MonkeyPatch,
                                                 db_path: Path) -> None:
    import argparse
    import functools

    from textual.app import App

    from bio2.cli.commands import tui

    class Crashing(App[None]):
        def on_mount(self) -> None:
            raise RuntimeError("kapot")

    def make(*args: object, **kwargs: object) -> App[None]:
        app = Crashing()
        app.run = functools.partial(App.run, app, headless=True)  # type: ignore[method-assign]
        return app

    monkeypatch.setattr("bio2.tui.app.make_app", make)
    assert tui.run(argparse.Namespace(db=str(db_path), demo=False)) == 1
