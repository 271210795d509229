"""Load and check the catalogs in ``controls/``.

A catalog file ``controls/<id>.yaml`` names its building blocks (the ISO 27002 controls,
the ISO 27001 clauses, the NIS2 letters and the Cbw items) and lists its measures. Every
file is validated on load; any problem stops with one line naming file, line and problem.
"""

from __future__ import annotations

from datetime import date
from functools import cache
from pathlib import Path
from typing import Any, Literal, TypeVar

from pydantic import BaseModel, ValidationError

from bio2.domain.base import CATEGORIES, THEMES, Strict
from bio2.domain.catalog import (
    Catalog,
    CbwItem,
    Clause,
    Control,
    Item,
    Measure,
    Nis2Duty,
    Nis2Letter,
)
from bio2.i18n import t
from bio2.paths import data_dir
from bio2.problems import Problem, ProblemsError, from_validation, from_yaml
from bio2.yamlload import Document, YamlProblem, parse_bytes

DEFAULT_CATALOG = "bio2-1.2"
M = TypeVar("M", bound=BaseModel)


class CatalogFile(Strict):
    id: str
    title: str
    title_en: str
    status: Literal["vastgesteld", "concept"]
    published: date
    description: str | None = None
    controls: str
    isms: str
    nis2: str
    cbw: str
    measures: tuple[Measure, ...]


class ControlsFile(Strict):
    controls: tuple[Control, ...]


class ClausesFile(Strict):
    clauses: tuple[Clause, ...]


class Nis2File(Strict):
    letters: tuple[Nis2Letter, ...]
    duties: tuple[Nis2Duty, ...]


class CbwFile(Strict):
    framework: str
    items: tuple[CbwItem, ...]


def _read(path: Path, model: type[M]) -> tuple[M, Document]:
    name = str(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ProblemsError(
            [Problem(name, 1, 1, "", t("catalog.file_missing", file=exc.filename or name))]
        ) from None
    try:
        doc = parse_bytes(raw)
    except YamlProblem as exc:
        raise ProblemsError([from_yaml(name, exc)]) from None
    try:
        return model.model_validate(doc.data), doc
    except ValidationError as exc:
        raise ProblemsError(from_validation(name, doc, exc)) from None


def available() -> list[str]:
    """Ids of the catalogs shipped in ``controls/`` (files named ``bio2-*.yaml``)."""
    return sorted(p.stem for p in data_dir("controls").glob("bio2-*.yaml"))


def _problem(path: Path, doc: Document, where: tuple[str | int, ...], key: str,
             **values: object) -> Problem:
    line, col = doc.position(where)
    return Problem(str(path), line, col, ".".join(map(str, where)), t(key, **values))


@cache
def load_catalog(catalog_id: str = DEFAULT_CATALOG) -> Catalog:
    """Load, check and resolve one catalog (cached: catalogs are read-only data)."""
    folder = data_dir("controls")
    known = available()
    if catalog_id not in known:
        raise ProblemsError([Problem(str(folder), 1, 1, "", t(
            "catalog.unknown", id=catalog_id, known=", ".join(known)))])
    path = folder / f"{catalog_id}.yaml"
    spec, spec_doc = _read(path, CatalogFile)
    if spec.id != catalog_id:
        raise ProblemsError([_problem(path, spec_doc, ("id",), "catalog.id_mismatch", id=spec.id)])
    controls_path = folder / spec.controls
    controls, controls_doc = _read(controls_path, ControlsFile)
    clauses_path = folder / spec.isms
    clauses, clauses_doc = _read(clauses_path, ClausesFile)
    nis2, _ = _read(folder / spec.nis2, Nis2File)
    cbw_path = folder / spec.cbw
    cbw, cbw_doc = _read(cbw_path, CbwFile)

    problems: list[Problem] = []

    def unique(path: Path, doc: Document, key: str, entries: tuple[Any, ...]) -> dict[str, Any]:
        seen: dict[str, Any] = {}
        for index, entry in enumerate(entries):
            ident = getattr(entry, key)
            if ident in seen:
                problems.append(_problem(path, doc, (_list_key(doc), index, key),
                                         "catalog.duplicate_id", id=ident))
            seen[ident] = entry
        return seen

    control_map: dict[str, Control] = unique(controls_path, controls_doc, "id", controls.controls)
    clause_map: dict[str, Clause] = unique(clauses_path, clauses_doc, "id", clauses.clauses)
    measure_map: dict[str, Measure] = unique(path, spec_doc, "id", spec.measures)
    for index, measure in enumerate(spec.measures):
        where = ("measures", index, "control")
        if measure.control not in control_map:
            problems.append(_problem(path, spec_doc, where, "catalog.unknown_parent",
                                     control=measure.control))
        elif _measure_prefix(measure.id) != measure.control:
            problems.append(_problem(path, spec_doc, ("measures", index, "id"),
                                     "catalog.wrong_prefix", id=measure.id,
                                     control=measure.control))
    parents = {m.control for m in spec.measures}
    for index, control in enumerate(controls.controls):
        if control.id in parents and control.categories:
            problems.append(_problem(controls_path, controls_doc, ("controls", index, "categories"),
                                     "catalog.direct_with_measures", control=control.id))
        if control.id not in parents and not control.categories:
            problems.append(_problem(controls_path, controls_doc, ("controls", index, "id"),
                                     "catalog.direct_without_categories", control=control.id))
    if problems:
        raise ProblemsError(problems)

    items: dict[str, Item] = {}
    by_control: dict[str, list[Measure]] = {}
    for measure in spec.measures:
        by_control.setdefault(measure.control, []).append(measure)
    for theme in THEMES:
        for control in controls.controls:
            if control.theme != theme:
                continue
            children = by_control.get(control.id)
            if children:
                for m in sorted(children, key=lambda m: m.id):
                    items[m.id] = _item(m.id, "measure", control, m.categories, m.title,
                                        m.title_en, m.guidance)
            else:
                items[control.id] = _item(control.id, "control", control, control.categories,
                                          control.title, control.title_en, control.guidance)
    for clause in clauses.clauses:
        if clause.assessable:
            items[clause.id] = Item(
                id=clause.id, kind="clause", control=None, theme="isms", categories=(),
                properties=("beschikbaarheid", "integriteit", "vertrouwelijkheid"),
                concepts=(), nis2=clause.nis2, title=clause.title, title_en=clause.title_en,
                guidance=clause.guidance or "",
            )

    cbw_of: dict[str, list[str]] = {}
    for index, cbw_item in enumerate(cbw.items):
        for link_index, link in enumerate(cbw_item.links):
            if link.item not in items:
                problems.append(_problem(cbw_path, cbw_doc, ("items", index, "links", link_index,
                                                             "item"),
                                         "catalog.unknown_item", item=link.item))
            cbw_of.setdefault(link.item, []).append(cbw_item.id)
    if problems:
        raise ProblemsError(problems)
    items = {
        key: item.model_copy(update={"cbw": tuple(dict.fromkeys(cbw_of.get(key, ())))})
        for key, item in items.items()
    }
    return Catalog(
        id=spec.id, title=spec.title, status=spec.status, published=spec.published,
        controls=control_map, clauses=clause_map, measures=measure_map, items=items,
        nis2_letters={n.letter: n for n in nis2.letters},
        nis2_duties={d.id: d for d in nis2.duties},
        cbw_items={c.id: c for c in cbw.items},
    )


def _list_key(doc: Document) -> str:
    data = doc.data
    return next((k for k in ("measures", "controls", "clauses", "items") if k in data), "")


def _measure_prefix(measure_id: str) -> str:
    theme, control, _ = measure_id.split(".")
    return f"{theme}.{int(control)}"


def _item(ident: str, kind: Literal["measure", "control"], control: Control,
          categories: tuple[Any, ...], title: str, title_en: str, guidance: str) -> Item:
    return Item(
        id=ident, kind=kind, control=control.id, theme=control.theme,
        categories=tuple(c for c in CATEGORIES if c in categories),
        properties=control.properties, concepts=control.concepts, nis2=control.nis2,
        title=title, title_en=title_en, guidance=guidance,
    )


def nearest_items(catalog: Catalog, wrong: str, limit: int = 1) -> list[str]:
    """Item ids that look like ``wrong`` (for "did you mean ...?")."""
    import difflib

    return difflib.get_close_matches(wrong, list(catalog.items), n=limit, cutoff=0.75)
