"""BIO2 1.3: new guidance where the obligation of a measure changed (issue 13 §5), kept in
the catalog file's ``new_guidance`` section and shown wherever a 1.3 item's guidance is."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from bio2.catalog import loading as catalog_module
from bio2.catalog.loading import load_catalog
from bio2.system.problems import ProblemsError

#: 1.2 number -> the 1.3 item that carries it (8.08.06 moved to 5.24.08).
CHANGED = {"5.01.01": "5.01.01", "5.02.01": "5.02.01", "8.01.02": "8.01.02",
           "8.08.06": "5.24.08", "7.10.02": "7.10.02", "5.24.07": "5.24.07",
           "8.08.04": "8.08.04", "8.08.05": "8.08.05", "8.21.04": "8.21.04"}


@pytest.mark.parametrize("old, new", CHANGED.items())
def test_each_changed_obligation_has_its_own_13_guidance(old: str, new: str) -> None:
    v12, v13 = load_catalog("bio2-1.2").items[old], load_catalog("bio2-1.3-concept").items[new]
    assert v13.guidance != v12.guidance and v13.guidance_en != v12.guidance_en
    assert len(v13.guidance) >= 200 and len(v13.guidance_en) >= 200
    if old == new:
        assert v13.title == v12.title  # only the advice changed, not what the item is


def test_the_softened_items_say_what_the_new_wording_asks() -> None:
    v13 = load_catalog("bio2-1.3-concept").items
    for number in ("8.08.04", "8.08.05", "8.21.04", "7.10.02"):
        assert "bij voorkeur" not in v13[number].guidance  # 1.2's word is gone
        assert "waar" in v13[number].guidance and "where" in v13[number].guidance_en
    assert "6.03.04" in v13["8.01.02"].guidance  # the awareness bullet went there
    assert "5.02.01" in v13["5.01.01"].guidance  # roles and their coherence went there


def test_other_13_items_keep_the_12_guidance() -> None:
    v12, v13 = load_catalog("bio2-1.2").items, load_catalog("bio2-1.3-concept").items
    same = [n for n in v13 if n in v12 and v13[n].guidance == v12[n].guidance]
    assert not set(CHANGED.values()) & set(same)
    assert "5.17.01" in same and "8.08.01" in same


def edit(path: Path, change: Callable[[str], str]) -> None:
    path.write_text(change(path.read_text(encoding="utf-8")), encoding="utf-8")


def test_new_guidance_for_a_measure_not_kept_from_the_base_is_one_line(
        controls: Path) -> None:
    path = controls / "bio2-1.3-concept.yaml"
    edit(path, lambda s: s.replace('  "8.21.04":\n    why:', '  "8.24.03":\n    why:'))
    with pytest.raises(ProblemsError) as caught:
        catalog_module.load_catalog("bio2-1.3-concept")
    lines = [str(p) for p in caught.value.problems]
    line = next(n for n, s in enumerate(path.read_text().splitlines(), 1) if '"8.24.03":' in s
                and n > 200)
    assert lines == [f"{path}:{line}:3: new_guidance.8.24.03: 8.24.03 bestaat niet in bio2-1.2"]
