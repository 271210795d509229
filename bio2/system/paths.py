"""Where bio2 finds its shipped data and keeps the user's database.

`controls/` and `profiles/` sit at the top of a checkout and are force-included into the
wheel as `bio2/_data/...`; `data_dir` finds them the same way in both cases.
"""

from __future__ import annotations

import os
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent.parent


def data_dir(name: str) -> Path:
    """Return the shipped data folder `name` (``controls`` or ``profiles``)."""
    installed = _PACKAGE / "_data" / name
    if installed.is_dir():
        return installed
    checkout = _PACKAGE.parent / name
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError(f"bio2 data folder {name!r} not found near {_PACKAGE}")


def default_db_path() -> Path:
    """The database used when neither ``--db`` nor ``BIO2_DB`` is given."""
    env = os.environ.get("BIO2_DB")
    if env:
        return Path(env).expanduser()
    return user_data_dir() / "bio2.sqlite"


def user_data_dir() -> Path:
    """The per-user folder (platformdirs) that holds the real and the demo database."""
    import platformdirs

    return Path(platformdirs.user_data_dir("bio2", appauthor=False))


def demo_db_path() -> Path:
    """The demo's own database (``bio2 --demo``, ``make run``, ``bio2 demo``).

    Decision: the demo never shares a file with real data, so it does not follow
    ``BIO2_DB``; ``BIO2_DEMO_DB`` moves it (tests, a read-only home)."""
    env = os.environ.get("BIO2_DEMO_DB")
    if env:
        return Path(env).expanduser()
    return user_data_dir() / "demo.sqlite"


def backup_dir(db_path: Path) -> Path:
    """The folder next to a database where automatic backups and the export of what
    is deleted are written: ``<name>-backups/`` beside ``<name>.sqlite``."""
    return db_path.parent / f"{db_path.stem}-backups"
