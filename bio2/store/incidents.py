"""The register of significant incidents and drills of an organisation (table
``incidents``, issue 13 §4).

Every write is one ``BEGIN IMMEDIATE`` transaction with a row in the organisation's
history chain (:mod:`bio2.store.org_history`, item ``incident:N``, old and new facts as
JSON), like the Cbw registration. Decisions:

- **Numbers** are 1, 2, 3, ... per organisation and never reused: the next number is one
  more than any number the organisation's history has seen, so a removed entry's number
  never comes back and its history rows keep meaning one entry.
- **Revision** of an entry = the id of the history row that last changed it (ids only
  grow, so a value can never get an old revision back). Edit and remove name the
  revision they read (``base``); another revision now raises ``ConflictError`` (exit 3
  in the CLI) and writes nothing.
"""

from __future__ import annotations

import json
from typing import Any

from bio2.domain.incidents import Incident, from_row
from bio2.store import ConflictError, Store, now

ITEM = "incident:"


def list_incidents(store: Store, org_id: str) -> list[Incident]:
    """The organisation's entries, in number order."""
    return [from_row(row) for row in store.db.query(
        "SELECT * FROM incidents WHERE org_id = ? ORDER BY number", [org_id])]


def get_incident(store: Store, org_id: str, number: int) -> Incident | None:
    rows = list(store.db.query("SELECT * FROM incidents WHERE org_id = ? AND number = ?",
                               [org_id, number]))
    return from_row(rows[0]) if rows else None


def _next_number(store: Store, org_id: str) -> int:
    row = store.db.conn.execute(
        "SELECT MAX(CAST(substr(item, ?) AS INTEGER)) FROM organisation_history"
        " WHERE org_id = ? AND item LIKE 'incident:%'", [len(ITEM) + 1, org_id]).fetchone()
    seen = int(row[0] or 0)
    row = store.db.conn.execute("SELECT MAX(number) FROM incidents WHERE org_id = ?",
                                [org_id]).fetchone()
    return max(seen, int(row[0] or 0)) + 1


def _columns(incident: Incident) -> dict[str, Any]:
    plain = incident.plain()
    return {"kind": plain["kind"], "title": plain["title"], "aware": plain["aware"],
            "reports": json.dumps(plain["reports"], sort_keys=True),
            "lessons": plain["lessons"] or None}


def add_incident(store: Store, org_id: str, incident: Incident, *,
                 actor: str | None = None) -> Incident | None:
    """Store a new entry under the next number; ``None`` when the organisation does not
    exist. Returns the entry as stored (number and revision set)."""
    from bio2.store import org_history

    with store.atomic():
        if store.organisation(org_id) is None:
            return None
        number = _next_number(store, org_id)
        stamp = now()
        revision = org_history.append(store.db.conn, org_id, f"{ITEM}{number}", at=stamp,
                                      actor=store.person(actor), old=None,
                                      new=incident.plain())
        store.db.conn.execute(
            "INSERT INTO incidents (org_id, number, kind, title, aware, reports, lessons,"
            " revision, created, updated) VALUES (:org_id, :number, :kind, :title, :aware,"
            " :reports, :lessons, :revision, :stamp, :stamp)",
            {**_columns(incident), "org_id": org_id, "number": number,
             "revision": revision, "stamp": stamp})
    return get_incident(store, org_id, number)


def update_incident(store: Store, org_id: str, number: int, incident: Incident, *,
                    base: int, actor: str | None = None) -> Incident | None:
    """Replace the facts of entry ``number`` if its revision is still ``base``; ``None``
    when there is no such entry. An unchanged entry writes nothing."""
    from bio2.store import org_history

    with store.atomic():
        current = get_incident(store, org_id, number)
        if current is None:
            return None
        if current.revision != base:
            raise ConflictError(f"{ITEM}{number}", "self", base, current.revision, current)
        if current.plain() == incident.plain():
            return current
        stamp = now()
        revision = org_history.append(store.db.conn, org_id, f"{ITEM}{number}", at=stamp,
                                      actor=store.person(actor), old=current.plain(),
                                      new=incident.plain())
        store.db.conn.execute(
            "UPDATE incidents SET kind = :kind, title = :title, aware = :aware,"
            " reports = :reports, lessons = :lessons, revision = :revision,"
            " updated = :stamp WHERE org_id = :org_id AND number = :number",
            {**_columns(incident), "org_id": org_id, "number": number,
             "revision": revision, "stamp": stamp})
    return get_incident(store, org_id, number)


def remove_incident(store: Store, org_id: str, number: int, *, base: int | None = None,
                    actor: str | None = None) -> Incident | None:
    """Remove entry ``number`` (its history stays); returns what was removed, ``None``
    when there was no such entry. ``base``: as for :func:`update_incident`."""
    from bio2.store import org_history

    with store.atomic():
        current = get_incident(store, org_id, number)
        if current is None:
            return None
        if base is not None and current.revision != base:
            raise ConflictError(f"{ITEM}{number}", "self", base, current.revision, current)
        org_history.append(store.db.conn, org_id, f"{ITEM}{number}", at=now(),
                           actor=store.person(actor), old=current.plain(), new=None)
        store.db.conn.execute("DELETE FROM incidents WHERE org_id = ? AND number = ?",
                              [org_id, number])
    return current
