"""How answer files are written as YAML (``bio2.exchange.answerfile.to_yaml``): a
SafeDumper that writes text so that our strict YAML 1.2 loader reads back exactly the same
text, and the characters that must never appear raw in an export (``UNSAFE``, also used
by the JSON export)."""

from __future__ import annotations

import re
from typing import Any

import yaml


class Dumper(yaml.SafeDumper):
    """Block style for multi-line text, plain dates, no aliases."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def _str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
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


Dumper.add_representer(str, _str)
# Dates are text in our files (the loader keeps them text until the models check them),
# so there is no need to quote them: ``due: 2026-09-30`` reads better than ``'2026-09-30'``.
Dumper.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeDumper.yaml_implicit_resolvers.items()
}
