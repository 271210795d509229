"""A catalog as plain records, for the read path of ``bio2 cbw`` (no pydantic).

What the scoring and Cbw rules read of a catalog (:class:`bio2.domain.shapes.CatalogShape`)
is derived from the catalog that :func:`~bio2.catalog.loading.load_catalog` loads and
checks, so the loader stays the one place that resolves and checks catalog files; the
result is kept in the per-user cache of derived values (:mod:`bio2.system.derivedcache`),
named by the bytes of every catalog file and of the code that resolves them. A catalog
folder with a problem is never cached: the loader raises its problems, as always.
The same holds for the category factors of an organisation-type profile.

The records are named tuples, not dataclasses: defining a dataclass costs about a
millisecond and a half on a slow machine, a named tuple a fifth of that (measured).
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from bio2.catalog.folder import controls_dir

if TYPE_CHECKING:
    from bio2.domain.catalog import Catalog
    from bio2.domain.vocab import Category, Letter, Property

#: The code whose result is cached: a change to it is a new cache entry.
_CATALOG_CODE = ("catalog/plain.py", "catalog/loading.py", "catalog/files.py",
                 "catalog/checklists.py", "domain/catalog.py")
_PROFILE_CODE = ("catalog/plain.py", "catalog/profiles.py", "domain/profile.py")
_PACKAGE = Path(__file__).resolve().parent.parent


class PlainItem(NamedTuple):
    id: str
    kind: str
    control: str | None
    categories: tuple[Category, ...]
    properties: tuple[Property, ...]
    nis2: tuple[Letter, ...]
    cbw: tuple[str, ...]
    outside_cbw: bool


class PlainPoint(NamedTuple):
    id: str
    text: str
    text_en: str


class PlainCbwItem(NamedTuple):
    id: str
    group: str
    topic: str
    topic_en: str
    checklist: tuple[PlainPoint, ...]


class PlainTitled(NamedTuple):
    title: str
    title_en: str


class PlainCatalog(NamedTuple):
    """The facts of one catalog that the Cbw views read, in catalog order."""

    id: str
    status: str
    items: Mapping[str, PlainItem]
    cbw_items: Mapping[str, PlainCbwItem]
    nis2_letters: Mapping[str, PlainTitled]
    nis2_duties: Mapping[str, PlainTitled]

    @property
    def is_draft(self) -> bool:
        """As :attr:`bio2.domain.catalog.Catalog.is_draft`."""
        return self.status != "vastgesteld"


def catalog_label(catalog: PlainCatalog | Catalog) -> str:
    """``id (status)``: a draft always shows that it has no formal status."""
    from bio2.i18n import t

    return f"{catalog.id} ({t(f'catalog.status.{catalog.status}')})"


def catalog_data(catalog: Catalog) -> tuple[Any, ...]:
    """The facts of a loaded catalog as plain tuples (what the cache keeps)."""
    return (
        catalog.id, catalog.status,
        tuple((i.id, i.kind, i.control, i.categories, i.properties, i.nis2, i.cbw,
               i.outside_cbw) for i in catalog.items.values()),
        tuple((c.id, c.group, c.topic, c.topic_en,
               tuple((p.id, p.text, p.text_en) for p in c.checklist))
              for c in catalog.cbw_items.values()),
        tuple((key, n.title, n.title_en) for key, n in catalog.nis2_letters.items()),
        tuple((key, d.title, d.title_en) for key, d in catalog.nis2_duties.items()),
    )


def from_data(data: tuple[Any, ...]) -> PlainCatalog:
    ident, status, items, cbw_items, letters, duties = data
    return PlainCatalog(
        id=ident, status=status,
        items={i[0]: PlainItem(*i) for i in items},
        cbw_items={c[0]: PlainCbwItem(c[0], c[1], c[2], c[3],
                                      tuple(PlainPoint(*p) for p in c[4]))
                   for c in cbw_items},
        nis2_letters={key: PlainTitled(title, title_en) for key, title, title_en in letters},
        nis2_duties={key: PlainTitled(title, title_en) for key, title, title_en in duties},
    )


def _sources(names: tuple[str, ...]) -> list[bytes]:
    return [(_PACKAGE / name).read_bytes() for name in names]


def _catalog_parts() -> list[bytes]:
    """Every catalog file's name and bytes (a derived catalog reads its base's files,
    and any file may be a building block), then the resolving code."""
    import os

    folder = controls_dir()
    parts: list[bytes] = []
    # os.listdir, not Path.glob: the pattern compiles a regular expression (~5 ms here)
    for name in sorted(n for n in os.listdir(folder) if n.endswith(".yaml")):
        parts += [name.encode("utf-8"), (folder / name).read_bytes()]
    return parts + _sources(_CATALOG_CODE)


def plain_catalog(catalog_id: str) -> PlainCatalog:
    """The facts of catalog ``catalog_id``; an unknown or broken catalog raises the
    loader's ``ProblemsError``."""

    def build() -> tuple[Any, ...]:
        from bio2.catalog.loading import load_catalog

        return catalog_data(load_catalog(catalog_id))

    from bio2.system.derivedcache import derived

    # the id is data from the database: it names nothing on disk, only the hash has it
    value = derived("catalog", [catalog_id.encode("utf-8"), *_catalog_parts()], build)
    try:
        return from_data(value)
    except (TypeError, ValueError, IndexError, KeyError):  # a cache entry of another shape
        return from_data(build())


def category_factors(org_type: str) -> dict[Category, float]:
    """The category factors of the profile of ``org_type`` (as ``load_profile``; an
    unknown or broken profile raises its ``ProblemsError``)."""
    from bio2.system.paths import data_dir

    def build() -> dict[Category, float]:
        from bio2.catalog.profiles import load_profile

        return dict(load_profile(org_type).category_factors)

    path = data_dir("profiles") / f"{org_type}.yaml"
    try:
        raw = path.read_bytes()
    except OSError:
        raw = b""  # unknown type: the loader names the problem (never cached)
    from bio2.system.derivedcache import derived

    found = derived("profile", [org_type.encode("utf-8"), path.name.encode(), raw,
                                *_sources(_PROFILE_CODE)], build)
    if not (isinstance(found, dict) and all(isinstance(v, float) for v in found.values())):
        return build()  # a cache entry of another shape
    return found
