"""Backups of the bio2 database: consistent copies, automatic ones, and putting one back.

Decisions:

- A copy is made with SQLite's online backup API (``Connection.backup``): it reads one
  consistent snapshot even while a TUI or an import writes, and copies committed data
  only. It goes to a temporary file in the target folder first and is renamed into place
  (atomic: a half-written backup never carries the final name), owner-only (0600).
- Automatic backups (before a schema upgrade, a deletion or a restore) go to the folder
  ``<name>-backups/`` next to the database (``bio2.system.paths.backup_dir``), named after the
  reason and the UTC time, so none overwrites another.
- A file is accepted as a bio2 backup only when it is SQLite, passes ``PRAGMA
  quick_check``, has bio2's tables and a schema version this bio2 knows.
- Restore copies the backup INTO the open database with the same backup API (under
  SQLite's locks; other processes see the restored data at their next read), after the
  current state was itself saved automatically; it never renames over a live database
  whose -wal file other processes still hold.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from bio2.domain.errors import Bio2Error
from bio2.i18n import t
from bio2.system.paths import backup_dir

#: Tables a file must have to be taken for a bio2 database.
BIO2_TABLES = frozenset({"migrations", "organisations", "assessments", "answers", "history"})


class BackupError(Bio2Error):
    """A backup or restore that cannot be done; one line for the user."""


@dataclass(frozen=True)
class Contents:
    """What a bio2 database holds, for confirmations."""

    schema: int
    organisations: int
    assessments: int
    answers: int


def copy_to(conn: sqlite3.Connection, target: Path) -> Path:
    """Write a consistent copy of ``conn``'s database to ``target`` (atomically)."""
    target = Path(target)
    folder = target.parent if str(target.parent) else Path(".")
    fd, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    os.close(fd)
    try:
        os.chmod(temp, 0o600)
        dest = sqlite3.connect(temp)
        try:
            conn.backup(dest)
            # A self-contained file: no WAL beside it (the backup API writes the
            # destination in its own journal mode, rollback by default).
            dest.execute("PRAGMA journal_mode = DELETE")
        finally:
            dest.close()
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    return target


def stamp() -> str:
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")


def automatic_backup(conn: sqlite3.Connection, db_path: Path, reason: str) -> Path:
    """A backup in the folder next to the database, named ``<stem>-<reason>-<time>``."""
    folder = backup_dir(db_path)
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    return copy_to(conn, folder / f"{db_path.stem}-{reason}-{stamp()}.sqlite")


def inspect(path: Path) -> Contents:
    """Check that ``path`` is an intact bio2 database and say what it holds."""
    from bio2.store import SCHEMA_VERSION
    from bio2.store.trouble import SQLITE_HEADER, describe

    path = Path(path)
    try:
        if not path.is_file():
            raise BackupError(t("backup.not_a_file", path=path))
        with path.open("rb") as fh:
            head = fh.read(16)
    except OSError as exc:
        raise BackupError(t("backup.unreadable", path=path, reason=exc.strerror)) from None
    if not head.startswith(SQLITE_HEADER):
        raise BackupError(t("backup.not_bio2", path=path))
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise BackupError(describe(exc, path)) from None
    try:
        problems = [r[0] for r in conn.execute("PRAGMA quick_check(5)")]
        if problems != ["ok"]:
            raise BackupError(t("backup.damaged", path=path, detail=problems[0]))
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        schema = int(conn.execute("PRAGMA user_version").fetchone()[0])
        if not tables >= BIO2_TABLES or schema < 1:
            raise BackupError(t("backup.not_bio2", path=path))
        if schema > SCHEMA_VERSION:
            raise BackupError(t("store.newer_schema", path=path, found=schema,
                                known=SCHEMA_VERSION))
        count = [int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
                 for table in ("organisations", "assessments", "answers")]
    except sqlite3.Error as exc:
        raise BackupError(t("backup.damaged", path=path, detail=describe(exc, path))) from None
    finally:
        conn.close()
    return Contents(schema, *count)


def contents(conn: sqlite3.Connection) -> Contents:
    schema = int(conn.execute("PRAGMA user_version").fetchone()[0])
    count = [int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
             for table in ("organisations", "assessments", "answers")]
    return Contents(schema, *count)


def restore_into(conn: sqlite3.Connection, source: Path) -> None:
    """Replace the database behind ``conn`` by the (inspected) backup ``source``."""
    src = sqlite3.connect(f"{Path(source).resolve().as_uri()}?mode=ro", uri=True)
    try:
        src.backup(conn)
    finally:
        src.close()
