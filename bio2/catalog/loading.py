"""Load the catalogs in ``controls/``: resolve a catalog file into a full :class:`Catalog`.

The files and their checks are in :mod:`bio2.catalog.files`. A full catalog is put
together from its building blocks; a catalog *built on* another one applies its changes
(``removed``, ``moved``, ``added``, ``direct``) to that one. Controls that gain measures
stop being assessed directly (their own categories are dropped); controls that lose all
their measures are assessed directly and take the categories given under ``direct``.
Links of the Cbw framework follow the moves; links to items that are gone are left out.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import cache
from pathlib import Path
from typing import Any, Literal

from bio2.catalog.checklists import with_checklists
from bio2.catalog.files import (
    CatalogFile,
    CbwFile,
    ClausesFile,
    ControlsFile,
    Nis2File,
    available,
    controls_dir,
    problem_at,
    read_model,
    read_spec,
)
from bio2.domain.base import CATEGORIES, THEMES
from bio2.domain.catalog import Catalog, Clause, Control, Item, Measure
from bio2.i18n import t
from bio2.system.problems import Problem, ProblemsError
from bio2.system.yamlload import Document

DEFAULT_CATALOG = "bio2-1.2"


#: Catalogs being loaded right now: a ``based_on`` chain that comes back is a cycle.
_loading: set[str] = set()


@cache
def load_catalog(catalog_id: str = DEFAULT_CATALOG) -> Catalog:
    """Load, check and resolve one catalog (cached: catalogs are read-only data)."""
    if catalog_id in _loading:
        path = controls_dir() / f"{catalog_id}.yaml"
        raise ProblemsError([Problem(str(path), 1, 1, "based_on", t(
            "catalog.based_on_cycle", id=catalog_id))])
    _loading.add(catalog_id)
    try:
        spec, doc, path = read_spec(catalog_id)
        if spec.based_on is not None:
            return _derive(spec, doc, path)
        return _load_full(spec, doc, path)
    finally:
        _loading.discard(catalog_id)


def _load_full(spec: CatalogFile, spec_doc: Document, path: Path) -> Catalog:
    folder = path.parent
    assert spec.controls and spec.isms and spec.nis2 and spec.cbw
    controls_path = folder / spec.controls
    controls, controls_doc = read_model(controls_path, ControlsFile)
    clauses_path = folder / spec.isms
    clauses, clauses_doc = read_model(clauses_path, ClausesFile)
    nis2, _ = read_model(folder / spec.nis2, Nis2File)
    cbw_path = folder / spec.cbw
    cbw, cbw_doc = read_model(cbw_path, CbwFile)

    problems: list[Problem] = []

    def unique(path: Path, doc: Document, key: str, entries: tuple[Any, ...]) -> dict[str, Any]:
        seen: dict[str, Any] = {}
        for index, entry in enumerate(entries):
            ident = getattr(entry, key)
            if ident in seen:
                problems.append(problem_at(path, doc, (_list_key(doc), index, key),
                                           "catalog.duplicate_id", id=ident))
            seen[ident] = entry
        return seen

    control_map: dict[str, Control] = unique(controls_path, controls_doc, "id", controls.controls)
    clause_map: dict[str, Clause] = unique(clauses_path, clauses_doc, "id", clauses.clauses)
    measure_map: dict[str, Measure] = unique(path, spec_doc, "id", spec.measures)
    for index, measure in enumerate(spec.measures):
        problems += _parent_problems(measure, control_map, path, spec_doc, ("measures", index))
    parents = {m.control for m in spec.measures}
    for index, control in enumerate(controls.controls):
        if control.id in parents and control.categories:
            problems.append(problem_at(controls_path, controls_doc,
                                       ("controls", index, "categories"),
                                       "catalog.direct_with_measures", control=control.id))
        if control.id not in parents and not control.categories:
            problems.append(problem_at(controls_path, controls_doc, ("controls", index, "id"),
                                       "catalog.direct_without_categories", control=control.id))
    if problems:
        raise ProblemsError(problems)

    items = _items(controls.controls, spec.measures, clauses.clauses)
    cbw_of: dict[str, list[str]] = {}
    for index, cbw_item in enumerate(cbw.items):
        for link_index, link in enumerate(cbw_item.links):
            if link.item not in items:
                problems.append(problem_at(cbw_path, cbw_doc, ("items", index, "links", link_index,
                                                               "item"),
                                           "catalog.unknown_item", item=link.item))
            cbw_of.setdefault(link.item, []).append(cbw_item.id)
    for index, unlinked in enumerate(cbw.unlinked):
        known = unlinked.item in items
        if not known or unlinked.item in cbw_of:
            key = "catalog.unlinked_linked" if known else "catalog.unknown_item"
            problems.append(problem_at(cbw_path, cbw_doc, ("unlinked", index, "item"), key,
                                       item=unlinked.item))
    problems += _scope_problems(spec, items, path, spec_doc)
    if problems:
        raise ProblemsError(problems)
    return Catalog(
        id=spec.id, title=spec.title, title_en=spec.title_en, status=spec.status,
        published=spec.published,
        controls=control_map, clauses=clause_map, measures=measure_map,
        items=_with_cbw(items, cbw_of, spec.outside_cbw),
        nis2_letters={n.letter: n for n in nis2.letters},
        nis2_duties={d.id: d for d in nis2.duties},
        cbw_items=with_checklists(cbw.items, folder / spec.cbw_checklists
                                  if spec.cbw_checklists else None),
        published_defects=spec.defects,
    )


def _derive(spec: CatalogFile, doc: Document, path: Path) -> Catalog:
    """A catalog built on another one: apply ``removed``, ``moved``, ``added``, ``direct``;
    ``split_from`` gives a new measure the Cbw links of the base item it was split off."""
    assert spec.based_on is not None
    if spec.based_on not in available():
        raise ProblemsError([problem_at(path, doc, ("based_on",), "catalog.unknown",
                                        id=spec.based_on, known=", ".join(available()))])
    base = load_catalog(spec.based_on)
    problems: list[Problem] = []
    measures = dict(base.measures)
    for index, old in enumerate(spec.removed):
        if measures.pop(old, None) is None:
            problems.append(problem_at(path, doc, ("removed", index), "catalog.not_in_base",
                                       id=old, base=base.id))
    landed: list[tuple[Measure, tuple[str | int, ...]]] = []
    for old, move in spec.moved.items():
        was = measures.pop(old, None)
        if was is None:
            problems.append(problem_at(path, doc, ("moved", old), "catalog.not_in_base",
                                       id=old, base=base.id))
            continue
        landed.append((Measure(
            id=move.to, control=move.control, categories=move.categories,
            title=move.title or was.title, title_en=move.title_en or was.title_en,
            guidance=move.guidance or was.guidance,
            guidance_en=move.guidance_en or was.guidance_en), ("moved", old)))
    landed += [(m, ("added", index)) for index, m in enumerate(spec.added)]
    for measure, where in landed:
        if measure.id in measures:
            problems.append(problem_at(path, doc, (*where, "id") if where[0] == "added" else
                                       (*where, "to"), "catalog.duplicate_id", id=measure.id))
            continue
        problems += _parent_problems(measure, base.controls, path, doc, where)
        measures[measure.id] = measure
    for number, rewrite in spec.new_guidance.items():
        kept = measures.get(number)
        if kept is None or number not in base.measures:  # only a measure kept from the base
            problems.append(problem_at(path, doc, ("new_guidance", number),
                                       "catalog.not_in_base", id=number, base=base.id))
            continue
        measures[number] = kept.model_copy(update={"guidance": rewrite.guidance,
                                                   "guidance_en": rewrite.guidance_en})
    parents = {m.control for m in measures.values()}
    controls: dict[str, Control] = {}
    for control in base.controls.values():
        categories = control.categories
        if control.id in spec.direct:
            categories = spec.direct[control.id]
            if control.id in parents:
                problems.append(problem_at(path, doc, ("direct", control.id),
                                           "catalog.direct_with_measures", control=control.id))
        elif control.id in parents:
            categories = ()
        elif not categories:
            problems.append(problem_at(path, doc, ("based_on",),
                                       "catalog.direct_without_categories", control=control.id))
        controls[control.id] = control.model_copy(update={"categories": categories})
    problems += [problem_at(path, doc, ("direct", c), "catalog.unknown_parent", control=c)
                 for c in spec.direct if c not in base.controls]
    if problems:
        raise ProblemsError(problems)

    ordered = sorted(measures.values(), key=lambda m: _number_key(m.id))
    items = _items(controls.values(), ordered, base.clauses.values())
    moves = {old: move.to for old, move in spec.moved.items()}
    cbw_of: dict[str, list[str]] = {}
    for cbw_item in base.cbw_items.values():
        for link in cbw_item.links:
            for target in _follow(link.item, items, moves, ordered):
                cbw_of.setdefault(target, []).append(cbw_item.id)
    # a new measure that took over part of a base item serves what that item served
    for new, old in spec.split_from.items():
        if old not in base.items:
            problems.append(problem_at(path, doc, ("split_from", new), "catalog.not_in_base",
                                       id=old, base=base.id))
        elif new not in items or new in base.items:
            problems.append(problem_at(path, doc, ("split_from", new), "catalog.unknown_item",
                                       item=new))
        else:
            cbw_of.setdefault(new, []).extend(base.items[old].cbw)
    problems += _scope_problems(spec, items, path, doc)
    if problems:
        raise ProblemsError(problems)
    return Catalog(
        id=spec.id, title=spec.title, title_en=spec.title_en, status=spec.status,
        published=spec.published,
        controls=controls, clauses=base.clauses, measures={m.id: m for m in ordered},
        items=_with_cbw(items, cbw_of, spec.outside_cbw), nis2_letters=base.nis2_letters,
        nis2_duties=base.nis2_duties, cbw_items=base.cbw_items,
        published_defects=spec.defects, categories_from=spec.categories_from,
    )


def _scope_problems(spec: CatalogFile, items: Mapping[str, Item], path: Path,
                    doc: Document) -> list[Problem]:
    """Every item marked outside the Cbw scope exists in the catalog."""
    return [problem_at(path, doc, ("outside_cbw", index), "catalog.unknown_item", item=ident)
            for index, ident in enumerate(spec.outside_cbw) if ident not in items]


def _follow(item: str, items: Mapping[str, Item], moves: Mapping[str, str],
            measures: Iterable[Measure]) -> list[str]:
    """Where a link to ``item`` of the base catalog points in the derived one."""
    if item in items:
        return [item]
    if item in moves:
        return [moves[item]]
    # a control that was assessed directly and now has measures: link to those
    return [m.id for m in measures if m.control == item]


def _parent_problems(measure: Measure, controls: Mapping[str, Control], path: Path,
                     doc: Document, where: tuple[str | int, ...]) -> list[Problem]:
    if measure.control not in controls:
        return [problem_at(path, doc, (*where, "control"), "catalog.unknown_parent",
                           control=measure.control)]
    if _measure_prefix(measure.id) != measure.control:
        key = "to" if where[0] == "moved" else "id"
        return [problem_at(path, doc, (*where, key), "catalog.wrong_prefix", id=measure.id,
                           control=measure.control)]
    return []


def _items(controls: Iterable[Control], measures: Iterable[Measure],
           clauses: Iterable[Clause]) -> dict[str, Item]:
    """Assessable items in catalog order: per theme per control its measures (or the
    control itself), then the assessable ISMS clauses."""
    controls = list(controls)
    items: dict[str, Item] = {}
    by_control: dict[str, list[Measure]] = {}
    for measure in measures:
        by_control.setdefault(measure.control, []).append(measure)
    for theme in THEMES:
        for control in controls:
            if control.theme != theme:
                continue
            children = by_control.get(control.id)
            if children:
                for m in sorted(children, key=lambda m: m.id):
                    items[m.id] = _item(m.id, "measure", control, m.categories, m.title,
                                        m.title_en, m.guidance, m.guidance_en)
            else:
                items[control.id] = _item(control.id, "control", control, control.categories,
                                          control.title, control.title_en, control.guidance,
                                          control.guidance_en)
    for clause in clauses:
        if clause.assessable:
            items[clause.id] = Item(
                id=clause.id, kind="clause", control=None, theme="isms", categories=(),
                properties=("beschikbaarheid", "integriteit", "vertrouwelijkheid"),
                concepts=(), nis2=clause.nis2, title=clause.title, title_en=clause.title_en,
                guidance=clause.guidance or "", guidance_en=clause.guidance_en or "",
            )
    return items


def _with_cbw(items: dict[str, Item], cbw_of: dict[str, list[str]],
              outside: Iterable[str] = ()) -> dict[str, Item]:
    """The Cbw items each item serves, and whether the catalog puts it outside the Cbw."""
    out = set(outside)
    return {
        key: item.model_copy(update={"cbw": tuple(dict.fromkeys(cbw_of.get(key, ()))),
                                     "outside_cbw": key in out})
        for key, item in items.items()
    }


def _number_key(ident: str) -> tuple[int, ...]:
    return tuple(int(part) for part in ident.split("."))


def _list_key(doc: Document) -> str:
    data = doc.data
    return next((k for k in ("measures", "controls", "clauses", "items") if k in data), "")


def _measure_prefix(measure_id: str) -> str:
    theme, control, _ = measure_id.split(".")
    return f"{theme}.{int(control)}"


def _item(ident: str, kind: Literal["measure", "control"], control: Control,
          categories: tuple[Any, ...], title: str, title_en: str, guidance: str,
          guidance_en: str) -> Item:
    return Item(
        id=ident, kind=kind, control=control.id, theme=control.theme,
        categories=tuple(c for c in CATEGORIES if c in categories),
        properties=control.properties, concepts=control.concepts, nis2=control.nis2,
        title=title, title_en=title_en, guidance=guidance, guidance_en=guidance_en,
    )


def nearest_items(catalog: Catalog, wrong: str, limit: int = 1) -> list[str]:
    """Item ids that look like ``wrong`` (for "did you mean ...?")."""
    from bio2.catalog.facts import nearest_ids

    return nearest_ids(catalog.items, wrong, limit)


# -- lineage ----------------------------------------------------------------------------
def catalog_description(catalog_id: str) -> str | None:
    """The ``description`` of a catalog file (e.g. why a draft has no formal status)."""
    return read_spec(catalog_id)[0].description


def based_on(catalog_id: str) -> str | None:
    """The catalog that ``catalog_id`` is built on, if any."""
    return read_spec(catalog_id)[0].based_on


def moves_between(old_id: str, new_id: str) -> dict[str, str]:
    """Renumberings from catalog ``old_id`` to ``new_id`` (old item id -> new item id).

    Follows the ``based_on`` chain in either direction and composes the moves of each
    step; catalogs that are not in one chain share no known moves (``{}``).
    """
    forward = _chain_moves(old_id, new_id)
    if forward is not None:
        return forward
    backward = _chain_moves(new_id, old_id)
    if backward is not None:
        return {new: old for old, new in backward.items()}
    return {}


def _chain_moves(ancestor: str, descendant: str) -> dict[str, str] | None:
    steps: list[dict[str, str]] = []
    current: str | None = descendant
    seen: set[str] = set()
    while current is not None and current != ancestor:
        if current in seen:
            return None
        seen.add(current)
        spec = read_spec(current)[0]
        steps.append({old: move.to for old, move in spec.moved.items()})
        current = spec.based_on
    if current is None:
        return None
    composed: dict[str, str] = {}
    for step in reversed(steps):  # oldest step first
        targets = set(composed.values())
        composed = {old: step.get(new, new) for old, new in composed.items()}
        for old, new in step.items():
            # an id that was not itself the landing place of an earlier move
            if old not in targets:
                composed.setdefault(old, new)
    return {old: new for old, new in composed.items() if old != new}
