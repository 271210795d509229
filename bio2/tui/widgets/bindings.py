"""Key bindings whose descriptions are message keys, translated when a node is built.

Class-level ``BINDINGS`` are evaluated at import, before ``--lang`` is known; storing
message keys there and translating per instance keeps every footer text in the catalog.
"""

from __future__ import annotations

from dataclasses import replace

from textual.binding import Binding
from textual.dom import DOMNode

from bio2.i18n import has, t


def _text(value: str) -> str:
    return t(value) if value and has(value) else value


def translate_bindings(node: DOMNode) -> None:
    """Replace message keys in the binding descriptions of ``node`` by their text."""
    table = node._bindings.key_to_bindings
    for key, bindings in table.items():
        table[key] = [_translated(b) for b in bindings]


def _translated(binding: Binding) -> Binding:
    group = binding.group
    if group is not None:
        group = Binding.Group(_text(group.description), compact=group.compact)
    return replace(binding, description=_text(binding.description),
                   tooltip=_text(binding.tooltip), group=group)
