"""The tamper-evident history (issue 10 §2): `bio2 verify-history` on an intact and on a
tampered chain, and the chain head in the report's colophon."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from bio2.domain.answers import Answer
from bio2.store import org_history
from bio2.store.history import head, row_hash, verify
from bio2.usecases.importing import import_files
from bio2.usecases.opening import get_assessment, open_store
from tests.conftest import DEMO, run_bio2


def demo_db(db: Path) -> int:
    with open_store(db) as store:
        import_files(store, [str(DEMO)])
        aid = store.assessments()[0].id
        store.save_answer(aid, Answer(item="5.3", status="nee", explanation="later"),
                          base=store.current(aid, "5.3")[1])
        return aid


def test_row_hash_is_over_the_previous_hash_and_the_fields() -> None:
    fields = [1, "self", "5.3", "2026-01-01T00:00:00", "Anna", "root", None, "{}", None]
    digest = row_hash("", fields)
    assert len(digest) == 64 and digest == row_hash("", list(fields))
    assert row_hash("x", fields) != digest
    assert row_hash("", [*fields[:4], "Bert", *fields[5:]]) != digest


def test_verify_history_on_an_intact_chain(db_path: Path) -> None:
    aid = demo_db(db_path)
    result = run_bio2("verify-history", "gemeente-voorbeeld", "2026", db=db_path)
    assert result.returncode == 0, result.stderr
    with open_store(db_path) as store:
        chain_head = head(store.db.conn, aid)
        rows = store.db.conn.execute("SELECT COUNT(*) FROM history").fetchone()[0]
        org_head = org_history.head(store.db.conn, "gemeente-voorbeeld")
    # the assessment's chain, then its organisation's own (one row: the demo's board
    # training register, from the import)
    assert result.stdout == (f"gemeente-voorbeeld 2026 (bio2-1.2): historie intact, "
                             f"{rows} rijen; ketenkop {chain_head}\n"
                             "gemeente-voorbeeld (registratie, incidenten, opleiding bestuur):"
                             f" historie intact, 1 rijen; ketenkop {org_head}\n")
    everything = run_bio2("verify-history", db=db_path)
    assert everything.returncode == 0 and everything.stdout == result.stdout


def test_verify_history_names_the_row_that_was_edited(db_path: Path) -> None:
    demo_db(db_path)
    raw = sqlite3.connect(db_path)
    target = raw.execute("SELECT id, at FROM history WHERE item = '5.17.01'").fetchone()
    raw.execute("DROP TRIGGER history_no_update")  # what a tamperer has to do
    raw.execute("UPDATE history SET actor = 'Iemand anders' WHERE id = ?", [target[0]])
    raw.commit()
    raw.close()
    result = run_bio2("verify-history", "gemeente-voorbeeld", "2026", db=db_path)
    assert result.returncode == 2
    lines = result.stdout.splitlines()
    assert "GEBROKEN op 1 plaats(en)" in lines[0]
    assert lines[1] == (f"  rij {target[0]} ({target[1]}, 5.17.01): hash klopt niet met de"
                        " inhoud of de vorige rij")


def test_a_removed_row_breaks_the_row_after_it(db_path: Path) -> None:
    aid = demo_db(db_path)
    raw = sqlite3.connect(db_path)
    ids = [r[0] for r in raw.execute("SELECT id FROM history ORDER BY id")]
    raw.execute("DELETE FROM history WHERE id = ?", [ids[3]])
    raw.commit()
    [check] = verify(raw, [aid])
    raw.close()
    assert [b.id for b in check.breaks] == [ids[4]]


def test_verify_history_needs_both_org_and_period(db_path: Path) -> None:
    demo_db(db_path)
    result = run_bio2("verify-history", "gemeente-voorbeeld", db=db_path)
    assert result.returncode == 2 and result.stderr.count("\n") == 1


def test_the_report_colophon_prints_the_chain_head(db_path: Path, tmp_path: Path) -> None:
    from tests.reporttext import chapter_text, document

    aid = demo_db(db_path)
    with open_store(db_path) as store:
        data = get_assessment(store, "gemeente-voorbeeld", "2026")
        chain_head = head(store.db.conn, aid)
    assert data.history_head == chain_head
    text = "".join(chapter_text(document(data), "Colofon").split())
    assert "Historie(ketenkop)" in text and chain_head in text
