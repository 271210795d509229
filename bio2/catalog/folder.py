"""Where the catalog files are and which catalogs ship: the two questions ``bio2
validate`` asks before it knows whether it must load a catalog at all. Without pydantic,
so that a check against the committed snapshot (``bio2/exchange/answer_snapshot.json``)
stays a light process. Tests point ``data_dir`` of this module at a private copy.
"""

from __future__ import annotations

from pathlib import Path

from bio2.system.paths import data_dir


def controls_dir() -> Path:
    """The folder of the catalog files."""
    return data_dir("controls")


def available() -> list[str]:
    """Ids of the catalogs shipped in ``controls/`` (files named ``bio2-*.yaml``)."""
    return sorted(p.stem for p in controls_dir().glob("bio2-*.yaml"))
