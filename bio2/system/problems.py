"""One-line problems ``FILE:LINE:COL: path.to.field: message`` for every loader.

Pydantic reports errors by type; we turn each type into a message of our catalog so a
Dutch user reads Dutch, and place it at the line and column of the offending key.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from bio2.domain.errors import Bio2Error
from bio2.i18n import has, t

if TYPE_CHECKING:  # annotations only: printable() must not load pydantic_core nor yaml
    from pydantic_core import ValidationError

    from bio2.system.yamlload import Document, Path, YamlProblem


@dataclass(frozen=True)
class Problem:
    file: str
    line: int
    column: int
    path: str
    message: str
    warning: bool = False

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}:{self.column}: " if self.file else ""
        label = t("problem.warning") + " " if self.warning else ""
        path = f"{self.path}: " if self.path else ""
        # Values from a hostile file end up in messages: no line breaks or terminal
        # escapes, so one problem stays one line and cannot fake another.
        return printable(f"{where}{path}{label}{self.message}")


def printable(text: object) -> str:
    """User text as one terminal-safe line: every character that is not printable (line
    breaks, ESC and the other control characters, NEL, LS/PS, bidi overrides) shows as a
    ``\\x..``/``\\u....`` escape, so a value cannot clear the screen, move the cursor or
    fake another output line. Every command that prints user text or file names uses
    this one function (``bio2 validate`` problems, import, score, cbw, diff, aggregate,
    registration, report and export lines, error messages)."""
    value = str(text)
    if value.isprintable():
        return value
    return "".join(c if c.isprintable() or c == " " else f"\\x{ord(c):02x}"
                   if ord(c) < 256 else f"\\u{ord(c):04x}" for c in value)


def dotted(path: Path) -> str:
    return ".".join(str(p) for p in path)


def from_yaml(file: str, problem: YamlProblem) -> Problem:
    values = dict(problem.values)
    detail = values.get("detail")
    # libyaml explains in English; the common explanations have a translation.
    if isinstance(detail, str) and has(f"yamldetail.{detail}"):
        values["detail"] = t(f"yamldetail.{detail}")
    return Problem(file, problem.line, problem.column, "", t(problem.key, **values))


def _type_name(value: Any) -> str:
    return t(f"type.{type(value).__name__}") if has(f"type.{type(value).__name__}") else type(
        value
    ).__name__


def message_for(error: Any) -> str:
    """A catalog message for one pydantic error (falls back to pydantic's text)."""
    kind = error["type"]
    ctx = dict(error.get("ctx") or {})
    value = error.get("input")
    key = f"pyd.{kind}"
    if kind in ("string_type", "int_type", "bool_type", "float_type") or kind.endswith("_type"):
        hint = t("pyd.hint_quote") if isinstance(value, (int, float, bool)) else ""
        if has(key):
            return t(key, found=_type_name(value)) + hint
    if kind == "literal_error":
        shown = value if not isinstance(value, bool) else ("true" if value else "false")
        expected = str(ctx.get("expected", "")).replace(" or ", t("pyd.or"))
        text = t(key, value=repr(shown)[:60], expected=expected)
        if isinstance(value, bool) or str(value).lower() in ("yes", "no", "on", "off", "y", "n"):
            text += t("pyd.hint_bool")
        return text
    if kind == "string_pattern_mismatch" and isinstance(value, str):
        line = _line_rule(ctx.get("pattern"))
        if line is not None:
            return t(line, field=_field(error), char=_first_bad(value, line))
    if has(key):
        values = {k: v for k, v in ctx.items() if isinstance(v, (str, int, float))}
        try:
            return t(key, **values)
        except (KeyError, IndexError):
            return t(key) if "{" not in t(key) else str(error.get("msg"))
    return str(error.get("msg"))


def _line_rule(pattern: object) -> str | None:
    """The message for a text field that must be one line (the patterns of
    ``bio2.domain.field_checks``); ``None`` for any other pattern."""
    from bio2.domain.field_checks import NO_BREAK, ONE_LINE

    return {ONE_LINE: "pyd.bio2_one_line", NO_BREAK: "pyd.bio2_no_break"}.get(str(pattern))


def _field(error: Any) -> str:
    """The field as the file names it: the last key of the place (``topics`` for
    ``topics.0``)."""
    keys = [p for p in error.get("loc", ()) if isinstance(p, str)]
    return keys[-1] if keys else ""


def _first_bad(value: str, rule: str) -> str:
    """The first character the rule forbids, as an escape (``\\x09``)."""
    for c in value:
        code = ord(c)
        if (c in "\r\n\t" if rule == "pyd.bio2_no_break"
                else code < 0x20 or 0x7f <= code <= 0x9f):
            return f"\\x{code:02x}"
    return "?"


def _superfluous(error: Any) -> bool:
    """A list that had enough elements is "too short" only because elements failed;
    those are named themselves, so this error would be a second, misleading line."""
    value, least = error.get("input"), (error.get("ctx") or {}).get("min_length")
    return (error["type"] == "too_short" and isinstance(value, (list, tuple))
            and isinstance(least, int) and len(value) >= least)


def from_validation(
    file: str, doc: Document, exc: ValidationError, prefix: Path = ()
) -> list[Problem]:
    problems = []
    for error in exc.errors(include_url=False):
        if _superfluous(error):
            continue
        loc: Path = (*prefix, *(p for p in error["loc"] if isinstance(p, (str, int))))
        # Pydantic appends the branch tag of unions and function validators to loc; keep
        # only the part that exists in the document for the position.
        line, col = doc.position(loc)
        clean = tuple(p for p in loc if isinstance(p, int)
                      or ("[" not in p and not p.startswith("function-")))
        problems.append(Problem(file, line, col, dotted(clean), message_for(error)))
    return problems


class ProblemsError(Bio2Error):
    """Raised by loaders: carries every problem found, each printable as one line."""

    prefixed = False

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = problems

    def lines(self) -> list[str]:
        return [str(p) for p in self.problems]
