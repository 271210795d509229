"""The local store: SQLite through sqlite-utils, WAL, foreign keys, migrations.

Every write runs in one transaction (``atomic``) together with its history rows, so a
crash at any point leaves the last committed state. The database file is created
owner-only: it describes an organisation's weaknesses.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bio2.domain.errors import Bio2Error
from bio2.i18n import t
from bio2.store.lazydb import LazyDatabase
from bio2.store.schema_upgrades import MIGRATIONS, statements
from bio2.store.writes import ConflictError, Revisions

if TYPE_CHECKING:
    from bio2.domain.answers import Answer, Applicability, Organisation, RiskProfile
    from bio2.domain.records import AssessmentRecord, OrganisationRecord

# Models (``bio2.store.rows``), history chain and read model are imported where used:
# opening the store loads none, so ``bio2 cbw`` (``bio2.store.plain``) opens it lightly.

SCHEMA_VERSION = len(MIGRATIONS)


class StoreError(Bio2Error):
    """A problem with the database that the user must see as one line."""


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def default_actor() -> str:
    """The operating-system account (recorded beside the actor; never the assessor)."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "bio2"


def _busy_timeout_ms() -> int:
    """How long a write waits for another process's lock (``BIO2_BUSY_TIMEOUT_MS``, for
    tests and slow network disks; default 10 s)."""
    try:
        return max(0, int(os.environ.get("BIO2_BUSY_TIMEOUT_MS", "10000")))
    except ValueError:
        return 10000


class Store(Revisions):
    """One open bio2 database."""

    #: The person doing the work (``--user``, ``BIO2_USER`` or asked by the TUI); when
    #: ``None`` the user remembered for this OS account, else the OS account.
    actor: str | None = None

    def __init__(self, path: Path | str, *, migrate: bool = True) -> None:
        """Open (and create or upgrade) the database; every failure is one named line
        (``bio2.store.trouble``). ``notices`` collects what the user should read even
        when all goes well: permissions tightened, a backup made before an upgrade."""
        from bio2.store import trouble

        self.path = Path(path)
        self.notices: list[str] = []
        memory = str(path) == ":memory:"
        if not memory:
            try:
                self.notices += trouble.prepare_file(self.path)
            except trouble.TroubleError as exc:
                raise StoreError(str(exc)) from None
            trouble.remember(self.path)
        timeout = _busy_timeout_ms()
        conn = sqlite3.connect(str(path), timeout=timeout / 1000)
        # sqlite-utils itself only when a write needs it (bio2.store.lazydb)
        self.db = LazyDatabase(conn)
        try:
            # One read transaction: another process creating the schema of a new database
            # right now must not be seen with its tables but without its version (that
            # read "not a bio2 database" when four processes opened a new file at once).
            conn.execute("BEGIN")
            found = conn.execute("PRAGMA user_version").fetchone()[0]
            tables = conn.execute(
                "SELECT count(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"
                " AND name != 'migrations'").fetchone()[0]
            conn.execute("COMMIT")
            if found == 0 and tables:
                conn.close()
                raise StoreError(t("trouble.not_bio2", path=path))
            if found > SCHEMA_VERSION:
                conn.close()
                raise StoreError(t("store.newer_schema", path=path, found=found,
                                   known=SCHEMA_VERSION))
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute(f"PRAGMA busy_timeout = {timeout}")
            if not memory:
                conn.execute("PRAGMA journal_mode = WAL")
                conn.execute("PRAGMA synchronous = NORMAL")
            if migrate:
                self._migrate(found)
        except sqlite3.Error as exc:
            conn.close()
            raise StoreError(trouble.describe(exc, None if memory else self.path)) from None

    def wait_for_locks(self, milliseconds: int) -> None:
        """How long a write waits for another process's lock from now on."""
        self.db.conn.execute(f"PRAGMA busy_timeout = {max(0, int(milliseconds))}")

    def close(self) -> None:
        self.db.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- schema ---------------------------------------------------------------------
    def _migrate(self, found: int) -> None:
        if found >= SCHEMA_VERSION:
            return
        conn = self.db.conn
        if found > 0 and str(self.path) != ":memory:":
            # A schema upgrade rewrites tables: keep the database as it was first.
            from bio2.store.backup import automatic_backup

            copy = automatic_backup(conn, self.path, f"schema{found}")
            self.notices.append(t("trouble.upgrade_backup", path=self.path, backup=copy))
        # Under the write lock, read the version again: two processes opening a new
        # database at once must not both run the same migration.
        conn.execute("BEGIN IMMEDIATE")
        try:
            current = conn.execute("PRAGMA user_version").fetchone()[0]
            for version, (name, sql) in enumerate(MIGRATIONS, start=1):
                if version <= current:
                    continue
                if callable(sql):
                    sql(conn)
                else:
                    for statement in statements(sql):
                        conn.execute(statement)
                conn.execute("INSERT INTO migrations (version, name, applied_at)"
                             " VALUES (?, ?, ?)", [version, name, now()])
                conn.execute(f"PRAGMA user_version = {version}")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")

    def schema_version(self) -> int:
        return int(self.db.conn.execute("PRAGMA user_version").fetchone()[0])

    @contextlib.contextmanager
    def atomic(self) -> Iterator[None]:
        """One write transaction: all of it or nothing; nested blocks are savepoints.

        The outer block starts with ``BEGIN IMMEDIATE``: a deferred transaction that
        reads first and writes later fails at once under WAL when another process wrote
        in between (the busy timeout cannot help it); taking the write lock up front
        waits for the other writer instead.
        """
        conn = self.db.conn
        if conn.in_transaction:
            with self.db.atomic():
                yield
            return
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")

    # -- organisations --------------------------------------------------------------
    def organisations(self) -> list[dict[str, Any]]:
        return list(self.db.query("SELECT * FROM organisations ORDER BY name"))

    def organisation(self, org_id: str) -> dict[str, Any] | None:
        rows = list(self.db.query("SELECT * FROM organisations WHERE id = ?", [org_id]))
        return rows[0] if rows else None

    def organisation_record(self, org_id: str) -> OrganisationRecord | None:
        """The organisation as the read model has it (registration parsed), if any."""
        from bio2.store.rows import _organisation
        row = self.organisation(org_id)
        return _organisation(row) if row is not None else None

    def put_organisation(self, org: Organisation, classification: str | None = None) -> None:
        """Create or update an organisation (call inside ``atomic``)."""
        stamp = now()
        existing = self.organisation(org.id)
        row = {"id": org.id, "name": org.name, "type": org.type, "cbw_entity": org.cbw_entity,
               "updated": stamp}
        if classification is not None:
            row["classification"] = classification
        if existing is None:
            row["created"] = stamp
            self.db.table("organisations").insert(row)
        else:
            self.db.table("organisations").update(org.id, row)

    def delete_organisation(self, org_id: str) -> None:
        self.db.conn.execute("DELETE FROM organisations WHERE id = ?", [org_id])

    # -- assessments ----------------------------------------------------------------
    def assessments(self, org_id: str | None = None) -> list[AssessmentRecord]:
        from bio2.store.rows import _assessment
        sql = "SELECT * FROM assessments"
        args: list[Any] = []
        if org_id is not None:
            sql += " WHERE org_id = ?"
            args.append(org_id)
        return [_assessment(r) for r in self.db.query(sql + " ORDER BY org_id, period, id", args)]

    def assessment(self, assessment_id: int) -> AssessmentRecord:
        from bio2.store.rows import _assessment
        rows = list(self.db.query("SELECT * FROM assessments WHERE id = ?", [assessment_id]))
        if not rows:
            raise StoreError(f"assessment {assessment_id} not found")
        return _assessment(rows[0])

    def find_assessment(self, org_id: str, period: str, catalog: str) -> AssessmentRecord | None:
        """The assessment with this key (organisation, period, catalog), if any. Which
        one ORG PERIOD means without a catalog is decided in ``service.find_assessment``."""
        from bio2.store.rows import _assessment
        rows = list(self.db.query(
            "SELECT * FROM assessments WHERE org_id = ? AND period = ? AND catalog = ?",
            [org_id, period, catalog]))
        return _assessment(rows[0]) if rows else None

    def create_assessment(self, org_id: str, period: str, catalog: str, profile: str,
                          assessor: str, risk_profile: RiskProfile,
                          date: str | None = None) -> int:
        """Create an assessment (call inside ``atomic``); returns its id."""
        stamp = now()
        table = self.db.table("assessments")
        table.insert({
            "org_id": org_id, "period": period, "catalog": catalog, "profile": profile,
            "assessor": assessor, "date": date, **risk_profile.model_dump(),
            "created": stamp, "updated": stamp,
        })
        return int(table.last_pk)

    def update_assessment(self, assessment_id: int, **fields: Any) -> None:
        fields["updated"] = now()
        self.db.table("assessments").update(assessment_id, fields)

    def set_risk_profile(self, assessment_id: int, profile: RiskProfile,
                         actor: str | None = None, *, base: int | None = None,
                         via: dict[str, Any] | None = None) -> int:
        """Compare and set the risk profile in its own transaction; the new revision."""
        from bio2.domain.records import RISK_PROFILE
        with self.atomic():
            return self.write(assessment_id, RISK_PROFILE, profile, actor=actor, base=base,
                              via=via)

    def touch(self, assessment_id: int) -> None:
        self.db.conn.execute("UPDATE assessments SET updated = ? WHERE id = ?",
                             [now(), assessment_id])

    # -- answers --------------------------------------------------------------------
    def answers(self, assessment_id: int, view: str = "self") -> dict[str, Answer]:
        from bio2.store.rows import answer_from_row
        rows = self.db.query(
            "SELECT * FROM answers WHERE assessment_id = ? AND view = ?", [assessment_id, view])
        return {r["item"]: answer_from_row(r) for r in rows}

    def answer(self, assessment_id: int, item: str, view: str = "self") -> Answer | None:
        from bio2.store.rows import answer_from_row
        rows = list(self.db.query(
            "SELECT * FROM answers WHERE assessment_id = ? AND view = ? AND item = ?",
            [assessment_id, view, item]))
        return answer_from_row(rows[0]) if rows else None

    def put_answer(self, assessment_id: int, answer: Answer, *, view: str = "self",
                   actor: str | None = None, base: int | None = None,
                   via: dict[str, Any] | None = None) -> int:
        """Write one answer and its history row (call inside ``atomic``); see :meth:`write`."""
        return self.write(assessment_id, answer.item, answer, view=view, actor=actor,
                          base=base, via=via)

    def save_answer(self, assessment_id: int, answer: Answer, *, view: str = "self",
                    actor: str | None = None, base: int | None = None) -> int:
        """Save one answer in its own transaction (the TUI's autosave)."""
        with self.atomic():
            return self.put_answer(assessment_id, answer, view=view, actor=actor, base=base)

    def delete_answer(self, assessment_id: int, item: str, *, view: str = "self",
                      actor: str | None = None, base: int | None = None) -> int:
        with self.atomic():
            return self.write(assessment_id, item, None, view=view, actor=actor, base=base)

    # -- applicability (VvT) ----------------------------------------------------------
    def applicability(self, assessment_id: int) -> dict[str, Applicability]:
        from bio2.store.rows import _applicability
        rows = self.db.query("SELECT * FROM applicability WHERE assessment_id = ?",
                             [assessment_id])
        return {r["control"]: _applicability(r) for r in rows}

    def put_applicability(self, assessment_id: int, entry: Applicability, *,
                          actor: str | None = None, base: int | None = None,
                          via: dict[str, Any] | None = None) -> int:
        """Record a VvT decision (call inside ``atomic``); applicable without text is
        the default and removes the row. See :meth:`write`."""
        return self.write(assessment_id, f"vvt:{entry.control}", entry, actor=actor,
                          base=base, via=via)

    def save_applicability(self, assessment_id: int, entry: Applicability, *,
                           actor: str | None = None, base: int | None = None) -> int:
        with self.atomic():
            return self.put_applicability(assessment_id, entry, actor=actor, base=base)

    def _upsert(self, table: str, row: dict[str, Any], key: tuple[str, ...]) -> None:
        # Plain SQL rather than sqlite-utils' upsert: that one probes once per connection
        # whether SQLite supports ON CONFLICT by creating a table, caches a "no" when the
        # probe meets another process's lock, and then falls back to INSERT OR IGNORE,
        # which silently drops rows. Our SQLite always supports ON CONFLICT (3.24+).
        columns = list(row)
        updates = ", ".join(f"{c} = excluded.{c}" for c in columns if c not in key)
        self.db.conn.execute(
            f"INSERT INTO {table} ({', '.join(columns)}) VALUES"
            f" ({', '.join('?' for _ in columns)})"
            f" ON CONFLICT ({', '.join(key)}) DO UPDATE SET {updates}",
            [row[c] for c in columns])

    # -- history and imports ----------------------------------------------------------
    def person(self, actor: str | None = None) -> str:
        """Who a write is credited to: the given actor, the store's, the one remembered
        for this OS account in this database, else the OS account itself."""
        if actor or self.actor:
            return str(actor or self.actor)
        from bio2.store.settings import known_user

        return known_user(self) or default_actor()

    def _history(self, assessment_id: int, view: str, item: str, actor: str | None,
                 old: Any, new: Any, via: dict[str, Any] | None = None) -> int:
        def text(value: Any) -> str | None:
            return None if value is None else json.dumps(value, ensure_ascii=False,
                                                         sort_keys=True)

        from bio2.store import history as chain
        return chain.append(self.db.conn, {
            "assessment_id": assessment_id, "view": view, "item": item, "at": now(),
            "actor": self.person(actor), "os_user": chain.os_account(),
            "old": text(old), "new": text(new), "via": text(via)})

    def history(self, assessment_id: int, item: str | None = None) -> list[dict[str, Any]]:
        sql = "SELECT * FROM history WHERE assessment_id = ?"
        args: list[Any] = [assessment_id]
        if item is not None:
            sql += " AND item = ?"
            args.append(item)
        rows = []
        for r in self.db.query(sql + " ORDER BY id", args):
            r["old"] = json.loads(r["old"]) if r["old"] else None
            r["new"] = json.loads(r["new"]) if r["new"] else None
            r["via"] = json.loads(r["via"]) if r.get("via") else None
            rows.append(r)
        return rows

    def last_import_by(self, assessment_id: int, source: str) -> tuple[str, str | None] | None:
        """Assessor and date of the latest import of ``source`` into an assessment."""
        rows = list(self.db.query(
            "SELECT summary FROM imports WHERE assessment_id = ? AND source = ?"
            " ORDER BY id DESC LIMIT 1", [assessment_id, source]))
        if not rows:
            return None
        summary = json.loads(rows[0]["summary"])
        assessor = summary.get("assessor")
        return (str(assessor), summary.get("date")) if assessor else None

    def record_import(self, file: str, sha256: str, source: str, assessment_id: int,
                      summary: dict[str, Any], actor: str | None = None) -> None:
        """One imported file: name, SHA-256, the file's assessor, who imported it."""
        from bio2.store import history as chain
        self.db.table("imports").insert({
            "at": now(), "file": file, "sha256": sha256, "source": source,
            "assessment_id": assessment_id,
            "summary": json.dumps(summary, ensure_ascii=False, sort_keys=True),
            "assessor": summary.get("assessor"), "actor": self.person(actor),
            "os_user": chain.os_account(),
        })


__all__ = ["ConflictError", "Store", "StoreError", "default_actor", "now"]
