"""Item-by-item differences between two answer sets (self vs audit, this year vs last)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from bio2.domain.answers import Answer, AnswerFile
from bio2.domain.rules import answer_is_blank

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


# -- for people (issue 11 §6) ------------------------------------------------------------
# ``diff`` keeps the values of the answer file (codes, ISO dates, dicts) so that callers
# can compare them; the functions below turn one difference into words in the user's
# language for ``bio2 diff``: statuses and audit judgements through the catalog, dates for
# readers, evidence as "ref (date)", a risk estimate as "kans 4 × impact 5". User text
# (explanations, names, references) is shown as typed.

_JUDGEMENT = {"ja": "diff.value.yes", "nee": "diff.value.no", "onbekend": "diff.value.unknown"}


def item_label(item: str) -> str:
    """The item column: catalog numbers as they are, the risk profile and VvT rows named."""
    from bio2.i18n import t

    if item == "risk_profile":
        return t("diff.item.risk_profile")
    if item.startswith("vvt:"):
        return t("diff.item.vvt", control=item[4:])
    return item


def field_label(item: str, name: str) -> str:
    """The field column in the user's language (a risk-profile row names a property)."""
    from bio2.i18n import has, t

    if item == "risk_profile" and has(f"property.{name}"):
        return t(f"property.{name}")
    return t(f"diff.field.{name}") if has(f"diff.field.{name}") else name


def _day(value: Any) -> str:
    from bio2.i18n.numbers import long_date

    try:
        return long_date(date.fromisoformat(str(value)))
    except ValueError:
        return str(value)


def _evidence(entry: dict[str, Any]) -> str:
    text = str(entry.get("ref", ""))
    if entry.get("date"):
        text += f" ({_day(entry['date'])})"
    if entry.get("sha256"):
        text += f" sha256 {str(entry['sha256'])[:12]}…"
    return text


def show_value(item: str, name: str, value: Any) -> str | None:
    """One side of a difference as text; ``None`` when the side has no value."""
    from bio2.i18n import has, t

    if value is None:
        return None
    if item == "risk_profile" and has(f"level.{value}"):
        return t(f"level.{value}")
    if name == "status" and has(f"status.{value}"):
        return t(f"status.{value}")
    if name in ("opzet", "bestaan", "werking") and value in _JUDGEMENT:
        return t(_JUDGEMENT[value])
    if name == "applicable" and isinstance(value, bool):
        return t("diff.value.yes" if value else "diff.value.no")
    if name == "due":
        return _day(value)
    if name == "evidence" and isinstance(value, list):
        return "; ".join(_evidence(e) for e in value if isinstance(e, dict))
    if name == "risk" and isinstance(value, dict):
        return t("diff.value.risk", likelihood=value.get("likelihood"),
                 impact=value.get("impact"))
    if name == "acceptance" and isinstance(value, dict):
        text = t("diff.value.acceptance", by=value.get("by", ""),
                 until=_day(value.get("until", "")), reason=value.get("reason", ""))
        if value.get("risk_ref"):
            text += f" ({t('diff.value.risk_ref', ref=value['risk_ref'])})"
        return text
    return str(value)
