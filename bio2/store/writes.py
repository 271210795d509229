"""Revisions and compare-and-set: no write is ever applied on a stale base (issue 10 §1).

A *revision* is the id of the history row that last changed a value, 0 when it was never
changed. History ids only grow (AUTOINCREMENT), so a value that is deleted and written
again never gets an earlier revision back: a writer that read it before cannot mistake
the new value for the one it saw. Answer and VvT rows carry their revision, the
assessment row carries that of its risk profile; a value without a row (never written,
or deleted) has the revision of its last history row.

Every write names the revision it was based on; :meth:`Revisions.write` compares it with
the stored one and sets the new value, inside the caller's ``BEGIN IMMEDIATE``
transaction, so no other process can write in between. A stale base raises
:class:`ConflictError` carrying what is stored now.
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING, Any

from bio2.domain.errors import Bio2Error
from bio2.i18n import t

# The models (``bio2.store.rows``, pydantic) are imported where a value is read or
# written: opening the store loads none of them (see ``bio2.store``).

if TYPE_CHECKING:
    from bio2.store.lazydb import LazyDatabase


class ConflictError(Bio2Error):
    """A write based on a revision that is no longer the stored one (compare and set).

    Carries what is stored now (``current``: an Answer, Applicability, RiskProfile,
    Registration or ``None``) and its ``revision``, so the caller can show both versions;
    nothing of the refused write was applied. Not a ``StoreError``: the database is fine,
    the caller decides (the TUI asks the user, the CLI exits with 3, "conflict")."""

    exit_code = 3

    def __init__(self, key: str, view: str, base: int, revision: int, current: Any,
                 assessment_id: int | None = None) -> None:
        super().__init__(t("store.conflict", key=key))
        self.key, self.view, self.base, self.revision = key, view, base, revision
        self.current = current
        self.assessment_id = assessment_id


def _one(db: LazyDatabase, sql: str, args: list[Any]) -> dict[str, Any] | None:
    rows = list(db.query(sql, args))
    return rows[0] if rows else None


class Revisions:
    """The compare-and-set write path of :class:`bio2.store.Store` (a mixin)."""

    db: LazyDatabase

    def _history(self, assessment_id: int, view: str, item: str, actor: str | None,
                 old: Any, new: Any, via: dict[str, Any] | None = None) -> int:
        raise NotImplementedError

    def _upsert(self, table: str, row: dict[str, Any], key: tuple[str, ...]) -> None:
        raise NotImplementedError

    def touch(self, assessment_id: int) -> None:
        raise NotImplementedError

    def current(self, assessment_id: int, key: str, view: str = "self") -> tuple[Any, int]:
        """The stored value of ``key`` (item id, ``vvt:<control>`` or ``risk_profile``)
        and its revision."""
        from bio2.domain.records import RISK_PROFILE
        from bio2.store.rows import _applicability, _assessment, answer_from_row

        db = self.db
        if key == RISK_PROFILE:
            row = _one(db, "SELECT * FROM assessments WHERE id = ?", [assessment_id])
            if row is None:
                from bio2.store import StoreError

                raise StoreError(f"assessment {assessment_id} not found")
            return _assessment(row).risk_profile, int(row["risk_revision"])
        if key.startswith("vvt:"):
            row = _one(db, "SELECT * FROM applicability WHERE assessment_id = ?"
                           " AND control = ?", [assessment_id, key[4:]])
            if row is not None:
                return _applicability(row), int(row["revision"])
        else:
            row = _one(db, "SELECT * FROM answers WHERE assessment_id = ? AND view = ?"
                           " AND item = ?", [assessment_id, view, key])
            if row is not None:
                return answer_from_row(row), int(row["revision"])
        found = db.conn.execute("SELECT MAX(id) FROM history WHERE assessment_id = ?"
                                " AND view = ? AND item = ?", [assessment_id, view, key]
                                ).fetchone()
        return None, int(found[0] or 0)

    def revisions(self, assessment_id: int, view: str = "self") -> dict[str, int]:
        """The revision of every key of an assessment's view that was ever written
        (a key not in it has revision 0)."""
        from bio2.domain.records import RISK_PROFILE

        conn = self.db.conn
        found = {str(k): int(r) for k, r in conn.execute(
            "SELECT item, MAX(id) FROM history WHERE assessment_id = ? AND view = ?"
            " GROUP BY item", [assessment_id, view])}
        found.update((str(k), int(r)) for k, r in conn.execute(
            "SELECT item, revision FROM answers WHERE assessment_id = ? AND view = ?",
            [assessment_id, view]))
        if view == "self":
            found.update((f"vvt:{k}", int(r)) for k, r in conn.execute(
                "SELECT control, revision FROM applicability WHERE assessment_id = ?",
                [assessment_id]))
            row = conn.execute("SELECT risk_revision FROM assessments WHERE id = ?",
                               [assessment_id]).fetchone()
            if row is not None:
                found[RISK_PROFILE] = int(row[0])
        return found

    def write(self, assessment_id: int, key: str, value: Any, *, view: str = "self",
              actor: str | None = None, base: int | None = None,
              via: dict[str, Any] | None = None) -> int:
        """Compare and set one value with its history row (call inside ``atomic``).

        ``base`` is the revision the caller's value was based on; when the stored revision
        differs, :class:`ConflictError` is raised with what is stored and nothing is
        written. ``base=None`` means "whatever is stored now": only for set-up code and
        tests, every use case passes the revision it read (a test checks that). An
        unchanged value writes nothing, unless ``via`` records a decision (a conflict
        choice): then the history gets a row with old equal to new. Returns the revision
        stored afterwards."""
        from bio2.domain.answers import Applicability
        from bio2.domain.rules import is_default_applicability
        from bio2.store.rows import _plain

        if (key.startswith("vvt:") and isinstance(value, Applicability)
                and is_default_applicability(value)):
            value = None  # applicable without text is the default: no row
        current, revision = self.current(assessment_id, key, view)
        if base is not None and base != revision:
            raise ConflictError(key, view, base, revision, current, assessment_id)
        if current == value and via is None:
            return revision
        new_revision = self._history(assessment_id, view, key, actor, _plain(current),
                                     _plain(value), via)
        self._set_row(assessment_id, key, value, view, new_revision)
        self.touch(assessment_id)
        return new_revision

    def _set_row(self, assessment_id: int, key: str, value: Any, view: str,
                 revision: int) -> None:
        from bio2.domain.records import RISK_PROFILE
        from bio2.store import now
        from bio2.store.rows import answer_to_row

        conn: sqlite3.Connection = self.db.conn
        stamp = now()
        if key == RISK_PROFILE:
            conn.execute("UPDATE assessments SET beschikbaarheid = ?, integriteit = ?,"
                         " vertrouwelijkheid = ?, risk_revision = ? WHERE id = ?",
                         [value.beschikbaarheid, value.integriteit, value.vertrouwelijkheid,
                          revision, assessment_id])
        elif key.startswith("vvt:"):
            if value is None:
                conn.execute("DELETE FROM applicability WHERE assessment_id = ? AND control = ?",
                             [assessment_id, key[4:]])
            else:
                self._upsert("applicability", {
                    "assessment_id": assessment_id, "control": value.control,
                    "applicable": int(value.applicable), "justification": value.justification,
                    "risk_ref": value.risk_ref, "updated": stamp, "revision": revision,
                }, ("assessment_id", "control"))
        elif value is None:
            conn.execute("DELETE FROM answers WHERE assessment_id = ? AND view = ? AND item = ?",
                         [assessment_id, view, key])
        else:
            row = answer_to_row(value)
            row.update(assessment_id=assessment_id, view=view, updated=stamp,
                       revision=revision)
            self._upsert("answers", row, ("assessment_id", "view", "item"))
