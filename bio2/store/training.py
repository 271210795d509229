"""The board training register (Cbw art. 24) in the store: one per organisation.

Table ``board_training`` (schema upgrade ``board_training``) keeps the register of an
organisation as its canonical JSON, beside the organisation and not per assessment: the
board is the organisation's, and every assessment and export of it carries the current
register (as the Cbw registration does).

Writes are compare and set, as every other value (:mod:`bio2.store.writes`): the
revision is the id of the ``organisation_history`` row (item ``training``) that last
changed the register, 0 when it never changed. History ids only grow, so a register that
is removed and written again never gets an earlier revision back. Each change appends a
row to the organisation's own hash chain (:mod:`bio2.store.org_history`) with the person,
the OS account, old and new register and how it came (``via``). A register that breaks a
rule of :func:`bio2.domain.training.breaches` is refused here too, whoever calls: nothing
invalid is ever stored.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from bio2.domain.errors import UserError
from bio2.domain.training import TrainingRegister, breaches
from bio2.i18n import t
from bio2.store.writes import ConflictError

if TYPE_CHECKING:
    from bio2.store import Store

#: The history item (and conflict key) of the register.
TRAINING = "training"


def get_training(store: Store, org_id: str) -> tuple[TrainingRegister | None, int]:
    """The stored register of ``org_id`` (``None``: none) and its revision."""
    conn = store.db.conn
    row = conn.execute("SELECT register, revision FROM board_training WHERE org_id = ?",
                       [org_id]).fetchone()
    if row is not None:
        return TrainingRegister.model_validate_json(row[0]), int(row[1])
    found = conn.execute("SELECT MAX(id) FROM organisation_history WHERE org_id = ?"
                         " AND item = ?", [org_id, TRAINING]).fetchone()
    return None, int(found[0] or 0)


def put_training(store: Store, org_id: str, register: TrainingRegister | None, *,
                 base: int | None, actor: str | None = None,
                 via: dict[str, Any] | None = None, today: date | None = None) -> int:
    """Compare and set the register of ``org_id`` (``None`` removes it) with a row in the
    organisation's history; returns the revision stored afterwards (an unchanged register
    writes nothing).

    ``base``: the revision the caller read; another stored revision raises
    :class:`ConflictError` carrying the stored register, and nothing is written.
    ``None`` only for callers that decide inside the same transaction (an import).
    A register with a breach (dates after ``today``, an unknown member, ...) raises
    ``UserError``; an unknown organisation too."""
    from bio2.store import now, org_history

    if register is not None:
        found = breaches(register, today or date.today())
        if found:
            raise UserError(t("training.store_refused", org=org_id, count=len(found)))
    with store.atomic():
        if store.organisation(org_id) is None:
            raise UserError(t("training.unknown_org", org=org_id))
        current, revision = get_training(store, org_id)
        if base is not None and base != revision:
            raise ConflictError(TRAINING, "self", base, revision, current)
        if current == register:
            return revision
        stamp = now()
        new_revision = org_history.append(
            store.db.conn, org_id, TRAINING, at=stamp, actor=store.person(actor),
            old=_plain(current), new=_plain(register), via=via)
        if register is None:
            store.db.conn.execute("DELETE FROM board_training WHERE org_id = ?", [org_id])
        else:
            store.db.conn.execute(
                "INSERT INTO board_training (org_id, register, revision, updated)"
                " VALUES (?, ?, ?, ?) ON CONFLICT (org_id) DO UPDATE SET"
                " register = excluded.register, revision = excluded.revision,"
                " updated = excluded.updated",
                [org_id, register.model_dump_json(exclude_none=True), new_revision, stamp])
        store.db.conn.execute("UPDATE organisations SET updated = ? WHERE id = ?",
                              [stamp, org_id])
        return new_revision


def _plain(register: TrainingRegister | None) -> Any:
    """A register as JSON data for the history (``None`` stays ``None``)."""
    return None if register is None else register.model_dump(mode="json", exclude_none=True)
