"""Ticks on the per-item Cbw checklists (issue 13 §4), per assessment.

Table ``checklist_ticks`` (schema upgrade ``checklist_ticks``): one row per Cbw item with
at least one tick, ``ticked`` a JSON array of sub-point ids in checklist order. Written by
compare and set like the other values of :mod:`bio2.store.writes`: the value of a Cbw
item is its whole set of ticks, its history key ``checklist:<item>`` in the assessment's
hash chain, its revision the id of the history row that last changed it (a set emptied
again keeps that revision: its row is gone, the history still says it). A write on a
stale base raises :class:`ConflictError` with the ticks stored now.

The store trusts its callers on ids: the use cases and the answer-file check refuse an
item without a checklist or an unknown sub-point before they get here.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from bio2.store.writes import ConflictError

if TYPE_CHECKING:
    from bio2.store import Store

#: The prefix of the history and revision key of a Cbw item's ticks.
PREFIX = "checklist:"


def history_key(cbw_item: str) -> str:
    return PREFIX + cbw_item


def get_ticks(store: Store, assessment_id: int) -> dict[str, tuple[str, ...]]:
    """The ticked sub-points per Cbw item (items without ticks are left out)."""
    return {str(item): tuple(json.loads(ticked)) for item, ticked in store.db.conn.execute(
        "SELECT cbw_item, ticked FROM checklist_ticks WHERE assessment_id = ?"
        " ORDER BY cbw_item", [assessment_id])}


def get_item_ticks(store: Store, assessment_id: int, cbw_item: str) -> tuple[tuple[str, ...],
                                                                               int]:
    """The ticks of one Cbw item and their revision."""
    conn = store.db.conn
    row = conn.execute("SELECT ticked, revision FROM checklist_ticks WHERE assessment_id = ?"
                       " AND cbw_item = ?", [assessment_id, cbw_item]).fetchone()
    if row is not None:
        return tuple(json.loads(row[0])), int(row[1])
    found = conn.execute("SELECT MAX(id) FROM history WHERE assessment_id = ? AND view = 'self'"
                         " AND item = ?", [assessment_id, history_key(cbw_item)]).fetchone()
    return (), int(found[0] or 0)


def put_ticks(store: Store, assessment_id: int, cbw_item: str, ticked: tuple[str, ...], *,
              base: int | None, actor: str | None = None,
              via: dict[str, str] | None = None) -> int:
    """Compare and set the ticks of one Cbw item (``ticked`` in checklist order) with
    their history row; returns the revision stored afterwards (unchanged ticks write
    nothing). ``base=None`` only for set-up code and tests."""
    from bio2.store import now

    key = history_key(cbw_item)
    with store.atomic():
        old, revision = get_item_ticks(store, assessment_id, cbw_item)
        if base is not None and base != revision:
            raise ConflictError(key, "self", base, revision, list(old), assessment_id)
        if old == ticked:
            return revision
        new_revision = store._history(assessment_id, "self", key, actor,
                                      list(old) if old else None,
                                      list(ticked) if ticked else None, via)
        conn = store.db.conn
        if ticked:
            conn.execute(
                "INSERT INTO checklist_ticks (assessment_id, cbw_item, ticked, revision, updated)"
                " VALUES (?, ?, ?, ?, ?) ON CONFLICT (assessment_id, cbw_item) DO UPDATE SET"
                " ticked = excluded.ticked, revision = excluded.revision,"
                " updated = excluded.updated",
                [assessment_id, cbw_item, json.dumps(list(ticked)), new_revision, now()])
        else:
            conn.execute("DELETE FROM checklist_ticks WHERE assessment_id = ? AND cbw_item = ?",
                         [assessment_id, cbw_item])
        store.touch(assessment_id)
        return new_revision
