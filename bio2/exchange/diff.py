"""Item-by-item differences between two answer sets (self vs audit, this year vs last)."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from itertools import zip_longest
from typing import Any

from bio2.domain.answers import Answer, AnswerFile
from bio2.domain.rules import answer_is_blank
from bio2.domain.training import TrainingRegister, name_key

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


def diff(a: AnswerFile, b: AnswerFile, order: list[str] | None = None,
         points: Mapping[str, Sequence[str]] | None = None) -> list[Difference]:
    """Differences in catalog order (``order``), then risk profile, VvT, the Cbw checklist
    ticks (``points``: each Cbw item's sub-point ids in checklist order) and the board
    training register. Ticks and register belong to the self-assessment (an audit file or
    view has neither), so they are compared only when both sides are self-assessments."""
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
    if a.assessment.source == b.assessment.source == "self":
        result += _checklists(a, b, points or {})
        result += _training(_register(a), _register(b))
    return result


def _checklists(a: AnswerFile, b: AnswerFile,
                points: Mapping[str, Sequence[str]]) -> list[Difference]:
    """One row per sub-point ticked on one side only: ``True`` = ticked. Items and points
    in checklist order (``points``), then any others as the files list them."""
    ta = {entry.item: entry.ticked for entry in a.checklists}
    tb = {entry.item: entry.ticked for entry in b.checklists}
    result = []
    for item in dict.fromkeys([*points, *ta, *tb]):
        left, right = ta.get(item, ()), tb.get(item, ())
        for point in dict.fromkeys([*points.get(item, ()), *left, *right]):
            if (point in left) != (point in right):
                result.append(Difference(f"checklist:{item}", point, point in left,
                                         point in right))
    return result


def _register(model: AnswerFile) -> TrainingRegister | None:
    return model.governance.training if model.governance is not None else None


def _training(a: TrainingRegister | None, b: TrainingRegister | None) -> list[Difference]:
    """The board training register: its period, each member (by name, case and spacing
    aside) whose name or role differs or who is on one side only, and each training on
    one side only. Trainings of the same member on the same day(s) that both sides have
    but that differ (topics, provider, certificate) are one row with both versions."""
    result = []
    pa, pb = (r.period_months if r else None for r in (a, b))
    if pa != pb:
        result.append(Difference("training", "period_months", pa, pb))
    ma = {name_key(m.name): m.model_dump() for m in (a.members if a else ())}
    mb = {name_key(m.name): m.model_dump() for m in (b.members if b else ())}
    for key in dict.fromkeys([*ma, *mb]):
        if ma.get(key) != mb.get(key):
            result.append(Difference("training", "member", ma.get(key), mb.get(key)))
    left = [t.model_dump(mode="json", exclude_none=True) for t in (a.trainings if a else ())]
    right = [t.model_dump(mode="json", exclude_none=True) for t in (b.trainings if b else ())]
    for entry in list(left):  # what both sides have (as often as both have it) is equal
        if entry in right:
            left.remove(entry)
            right.remove(entry)

    def when(entry: dict[str, Any]) -> str:
        return json.dumps([name_key(entry["member"]), entry.get("date"), entry.get("start"),
                           entry.get("end")])

    for key in dict.fromkeys(when(e) for e in (*left, *right)):
        pairs = zip_longest([e for e in left if when(e) == key],
                            [e for e in right if when(e) == key])
        result.extend(Difference("training", "training", x, y) for x, y in pairs)
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
    if item.startswith("checklist:"):
        return t("diff.item.checklist", item=item[10:])
    if item == "training":
        return t("diff.item.training")
    return item


def field_label(item: str, name: str) -> str:
    """The field column in the user's language (a risk-profile row names a property)."""
    from bio2.i18n import has, t

    if item == "risk_profile" and has(f"property.{name}"):
        return t(f"property.{name}")
    if item.startswith("checklist:"):
        return name  # the sub-point's id, as the answer file names it
    if item == "training":
        return t(f"diff.training.{name}")
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
    if item.startswith("checklist:"):
        return t("diff.value.ticked" if value else "diff.value.not_ticked")
    if item == "training":
        return _training_value(name, value)
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


def _training_value(name: str, value: Any) -> str:
    """A register row's side: the period in months, a member as "name (role)", a training
    as "member, day(s): topics; provider; certificate"."""
    from bio2.i18n import t

    if name == "period_months":
        return t("diff.value.months", months=value)
    if name == "member":
        return f"{value['name']} ({value['role']})"
    days = (_day(value["date"]) if value.get("date") else
            t("diff.value.course", start=_day(value.get("start", "")),
              end=_day(value.get("end", ""))))
    text = f"{value['member']}, {days}: {', '.join(value['topics'])}"
    if value.get("provider"):
        text += f"; {t('diff.value.provider', provider=value['provider'])}"
    if value.get("certificate"):
        text += f"; {t('diff.value.certificate', ref=value['certificate'])}"
    return text
