"""The files in ``controls/`` and how they are read: one pydantic model per kind of
file, and the checks a catalog file must pass before :mod:`bio2.catalog.loading` resolves
it into a :class:`~bio2.domain.catalog.Catalog`.

A catalog file ``controls/<id>.yaml`` is either *full*, naming its building blocks (the
ISO 27002 controls, the ISO 27001 clauses, the NIS2 letters and the Cbw items) and
listing its measures, or *built on* another catalog (``based_on``), listing only what
changed::

    removed: ["5.21.01"]                  # measures that no longer exist
    moved:                                # renumbered measures: old id -> new place
      "5.04.02": {to: "5.10.02", control: "5.10", categories: [overheidsrisico]}
    added: [<Measure>, ...]               # new measures
    direct: {"5.25": [overheidsrisico]}   # controls that lose all their measures

A file holds the fields of its own kind only. Every file is validated when it is read;
any problem stops with one line naming file, line and problem.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Literal, TypeVar

from pydantic import BaseModel, Field, ValidationError, model_validator

# Where the files are lives in a light module (bio2 validate asks it without pydantic);
# the names stay importable from here.
from bio2.catalog.folder import available as available
from bio2.catalog.folder import controls_dir as controls_dir
from bio2.domain.base import Category, Strict
from bio2.domain.catalog import (
    CbwItem,
    Clause,
    Control,
    Measure,
    Nis2Duty,
    Nis2Letter,
    PublishedDefect,
    guidance_pair,
)
from bio2.i18n import t
from bio2.system.problems import Problem, ProblemsError, from_validation, from_yaml
from bio2.system.yamlcache import parse_cached
from bio2.system.yamlload import Document, YamlProblem

M = TypeVar("M", bound=BaseModel)
_MEASURE_ID = r"^[5-8]\.[0-9]{2}\.[0-9]{2}$"


class MovedMeasure(Strict):
    """Where a renumbered measure lands; texts default to those of the old number."""

    to: str = Field(pattern=_MEASURE_ID)
    control: str
    categories: tuple[Category, ...] = Field(min_length=1)
    title: str | None = Field(default=None, min_length=2)
    title_en: str | None = Field(default=None, min_length=2)
    guidance: str | None = Field(default=None, min_length=20)
    guidance_en: str | None = Field(default=None, min_length=20)

    @model_validator(mode="after")
    def _both_languages(self) -> MovedMeasure:
        guidance_pair(self.guidance, self.guidance_en)
        return self


class NewGuidance(Strict):
    """New guidance (our words, both languages) for a measure that keeps its number in a
    derived version while its obligation changed (BIO2 1.3: issue 13 §5)."""

    #: What changed against the base version, in one line (kept in the file for review).
    why: str = Field(min_length=5)
    guidance: str = Field(min_length=20)
    guidance_en: str = Field(min_length=20)


class CatalogFile(Strict):
    id: str
    title: str
    title_en: str
    status: Literal["vastgesteld", "gepubliceerd", "concept"]
    published: date
    description: str | None = None
    # a full catalog names its building blocks and lists its measures ...
    controls: str | None = None
    isms: str | None = None
    nis2: str | None = None
    cbw: str | None = None
    #: Sub-points per Cbw item to tick off (issue 13 §4; ``bio2.catalog.checklists``).
    cbw_checklists: str | None = None
    measures: tuple[Measure, ...] = ()
    # ... a catalog built on another one lists only what changed
    based_on: str | None = None
    #: The version publishes no categories of its own; those of this catalog are carried.
    categories_from: str | None = None
    removed: tuple[str, ...] = ()
    moved: dict[str, MovedMeasure] = Field(default_factory=dict)
    added: tuple[Measure, ...] = ()
    direct: dict[str, tuple[Category, ...]] = Field(default_factory=dict)
    #: new measure -> the base item whose obligation it took over in part (its Cbw links
    #: follow; an answer is not carried, it would not say which part was met)
    split_from: dict[str, str] = Field(default_factory=dict)
    #: measure (kept from the base) -> its guidance in this version, where the obligation
    #: changed; the base's guidance would advise on the old text
    new_guidance: dict[str, NewGuidance] = Field(default_factory=dict)
    # either kind: items outside the Cbw scope, and defects of the published text
    outside_cbw: tuple[str, ...] = ()
    defects: tuple[PublishedDefect, ...] = ()


_FULL_ONLY = ("controls", "isms", "nis2", "cbw", "measures", "cbw_checklists")
_DERIVED_ONLY = ("removed", "moved", "added", "direct", "split_from", "new_guidance")


class ControlsFile(Strict):
    controls: tuple[Control, ...]


class ClausesFile(Strict):
    clauses: tuple[Clause, ...]


class Nis2File(Strict):
    letters: tuple[Nis2Letter, ...]
    duties: tuple[Nis2Duty, ...]


class CbwUnlinked(Strict):
    """An assessable item that deliberately serves no Cbw item, with the one-line reason
    (issue 13: no item stays unlinked without one)."""

    item: str
    why: str = Field(min_length=5)
    why_en: str = Field(min_length=5)


class CbwFile(Strict):
    framework: str
    items: tuple[CbwItem, ...]
    unlinked: tuple[CbwUnlinked, ...] = ()


def read_model(path: Path, model: type[M]) -> tuple[M, Document]:
    """Read one file of ``controls/`` as ``model``; every problem in one ProblemsError."""
    name = str(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ProblemsError(
            [Problem(name, 1, 1, "", t("catalog.file_missing", file=exc.filename or name))]
        ) from None
    try:
        doc = parse_cached(raw)  # shipped data: a clean parse is kept per content
    except YamlProblem as exc:
        raise ProblemsError([from_yaml(name, exc)]) from None
    try:
        return model.model_validate(doc.data), doc
    except ValidationError as exc:
        raise ProblemsError(from_validation(name, doc, exc)) from None


def problem_at(path: Path, doc: Document, where: tuple[str | int, ...], key: str,
               **values: object) -> Problem:
    """A problem at the place ``where`` points to in a file's document."""
    line, col = doc.position(where)
    return Problem(str(path), line, col, ".".join(map(str, where)), t(key, **values))


def catalog_path(catalog_id: str) -> Path:
    """The file of a shipped catalog; an unknown id names the known ones."""
    folder = controls_dir()
    known = available()
    if catalog_id not in known:
        raise ProblemsError([Problem("", 1, 1, "", t(
            "catalog.unknown", id=catalog_id, known=", ".join(known)))])
    return folder / f"{catalog_id}.yaml"


def read_spec(catalog_id: str) -> tuple[CatalogFile, Document, Path]:
    """Read and check the catalog file ``catalog_id``: its id, and the fields of its kind
    only (full or built on another catalog)."""
    path = catalog_path(catalog_id)
    spec, doc = read_model(path, CatalogFile)
    if spec.id != catalog_id:
        raise ProblemsError([problem_at(path, doc, ("id",), "catalog.id_mismatch", id=spec.id)])
    present = doc.data if isinstance(doc.data, dict) else {}
    wrong = _DERIVED_ONLY if spec.based_on is None else _FULL_ONLY
    problems = [problem_at(path, doc, (key,), "catalog.field_not_here", field=key,
                           based_on=spec.based_on or "-")
                for key in wrong if key in present]
    if spec.based_on is None:
        problems += [problem_at(path, doc, (), "catalog.field_required", field=key)
                     for key in ("controls", "isms", "nis2", "cbw") if key not in present]
    if problems:
        raise ProblemsError(problems)
    return spec, doc, path
