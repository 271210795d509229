"""Deleting an organisation or one assessment: say what goes, save it, record it.

Used by ``bio2 delete ORG [PERIOD]`` and the start screen's delete key, so both behave
alike. Decisions:

- ``plan_deletion`` counts what goes per assessment (answers of both views, VvT
  decisions, history rows, import records) so the confirmation can name it.
- ``delete`` first writes, in a new folder under ``<name>-backups/`` next to the
  database: a full database backup (online backup API) and, per assessment, the answer
  file of both views (``self`` and ``audit``, YAML, the format ``bio2 import`` reads).
  Only when all of that is on disk does it delete, in one transaction.
- The deletion itself is recorded in the ``deletions`` table (with the chain head of
  each deleted history), which has no foreign key to the rows it describes and so
  survives the cascade (created on first use with ``IF NOT
  EXISTS`` rather than by a numbered migration, so it never competes with schema
  migrations for a version number): when, by whom (``BIO2_USER`` or the
  OS account, both kept), what (organisation, period, catalog), the counts and where
  the backup went.
- An organisation that exists only as the demo can be deleted like any other.
- Deleting a whole organisation also removes its own history chain (its Cbw
  registration changes, ``bio2.store.org_history``): the confirmation counts those rows
  apart ("registratiehistorie"), and the deletion record keeps their number and chain
  head (columns ``org_history`` and ``org_history_head``, added to an older ``deletions``
  table on first use) on the row of each assessment that goes with it, or on the one row
  of an organisation without assessments. Deleting one assessment leaves that chain
  alone (0 and empty).
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from bio2.i18n import t
from bio2.store import Store, default_actor, now
from bio2.system.paths import backup_dir

DELETIONS_SQL = """
CREATE TABLE IF NOT EXISTS deletions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    os_user TEXT NOT NULL,
    org_id TEXT NOT NULL,
    org_name TEXT NOT NULL,
    period TEXT,
    catalog TEXT,
    answers INTEGER NOT NULL,
    vvt INTEGER NOT NULL,
    history INTEGER NOT NULL,
    backup TEXT NOT NULL,
    history_head TEXT,
    org_history INTEGER NOT NULL DEFAULT 0,
    org_history_head TEXT
)
"""
#: Columns added after the first version of the table: (name, declaration).
_ADDED_COLUMNS = (("org_history", "INTEGER NOT NULL DEFAULT 0"), ("org_history_head", "TEXT"))


def _ensure_table(conn: sqlite3.Connection) -> None:
    """The ``deletions`` table as this version writes it (an older one gains the
    organisation-history columns)."""
    conn.execute(DELETIONS_SQL)
    present = {row[1] for row in conn.execute("PRAGMA table_info(deletions)")}
    for name, declaration in _ADDED_COLUMNS:
        if name not in present:
            conn.execute(f"ALTER TABLE deletions ADD COLUMN {name} {declaration}")


@dataclass(frozen=True)
class Target:
    """One assessment that goes, with its counts."""

    assessment_id: int
    period: str
    catalog: str
    answers: int
    vvt: int
    history: int


@dataclass(frozen=True)
class DeletionPlan:
    org_id: str
    org_name: str
    #: True: the organisation row goes too (``bio2 delete ORG``).
    whole_organisation: bool
    targets: tuple[Target, ...] = field(default_factory=tuple)
    #: Rows of the organisation's own history (registration changes) that go with it;
    #: 0 when only an assessment goes.
    org_history: int = 0

    @property
    def answers(self) -> int:
        return sum(x.answers for x in self.targets)

    @property
    def vvt(self) -> int:
        return sum(x.vvt for x in self.targets)

    @property
    def history(self) -> int:
        return sum(x.history for x in self.targets)

    def describe(self) -> str:
        """The sentence the confirmation shows: what goes, counted."""
        counts = t("delete.counts", answers=self.answers, vvt=self.vvt, history=self.history)
        if self.whole_organisation:
            counts = t("delete.counts_org", counts=counts, org_history=self.org_history)
            return t("delete.what_org", name=self.org_name, org=self.org_id,
                     assessments=len(self.targets), counts=counts)
        target = self.targets[0]
        return t("delete.what_assessment", name=self.org_name, org=self.org_id,
                 period=target.period, catalog=target.catalog, counts=counts)


def actor(store: Store) -> str:
    """The person deleting: ``--user``/``BIO2_USER``/the remembered user (``Store.person``)."""
    return store.person(os.environ.get("BIO2_USER", "").strip() or None)


def plan_deletion(store: Store, org_id: str, assessment_id: int | None = None) -> DeletionPlan:
    """What ``delete`` would remove; ``assessment_id`` None means the organisation."""
    from bio2.domain.errors import UserError

    org = store.organisation(org_id)
    if org is None:
        known = ", ".join(o["id"] for o in store.organisations()) or t("service.none")
        raise UserError(t("service.unknown_org", org=org_id, known=known))
    rows = [a for a in store.assessments(org_id)
            if assessment_id is None or a.id == assessment_id]
    conn = store.db.conn

    def count(table: str, aid: int) -> int:
        return int(conn.execute(f"SELECT count(*) FROM {table} WHERE assessment_id = ?",
                                [aid]).fetchone()[0])

    targets = tuple(Target(a.id, a.period, a.catalog, count("answers", a.id),
                           count("applicability", a.id), count("history", a.id))
                    for a in rows)
    org_rows = 0
    if assessment_id is None:
        org_rows = int(conn.execute("SELECT count(*) FROM organisation_history"
                                    " WHERE org_id = ?", [org_id]).fetchone()[0])
    return DeletionPlan(org_id, str(org["name"]), assessment_id is None, targets, org_rows)


def delete(store: Store, plan: DeletionPlan) -> Path:
    """Back up, then delete what ``plan`` names; returns the backup folder."""
    from bio2.exchange.answerfile import to_yaml
    from bio2.store.backup import copy_to, stamp
    from bio2.system.fileio import safe_file_name, write_atomic
    from bio2.usecases.opening import load_assessment

    folder = backup_dir(store.path) / safe_file_name(
        f"deleted-{plan.org_id}-{stamp()}")
    folder.mkdir(parents=True, mode=0o700)
    copy_to(store.db.conn, folder / f"{store.path.stem}-before-delete.sqlite")
    for target in plan.targets:
        data = load_assessment(store, target.assessment_id)
        for view in ("self", "audit"):
            name = safe_file_name(f"{plan.org_id}-{target.period}-{target.catalog}"
                                  f"-a{target.assessment_id}-{view}.yaml")
            write_atomic(folder / name, to_yaml(data.answer_file(view)))
    from bio2.store import org_history
    from bio2.store.history import head

    who, os_user = actor(store), default_actor()
    conn = store.db.conn
    _ensure_table(conn)
    with store.atomic():
        # One row per assessment that goes; an organisation without assessments gets
        # one row with no period. The hash of the last history row (the chain head,
        # bio2.store.history) is kept, so the backup's history can be shown to be the
        # one that was deleted.
        records: list[tuple[str | None, str | None, int, int, int, str | None]] = [
            (x.period, x.catalog, x.answers, x.vvt, x.history,
             head(conn, x.assessment_id) or None) for x in plan.targets]
        if not records:
            records = [(None, None, 0, 0, 0, None)]
        org_rows, org_head = 0, None
        if plan.whole_organisation:
            org_rows = plan.org_history
            org_head = org_history.head(conn, plan.org_id) or None
        for period, catalog, answers, vvt, history, chain_head in records:
            conn.execute(
                "INSERT INTO deletions (at, actor, os_user, org_id, org_name, period,"
                " catalog, answers, vvt, history, backup, history_head, org_history,"
                " org_history_head) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                [now(), who, os_user, plan.org_id, plan.org_name, period, catalog,
                 answers, vvt, history, str(folder), chain_head, org_rows, org_head])
        # Answers, VvT, history and import records follow by ON DELETE CASCADE.
        if plan.whole_organisation:
            conn.execute("DELETE FROM organisations WHERE id = ?", [plan.org_id])
        else:
            for target in plan.targets:
                conn.execute("DELETE FROM assessments WHERE id = ?", [target.assessment_id])
    return folder


def deletions(store: Store) -> list[dict[str, object]]:
    """The recorded deletions, oldest first."""
    conn = store.db.conn
    _ensure_table(conn)
    cursor = conn.execute("SELECT * FROM deletions ORDER BY id")
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor]


def summary(plan: DeletionPlan, folder: Path) -> str:
    return t("delete.done", what=plan.describe(), folder=folder)




def failure_reason(exc: BaseException) -> str:
    """Why a deletion failed, in one line: a database trouble by its name (a full disk,
    a lock; ``bio2.store.trouble``), else the first line of the error."""
    import sqlite3

    from bio2.store.trouble import describe

    if isinstance(exc, sqlite3.Error):
        return describe(exc)
    return str(exc).splitlines()[0] if str(exc) else type(exc).__name__
