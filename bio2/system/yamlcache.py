"""A per-user cache of parsed shipped YAML files (the catalogs in ``controls/``).

Decision (issue 13, ``bio2 cbw`` under 300 ms as a whole process): every command that
loads a catalog parsed the same ~300 KB of YAML with the line-aware builder of
:mod:`bio2.system.yamlload` (about a fifth of a short command). The result (data and the
position of every value, for error messages) is kept with :mod:`marshal` in the user's
cache folder, named by the SHA-256 of the file's bytes and the Python and bio2
versions: a changed file is a different name, so a cached parse is never stale, and the
file is always read and hashed. Only files that parsed cleanly are kept; an unreadable
or damaged cache entry is ignored and parsed again. Writing is best effort (a read-only
cache folder just means no cache). ``BIO2_NO_CACHE=1`` switches the cache off.

Only for bio2's own data files: answer files and other user input are always parsed
afresh (marshal is not meant for data from others; the cache folder is the user's own).
"""

from __future__ import annotations

import hashlib
import marshal
import os
import sys
from pathlib import Path

from bio2.system.yamlload import Document, parse_bytes

#: Bumped when the shape of the cached value changes.
FORMAT = 1


def cache_dir() -> Path:
    """``<user cache>/bio2/yaml`` (platformdirs; ``XDG_CACHE_HOME`` on Linux)."""
    from bio2.system.derivedcache import cache_root

    return cache_root() / "yaml"


def _name(raw: bytes) -> str:
    from bio2 import __version__

    digest = hashlib.sha256(raw)
    digest.update(f"|{FORMAT}|{sys.version_info[:2]}|{__version__}".encode())
    return digest.hexdigest() + ".marshal"


def parse_cached(raw: bytes) -> Document:
    """``parse_bytes(raw)``, from the cache when this exact content was parsed before.
    Raises ``YamlProblem`` as ``parse_bytes`` does (problems are never cached)."""
    if os.environ.get("BIO2_NO_CACHE") == "1":
        return parse_bytes(raw)
    path = cache_dir() / _name(raw)
    try:
        data, marks = marshal.loads(path.read_bytes())
        if isinstance(marks, dict):
            return Document(data, marks)
    except (OSError, EOFError, ValueError, TypeError):
        pass
    doc = parse_bytes(raw)
    _store(path, doc)
    return doc


def _store(path: Path, doc: Document) -> None:
    from bio2.system.derivedcache import write_atomic

    try:
        payload = marshal.dumps((doc.data, doc.marks))
    except ValueError:
        return  # no cache this time
    write_atomic(path, payload)
