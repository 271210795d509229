"""The ``governance.training`` section of an answer file (Cbw art. 24; issue 13 §4).

The model (:class:`bio2.domain.training.TrainingRegister`, strict and bounded) checks the
shape; this module applies the register's rules (:func:`bio2.domain.training.breaches`)
to a file and names each breach with its line and column, as every other problem of an
answer file: ``FILE:LINE:COL: governance.training.trainings.2.end: ...``. A breach is an
error, so the file is refused whole and nothing is written.
"""

from __future__ import annotations

from datetime import date

from pydantic import ValidationError

from bio2.domain.training import TrainingRegister, breaches
from bio2.i18n import t
from bio2.system.problems import Problem
from bio2.system.yamlload import Document

#: Where the section sits in an answer file.
SECTION = ("governance", "training")


def training_problems(name: str, doc: Document, today: date) -> list[Problem]:
    """One problem per breach of the file's training register (none when the file has
    no register, or when its shape is wrong: the model check names those)."""
    governance = doc.data.get("governance") if isinstance(doc.data, dict) else None
    raw = governance.get("training") if isinstance(governance, dict) else None
    if raw is None:
        return []
    try:
        register = TrainingRegister.model_validate(raw)
    except ValidationError:
        return []
    found = []
    for breach in breaches(register, today):
        path = (*SECTION, *breach.path)
        line, col = doc.position(path)
        found.append(Problem(name, line, col, ".".join(map(str, path)),
                             t(f"training.breach.{breach.code}", value=breach.value)))
    return found
