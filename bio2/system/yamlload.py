"""PyYAML's C parser made strict, with the position of every key and value.

Why not ``yaml.load``: we must reject anchors and aliases before anything is expanded
(an alias bomb costs milliseconds, not memory), refuse custom tags, refuse duplicate keys,
and read scalars with the YAML 1.2 core schema so that ``yes``/``no``/``on``/``off`` stay
text and dates stay text until the models check them. We walk the C parser's events and
build plain Python data plus a map ``path -> (line, column)`` for error messages.

Bounded work: a 5 MiB file can hold two million tiny nodes (``- {}``), and building
them costs gigabytes before any model sees them. The builder therefore stops at
``MAX_NODES`` values in one document and at ``MAX_ENTRIES`` entries in one list or
mapping (callers set tighter limits per path, e.g. the answer file caps ``answers`` at a
multiple of the catalog), and an integer longer than Python converts (4,300 digits) is a
problem at its position, not a crash. A legitimate answer file of 190 items with evidence
holds about 12,000 values.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import yaml

MAX_BYTES = 5 * 1024 * 1024
MAX_DEPTH = 40
#: Values (scalars, lists, mappings) in one document; about 4x a full answer file.
MAX_NODES = 50_000
#: Entries in one list or mapping unless the caller sets a tighter limit for its path.
MAX_ENTRIES = 5_000
#: Python refuses to convert longer digit strings (``sys.int_info.default_max_str_digits``).
MAX_INT_DIGITS = 4_300

_INT = re.compile(r"^[-+]?[0-9]+$")
_FLOAT = re.compile(r"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")
_NULL = {"", "~", "null", "Null", "NULL"}
_TRUE = {"true", "True", "TRUE"}
_FALSE = {"false", "False", "FALSE"}

Path = tuple[str | int, ...]


@dataclass
class YamlProblem(Exception):
    """A problem with a position; ``key`` is a message key of bio2.i18n."""

    line: int
    column: int
    key: str
    values: dict[str, object] = field(default_factory=dict)

    def __str__(self) -> str:
        return f"{self.line}:{self.column}: {self.key} {self.values}"


@dataclass
class Document:
    data: Any
    #: Position (1-based line, column) of each value; for mapping entries the key's.
    marks: dict[Path, tuple[int, int]]

    def position(self, path: Path) -> tuple[int, int]:
        """The position of ``path`` or of its nearest ancestor that exists."""
        for cut in range(len(path), -1, -1):
            mark = self.marks.get(tuple(path[:cut]))
            if mark is not None:
                return mark
        return (1, 1)


def decode(raw: bytes) -> str:
    """Bytes to text: UTF-8 only, no BOM, no NUL, not over MAX_BYTES."""
    if len(raw) > MAX_BYTES:
        raise YamlProblem(1, 1, "yaml.too_big", {"size": len(raw), "limit": MAX_BYTES})
    if raw.startswith(b"\xef\xbb\xbf") or raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise YamlProblem(1, 1, "yaml.bom")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        col = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        raise YamlProblem(line, col, "yaml.not_utf8") from None
    nul = text.find("\x00")
    if nul >= 0:
        line = text.count("\n", 0, nul) + 1
        raise YamlProblem(line, nul - (text.rfind("\n", 0, nul) + 1) + 1, "yaml.nul")
    return text


def _scalar(event: Any) -> Any:
    value: str = event.value
    if event.style or not event.implicit[0]:
        return value  # quoted or block scalars are always text
    if value in _NULL:
        return None
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    if _INT.match(value):
        if len(value.lstrip("+-")) > MAX_INT_DIGITS:
            raise YamlProblem(*_pos(event), "yaml.int_too_long",
                              {"digits": len(value.lstrip("+-")), "limit": MAX_INT_DIGITS})
        return int(value)
    if _FLOAT.match(value):
        return float(value)
    return value


def read_plain(value: str) -> Any:
    """What a plain (unquoted) scalar ``value`` means to this loader: the writer quotes
    text for which this is not the text itself."""
    if value in _NULL:
        return None
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    if _INT.match(value) or _FLOAT.match(value):
        return 0
    return value


def _pos(event: Any) -> tuple[int, int]:
    return (event.start_mark.line + 1, event.start_mark.column + 1)


class _Builder:
    def __init__(self, parser: Any, limits: Mapping[Path, int] | None = None) -> None:
        self.parser = parser
        self.marks: dict[Path, tuple[int, int]] = {}
        self.limits = dict(limits or {})
        self.nodes = 0

    def _count(self, event: Any, path: Path, entries: int) -> None:
        """Refuse the document as soon as it exceeds a limit (nothing more is built)."""
        self.nodes += 1
        if self.nodes > MAX_NODES:
            raise YamlProblem(*_pos(event), "yaml.too_many_nodes", {"limit": MAX_NODES})
        limit = self.limits.get(path, MAX_ENTRIES)
        if entries > limit:
            where = ".".join(str(p) for p in path) or "/"
            raise YamlProblem(*_pos(event), "yaml.too_many_entries",
                              {"path": where, "limit": limit})

    def _check(self, event: Any) -> None:
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            raise YamlProblem(*_pos(event), "yaml.alias")
        tag = getattr(event, "tag", None)
        if tag not in (None, "!"):
            if isinstance(event, yaml.ScalarEvent) and tag == "tag:yaml.org,2002:str":
                return
            raise YamlProblem(*_pos(event), "yaml.tag", {"tag": tag})

    def node(self, event: Any, path: Path) -> Any:
        self._check(event)
        if len(path) > MAX_DEPTH:
            raise YamlProblem(*_pos(event), "yaml.too_deep")
        if isinstance(event, yaml.ScalarEvent):
            return _scalar(event)
        get = self.parser.get_event
        if isinstance(event, yaml.SequenceStartEvent):
            items: list[Any] = []
            while True:
                child = get()
                if isinstance(child, yaml.SequenceEndEvent):
                    return items
                self._count(child, path, len(items) + 1)
                sub = (*path, len(items))
                self.marks[sub] = _pos(child)
                items.append(self.node(child, sub))
        if isinstance(event, yaml.MappingStartEvent):
            mapping: dict[str, Any] = {}
            while True:
                key_event = get()
                if isinstance(key_event, yaml.MappingEndEvent):
                    return mapping
                self._check(key_event)
                if not isinstance(key_event, yaml.ScalarEvent):
                    raise YamlProblem(*_pos(key_event), "yaml.complex_key")
                key = _scalar(key_event)
                if not isinstance(key, str):
                    key = key_event.value
                if key in mapping:
                    raise YamlProblem(*_pos(key_event), "yaml.duplicate_key", {"key": key})
                self._count(key_event, path, len(mapping) + 1)
                sub = (*path, key)
                self.marks[sub] = _pos(key_event)
                mapping[key] = self.node(get(), sub)
        raise YamlProblem(*_pos(event), "yaml.syntax", {"detail": type(event).__name__})


def parse(text: str, limits: Mapping[Path, int] | None = None) -> Document:
    """Parse one YAML document strictly; raise YamlProblem on the first problem.
    ``limits`` caps the entries of the list or mapping at a path (``("answers",)``)."""
    parser = yaml.CSafeLoader(text)
    try:
        try:
            parser.get_event()  # stream start
            event = parser.get_event()
            if isinstance(event, yaml.StreamEndEvent):
                raise YamlProblem(1, 1, "yaml.empty")
            builder = _Builder(parser, limits)
            root_event = parser.get_event()
            builder.marks[()] = _pos(root_event)
            data = builder.node(root_event, ())
            parser.get_event()  # document end
            if not isinstance(parser.get_event(), yaml.StreamEndEvent):
                raise YamlProblem(*_pos(event), "yaml.multiple_documents")
        except yaml.MarkedYAMLError as exc:
            mark = exc.problem_mark or exc.context_mark
            line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
            detail = exc.problem or exc.context or "?"
            raise YamlProblem(line, col, "yaml.syntax", {"detail": detail}) from None
        except yaml.YAMLError as exc:
            raise YamlProblem(1, 1, "yaml.syntax", {"detail": str(exc)}) from None
    finally:
        parser.dispose()
    if data is None:
        raise YamlProblem(1, 1, "yaml.empty")
    return Document(data, builder.marks)


_SURROGATE_PAIR = re.compile(
    r"(?<!\\)((?:\\\\)*)\\u(d[89ab][0-9a-f]{2})\\u(d[c-f][0-9a-f]{2})", re.IGNORECASE)


def _join_surrogates(text: str) -> str:
    """JSON writes characters outside the BMP (an emoji) as a pair of ``\\uD83D\\uDE00``
    escapes, which libyaml refuses. In a JSON document, turn each pair into its
    character first (plain YAML keeps backslashes literal, so only JSON is touched)."""
    if not text.lstrip().startswith("{") or "\\u" not in text:
        return text

    def join(match: re.Match[str]) -> str:
        high, low = int(match.group(2), 16), int(match.group(3), 16)
        return match.group(1) + chr(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))

    return _SURROGATE_PAIR.sub(join, text)


def parse_bytes(raw: bytes, limits: Mapping[Path, int] | None = None) -> Document:
    return parse(_join_surrogates(decode(raw)), limits)
