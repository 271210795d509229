"""Opening the database (the CLI and the TUI call this, never ``bio2.store`` itself).

Apart from :mod:`bio2.usecases.opening` so that opening a store loads no models: the read
path of ``bio2 cbw`` (issue 13) opens the same store, with the same checks, without
pydantic. ``opening.open_store`` is this function."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from bio2.domain.errors import UserError
from bio2.i18n import t

if TYPE_CHECKING:
    from bio2.store import Store


def open_store(path: Path | str | None = None) -> Store:
    """The database at ``path`` (default: ``BIO2_DB`` or the user data dir). The person
    doing the work comes from ``BIO2_USER`` (``--user`` sets it) when given."""
    import os

    from bio2.store import Store
    from bio2.store.settings import person_name
    from bio2.system.paths import default_db_path

    user = os.environ.get("BIO2_USER")
    name = person_name(user) if user else None
    if user and name is None:
        raise UserError(t("actor.invalid"))
    store = Store(Path(path) if path else default_db_path())
    store.actor = name
    return store
