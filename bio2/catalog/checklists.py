"""The per-item Cbw checklists (issue 13 §4): ``controls/cbw-checklists.yaml``.

Decision: the sub-points live in a file of their own beside the Cbw framework file (named
by the catalog file's ``cbw_checklists``), not inside the framework items: the links and
the checklists change for different reasons, and a wrong checklist is then reported at
its own file and line. Every list must belong to a known Cbw item, once; sub-point ids
are unique within their item (they are the keys ticks are stored and exchanged under).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from pydantic import Field

from bio2.catalog.files import problem_at, read_model
from bio2.domain.base import Strict
from bio2.domain.catalog import CbwItem, ChecklistPoint
from bio2.system.problems import Problem, ProblemsError


class Checklist(Strict):
    item: str
    points: tuple[ChecklistPoint, ...] = Field(min_length=1, max_length=32)


class ChecklistsFile(Strict):
    checklists: tuple[Checklist, ...]


def with_checklists(items: Iterable[CbwItem], path: Path | None) -> dict[str, CbwItem]:
    """The Cbw items by id, each with its checklist from ``path`` (``None``: no file, no
    checklists). Problems of the file raise one ProblemsError, each at file:line."""
    by_id = {c.id: c for c in items}
    if path is None:
        return by_id
    spec, doc = read_model(path, ChecklistsFile)
    problems: list[Problem] = []
    seen: set[str] = set()
    for index, checklist in enumerate(spec.checklists):
        if checklist.item not in by_id:
            problems.append(problem_at(path, doc, ("checklists", index, "item"),
                                       "catalog.unknown_item", item=checklist.item))
            continue
        if checklist.item in seen:
            problems.append(problem_at(path, doc, ("checklists", index, "item"),
                                       "catalog.duplicate_id", id=checklist.item))
        seen.add(checklist.item)
        ids: set[str] = set()
        for p_index, point in enumerate(checklist.points):
            if point.id in ids:
                problems.append(problem_at(path, doc, ("checklists", index, "points", p_index,
                                                       "id"), "catalog.duplicate_id",
                                           id=point.id))
            ids.add(point.id)
        by_id[checklist.item] = by_id[checklist.item].model_copy(
            update={"checklist": checklist.points})
    if problems:
        raise ProblemsError(problems)
    return by_id
