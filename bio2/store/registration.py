"""Cbw registration data in the store: one JSON column in the organisation's row.

Kept beside the organisation (not per assessment): an entity registers once and keeps
the registration current; every assessment and export of that organisation carries
the current data.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from bio2.domain.registration import Registration
from bio2.store import ConflictError, Store, now


def get_registration(store: Store, org_id: str) -> Registration | None:
    """The stored registration of ``org_id``, or ``None`` when it has none (yet)."""
    row = store.db.conn.execute(
        "SELECT registration FROM organisations WHERE id = ?", [org_id]).fetchone()
    if row is None or not row[0]:
        return None
    return parse(row[0])


def parse(text: str) -> Registration:
    """A registration from its stored JSON text."""
    return Registration.model_validate_json(text)


def registration_from(row: Mapping[str, Any]) -> Registration | None:
    """The registration in an organisation row (``Store.organisation``), if any."""
    text = row.get("registration")
    return parse(text) if text else None


def get_registration_revision(store: Store, org_id: str) -> tuple[Registration | None, int]:
    """The stored registration and its revision (a counter per organisation)."""
    row = store.db.conn.execute(
        "SELECT registration, registration_revision FROM organisations WHERE id = ?",
        [org_id]).fetchone()
    if row is None:
        return None, 0
    return (parse(row[0]) if row[0] else None), int(row[1])


def put_registration(store: Store, org_id: str, registration: Registration | None, *,
                     base: int | None = None) -> bool:
    """Store (or with ``None`` remove) the registration, in one transaction.

    ``base``: the revision the caller read (compare and set, as for answers); a different
    stored revision raises ``ConflictError`` and writes nothing. ``None`` (the
    ``bio2 registration`` command, which replaces the whole record on purpose) reads it
    inside the transaction. Returns False when the organisation does not exist."""
    text = None if registration is None else registration.model_dump_json(exclude_none=True)
    with store.atomic():
        current, revision = get_registration_revision(store, org_id)
        if base is not None and base != revision:
            raise ConflictError("registration", "self", base, revision, current)
        cursor = store.db.conn.execute(
            "UPDATE organisations SET registration = ?, updated = ?,"
            " registration_revision = registration_revision + 1 WHERE id = ?",
            [text, now(), org_id])
        return cursor.rowcount == 1
