"""The scope statement of an assessment (issue 15): what its ISMS covers, free text.

Stored in the assessment's row (``scope``, ``scope_revision``; schema upgrade
``assessment_scope``) and written by compare and set like the other values of
:mod:`bio2.store.writes`: the revision is the id of the history row (item ``scope``) that
last changed it, and a write on a stale base raises :class:`ConflictError` with what is
stored now. Empty text is stored as NULL ("no scope stated").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bio2.store.writes import ConflictError

if TYPE_CHECKING:
    from bio2.store import Store

#: The history key of the scope statement.
SCOPE = "scope"
#: The longest scope statement accepted (issue 15).
MAX_SCOPE = 20_000


def get_scope(store: Store, assessment_id: int) -> tuple[str, int]:
    """The scope text ("" when none) and its revision."""
    row = store.db.conn.execute("SELECT scope, scope_revision FROM assessments WHERE id = ?",
                                [assessment_id]).fetchone()
    if row is None:
        return "", 0
    return str(row[0] or ""), int(row[1])


def put_scope(store: Store, assessment_id: int, text: str, *, base: int | None,
              actor: str | None = None, via: dict[str, str] | None = None) -> int:
    """Compare and set the scope with its history row; returns the revision stored
    afterwards (unchanged text writes nothing). ``base=None`` only for set-up code."""
    with store.atomic():
        old, revision = get_scope(store, assessment_id)
        if base is not None and base != revision:
            raise ConflictError(SCOPE, "self", base, revision, old or None, assessment_id)
        if old == text:
            return revision
        new_revision = store._history(assessment_id, "self", SCOPE, actor, old or None,
                                      text or None, via)
        store.db.conn.execute(
            "UPDATE assessments SET scope = ?, scope_revision = ? WHERE id = ?",
            [text or None, new_revision, assessment_id])
        store.touch(assessment_id)
        return new_revision
