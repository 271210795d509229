"""Atomic, owner-only file writes: a reader sees the old file or the new one, never half."""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
from pathlib import Path


def write_atomic(path: Path | str, data: bytes | str, mode: int = 0o600) -> Path:
    """Write ``data`` to ``path`` through a temporary file in the same folder."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return target


def safe_file_name(name: str) -> str:
    """A file name built from data (an organisation id, a period from a file) that stays
    one name in one folder: no separators, no ``..``, no control characters."""
    cleaned = re.sub(r"[^\w.-]+", "_", name, flags=re.UNICODE).strip("._") or "bio2"
    return cleaned.replace("..", "_")[:150]


def default_output(name: str) -> Path:
    """Where a command writes without ``-o``: ``exports/`` when the current folder has
    one (a checkout), else the current folder. ``name`` is made safe first: it carries
    values from answer files."""
    folder = Path("exports")
    name = safe_file_name(name)
    return folder / name if folder.is_dir() else Path(name)
