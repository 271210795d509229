"""The layers of ARCHITECTURE.md, proven by importing the core in a fresh interpreter."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def modules_after(code: str) -> set[str]:
    script = code + "\nimport sys\nprint('\\n'.join(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         check=True, cwd=ROOT).stdout
    return {line.split(".")[0] for line in out.splitlines()}


def test_core_imports_neither_textual_nor_reportlab() -> None:
    loaded = modules_after(
        "import bio2.cli.main, bio2.usecases.opening, bio2.usecases.importing,"
        " bio2.usecases.editing, bio2.analysis.scoring,"
        " bio2.catalog.loading, bio2.catalog.profiles,"
        " bio2.store, bio2.exchange.answerfile, bio2.exchange.merge, bio2.exchange.diff,"
        " bio2.exchange.schema, bio2.i18n\n"
        "import bio2.cli.commands\n"
        "from bio2.cli.main import build_parser; build_parser()")
    assert "textual" not in loaded
    assert "reportlab" not in loaded


def test_help_and_catalog_paths_stay_light() -> None:
    loaded = modules_after("from bio2.cli.main import build_parser; build_parser()")
    assert not loaded & {"textual", "reportlab", "sqlite_utils", "rich", "pydantic"}
    loaded = modules_after("from bio2.catalog.loading import load_catalog; load_catalog()")
    assert not loaded & {"textual", "reportlab", "sqlite_utils"}


def test_the_tui_paints_its_start_screen_before_loading_pydantic() -> None:
    """The start screen paints first and reads the database after (make bench: cold start
    against a bare Textual app). Its palette provider once pulled in the domain models at
    class creation and the cold start went from 1.2x to 2x the bare app."""
    loaded = modules_after("import bio2.tui.app, bio2.tui.screens.start")
    assert not loaded & {"pydantic", "sqlite_utils", "reportlab"}


def test_no_textual_or_reportlab_outside_their_packages() -> None:
    for path in (ROOT / "bio2").rglob("*.py"):
        rel = path.relative_to(ROOT).as_posix()
        text = path.read_text(encoding="utf-8")
        for lib, home in (("textual", "bio2/tui/"), ("reportlab", "bio2/report/")):
            if rel.startswith(home):
                continue
            for line in text.splitlines():
                stripped = line.strip()
                assert not stripped.startswith((f"import {lib}", f"from {lib}")), (rel, line)


def test_import_linter_contracts_hold() -> None:
    """The layer contracts of pyproject.toml (also run by `make check`)."""
    linter = Path(sys.executable).parent / "lint-imports"
    result = subprocess.run([str(linter)], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stdout[-3000:]
    assert "0 broken" in result.stdout
