"""How answer files are written as YAML (``bio2.exchange.answerfile.to_yaml``): a
SafeDumper that writes text so that our strict YAML 1.2 loader reads back exactly the same
text, and the characters that must never appear raw in an export (``UNSAFE``, also used
by the JSON export).

:func:`emit` writes with libyaml's emitter (the C library our loader already needs), four
to five times faster than PyYAML's own (a full answer file: 18 ms against 75-88 ms), when
libyaml writes the data byte for byte as PyYAML would; else with PyYAML's emitter, as every
export was written before. Where they differ: libyaml writes a character beyond U+FFFF (an
emoji) as a ``\\U0001F600`` escape where an auditor should read the emoji, folds long
double-quoted text at other places, and ends some files with ``...``
(:func:`_libyaml_writes_alike`; tests/test_yaml_emitters.py)."""

from __future__ import annotations

import re
from typing import Any

import yaml
from yaml.representer import SafeRepresenter


class Dumper(yaml.SafeDumper):
    """Block style for multi-line text, plain dates, no aliases."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


class CDumper(yaml.CSafeDumper):
    """:class:`Dumper` on libyaml's emitter: the same representers and resolvers."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def _str(dumper: SafeRepresenter, value: str) -> yaml.ScalarNode:
    """Text is written so that our loader reads back exactly the same text:

    - text our YAML 1.2 loader would read as a number, boolean or null (``0815``, ``08``,
      ``1e3``, ``.5``, ``null``, ``~``) is quoted; PyYAML resolves with YAML 1.1 and
      would leave it plain;
    - text with a character outside YAML's printable set, a tab, carriage return or one
      of NEL, LS, PS (which YAML folds as line breaks) goes double-quoted with escapes;
    - other multi-line text uses a literal block for readability.
    """
    if _needs_escapes(value):
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style='"')
    if "\n" in value and value == value.strip(" "):
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style="|")
    if _reads_as_other_type(value):
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style="'")
    return dumper.represent_scalar("tag:yaml.org,2002:str", value)


def _reads_as_other_type(value: str) -> bool:
    from bio2.system.yamlload import read_plain

    return not isinstance(read_plain(value), str)


#: Characters that must never appear raw in an export: outside YAML's printable set
#: (C0 but tab and LF, DEL, C1 but NEL, surrogates, U+FFFE/FFFF), the line breaks YAML
#: folds (NEL, LS, PS), tab/CR/BOM (changed by plain or block styles), and the bidi
#: controls that make text display in another order than it reads (JSON escapes them).
UNSAFE = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff"
                     "\ud800-\udfff\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _needs_escapes(value: str) -> bool:
    return UNSAFE.search(value) is not None


#: Characters beyond U+FFFF, which libyaml's emitter escapes.
ASTRAL = re.compile("[\U00010000-\U0010ffff]")
#: Keys as answer files have them (field names); libyaml writes some other keys
#: (an empty one, for instance) in another style than PyYAML.
NAME = re.compile("[a-z_][a-z0-9_]*")


def _libyaml_writes_alike(data: object) -> bool:
    """True when libyaml's emitter writes ``data`` as PyYAML's would (tested on any data):
    keys are names; no text has a character beyond U+FFFF or one written as an escape;
    text over more lines is a literal block (``_str``; no line ends in a space) that does
    not end in a line break.
    The two fold double-quoted text at other places, and libyaml ends a file whose block
    keeps its last line break with ``...``."""
    if isinstance(data, str):
        if ASTRAL.search(data) or UNSAFE.search(data):
            return False
        return "\n" not in data or (data == data.strip(" ") and " \n" not in data
                                     and not data.endswith("\n"))
    if isinstance(data, dict):
        return all(isinstance(key, str) and NAME.fullmatch(key) is not None
                   and _libyaml_writes_alike(value) for key, value in data.items())
    if isinstance(data, list | tuple):
        return all(_libyaml_writes_alike(value) for value in data)
    return True


def emit(data: object, *, width: int = 88) -> str:
    """``data`` (mappings, lists, text, numbers) as block-style YAML in the given order."""
    dumper = CDumper if _libyaml_writes_alike(data) else Dumper
    return yaml.dump(data, Dumper=dumper, allow_unicode=True, sort_keys=False, width=width,
                     default_flow_style=False)


# Dates are text in our files (the loader keeps them text until the models check them),
# so there is no need to quote them: ``due: 2026-09-30`` reads better than ``'2026-09-30'``.
_RESOLVERS = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeDumper.yaml_implicit_resolvers.items()
}
Dumper.add_representer(str, _str)
CDumper.add_representer(str, _str)
Dumper.yaml_implicit_resolvers = CDumper.yaml_implicit_resolvers = _RESOLVERS
