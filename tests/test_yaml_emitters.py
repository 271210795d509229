"""Exports are written by libyaml's emitter when that writes what PyYAML's own would
(``bio2.exchange.yamlwrite.emit``): for any data, ``emit`` writes exactly the bytes of
PyYAML's emitter, and libyaml's is used only where it does. Run once with 30,000 and 10,000
examples (12 minutes) when ``emit`` was written; here a sample each run."""

from __future__ import annotations

import re
from typing import Any

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from bio2.exchange.yamlwrite import UNSAFE, CDumper, Dumper, _libyaml_writes_alike, emit

OPTIONS: dict[str, Any] = {"allow_unicode": True, "sort_keys": False, "width": 88,
                           "default_flow_style": False}

#: Text that tests the emitters' choices: quoting, block styles, folding long lines,
#: indicators, spaces at the edges, line breaks YAML folds, escapes.
SHAPES = ["", " ", "  lead", "trail  ", "a\nb", "a\n\nb\n", "\nlead", "end\n", "x" * 120,
          ("woord " * 30).strip(), "- item", "key: value", "# niet", "a #b", "@at", "`tick",
          "'single'", '"double"', "{a}", "[b]", "*ref", "&anchor", "!tag", "%pct", "|", ">",
          "?", "0815", "1e3", "null", "~", "yes", "2026-09-30", "tab\there", "cr\rlf",
          "nel\x85", "ls\u2028ps\u2029", "\ufeffbom", "bell\x07", "del\x7f", "é ß ĳ"]

bmp_text = st.one_of(
    st.sampled_from(SHAPES),
    st.text(st.characters(max_codepoint=0xFFFF, blacklist_categories=("Cs",)), max_size=140),
    st.lists(st.sampled_from([*SHAPES, "woord", "langerwoord" * 9, "\n", " "]),
             max_size=30).map("".join))
#: Text ``emit`` gives libyaml: within the BMP, nothing written as an escape, text over more
#: lines without spaces at the ends of its lines and without a last line break.
plain_text = bmp_text.map(lambda text: UNSAFE.sub("", text)).map(
    lambda text: re.sub(" +\n", "\n", text.strip(" ")).rstrip("\n") if "\n" in text else text)
any_text = st.one_of(bmp_text, st.text(st.characters(blacklist_categories=("Cs",)),
                                        max_size=40))


names = st.from_regex(r"[a-z_][a-z0-9_]{0,24}", fullmatch=True)


def data_of(text: st.SearchStrategy[str],
            keys: st.SearchStrategy[str] = names) -> st.SearchStrategy[dict[str, object]]:
    """A mapping of text, numbers, booleans, nothing and of lists and mappings of those,
    as an answer file is (its keys are field names)."""
    leaves = text | st.integers() | st.floats() | st.booleans() | st.none()
    values = st.recursive(leaves, lambda inner: st.lists(inner, max_size=4)
                          | st.dictionaries(keys, inner, max_size=4), max_leaves=20)
    return st.dictionaries(keys, values, min_size=1, max_size=5)


@settings(max_examples=100, deadline=None)
@given(data=data_of(plain_text))
def test_both_emitters_write_the_same_bytes_for_what_emit_gives_libyaml(data: object) -> None:
    assert _libyaml_writes_alike(data)
    assert yaml.dump(data, Dumper=CDumper, **OPTIONS) == yaml.dump(data, Dumper=Dumper,
                                                                   **OPTIONS)


@settings(max_examples=60, deadline=None)
@given(data=data_of(any_text, names | any_text))
def test_emit_writes_what_pyyaml_writes(data: object) -> None:
    assert emit(data) == yaml.dump(data, Dumper=Dumper, **OPTIONS)


def test_characters_beyond_the_bmp_stay_readable() -> None:
    """Why ``emit`` does not always use libyaml: it escapes an emoji."""
    data = {"toelichting": "Akkoord 👍 na overleg", "eigenaar": "IT"}
    assert "\\U0001F44D" in yaml.dump(data, Dumper=CDumper, **OPTIONS)
    assert emit(data) == "toelichting: Akkoord 👍 na overleg\neigenaar: IT\n"
    assert emit({"a": ["b", {"c": "d 👍"}]}).endswith("c: d 👍\n")
