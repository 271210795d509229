"""The store's handle on its SQLite connection, with sqlite-utils loaded only when needed.

Decision (issue 13, ``bio2 cbw`` under 300 ms as a whole process): importing sqlite-utils
costs about a fifth of a read-only command's start (it pulls in click, dateutil and
pluggy). Reading needs only the connection and ``query``; so :class:`LazyDatabase`
answers those itself and builds the real ``sqlite_utils.Database`` on the first use of
anything else (``table``, ``atomic``, ...), which write paths do. ``query`` behaves as
sqlite-utils' for the statements bio2 runs with it (SELECTs): executed at once, rows as
dicts, fetched lazily. No sqlite-utils plugins: bio2 uses none, and looking for them
scans every installed package's entry points.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import sqlite_utils


class LazyDatabase:
    """``conn`` and ``query`` at no import cost; every other attribute from sqlite-utils."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._real: sqlite_utils.Database | None = None

    def query(self, sql: str, params: Sequence[Any] | dict[str, Any] | None = None
              ) -> Iterator[dict[str, Any]]:
        """Run ``sql`` now; its rows as dicts, fetched as they are iterated."""
        cursor = self.conn.execute(sql, params if params is not None else [])
        names = [d[0] for d in cursor.description or ()]
        return (dict(zip(names, row, strict=True)) for row in cursor)

    @property
    def real(self) -> sqlite_utils.Database:
        """The sqlite-utils database on the same connection (made on first use)."""
        if self._real is None:
            import sqlite_utils

            self._real = sqlite_utils.Database(self.conn, execute_plugins=False)
        return self._real

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") or name in ("conn", "_real"):
            raise AttributeError(name)
        return getattr(self.real, name)
