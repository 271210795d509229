"""Cbw registration data in the store: one JSON column in the organisation's row.

Kept beside the organisation (not per assessment): an entity registers once and keeps
the registration current; every assessment and export of that organisation carries
the current data.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from bio2.domain.registration import Registration
from bio2.store import Store, now


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


def put_registration(store: Store, org_id: str, registration: Registration | None) -> bool:
    """Store (or with ``None`` remove) the registration, in one transaction.

    Returns False when the organisation does not exist (nothing is written).
    """
    text = None if registration is None else registration.model_dump_json(exclude_none=True)
    with store.atomic():
        cursor = store.db.conn.execute(
            "UPDATE organisations SET registration = ?, updated = ? WHERE id = ?",
            [text, now(), org_id])
        return cursor.rowcount == 1
