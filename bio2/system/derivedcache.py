"""A per-user cache of plain values derived from bio2's own shipped files (the resolved
catalog facts that ``bio2 cbw`` reads, :mod:`bio2.catalog.plain`).

Decision (issue 13, ``bio2 cbw`` under 300 ms as a whole process): loading a catalog
builds and validates pydantic models (importing pydantic alone is about a third of the
budget on a slow machine). What the Cbw views read of a catalog is a few plain facts per
item; they are derived once through the ordinary loader and kept with :mod:`marshal` in
the user's cache folder, named by the SHA-256 of everything they were derived from: the
bytes of the data files *and* of the code that derives them, the Python and bio2
versions. A changed file or changed code is a different name, so a cached value is never
stale; the inputs are read and hashed on every use (about a millisecond). Only values
that were derived without error are kept; an unreadable or damaged entry is derived
again. Writing is best effort (a read-only cache folder just means no cache).
``BIO2_NO_CACHE=1`` switches the cache off, as for :mod:`bio2.system.yamlcache`.

Only for bio2's own files: user data (databases, answer files) is never cached here.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar

#: Bumped when the way names are made changes.
FORMAT = 1

T = TypeVar("T")


def cache_root() -> Path:
    """``<user cache>/bio2`` (platformdirs; ``XDG_CACHE_HOME`` on Linux)."""
    import platformdirs

    return Path(platformdirs.user_cache_dir("bio2", appauthor=False))


def write_atomic(path: Path, payload: bytes) -> None:
    """Write ``payload`` to ``path`` through a temporary file and a rename, best effort."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        temporary.write_bytes(payload)
        os.replace(temporary, path)
    except OSError:
        pass  # no cache this time


def derived(name: str, parts: Iterable[bytes], build: Callable[[], T]) -> T:
    """``build()``, from the cache when the same ``parts`` gave it before. ``parts``: the
    bytes of every input (data files and deriving code); ``build`` must return a value
    :mod:`marshal` can write (plain containers, strings, numbers). What ``build``
    raises is raised and nothing is kept."""
    if os.environ.get("BIO2_NO_CACHE") == "1":
        return build()
    from bio2 import __version__

    digest = hashlib.sha256(f"{FORMAT}|{sys.version_info[:2]}|{__version__}".encode())
    for part in parts:
        digest.update(len(part).to_bytes(8, "big"))
        digest.update(part)
    path = cache_root() / "derived" / f"{name}-{digest.hexdigest()}.marshal"
    try:
        value: T = marshal.loads(path.read_bytes())
        return value
    except (OSError, EOFError, ValueError, TypeError):
        pass
    value = build()
    try:
        payload = marshal.dumps(value)  # type: ignore[arg-type]  # see the docstring
    except ValueError:
        return value
    write_atomic(path, payload)
    return value
