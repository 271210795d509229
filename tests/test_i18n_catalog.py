"""The message catalog holds every key the code asks for, in both languages alike.

- Every LITERAL key of a ``t("...")`` / ``has("...")`` call in bio2/ exists (found with ast,
  so a typo in a rarely shown message fails here and not in front of a user).
- A key built with an f-string (``t(f"status.{code}")``) must at least start like some key
  of the catalog: its literal head (``status.``) is the prefix of one or more keys.
- nl and en of every message use the same placeholders, so ``t(key, **values)`` never fails
  in one language only.
- Every first part of a key (``cli``, ``tui``, ``report``, ...) lives in one module (a
  package such as ``report/`` counts as one), the table in ``bio2/i18n/__init__.py``.
"""

from __future__ import annotations

import ast
import functools
import importlib
import string
from collections import defaultdict
from pathlib import Path

import pytest

from bio2.i18n import AREAS, messages

PACKAGE = Path(__file__).resolve().parents[1] / "bio2"
LOOKUPS = {"t", "has"}


@functools.cache
def _calls() -> list[tuple[str, int, ast.expr]]:
    """(file, line, first argument) of every call of ``t``/``has`` in bio2/: the package
    parsed once per test process, for the three tests that read it."""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and node.args
                    and isinstance(node.func, ast.Name) and node.func.id in LOOKUPS):
                found.append((str(path.relative_to(PACKAGE.parent)), node.lineno, node.args[0]))
    return found


def _head(node: ast.JoinedStr) -> str:
    """The literal text before the first placeholder of an f-string."""
    head = ""
    for part in node.values:
        if isinstance(part, ast.Constant) and isinstance(part.value, str):
            head += part.value
        else:
            break
    return head


def _placeholders(text: str) -> set[str]:
    """The names ``t`` fills in; a text with a lone brace is shown as it is (never formatted,
    e.g. a YAML parser detail quoting ``'}'``), which both languages must then agree on."""
    try:
        return {field.split(".")[0].split("[")[0]
                for _, field, _, _ in string.Formatter().parse(text) if field is not None}
    except ValueError:
        return {"<no format string>"}


def test_the_scan_finds_the_calls() -> None:
    """Guard against a scan that silently finds nothing (then the tests below prove nothing)."""
    calls = _calls()
    literal = [arg for _, _, arg in calls if isinstance(arg, ast.Constant)]
    dynamic = [arg for _, _, arg in calls if isinstance(arg, ast.JoinedStr)]
    assert len(literal) > 500
    assert len(dynamic) > 20


def test_every_literal_key_exists() -> None:
    catalog = messages()
    missing = [f"{file}:{line}: {arg.value!r}" for file, line, arg in _calls()
               if isinstance(arg, ast.Constant) and arg.value not in catalog]
    assert missing == []


def test_every_built_key_starts_like_a_catalog_key() -> None:
    keys = list(messages())
    unknown = []
    for file, line, arg in _calls():
        if isinstance(arg, ast.JoinedStr):
            head = _head(arg)
            if not head or not any(key.startswith(head) for key in keys):
                unknown.append(f"{file}:{line}: f-string key starting {head!r}")
    assert unknown == []


def test_a_missing_literal_key_would_be_found(tmp_path: Path) -> None:
    """The scan reads keys the way the tests above rely on (typo -> reported)."""
    source = 'from bio2.i18n import t\nx = t("cli.descriptoin")\ny = t(f"status.{1}")\n'
    tree = ast.parse(source)
    args = [n.args[0] for n in ast.walk(tree) if isinstance(n, ast.Call)
            and isinstance(n.func, ast.Name) and n.func.id == "t"]
    assert [a.value for a in args if isinstance(a, ast.Constant)] == ["cli.descriptoin"]
    assert "cli.descriptoin" not in messages()
    assert [_head(a) for a in args if isinstance(a, ast.JoinedStr)] == ["status."]


@pytest.mark.parametrize(("text", "expected"), [
    ("{org} in {period}", {"org", "period"}),
    ("{{literal}} and {count:,}", {"count"}),
    ("no placeholders", set()),
    ("expected ',' or '}'", {"<no format string>"}),
])
def test_placeholders_are_read_from_format_fields(text: str, expected: set[str]) -> None:
    assert _placeholders(text) == expected


def test_nl_and_en_have_the_same_placeholders() -> None:
    differ = [f"{key}: nl {sorted(_placeholders(nl))} en {sorted(_placeholders(en))}"
              for key, (nl, en) in messages().items()
              if _placeholders(nl) != _placeholders(en)]
    assert differ == []


def test_every_message_has_both_languages() -> None:
    empty = [key for key, pair in messages().items()
             if len(pair) != 2 or not all(isinstance(text, str) and text for text in pair)]
    assert empty == []


def test_each_namespace_lives_in_one_module() -> None:
    """A reader looking for ``cli.*`` opens one file (a package such as ``report/`` is one)."""
    homes: dict[str, set[str]] = defaultdict(set)
    for area in AREAS:
        module = importlib.import_module(f"bio2.i18n.{area}")
        for key in module.MESSAGES:
            homes[key.split(".")[0]].add(area.split(".")[0])
    spread = {prefix: sorted(areas) for prefix, areas in homes.items() if len(areas) > 1}
    assert spread == {}, f"move these keys to one module each: {spread}"
    assert homes["cli"] == {"cli"} and homes["tui"] == {"tui"} and homes["report"] == {"report"}
