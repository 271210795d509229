"""Reading input files and writing output files safely: the one place every command and
the TUI goes through.

Reading (``read_input``): only regular files are read. A FIFO, a device, a socket or a
folder given as FILE is refused at once (opened non-blocking, checked with ``fstat``),
so ``bio2 validate /dev/zero`` or a named pipe never hangs or fills memory. A file over
the limit is refused with its real size, read from ``fstat`` before anything is read.

Writing (``check_output`` then ``write_atomic``):

- ``-o`` at a folder or ending in ``/`` is refused: a folder is not a file name.
- An existing file is only replaced with ``--force`` (``force=True``); a write-protected
  file (no write bit) is never replaced, not even by root.
- A symbolic link is never written through or replaced: writing through it would change
  another file than the one named.
- A device node, FIFO or socket (``/dev/null`` as root) is never replaced by a regular file.
- A name longer than the file system allows is refused before any work; the temporary
  file has a short name of its own, so every name the file system accepts works.
- A missing folder is created (as before); a folder without write permission gets one
  line naming it. The data goes to a temporary file in the same folder, is flushed to
  disk and renamed over the target (atomic: a reader sees the old file or the new one).

Every refusal is a ``FileProblem``: one line in the user's language (exit 2 in the CLI).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import stat
import tempfile
from pathlib import Path

from bio2.domain.errors import Bio2Error

#: Longest file name most file systems accept (bytes); ``os.pathconf`` may say otherwise.
NAME_MAX = 255


class FileProblem(Bio2Error):
    """A file that cannot be read or written as asked; the message is one line."""


def _t(key: str, **values: object) -> str:
    from bio2.i18n import t

    return t(key, **values)


def human_size(size: int) -> str:
    """``5 MiB``, ``12,3 MiB``, ``812 KiB`` in the current language (the one size helper,
    :meth:`bio2.i18n.numbers.Formatter.size`)."""
    from bio2.i18n.numbers import current

    return current().size(size)


def _integer(value: int) -> str:
    from bio2.i18n.numbers import integer

    return integer(value)


def kind_of(mode: int) -> str:
    """The kind of a non-regular file, in the user's language."""
    for test, key in ((stat.S_ISFIFO, "fifo"), (stat.S_ISCHR, "char"), (stat.S_ISBLK, "block"),
                      (stat.S_ISSOCK, "socket"), (stat.S_ISDIR, "dir")):
        if test(mode):
            return _t(f"file.kind.{key}")
    return _t("file.kind.other")


def read_input(path: str | Path, limit: int) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes, or a ``FileProblem``."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise FileProblem(_t("file.unreadable", detail=exc.strerror or str(exc))) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise FileProblem(_t("file.not_regular", kind=kind_of(info.st_mode)))
        if info.st_size > limit:
            raise _too_big(info.st_size, limit)
        with os.fdopen(fd, "rb", closefd=False) as handle:
            data = handle.read(limit + 1)
    except OSError as exc:
        raise FileProblem(_t("file.unreadable", detail=exc.strerror or str(exc))) from None
    finally:
        os.close(fd)
    if len(data) > limit:  # the file grew while we read it
        raise _too_big(len(data), limit)
    return data


def _too_big(size: int, limit: int) -> FileProblem:
    return FileProblem(_t("file.too_big", size=human_size(size), bytes=_integer(size),
                          limit=human_size(limit)))


def _name_max(folder: Path) -> int:
    try:
        return min(NAME_MAX, os.pathconf(folder, "PC_NAME_MAX"))
    except (OSError, ValueError, AttributeError):
        return NAME_MAX


def check_output(path: str | Path, *, force: bool = False) -> Path:
    """Refuse an output target that cannot or must not be written (rules in the module
    docstring), before the command does its work. Returns the target as a ``Path``."""
    name = str(path)
    target = Path(name)
    if name.endswith(("/", os.sep)) or target.name in ("", ".", ".."):
        raise FileProblem(_t("output.is_dir", file=name))
    folder = target.parent
    length = len(os.fsencode(target.name))
    limit = _name_max(folder if folder.is_dir() else Path("."))
    if length > limit:
        raise FileProblem(_t("output.name_too_long", length=length, limit=limit,
                             file=target.name[:40] + "..."))
    try:
        info = os.lstat(target)
    except FileNotFoundError:
        info = None
    except OSError as exc:
        raise FileProblem(_t("output.failed", file=name, detail=exc.strerror)) from None
    if info is not None:
        if stat.S_ISLNK(info.st_mode):
            raise FileProblem(_t("output.symlink", file=name))
        if stat.S_ISDIR(info.st_mode):
            raise FileProblem(_t("output.is_dir", file=name))
        if not stat.S_ISREG(info.st_mode):
            raise FileProblem(_t("output.not_regular", file=name, kind=kind_of(info.st_mode)))
        if not info.st_mode & 0o222:
            raise FileProblem(_t("output.file_protected", file=name))
        if not force:
            raise FileProblem(_t("output.exists", file=name))
    existing = folder
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    if existing.exists() and not existing.is_dir():
        raise FileProblem(_t("output.not_writable", folder=str(existing),
                             detail=os.strerror(20)))
    if existing.exists() and not os.access(existing, os.W_OK | os.X_OK):
        raise FileProblem(_t("output.not_writable", folder=str(existing),
                             detail=os.strerror(13)))
    return target


def write_atomic(path: Path | str, data: bytes | str, mode: int = 0o600) -> Path:
    """Write ``data`` to ``path`` through a temporary file in the same folder.

    Checks again just before the rename that the target is not a symbolic link, folder or
    device (the caller checked earlier; this closes most of the gap in between)."""
    target = Path(path)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".bio2-", suffix=".tmp", dir=target.parent)
    except OSError as exc:
        raise FileProblem(_t("output.not_writable", folder=str(target.parent),
                             detail=exc.strerror or str(exc))) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, mode)
        with contextlib.suppress(FileNotFoundError):
            info = os.lstat(target)
            if stat.S_ISLNK(info.st_mode):
                raise FileProblem(_t("output.symlink", file=str(target)))
            if not stat.S_ISREG(info.st_mode):
                raise FileProblem(_t("output.not_regular", file=str(target),
                                     kind=kind_of(info.st_mode)))
        os.replace(tmp, target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(exc, OSError):
            raise FileProblem(_t("output.failed", file=str(target),
                                 detail=exc.strerror or str(exc))) from None
        raise
    return target


def write_output(path: Path | str, data: bytes | str, *, force: bool = False,
                 mode: int = 0o600) -> Path:
    """``check_output`` and ``write_atomic`` in one call (for writes after quick work)."""
    return write_atomic(check_output(path, force=force), data, mode)


def _encode(text: str) -> str:
    """Letters, digits, ``-`` and ``_`` stay; everything else (``.``, ``/``, ``%``, spaces,
    control characters) becomes ``%XX`` per UTF-8 byte: two different texts never give
    the same name, and no result contains a separator or a dot."""
    return "".join(c if (c.isalnum() and c.isprintable()) or c in "-_"
                   else "".join(f"%{b:02X}" for b in c.encode("utf-8", "surrogatepass"))
                   for c in text)


def safe_file_name(name: str) -> str:
    """A file name built from data (an organisation id, a period from a file) that stays
    one name in one folder. The trailing extension (``.yaml``, ``.oscal.json``) is kept;
    the rest is encoded by ``_encode``, so two periods never map to the same name (``..``
    and ``/`` used to both become ``_``). Very long names are cut and get a short hash of
    the full name, so they still fit the file system and stay distinct."""
    stem, dot, ext = name, "", ""
    parts = name.split(".")
    tail: list[str] = []
    while len(parts) > 1 and parts[-1].isascii() and parts[-1].isalnum() and len(
            parts[-1]) <= 8 and len(tail) < 2:
        tail.insert(0, parts.pop())
    if tail:
        stem, dot, ext = ".".join(parts), ".", ".".join(tail)
    encoded = _encode(stem) or "bio2"
    if len(encoded) > 150:
        digest = hashlib.sha256(name.encode("utf-8", "surrogatepass")).hexdigest()[:12]
        encoded = f"{encoded[:130]}~{digest}"
    return f"{encoded}{dot}{ext}"


def default_output(name: str) -> Path:
    """Where a command writes without ``-o``: ``exports/`` when the current folder has
    one (a checkout), else the current folder. ``name`` is made safe first: it carries
    values from answer files."""
    folder = Path("exports")
    name = safe_file_name(name)
    return folder / name if folder.is_dir() else Path(name)
