"""The ``governance.training`` section of an answer file (Cbw art. 24; issue 13 §4).

The model (:class:`bio2.domain.training.TrainingRegister`, strict and bounded) checks the
shape; this module applies the register's rules (:func:`bio2.domain.training.breaches`)
to a file and names each breach with its line and column, as every other problem of an
answer file: ``FILE:LINE:COL: governance.training.trainings.2.end: ...``. A breach is an
error, so the file is refused whole and nothing is written.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from bio2.domain.training_rules import (
    Breach,
    RegisterLike,
    breaches,
    name_key,
    training_breaches,
)
from bio2.i18n import t
from bio2.system.problems import Problem
from bio2.system.yamlload import Document

#: Where the section sits in an answer file.
SECTION = ("governance", "training")


def training_problems(name: str, doc: Document, today: date,
                      checked: RegisterLike | None = None) -> list[Problem]:
    """One problem per breach of the file's training register (none when the file has
    no register). ``checked``: the register as the schema check read it, when the whole
    file passed that check (then no model is built). The rules apply to every member and
    training whose own shape is right, so a file with a shape error elsewhere still hears
    about each bad date or unknown member at once (the model check names the shape
    errors)."""
    governance = doc.data.get("governance") if isinstance(doc.data, dict) else None
    raw = governance.get("training") if isinstance(governance, dict) else None
    if not isinstance(raw, dict):
        return []
    found = breaches(checked, today) if checked is not None else _model_breaches(raw, today)
    problems = []
    for breach in found:
        path = (*SECTION, *breach.path)
        line, col = doc.position(path)
        problems.append(Problem(name, line, col, ".".join(map(str, path)),
                                t(f"training.breach.{breach.code}", value=breach.value)))
    return problems


def _model_breaches(raw: dict[str, Any], today: date) -> list[Breach]:
    """The breaches of a register in a file that failed the schema check somewhere: of
    the whole register when it is valid on its own, else of the entries that are."""
    from pydantic import ValidationError

    from bio2.domain.training import TrainingRegister

    try:
        return breaches(TrainingRegister.model_validate(raw), today)
    except ValidationError:
        return _partial_breaches(raw, today)


def _partial_breaches(raw: dict[str, Any], today: date) -> list[Breach]:
    """The breaches of the entries that are valid on their own."""
    from pydantic import ValidationError

    from bio2.domain.training import BoardMember, Training

    found: list[Breach] = []
    seen: set[str] = set()
    members = raw.get("members")
    for index, entry in enumerate(members if isinstance(members, list) else []):
        try:
            member = BoardMember.model_validate(entry)
        except ValidationError:
            continue
        key = name_key(member.name)
        if key in seen:
            found.append(Breach("duplicate_member", ("members", index, "name"), member.name))
        seen.add(key)
    trainings = raw.get("trainings")
    members_ok = isinstance(members, list) and len(seen) == len(members)
    for index, entry in enumerate(trainings if isinstance(trainings, list) else []):
        try:
            training = Training.model_validate(entry)
        except ValidationError:
            continue
        # an unknown member is only certain when every member entry could be read
        found.extend(Breach(b.code, ("trainings", index, *b.path), b.value)
                     for b in training_breaches(training, today,
                                                seen if members_ok else None))
    return found
