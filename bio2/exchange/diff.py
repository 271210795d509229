"""Item-by-item differences between two answer sets (self vs audit, this year vs last)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from bio2.domain.answers import Answer, AnswerFile
from bio2.exchange.answerfile import answer_is_blank

FIELDS = ("status", "explanation", "owner", "due", "risk", "acceptance", "evidence",
          "opzet", "bestaan", "werking", "finding")


@dataclass(frozen=True)
class Difference:
    item: str
    field: str
    a: Any
    b: Any


def _answers(model: AnswerFile) -> dict[str, Answer]:
    return {a.item: a for a in model.answers if not answer_is_blank(a)}


def _value(answer: Answer | None, name: str) -> Any:
    if answer is None:
        return None
    value = getattr(answer, name)
    if hasattr(value, "model_dump"):
        return value.model_dump(mode="json", exclude_none=True)
    if isinstance(value, tuple):
        return [v.model_dump(mode="json", exclude_none=True) for v in value] or None
    return value.isoformat() if hasattr(value, "isoformat") else value


def diff(a: AnswerFile, b: AnswerFile, order: list[str] | None = None) -> list[Difference]:
    """Differences in catalog order (``order``), then risk profile and VvT."""
    left, right = _answers(a), _answers(b)
    keys = list(dict.fromkeys([*(order or []), *left, *right]))
    result: list[Difference] = []
    for key in keys:
        if key not in left and key not in right:
            continue
        x, y = left.get(key), right.get(key)
        for name in FIELDS:
            vx, vy = _value(x, name), _value(y, name)
            if name == "status":
                vx, vy = vx or "open", vy or "open"
            if vx != vy:
                result.append(Difference(key, name, vx, vy))
    if (a.risk_profile or None) != (b.risk_profile or None):
        ra = a.risk_profile.model_dump() if a.risk_profile else {}
        rb = b.risk_profile.model_dump() if b.risk_profile else {}
        for prop in sorted(set(ra) | set(rb)):
            if ra.get(prop) != rb.get(prop):
                result.append(Difference("risk_profile", prop, ra.get(prop), rb.get(prop)))
    va = {e.control: e for e in a.applicability}
    vb = {e.control: e for e in b.applicability}
    for control in sorted(set(va) | set(vb), key=lambda c: tuple(int(p) for p in c.split("."))):
        ea, eb = va.get(control), vb.get(control)
        for name in ("applicable", "justification", "risk_ref"):
            xa = getattr(ea, name) if ea else (True if name == "applicable" else None)
            xb = getattr(eb, name) if eb else (True if name == "applicable" else None)
            if xa != xb:
                result.append(Difference(f"vvt:{control}", name, xa, xb))
    return result
