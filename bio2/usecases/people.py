"""Who is working: the person the history credits (issue 10 §2), for the TUI and the CLI.

The person comes from ``--user``/``BIO2_USER`` (:func:`bio2.usecases.opening.open_store`),
else from the name remembered in this database for this OS account; the TUI asks once
when neither knows it, prefilled with the assessor of the assessment worked on last. The
OS account is recorded beside the person, never instead of it.
"""

from __future__ import annotations

from bio2.store import Store
from bio2.store.history import os_account as _os_account
from bio2.store.settings import known_user, person_name, remember_user


def os_account() -> str:
    """The operating-system account running bio2 (shown beside the person)."""
    return _os_account()


def valid_name(text: str) -> str | None:
    """A person's name as typed (spaces folded), or ``None`` when it is not one: 1-200
    characters, no control characters (it goes into every history row)."""
    return person_name(text)


def person_at_work(store: Store) -> str | None:
    """The person credited for this session's writes: the one given (``--user``,
    ``BIO2_USER``), else the one remembered for this OS account; ``None`` when unknown.
    A remembered name becomes the store's actor."""
    if store.actor is None:
        store.actor = known_user(store)
    return store.actor


def suggested_person(store: Store) -> str:
    """The prefill when asking who is working: the assessor of the assessment changed
    last ("" in an empty database)."""
    latest = max(store.assessments(), key=lambda a: (a.updated, a.id), default=None)
    return latest.assessor if latest else ""


def remember_person(store: Store, name: str) -> None:
    """Remember ``name`` for this OS account in this database and credit it from now on."""
    remember_user(store, name)
    store.actor = " ".join(name.split())
