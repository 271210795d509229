"""The incident register (issue 13 §4): store (numbers, revisions, history chain), the
``bio2 incident add|list|show|edit|remove`` verbs, and bad input that changes nothing."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bio2.domain.incidents import Incident
from bio2.domain.meldplicht import Report
from bio2.store import ConflictError, org_history
from bio2.store.incidents import (
    add_incident,
    get_incident,
    list_incidents,
    remove_incident,
    update_incident,
)
from bio2.usecases.opening import open_store
from tests.conftest import run_bio2
from tests.test_registration_history import organisation

ORG = "gem-a"
HOSTILE = "ICT-dienst [/regio] [@click=app.quit]KLIK[/] <b>&amp; =1+1"


def entry(title: str = "Phishing", **changes: object) -> Incident:
    facts: dict[str, object] = {
        "kind": "incident", "title": title, "aware": datetime(2026, 3, 2, 9, 0, tzinfo=UTC),
        "reports": {"24h": Report(datetime(2026, 3, 2, 20, 0, tzinfo=UTC),
                                  frozenset({"csirt", "supervisor"}))},
        "lessons": ""}
    facts.update(changes)
    return Incident(**facts)  # type: ignore[arg-type]


def test_numbers_are_never_reused_and_revisions_are_history_ids(db_path: Path) -> None:
    organisation(db_path, ORG)
    with open_store(db_path) as store:
        first = add_incident(store, ORG, entry("een"), actor="Ans")
        second = add_incident(store, ORG, entry("twee"), actor="Ans")
        assert first is not None and second is not None
        assert (first.number, second.number) == (1, 2)
        assert remove_incident(store, ORG, 2, base=second.revision, actor="Ans") is not None
        third = add_incident(store, ORG, entry("drie"), actor="Ans")
        assert third is not None and third.number == 3
        rows = org_history.rows(store.db.conn, ORG)
        assert [r["item"] for r in rows] == ["incident:1", "incident:2", "incident:2",
                                             "incident:3"]
        assert rows[2]["new"] is None and rows[2]["old"]["title"] == "twee"
        assert third.revision == rows[3]["id"] and rows[3]["actor"] == "Ans"
        assert [i.title for i in list_incidents(store, ORG)] == ["een", "drie"]
        check, = org_history.verify(store.db.conn, [ORG])
        assert check.rows == 4 and not check.breaks


def test_a_stale_revision_is_a_conflict_and_writes_nothing(db_path: Path) -> None:
    organisation(db_path, ORG)
    with open_store(db_path) as store:
        first = add_incident(store, ORG, entry())
        assert first is not None
        changed = update_incident(store, ORG, 1, entry(lessons="les A"), base=first.revision)
        assert changed is not None and changed.revision > first.revision
        with pytest.raises(ConflictError):
            update_incident(store, ORG, 1, entry(lessons="les B"), base=first.revision)
        with pytest.raises(ConflictError):
            remove_incident(store, ORG, 1, base=first.revision)
        now = get_incident(store, ORG, 1)
        assert now is not None and now.lessons == "les A"
        assert len(org_history.rows(store.db.conn, ORG)) == 2
        # an unchanged entry writes no history row and keeps its revision
        same = update_incident(store, ORG, 1, entry(lessons="les A"), base=changed.revision)
        assert same is not None and same.revision == changed.revision
        assert len(org_history.rows(store.db.conn, ORG)) == 2


def test_unknown_organisation_writes_nothing(db_path: Path) -> None:
    organisation(db_path, ORG)
    with open_store(db_path) as store:
        assert add_incident(store, "gem-b", entry()) is None
        assert store.db.conn.execute("SELECT COUNT(*) FROM incidents").fetchone()[0] == 0


def _rows(db: Path) -> tuple[int, int]:
    conn = sqlite3.connect(db)
    try:
        return (conn.execute("SELECT COUNT(*) FROM incidents").fetchone()[0],
                conn.execute("SELECT COUNT(*) FROM organisation_history").fetchone()[0])
    finally:
        conn.close()


def test_the_register_from_the_command_line(db_path: Path) -> None:
    organisation(db_path, ORG)
    added = run_bio2("incident", "add", ORG, "--title", HOSTILE,
                     "--aware", "2026-03-28T12:00+01:00",
                     "--report", "24h", "2026-03-29T12:30+02:00", "csirt,toezichthouder",
                     "--report", "72h", "2026-03-31T14:00+02:00", "csirt,supervisor",
                     "--lessons", "Back-ups\x1b[2J testen", db=db_path)
    assert added.returncode == 0, added.stderr
    assert "nummer 1" in added.stdout
    drill = run_bio2("incident", "add", ORG, "--kind", "drill", "--title", "Oefening",
                     "--aware", "2026-10-01T09:00Z",
                     "--report", "24h", "2026-10-01T15:00Z", "csirt", db=db_path)
    assert drill.returncode == 0, drill.stderr
    listing = run_bio2("incident", "list", ORG, db=db_path)
    assert listing.returncode == 0
    lines = listing.stdout.splitlines()
    # 24 h on time (12:30 CEST before 13:00 CEST), 72 h late (14:00 after 13:00 CEST),
    # the final report not made one month after the notification made: overdue
    assert lines[1].split()[:6] == ["1", "incident", "2026-03-28", "12:00", "op", "tijd"]
    assert "te laat" in lines[1] and "niet gemeld, termijn verstreken" in lines[1]
    assert lines[1].endswith("ICT-dienst [/regio] [@click=app.quit]KLIK[/] <b>&…")
    # the drill's early warning went to the CSIRT only: in time but not complete
    assert "op tijd, niet aan beide" in lines[2] and "oefening" in lines[2]
    shown = run_bio2("incident", "show", ORG, "1", db=db_path)
    assert "\x1b" not in shown.stdout and "Back-ups\\x1b[2J testen" in shown.stdout
    assert "uiterlijk zo 29 maart 2026 13:00 CEST" in shown.stdout
    data = json.loads(run_bio2("incident", "list", ORG, "--format", "json",
                               db=db_path).stdout)
    first = data["entries"][0]
    assert first["aware"] == "2026-03-28T12:00+01:00"
    assert [p["verdict"] for p in first["phases"]] == ["on_time", "late", "overdue"]
    # the final report counts from the notification as made: 31 March 14:00 -> 30 April
    assert first["phases"][2]["due"] == "2026-04-30T14:00+02:00"

    edited = run_bio2("incident", "edit", ORG, "1", "--unreport", "72h",
                      "--report", "final", "2026-04-20T10:00+02:00", "csirt,supervisor",
                      db=db_path)
    assert edited.returncode == 0, edited.stderr
    data = json.loads(run_bio2("incident", "list", ORG, "--format", "json",
                               db=db_path).stdout)
    assert [p["verdict"] for p in data["entries"][0]["phases"]] == [
        "on_time", "overdue", "on_time"]
    assert data["entries"][0]["title"] == HOSTILE and data["entries"][0]["lessons"]
    refused = run_bio2("incident", "remove", ORG, "2", db=db_path)
    assert refused.returncode == 2 and _rows(db_path) == (2, 3)
    removed = run_bio2("incident", "remove", ORG, "2", "--yes", db=db_path)
    assert removed.returncode == 0 and _rows(db_path) == (1, 4)


@pytest.mark.parametrize(("args", "message"), [
    (["--aware", "2026-03-28T12:00"], "--aware: '2026-03-28T12:00' heeft geen tijdzone"),
    (["--aware", "2026-03-28T12:00Z", "--report", "96h", "2026-03-28T13:00Z", "csirt"],
     "onbekende fase '96h'"),
    (["--aware", "2026-03-28T12:00Z", "--report", "24h", "2026-03-28T11:59Z", "csirt"],
     "--report 24h: gemeld vóór het moment van kennisname"),
    (["--aware", "2026-03-28T12:00Z", "--report", "24h", "2026-03-28T13:00", "csirt"],
     "--report 24h: '2026-03-28T13:00' heeft geen tijdzone"),
    (["--aware", "2026-03-28T12:00Z", "--report", "24h", "2026-03-28T13:00Z", "ncsc"],
     "onbekende ontvanger 'ncsc'"),
    (["--aware", "2026-03-28T12:00Z", "--report", "24h", "2026-03-28T13:00Z", ","],
     "aan wie is gemeld"),
    (["--aware", "2099-01-01T00:00Z"], "--aware: dit moment ligt in de toekomst"),
    (["--aware", "2026-03-28T12:00Z", "--report", "24h", "2026-03-28T13:00Z", "csirt",
      "--report", "24h", "2026-03-28T14:00Z", "csirt"], "twee keer"),
])
def test_bad_input_is_one_line_exit_2_and_writes_nothing(db_path: Path, args: list[str],
                                                         message: str) -> None:
    organisation(db_path, ORG)
    done = run_bio2("incident", "add", ORG, "--title", "x", *args, db=db_path)
    assert done.returncode == 2
    assert len(done.stderr.strip().splitlines()) == 1 and message in done.stderr
    assert _rows(db_path) == (0, 0)


@pytest.mark.parametrize(("title", "message"), [
    ("  ", "een omschrijving is nodig"),
    ("regel\nnog een", "één regel"),
    ("x" * 201, "201 tekens, het maximum is 200"),
])
def test_bad_titles(db_path: Path, title: str, message: str) -> None:
    organisation(db_path, ORG)
    done = run_bio2("incident", "add", ORG, "--title", title, "--aware",
                    "2026-03-28T12:00Z", db=db_path)
    assert done.returncode == 2 and message in done.stderr
    assert _rows(db_path) == (0, 0)


def test_edit_and_show_of_what_is_not_there(db_path: Path) -> None:
    organisation(db_path, ORG)
    done = run_bio2("incident", "show", ORG, "7", db=db_path)
    assert done.returncode == 2 and "geen registratie met nummer 7" in done.stderr
    done = run_bio2("incident", "list", "gem-x", db=db_path)
    assert done.returncode == 2 and "onbekende organisatie gem-x" in done.stderr
    done = run_bio2("incident", "list", ORG, db=db_path)
    assert done.returncode == 0 and "nog geen incidenten" in done.stdout
