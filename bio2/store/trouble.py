"""Database trouble, named: what went wrong with the SQLite file, in one line.

SQLite reports a read-only folder, a full disk, a damaged file and a lock that outlived
the busy timeout all as ``sqlite3.OperationalError``/``DatabaseError``; the user must
hear which of these it is and what to do. Decisions:

- The extended error name (``sqlite_errorname``, Python 3.11+) decides; the message text
  is the fallback for errors raised without one.
- "geen bio2-database" is said only of a file that is not SQLite at all, or of an SQLite
  database without bio2's tables; a bio2 database that is damaged is called damaged (or
  truncated, when the file is shorter than its own header says).
- The file is checked before SQLite opens it (``prepare_file``): a directory, a FIFO or a
  device is refused at once (opening a FIFO would hang), a new file is created owner-only
  and an existing one with looser permissions is tightened to 0600, with a notice.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
from pathlib import Path

from bio2.domain.errors import Bio2Error
from bio2.i18n import t

SQLITE_HEADER = b"SQLite format 3\x00"

#: The database the process opened last; named in messages about errors that surface
#: later (a full disk during an import) and carry no path of their own.
_current: Path | None = None


def remember(path: Path) -> None:
    global _current
    _current = path


def current_path() -> Path | None:
    return _current


def _name(exc: BaseException) -> str:
    name = getattr(exc, "sqlite_errorname", None)
    if isinstance(name, str):
        return name
    text = str(exc).lower()
    for needle, guess in (("readonly database", "SQLITE_READONLY"),
                          ("disk is full", "SQLITE_FULL"), ("malformed", "SQLITE_CORRUPT"),
                          ("not a database", "SQLITE_NOTADB"), ("locked", "SQLITE_BUSY"),
                          ("unable to open", "SQLITE_CANTOPEN"), ("disk i/o", "SQLITE_IOERR")):
        if needle in text:
            return guess
    return "SQLITE_ERROR"


def truncated_size(path: Path) -> tuple[int, int] | None:
    """(actual, expected) bytes when the file is shorter than its SQLite header says."""
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(100)
    except OSError:
        return None
    if len(head) < 100:
        return (size, 100) if SQLITE_HEADER.startswith(head[:16]) and head else None
    if not head.startswith(SQLITE_HEADER):
        return None
    page_size = int.from_bytes(head[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(head[28:32], "big")
    valid = head[24:28] == head[92:96]  # the page count is only valid when these match
    expected = page_size * pages
    return (size, expected) if valid and pages and size < expected else None


def describe(exc: BaseException, path: Path | None = None) -> str:
    """One line that names the trouble behind an sqlite3 error."""
    path = path or _current
    where = str(path) if path else "database"
    folder = str(path.parent) if path else "."
    name = _name(exc)
    if name == "SQLITE_READONLY_DIRECTORY" or (
            name.startswith("SQLITE_READONLY") and path and not os.access(path.parent, os.W_OK)):
        return t("trouble.readonly_dir", path=where, folder=folder)
    if name.startswith("SQLITE_READONLY"):
        return t("trouble.readonly_file", path=where)
    if name.startswith("SQLITE_FULL") or (name == "SQLITE_IOERR_WRITE" and _disk_full(path)):
        return t("trouble.full", path=where, folder=folder)
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        return t("trouble.locked", path=where)
    if name.startswith("SQLITE_CORRUPT"):
        short = truncated_size(path) if path else None
        if short:
            return t("trouble.truncated", path=where, size=short[0], expected=short[1])
        return t("trouble.corrupt", path=where)
    if name.startswith("SQLITE_NOTADB"):
        short = truncated_size(path) if path else None
        if short:
            return t("trouble.truncated", path=where, size=short[0], expected=short[1])
        return t("trouble.not_sqlite", path=where)
    if name.startswith("SQLITE_CANTOPEN"):
        return t("trouble.cantopen", path=where, folder=folder)
    if name.startswith("SQLITE_IOERR"):
        return t("trouble.ioerror", path=where, reason=str(exc))
    return t("trouble.other", path=where, reason=str(exc))


def _disk_full(path: Path | None) -> bool:
    if path is None:
        return False
    try:
        return os.statvfs(path.parent).f_bavail == 0
    except OSError:
        return False


class TroubleError(Bio2Error):
    """Raised by ``prepare_file``; the Store turns it into a StoreError."""


def prepare_file(path: Path) -> list[str]:
    """Make sure ``path`` can be handed to SQLite; returns notices for the user.

    A missing file is created owner-only (0600) in an owner-only folder; an existing one
    must be a regular file whose first bytes are SQLite's header (or empty), and loose
    permissions on it and its ``-wal``/``-shm`` companions are tightened to 0600."""
    notices: list[str] = []
    try:
        info = path.stat()
    except FileNotFoundError:
        try:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            with contextlib.suppress(FileExistsError):
                os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
        except PermissionError:
            raise TroubleError(t("trouble.cannot_create", path=path,
                                 folder=path.parent)) from None
        except OSError as exc:
            raise TroubleError(t("trouble.cannot_create_why", path=path,
                                 reason=exc.strerror or exc)) from None
        return notices
    except OSError as exc:
        raise TroubleError(t("trouble.cannot_create_why", path=path,
                             reason=exc.strerror or exc)) from None
    if not stat.S_ISREG(info.st_mode):
        raise TroubleError(t("trouble.not_a_file", path=path))
    try:
        with path.open("rb") as fh:
            head = fh.read(16)
    except PermissionError:
        raise TroubleError(t("trouble.unreadable", path=path)) from None
    if head and not head.startswith(SQLITE_HEADER):
        if SQLITE_HEADER.startswith(head):
            raise TroubleError(t("trouble.truncated", path=path, size=info.st_size,
                                 expected=100))
        raise TroubleError(t("trouble.not_sqlite", path=path))
    for file in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        notices += _tighten(file)
    return notices


def _tighten(file: Path) -> list[str]:
    try:
        mode = stat.S_IMODE(file.stat().st_mode)
    except OSError:
        return []
    if not mode & 0o077:
        return []
    try:
        os.chmod(file, mode & 0o700 | 0o600)
    except OSError:
        return [t("trouble.loose_kept", path=file, mode=f"{mode:04o}")]
    return [t("trouble.tightened", path=file, mode=f"{mode:04o}")]


def is_sqlite_error(exc: BaseException) -> bool:
    return isinstance(exc, sqlite3.Error)
