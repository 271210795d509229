"""The TUI forms of the board training register (Cbw art. 24), without Textual: what the
fields hold (text) becomes a member or a training, or per field the reason why not.

The checks are the model's (:mod:`bio2.domain.training`: strict, bounded) and the
register's rules (:func:`bio2.domain.training.breaches`); a form reports each problem on
its own field and nothing is written. Dates may be typed as Dutch people do
(``31-12-2026``, ``31 december 2026``; :func:`bio2.domain.dates.normalise_date`); topics
are separated by ``;`` (a topic may hold a comma).

Every edit is applied to the register the screen read and saved on its revision
(compare and set): when another process changed the register meanwhile, the save is
refused with :class:`ConflictError`, the screen reloads, and the form keeps what was
typed so the user can look and save again. A member is found by name (not by position),
so an edit never lands on someone else after a reload.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from pydantic import ValidationError

from bio2.domain.dates import normalise_date
from bio2.domain.training import (
    MAX_MONTHS,
    BoardMember,
    Training,
    TrainingRegister,
    breaches,
    name_key,
    remove_member,
    rename_member,
    training_breaches,
)
from bio2.i18n import t
from bio2.store.writes import ConflictError
from bio2.system.problems import message_for

__all__ = [
    "ConflictError",
    "MemberForm",
    "TrainingForm",
    "build_member",
    "build_training",
    "topics_text",
    "training_fields",
    "with_member",
    "with_period",
    "with_training",
    "without_member",
    "without_training",
]

MEMBER_FIELDS = ("name", "role")
TRAINING_FIELDS = ("date", "start", "end", "topics", "provider", "certificate")


@dataclass
class MemberForm:
    model: BoardMember | None
    errors: dict[str, str] = field(default_factory=dict)


@dataclass
class TrainingForm:
    model: Training | None
    errors: dict[str, str] = field(default_factory=dict)


def _field_errors(exc: ValidationError, fields: tuple[str, ...]) -> dict[str, str]:
    errors: dict[str, str] = {}
    for error in exc.errors(include_url=False):
        loc = [p for p in error["loc"] if isinstance(p, str)]
        name = next((p for p in loc if p in fields), fields[0])
        if error["type"] == "string_pattern_mismatch":
            errors.setdefault(name, t("training.line_rule"))
        elif name == "topics" and error["type"] == "too_short":
            errors.setdefault(name, t("training.topics_required"))
        else:
            errors.setdefault(name, message_for(error))
    return errors


def build_member(values: dict[str, str]) -> MemberForm:
    """A member from the form's name and role (stripped)."""
    data = {name: values.get(name, "").strip() for name in MEMBER_FIELDS}
    try:
        return MemberForm(BoardMember.model_validate(data))
    except ValidationError as exc:
        return MemberForm(None, _field_errors(exc, MEMBER_FIELDS))


def topics_text(topics: tuple[str, ...]) -> str:
    return "; ".join(topics)


def training_fields(training: Training | None) -> dict[str, str]:
    """A training as the form shows it (ISO dates, topics joined by ``; ``)."""
    if training is None:
        return {name: "" for name in TRAINING_FIELDS}
    return {"date": training.date.isoformat() if training.date else "",
            "start": training.start.isoformat() if training.start else "",
            "end": training.end.isoformat() if training.end else "",
            "topics": topics_text(training.topics), "provider": training.provider or "",
            "certificate": training.certificate or ""}


def build_training(values: dict[str, str], member: str, today: date) -> TrainingForm:
    """A training of ``member`` from the form, checked by the model and the rules (a date
    after ``today``, an end before its start, the date forms). The dates are checked on
    their own first, so a wrong date is named even when another field is wrong too."""
    errors: dict[str, str] = {}
    data: dict[str, Any] = {"member": member}
    days: dict[str, date] = {}
    for name in ("date", "start", "end"):
        typed = values.get(name, "").strip()
        if not typed:
            continue
        data[name] = normalise_date(typed) or typed
        try:
            days[name] = getattr(Training.model_validate(
                {"member": member, "topics": ["-"], name: data[name]}), name)
        except ValidationError as exc:
            errors.update(_field_errors(exc, TRAINING_FIELDS))
    data["topics"] = [p.strip() for p in values.get("topics", "").split(";") if p.strip()]
    for name in ("provider", "certificate"):
        typed = values.get(name, "").strip()
        if typed:
            data[name] = typed
    if not errors:  # the rules on the dates alone (shape, order, future)
        fields: dict[str, Any] = {"member": member, "topics": ("-",), **days}
        probe = Training.model_construct(None, **fields)
        for breach in training_breaches(probe, today):
            errors.setdefault(str(breach.path[0]), t(f"training.breach.{breach.code}",
                                                     value=breach.value))
    try:
        training = Training.model_validate(data)
    except ValidationError as exc:
        for name, message in _field_errors(exc, TRAINING_FIELDS).items():
            errors.setdefault(name, message)
        return TrainingForm(None, errors)
    return TrainingForm(None if errors else training, errors)


# -- edits of the register the screen read --------------------------------------------
def _bounded(register: TrainingRegister) -> tuple[TrainingRegister | None, str | None]:
    """``register`` checked again by the model (an edit must not pass its bounds, such
    as the number of members)."""
    try:
        return TrainingRegister.model_validate(register.model_dump()), None
    except ValidationError as exc:
        return None, message_for(exc.errors(include_url=False)[0])


def _find(register: TrainingRegister, name: str) -> int:
    for index, member in enumerate(register.members):
        if name_key(member.name) == name_key(name):
            return index
    return -1


def with_member(register: TrainingRegister | None, member: BoardMember,
                old_name: str | None = None) -> tuple[TrainingRegister | None, str | None]:
    """The register with ``member`` added (``old_name`` None) or replacing the member
    called ``old_name``; or ``None`` and the reason (a duplicate name, a member that
    someone removed meanwhile)."""
    base = register or TrainingRegister()
    if old_name is None:
        new = base.model_copy(update={"members": (*base.members, member)})
    else:
        index = _find(base, old_name)
        if index < 0:
            return None, t("training.tui.member_gone", name=old_name)
        new = rename_member(base, index, member)
    dupes = [b for b in breaches(new, date.max) if b.code == "duplicate_member"]
    if dupes:
        return None, t("training.breach.duplicate_member", value=member.name)
    return _bounded(new)


def without_member(register: TrainingRegister, name: str) -> TrainingRegister | None:
    """The register without the member called ``name`` and their trainings (``None``:
    not there any more)."""
    index = _find(register, name)
    return remove_member(register, index) if index >= 0 else None


def with_training(register: TrainingRegister, training: Training,
                  old: Training | None = None) -> tuple[TrainingRegister | None, str | None]:
    """The register with ``training`` added, or replacing ``old``; or the reason why
    not (the member or the old training is gone)."""
    if _find(register, training.member) < 0:
        return None, t("training.tui.member_gone", name=training.member)
    trainings = list(register.trainings)
    if old is None:
        trainings.append(training)
    elif old in trainings:
        trainings[trainings.index(old)] = training
    else:
        return None, t("training.tui.training_gone")
    return _bounded(register.model_copy(update={"trainings": tuple(trainings)}))


def without_training(register: TrainingRegister, old: Training) -> TrainingRegister | None:
    """The register without ``old`` (the first equal entry); ``None`` when it is gone."""
    trainings = list(register.trainings)
    if old not in trainings:
        return None
    trainings.remove(old)
    return register.model_copy(update={"trainings": tuple(trainings)})


def with_period(register: TrainingRegister | None,
                typed: str) -> tuple[TrainingRegister | None, str | None]:
    """The register with period N = ``typed`` months (1-60), or the reason why not."""
    text = typed.strip()
    if not re.fullmatch(r"[0-9]{1,2}", text) or not 1 <= int(text) <= MAX_MONTHS:
        return None, t("training.tui.period_invalid", value=text[:20])
    base = register or TrainingRegister()
    return base.model_copy(update={"period_months": int(text)}), None
