"""The history of what belongs to an organisation rather than to one assessment: its Cbw
registration (issue 10: "record every registration change in the history").

Decision: the organisation's own chain, in its own table ``organisation_history``, not a
row in the chain of each of its assessments. A registration exists before and without
any assessment (``bio2 registration`` on a new organisation), an assessment created
later would otherwise miss its earlier changes, and one change would be written once per
assessment. So each row stores ``hash`` = SHA-256 over the previous row's hash *of the
same organisation* and its fields (organisation, item, time, actor, OS account, old and
new value, ``via``), computed by the same :func:`bio2.store.history.row_hash` as the
assessments' chains; ``bio2 verify-history`` checks both kinds. Rows go when their
organisation is deleted (after the backup ``bio2 delete`` writes first), as an
assessment's history goes with it.

``item`` says what changed (``registration``); old and new are canonical JSON text of
the whole record (``None`` when there was none), ``via`` how it came (an import file
with its SHA-256 and assessor, or the ``bio2 registration`` file).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from typing import Any

from bio2.store.history import Break, ChainCheck, os_account, row_hash

#: The fields of a row that the hash covers, in hash order (after the previous hash).
HASHED = ("org_id", "item", "at", "actor", "os_user", "old", "new", "via")
REGISTRATION = "registration"


def _text(value: Any) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False, sort_keys=True)


def head(conn: sqlite3.Connection, org_id: str) -> str:
    """The hash of the organisation's last history row (``""``: none yet)."""
    row = conn.execute("SELECT hash FROM organisation_history WHERE org_id = ?"
                       " ORDER BY id DESC LIMIT 1", [org_id]).fetchone()
    return str(row[0]) if row else ""


def append(conn: sqlite3.Connection, org_id: str, item: str, *, at: str, actor: str,
           old: Any, new: Any, via: dict[str, Any] | None = None) -> int:
    """Insert one row chained to the organisation's previous one; returns its id. Call
    inside the write transaction (``BEGIN IMMEDIATE``), as the change itself."""
    values = {"org_id": org_id, "item": item, "at": at, "actor": actor,
              "os_user": os_account(), "old": _text(old), "new": _text(new),
              "via": _text(via)}
    digest = row_hash(head(conn, org_id), [values[name] for name in HASHED])
    cursor = conn.execute(
        f"INSERT INTO organisation_history ({', '.join(HASHED)}, hash)"
        f" VALUES ({', '.join('?' for _ in HASHED)}, ?)",
        [*(values[name] for name in HASHED), digest])
    assert cursor.lastrowid is not None
    return int(cursor.lastrowid)


def rows(conn: sqlite3.Connection, org_id: str) -> list[dict[str, Any]]:
    """The organisation's history, oldest first, values decoded."""
    cursor = conn.execute(f"SELECT id, {', '.join(HASHED)}, hash FROM organisation_history"
                          " WHERE org_id = ? ORDER BY id", [org_id])
    names = ["id", *HASHED, "hash"]
    found = []
    for row in cursor:
        record = dict(zip(names, row, strict=True))
        for name in ("old", "new", "via"):
            record[name] = json.loads(record[name]) if record[name] else None
        found.append(record)
    return found


def verify(conn: sqlite3.Connection, org_ids: Iterable[str]) -> list[ChainCheck]:
    """Recompute the chain of each organisation, as ``history.verify`` does for an
    assessment (``ChainCheck.assessment_id`` is 0: the check is of an organisation)."""
    results = []
    for org_id in org_ids:
        prev, count, breaks = "", 0, []
        cursor = conn.execute(f"SELECT id, hash, {', '.join(HASHED)}"
                              " FROM organisation_history WHERE org_id = ? ORDER BY id",
                              [org_id])
        for row in cursor:
            count += 1
            fields = list(row[2:])
            if row[1] != row_hash(prev, fields):
                breaks.append(Break(id=int(row[0]), at=str(fields[2]), item=str(fields[1])))
            prev = row[1] or ""
        results.append(ChainCheck(0, count, prev, tuple(breaks)))
    return results


def organisations_with_history(conn: sqlite3.Connection) -> list[str]:
    """Ids of the organisations that have history rows, sorted."""
    return [str(r[0]) for r in conn.execute(
        "SELECT DISTINCT org_id FROM organisation_history ORDER BY org_id")]
