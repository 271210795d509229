"""The parse cache of shipped YAML files (bio2.system.yamlcache): same result as parsing,
never stale, damaged entries ignored, problems never cached, switch to turn it off."""

from __future__ import annotations

from pathlib import Path

import pytest

from bio2.system import yamlcache
from bio2.system.yamlload import YamlProblem, parse_bytes

RAW = b"id: x\nitems:\n  - {id: '5.01', title: Beleid}\n  - id: '5.02'\n    title: Rollen\n"


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv("BIO2_NO_CACHE", raising=False)
    return tmp_path / "bio2" / "yaml"


def no_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(raw: bytes) -> None:
        raise AssertionError("parsed again")

    monkeypatch.setattr(yamlcache, "parse_bytes", refuse)


def test_second_read_comes_from_the_cache_with_the_same_data_and_positions(
        cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fresh = parse_bytes(RAW)
    first = yamlcache.parse_cached(RAW)
    assert (first.data, first.marks) == (fresh.data, fresh.marks)
    assert len(list(cache.glob("*.marshal"))) == 1
    no_parsing(monkeypatch)
    again = yamlcache.parse_cached(RAW)
    assert (again.data, again.marks) == (fresh.data, fresh.marks)
    assert again.position(("items", 1, "title")) == (5, 5)


def test_changed_content_is_parsed_afresh(cache: Path) -> None:
    yamlcache.parse_cached(RAW)
    changed = yamlcache.parse_cached(RAW.replace(b"Rollen", b"Taken"))
    assert changed.data["items"][1]["title"] == "Taken"
    assert len(list(cache.glob("*.marshal"))) == 2


def test_a_damaged_entry_is_ignored_and_replaced(cache: Path) -> None:
    yamlcache.parse_cached(RAW)
    (entry,) = cache.glob("*.marshal")
    entry.write_bytes(b"\x00garbage")
    assert yamlcache.parse_cached(RAW).data == parse_bytes(RAW).data
    assert entry.read_bytes() != b"\x00garbage"


def test_problems_are_not_cached_and_the_switch_turns_it_off(
        cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(YamlProblem):
        yamlcache.parse_cached(b"a: [1\n")
    assert not cache.exists()
    monkeypatch.setenv("BIO2_NO_CACHE", "1")
    assert yamlcache.parse_cached(RAW).data == parse_bytes(RAW).data
    assert not cache.exists()


def test_an_unwritable_cache_folder_only_means_no_cache(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    assert yamlcache.parse_cached(RAW).data == parse_bytes(RAW).data
