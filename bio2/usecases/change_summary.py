"""A history row in words: "field: old → new" under the form's labels."""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError

from bio2.domain.answers import Answer, Applicability
from bio2.i18n import t
from bio2.usecases.forms import answer_fields


def summarise_change(old: Any, new: Any) -> str:
    """A short "field: old → new" text of one history row (fields that changed).

    Answers and VvT entries are compared field by field under the form's labels; a new
    one is compared with an empty one. Values are plain text."""
    before, after = _fields_of(old, new), _fields_of(new, old)
    if before is None or after is None:
        return f"{_short(old)} → {_short(new)}"
    parts = [f"{label}: {_short(before.get(label) or None)} → {_short(after.get(label) or None)}"
             for label in dict.fromkeys([*before, *after])
             if (before.get(label) or "") != (after.get(label) or "")]
    return "; ".join(parts) or "-"


def _word(name: str, text: str) -> str:
    """A status or audit judgement in the user's language (``ja`` → ``yes``), as the form
    shows it; other fields as typed (issue 11 §6)."""
    from bio2.i18n import has

    if name == "status" and has(f"status.{text}"):
        return t(f"status.{text}")
    if name in ("opzet", "bestaan", "werking") and has(f"tui.judgement.{text}"):
        return t(f"tui.judgement.{text}")
    return text


def _fields_of(value: Any, other: Any) -> dict[str, str] | None:
    """The labelled plain-text fields of a history value (``None``: an empty one of the
    kind ``other`` is; ``None`` back when it is neither an answer nor a VvT entry)."""
    if value is None:
        return None if other is None or _fields_of(other, None) is None else {}
    if not isinstance(value, dict):
        return None
    try:
        fields = answer_fields(Answer.model_validate(value))
        return {t(f"tui.field.{name}"): _word(name, text) for name, text in fields.items()}
    except ValidationError:
        pass
    try:
        entry = Applicability.model_validate(value)
    except ValidationError:
        return None
    return {t("tui.vvt.applicable"): t("tui.vvt.yes" if entry.applicable else "tui.vvt.no"),
            t("tui.vvt.justification"): entry.justification or "",
            t("tui.vvt.risk_ref"): entry.risk_ref or ""}


def _short(value: Any) -> str:
    if value is None:
        return "-"
    text = value if isinstance(value, str) else str(value)
    return text if len(text) <= 40 else text[:39] + "…"
