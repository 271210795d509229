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
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlite_utils

from bio2.domain.answers import (
    Acceptance,
    Answer,
    Applicability,
    Evidence,
    Organisation,
    Risk,
    RiskProfile,
)
from bio2.i18n import t
from bio2.store.migrations import MIGRATIONS

SCHEMA_VERSION = len(MIGRATIONS)


class StoreError(Exception):
    """A problem with the database that the user must see as one line."""


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def default_actor() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "bio2"


@dataclass(frozen=True)
class AssessmentRow:
    id: int
    org_id: str
    period: str
    catalog: str
    profile: str
    assessor: str
    date: str | None
    risk_profile: RiskProfile
    created: str
    updated: str


def _create_private(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    with contextlib.suppress(FileExistsError):
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))


class Store:
    """One open bio2 database."""

    def __init__(self, path: Path | str, *, migrate: bool = True) -> None:
        self.path = Path(path)
        if str(path) != ":memory:":
            _create_private(self.path)
        conn = sqlite3.connect(str(path), timeout=10)
        self.db = sqlite_utils.Database(conn)
        try:
            found = conn.execute("PRAGMA user_version").fetchone()[0]
        except sqlite3.DatabaseError:
            conn.close()
            raise StoreError(t("store.not_a_database", path=path)) from None
        if found > SCHEMA_VERSION:
            conn.close()
            raise StoreError(t("store.newer_schema", path=path, found=found, known=SCHEMA_VERSION))
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA busy_timeout = 10000")
        if str(path) != ":memory:":
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
        if migrate:
            self._migrate(found)

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
        # Under the write lock, read the version again: two processes opening a new
        # database at once must not both run the same migration.
        conn.execute("BEGIN IMMEDIATE")
        try:
            current = conn.execute("PRAGMA user_version").fetchone()[0]
            for version, (name, sql) in enumerate(MIGRATIONS, start=1):
                if version <= current:
                    continue
                for statement in _statements(sql):
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
    def assessments(self, org_id: str | None = None) -> list[AssessmentRow]:
        sql = "SELECT * FROM assessments"
        args: list[Any] = []
        if org_id is not None:
            sql += " WHERE org_id = ?"
            args.append(org_id)
        return [_assessment(r) for r in self.db.query(sql + " ORDER BY org_id, period, id", args)]

    def assessment(self, assessment_id: int) -> AssessmentRow:
        rows = list(self.db.query("SELECT * FROM assessments WHERE id = ?", [assessment_id]))
        if not rows:
            raise StoreError(f"assessment {assessment_id} not found")
        return _assessment(rows[0])

    def find_assessment(self, org_id: str, period: str, catalog: str) -> AssessmentRow | None:
        """The assessment with this key (organisation, period, catalog), if any. Which
        one ORG PERIOD means without a catalog is decided in ``service.find_assessment``."""
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
        return int(table.last_pk)  # type: ignore[arg-type]

    def update_assessment(self, assessment_id: int, **fields: Any) -> None:
        fields["updated"] = now()
        self.db.table("assessments").update(assessment_id, fields)

    def set_risk_profile(self, assessment_id: int, profile: RiskProfile,
                         actor: str | None = None) -> None:
        old = self.assessment(assessment_id).risk_profile
        with self.atomic():
            self.update_assessment(assessment_id, **profile.model_dump())
            self._history(assessment_id, "self", "risk_profile", actor,
                          old.model_dump(), profile.model_dump())

    def touch(self, assessment_id: int) -> None:
        self.db.conn.execute("UPDATE assessments SET updated = ? WHERE id = ?",
                             [now(), assessment_id])

    # -- answers --------------------------------------------------------------------
    def answers(self, assessment_id: int, view: str = "self") -> dict[str, Answer]:
        rows = self.db.query(
            "SELECT * FROM answers WHERE assessment_id = ? AND view = ?", [assessment_id, view])
        return {r["item"]: answer_from_row(r) for r in rows}

    def answer(self, assessment_id: int, item: str, view: str = "self") -> Answer | None:
        rows = list(self.db.query(
            "SELECT * FROM answers WHERE assessment_id = ? AND view = ? AND item = ?",
            [assessment_id, view, item]))
        return answer_from_row(rows[0]) if rows else None

    def put_answer(self, assessment_id: int, answer: Answer, *, view: str = "self",
                   actor: str | None = None) -> None:
        """Write one answer and its history row (call inside ``atomic``)."""
        old = self.answer(assessment_id, answer.item, view)
        if old == answer:
            return
        row = answer_to_row(answer)
        row.update(assessment_id=assessment_id, view=view, updated=now())
        self._upsert("answers", row, ("assessment_id", "view", "item"))
        self._history(assessment_id, view, answer.item, actor,
                      _plain(old), _plain(answer))
        self.touch(assessment_id)

    def save_answer(self, assessment_id: int, answer: Answer, *, view: str = "self",
                    actor: str | None = None) -> None:
        """Save one answer in its own transaction (the TUI's autosave)."""
        with self.atomic():
            self.put_answer(assessment_id, answer, view=view, actor=actor)

    def delete_answer(self, assessment_id: int, item: str, *, view: str = "self",
                      actor: str | None = None) -> None:
        with self.atomic():
            old = self.answer(assessment_id, item, view)
            if old is None:
                return
            self.db.conn.execute(
                "DELETE FROM answers WHERE assessment_id = ? AND view = ? AND item = ?",
                [assessment_id, view, item])
            self._history(assessment_id, view, item, actor, _plain(old), None)
            self.touch(assessment_id)

    # -- applicability (VvT) ----------------------------------------------------------
    def applicability(self, assessment_id: int) -> dict[str, Applicability]:
        rows = self.db.query("SELECT * FROM applicability WHERE assessment_id = ?",
                             [assessment_id])
        return {
            r["control"]: Applicability(
                control=r["control"], applicable=bool(r["applicable"]),
                justification=r["justification"], risk_ref=r["risk_ref"])
            for r in rows
        }

    def put_applicability(self, assessment_id: int, entry: Applicability, *,
                          actor: str | None = None) -> None:
        """Record a VvT decision (call inside ``atomic``); applicable without text is
        the default and removes the row."""
        old = self.applicability(assessment_id).get(entry.control)
        if old == entry:
            return
        key = f"vvt:{entry.control}"
        if entry.applicable and not entry.justification and not entry.risk_ref:
            self.db.conn.execute(
                "DELETE FROM applicability WHERE assessment_id = ? AND control = ?",
                [assessment_id, entry.control])
        else:
            self._upsert("applicability", {
                "assessment_id": assessment_id, "control": entry.control,
                "applicable": int(entry.applicable), "justification": entry.justification,
                "risk_ref": entry.risk_ref, "updated": now(),
            }, ("assessment_id", "control"))
        self._history(assessment_id, "self", key, actor, _plain(old), _plain(entry))
        self.touch(assessment_id)

    def save_applicability(self, assessment_id: int, entry: Applicability, *,
                           actor: str | None = None) -> None:
        with self.atomic():
            self.put_applicability(assessment_id, entry, actor=actor)

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
    def _history(self, assessment_id: int, view: str, item: str, actor: str | None,
                 old: Any, new: Any) -> None:
        self.db.conn.execute(
            "INSERT INTO history (assessment_id, view, item, at, actor, old, new)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            [assessment_id, view, item, now(), actor or default_actor(),
             None if old is None else json.dumps(old, ensure_ascii=False, sort_keys=True),
             None if new is None else json.dumps(new, ensure_ascii=False, sort_keys=True)])

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
                      summary: dict[str, Any]) -> None:
        self.db.table("imports").insert({
            "at": now(), "file": file, "sha256": sha256, "source": source,
            "assessment_id": assessment_id,
            "summary": json.dumps(summary, ensure_ascii=False, sort_keys=True),
        })


def _statements(script: str) -> Iterator[str]:
    """The statements of an SQL script, triggers included (``sqlite3.complete_statement``
    knows where ``BEGIN ... END;`` ends, a split on ``;`` does not)."""
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            if pending.strip():
                yield pending
            pending = ""
    if pending.strip() and not pending.strip().startswith("--"):
        yield pending


def _plain(model: Any) -> Any:
    return None if model is None else model.model_dump(mode="json", exclude_none=True,
                                                       exclude_defaults=True)


def _assessment(r: dict[str, Any]) -> AssessmentRow:
    return AssessmentRow(
        id=r["id"], org_id=r["org_id"], period=r["period"], catalog=r["catalog"],
        profile=r["profile"], assessor=r["assessor"], date=r["date"],
        risk_profile=RiskProfile(beschikbaarheid=r["beschikbaarheid"],
                                 integriteit=r["integriteit"],
                                 vertrouwelijkheid=r["vertrouwelijkheid"]),
        created=r["created"], updated=r["updated"],
    )


def answer_to_row(a: Answer) -> dict[str, Any]:
    acc = a.acceptance
    return {
        "item": a.item, "status": a.status, "explanation": a.explanation, "owner": a.owner,
        "due": a.due.isoformat() if a.due else None,
        "likelihood": a.risk.likelihood if a.risk else None,
        "impact": a.risk.impact if a.risk else None,
        "acc_by": acc.by if acc else None,
        "acc_until": acc.until.isoformat() if acc else None,
        "acc_reason": acc.reason if acc else None,
        "acc_risk_ref": acc.risk_ref if acc else None,
        "evidence": json.dumps([e.model_dump(mode="json", exclude_none=True) for e in a.evidence],
                               ensure_ascii=False),
        "opzet": a.opzet, "bestaan": a.bestaan, "werking": a.werking, "finding": a.finding,
    }


def answer_from_row(r: dict[str, Any]) -> Answer:
    return Answer(
        item=r["item"], status=r["status"], explanation=r["explanation"], owner=r["owner"],
        due=r["due"],
        risk=Risk(likelihood=r["likelihood"], impact=r["impact"])
        if r["likelihood"] is not None else None,
        acceptance=Acceptance(by=r["acc_by"], until=r["acc_until"], reason=r["acc_reason"],
                              risk_ref=r["acc_risk_ref"]) if r["acc_by"] is not None else None,
        evidence=tuple(Evidence(**e) for e in json.loads(r["evidence"] or "[]")),
        opzet=r["opzet"], bestaan=r["bestaan"], werking=r["werking"], finding=r["finding"],
    )
