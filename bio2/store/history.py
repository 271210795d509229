"""The history: append-only and tamper-evident (issue 10 §2).

Each row stores ``hash`` = SHA-256 over its canonical fields and the hash of the previous
row *of the same assessment* (one chain per assessment, so deleting a whole assessment
with its history leaves every other chain intact). The canonical fields are a compact
JSON array of: previous hash (``""`` for the first row), assessment id, view, item, time,
actor, OS account, old value, new value and ``via``, exactly as stored (old/new/via are
already canonical JSON text). The row id is not hashed: the link to the previous hash
already fixes the order, and a removed row breaks the link of the one after it.

What a chain cannot show is rows cut off its end; that is why the report prints the hash
of the last row (the chain head) beside the fingerprint.

Decisions: the actor is the person doing the work; ``os_user`` records the operating
system account beside it (never used as the actor when a person is known).
"""

from __future__ import annotations

import getpass
import hashlib
import json
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

#: The fields of a history row that the hash covers, in hash order (after ``prev``).
HASHED = ("assessment_id", "view", "item", "at", "actor", "os_user", "old", "new", "via")
_TRIGGER = ("CREATE TRIGGER history_no_update BEFORE UPDATE ON history"
            " BEGIN SELECT RAISE(ABORT, 'history is append-only'); END")


def os_account() -> str:
    """The operating-system account running bio2 (recorded beside the actor)."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "?"


def row_hash(prev: str, fields: Sequence[Any]) -> str:
    """SHA-256 (hex) of the previous hash and the canonical fields of one row."""
    text = json.dumps([prev, *fields], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def head(conn: sqlite3.Connection, assessment_id: int) -> str:
    """The hash of the last history row of an assessment (``""``: no history yet)."""
    row = conn.execute("SELECT hash FROM history WHERE assessment_id = ?"
                       " ORDER BY id DESC LIMIT 1", [assessment_id]).fetchone()
    return (row[0] or "") if row else ""


def append(conn: sqlite3.Connection, values: dict[str, Any]) -> int:
    """Insert one history row with its chained hash; returns its id (the new revision).

    Call inside the write transaction (``BEGIN IMMEDIATE``): the previous hash read here
    cannot change before the insert."""
    prev = head(conn, int(values["assessment_id"]))
    digest = row_hash(prev, [values[name] for name in HASHED])
    cursor = conn.execute(
        f"INSERT INTO history ({', '.join(HASHED)}, hash)"
        f" VALUES ({', '.join('?' for _ in HASHED)}, ?)",
        [*(values[name] for name in HASHED), digest])
    assert cursor.lastrowid is not None
    return int(cursor.lastrowid)


def rechain_all(conn: sqlite3.Connection) -> None:
    """Compute the chain over every existing row (the migration that introduces it).

    The append-only trigger is dropped for this one update and created again."""
    conn.execute("DROP TRIGGER IF EXISTS history_no_update")
    prev: dict[int, str] = {}
    rows = conn.execute(f"SELECT id, {', '.join(HASHED)} FROM history ORDER BY id").fetchall()
    for row in rows:
        assessment = int(row[1])
        digest = row_hash(prev.get(assessment, ""), list(row[1:]))
        conn.execute("UPDATE history SET hash = ? WHERE id = ?", [digest, row[0]])
        prev[assessment] = digest
    conn.execute(_TRIGGER)


@dataclass(frozen=True)
class Break:
    """A history row whose stored hash does not follow from its fields and predecessor."""

    id: int
    at: str
    item: str


@dataclass(frozen=True)
class ChainCheck:
    """The result of recomputing one assessment's chain."""

    assessment_id: int
    rows: int
    head: str
    breaks: tuple[Break, ...]

    @property
    def intact(self) -> bool:
        return not self.breaks


def verify(conn: sqlite3.Connection, assessment_ids: Iterable[int]) -> list[ChainCheck]:
    """Recompute the chain of each assessment. Every row is checked against the stored
    hash of the row before it, so one edited row is reported alone and a removed row is
    reported at the row after the gap."""
    results: list[ChainCheck] = []
    for assessment in assessment_ids:
        prev, count, breaks = "", 0, []
        cursor = conn.execute(f"SELECT id, hash, {', '.join(HASHED)} FROM history"
                              " WHERE assessment_id = ? ORDER BY id", [assessment])
        for row in cursor:
            count += 1
            fields = list(row[2:])
            if row[1] != row_hash(prev, fields):
                breaks.append(Break(id=int(row[0]), at=str(fields[3]), item=str(fields[2])))
            prev = row[1] or ""
        results.append(ChainCheck(assessment, count, prev, tuple(breaks)))
    return results
