"""Cbw registration data in the store: one JSON column in the organisation's row.

Kept beside the organisation (not per assessment): an entity registers once and keeps
the registration current; every assessment and export of that organisation carries
the current data.
"""

from __future__ import annotations

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


def get_registration_revision(store: Store, org_id: str) -> tuple[Registration | None, int]:
    """The stored registration and its revision (a counter per organisation)."""
    row = store.db.conn.execute(
        "SELECT registration, registration_revision FROM organisations WHERE id = ?",
        [org_id]).fetchone()
    if row is None:
        return None, 0
    return (parse(row[0]) if row[0] else None), int(row[1])


def put_registration(store: Store, org_id: str, registration: Registration | None, *,
                     base: int | None = None, actor: str | None = None,
                     via: dict[str, Any] | None = None) -> bool:
    """Store (or with ``None`` remove) the registration, in one transaction, with a row in
    the organisation's history chain (``bio2.store.org_history``): who (``actor``, else
    ``Store.person``), the OS account, old and new record and ``via`` (how it came).

    ``base``: the revision the caller read (compare and set, as for answers); a different
    stored revision raises ``ConflictError`` and writes nothing. ``None`` (the
    ``bio2 registration`` command, which replaces the whole record on purpose) reads it
    inside the transaction. An unchanged record writes nothing. Returns False when the
    organisation does not exist."""
    from bio2.store import org_history

    text = None if registration is None else registration.model_dump_json(exclude_none=True)
    with store.atomic():
        if store.organisation(org_id) is None:
            return False
        current, revision = get_registration_revision(store, org_id)
        if base is not None and base != revision:
            raise ConflictError("registration", "self", base, revision, current)
        if current == registration:
            return True
        stamp = now()
        org_history.append(store.db.conn, org_id, org_history.REGISTRATION, at=stamp,
                           actor=store.person(actor), old=_plain(current),
                           new=_plain(registration), via=via)
        store.db.conn.execute(
            "UPDATE organisations SET registration = ?, updated = ?,"
            " registration_revision = registration_revision + 1 WHERE id = ?",
            [text, stamp, org_id])
        return True


def _plain(registration: Registration | None) -> Any:
    """A registration as JSON data for the history (``None`` stays ``None``)."""
    return None if registration is None else registration.model_dump(mode="json",
                                                                     exclude_none=True)
