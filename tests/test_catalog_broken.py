"""A broken catalog or profile file stops with one line naming file, line and problem."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from bio2.catalog import loading as catalog_module
from bio2.catalog import profiles as profiles_module
from bio2.system.paths import data_dir
from bio2.system.problems import ProblemsError


def edit(path: Path, change: Callable[[str], str]) -> None:
    path.write_text(change(path.read_text(encoding="utf-8")), encoding="utf-8")


def problem_of(fn: Callable[[], object]) -> str:
    with pytest.raises(ProblemsError) as caught:
        fn()
    lines = [str(p) for p in caught.value.problems]
    assert len(lines) == 1, lines
    return lines[0]


def line_of(path: Path, needle: str) -> int:
    return next(n for n, s in enumerate(path.read_text().splitlines(), 1) if needle in s)


def test_syntax_error(controls: Path) -> None:
    path = controls / "bio2-1.2.yaml"
    edit(path, lambda s: s.replace("status: vastgesteld", "status: [vastgesteld"))
    message = problem_of(catalog_module.load_catalog)
    assert message.startswith(str(path)) and "geen geldige YAML" in message


def test_unknown_key(controls: Path) -> None:
    path = controls / "iso27002-2022.yaml"
    edit(path, lambda s: s.replace("  theme: fysiek\n", "  theme: fysiek\n  colour: red\n", 1))
    message = problem_of(catalog_module.load_catalog)
    assert message.startswith(f"{path}:{line_of(path, 'colour: red')}:")
    assert "onbekend veld" in message


def test_unknown_parent(controls: Path) -> None:
    path = controls / "bio2-1.2.yaml"
    edit(path, lambda s: s.replace("control: '8.32'", "control: '8.99'", 1)
         .replace('control: "8.32"', 'control: "8.99"', 1))
    message = problem_of(catalog_module.load_catalog)
    assert "onbekende beheersmaatregel 8.99" in message and message.startswith(str(path))


def test_duplicate_id(controls: Path) -> None:
    path = controls / "iso27001-2022-isms.yaml"
    edit(path, lambda s: s.replace("id: isms-10.2", "id: isms-10.1"))
    message = problem_of(catalog_module.load_catalog)
    assert "isms-10.1 komt twee keer voor" in message
    second = [n for n, s in enumerate(path.read_text().splitlines(), 1) if "id: isms-10.1" in s]
    assert message.startswith(f"{path}:{second[1]}:")


def test_broken_profile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "profiles"
    shutil.copytree(data_dir("profiles"), folder)
    monkeypatch.setattr(profiles_module, "data_dir", lambda name: tmp_path / name)
    profiles_module.load_profile.cache_clear()
    path = folder / "gemeente.yaml"
    edit(path, lambda s: s.replace("basishygiene: 1.5", "basishygiene: veel"))
    try:
        message = problem_of(lambda: profiles_module.load_profile("gemeente"))
    finally:
        profiles_module.load_profile.cache_clear()
    assert message.startswith(f"{path}:{line_of(path, 'basishygiene: veel')}:")
