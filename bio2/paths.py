"""Where bio2 finds its shipped data and keeps the user's database.

`controls/` and `profiles/` sit at the top of a checkout and are force-included into the
wheel as `bio2/_data/...`; `data_dir` finds them the same way in both cases.
"""

from __future__ import annotations

import os
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


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
    import platformdirs

    return Path(platformdirs.user_data_dir("bio2", appauthor=False)) / "bio2.sqlite"
