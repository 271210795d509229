"""Settings kept in the database itself (a small key/value table).

The person working is remembered per database *and* per OS account (key
``user:<account>``): a database on a shared drive is used by several people, each under
their own account, and must not credit one person's work to another.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bio2.store.history import os_account

if TYPE_CHECKING:
    from bio2.store import Store


def _user_key() -> str:
    return f"user:{os_account()}"


def get_setting(store: Store, key: str) -> str | None:
    row = store.db.conn.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
    return str(row[0]) if row else None


def set_setting(store: Store, key: str, value: str) -> None:
    with store.atomic():
        store.db.conn.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?)"
            " ON CONFLICT (key) DO UPDATE SET value = excluded.value", [key, value])


def known_user(store: Store) -> str | None:
    """The person remembered for this OS account in this database, if any."""
    return get_setting(store, _user_key())


def remember_user(store: Store, name: str) -> None:
    set_setting(store, _user_key(), " ".join(name.split()))


def person_name(text: str) -> str | None:
    """A person's name as typed, or ``None`` when it is not one: 1-200 characters after
    trimming, no control characters (it goes into every history row)."""
    name = " ".join(text.split())
    if not name or len(name) > 200 or any(not c.isprintable() for c in name):
        return None
    return name
