from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from bio2.i18n import set_language

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
DEMO = ROOT / "bio2" / "demo" / "gemeente-voorbeeld-2026.yaml"
AUDIT = DATA / "gemeente-voorbeeld-2026-audit.yaml"


@pytest.fixture(autouse=True)
def _dutch() -> None:
    set_language("nl")


@pytest.fixture
def controls(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A private copy of controls/ that the catalog loader reads instead (tests break it)."""
    from bio2.catalog import files as catalog_files
    from bio2.catalog import loading as catalog_module
    from bio2.system.paths import data_dir

    folder = tmp_path / "controls"
    shutil.copytree(data_dir("controls"), folder)
    monkeypatch.setattr(catalog_files, "data_dir", lambda name: tmp_path / name)
    catalog_module.load_catalog.cache_clear()
    yield folder
    catalog_module.load_catalog.cache_clear()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "bio2.sqlite"


def run_bio2(*args: str, db: Path | None = None, input: str | None = None,
             env: dict[str, str] | None = None, cwd: Path | None = None,
             timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """Run the real ``bio2`` command in a subprocess."""
    environment = {**os.environ, "BIO2_LANG": "nl", "COLUMNS": "160", **(env or {})}
    if db is not None:
        environment["BIO2_DB"] = str(db)
        # The demo's own database sits beside it, never in the user's data dir.
        environment.setdefault("BIO2_DEMO_DB", str(db.with_name("demo.sqlite")))
    return subprocess.run([sys.executable, "-m", "bio2.cli.main", *args], capture_output=True,
                          text=True, input=input, env=environment, cwd=cwd or ROOT,
                          timeout=timeout)


@pytest.fixture(autouse=True)
def _known_person(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests work as a known person, so the TUI does not ask who is working (a test of
    that prompt removes it)."""
    monkeypatch.setenv("BIO2_USER", "Tester")
