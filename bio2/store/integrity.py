"""``PRAGMA quick_check`` before work that would build on a damaged database."""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from bio2.i18n import t

if TYPE_CHECKING:
    from bio2.store import Store


def problems(store: Store, limit: int = 3) -> list[str]:
    """The first problems ``quick_check`` finds (empty when the database is intact).

    Decision: ``quick_check`` rather than ``integrity_check``: it finds damaged pages and
    records in O(N) without checking every index against its table, which is what an
    import needs to know before it writes, at a cost of milliseconds."""
    rows = [str(r[0]) for r in store.db.conn.execute(f"PRAGMA quick_check({int(limit)})")]
    return [] if rows == ["ok"] else rows


def ensure_intact(store: Store) -> None:
    """Raise a one-line StoreError when the database is damaged."""
    from bio2.store import StoreError
    from bio2.store.trouble import describe

    try:
        found = problems(store)
    except sqlite3.DatabaseError as exc:
        raise StoreError(t("trouble.damaged_before_import", path=store.path,
                           detail=describe(exc, store.path))) from None
    if found:
        raise StoreError(t("trouble.damaged_before_import", path=store.path,
                           detail=found[0]))
