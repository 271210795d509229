"""The start screen's list: every assessment with its coverage and overall score, fast.

``assessing.overview`` loads and scores each assessment in full (pydantic models, every
group of the scorecard): about 10 ms each, 10 s for 1,000 assessments. The start screen
needs two numbers per row, so this module reads the few columns it needs in three
queries for the whole database and computes coverage and the overall score with the
rules of ``bio2.analysis.scoring`` on plain tuples. Decisions:

- Same rules, no second definition: an item's weight comes from
  ``scoring.item_weight`` (cached per catalog, profile and risk profile), the degree
  from ``scoring.DEGREE``; the test compares every row with the full scorecard.
- Neither number depends on today's date (only acceptance and due dates do). They are
  cached per database and assessment under a marker of everything they depend on: the
  assessment's ``updated`` stamp (every write of an answer, VvT decision or risk profile
  goes through ``bio2.store.writes`` and sets it, in the same transaction), its risk
  revision, catalog, profile and risk levels. A change made by another process changes
  the marker, so it shows at once; an unchanged assessment is not read again. Returning
  to the start screen after editing one assessment of 1,000 therefore reads one. The
  markers are read before the answers: a write in between caches a newer score under an
  older marker, which differs from the stored one at the next visit, so it is read again.
- The TUI runs no SQL (issue 12): it asks :func:`assessment_count`, :func:`overview_of`
  (on the store's connection, for a small database) or :func:`overview_at` (a connection
  of its own, for a worker thread: SQLite connections stay in the thread that opened
  them).
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import lru_cache

from bio2.analysis.scoring import DEGREE, explicit_weight, item_weight
from bio2.catalog.loading import load_catalog
from bio2.catalog.profiles import load_profile
from bio2.domain.answers import RiskProfile
from bio2.domain.base import Category
from bio2.store import Store


@dataclass(frozen=True)
class OverviewRow:
    """One line of the start screen: an assessment, or an organisation without one
    (``assessment_id``, ``period``, ``catalog``, ``coverage`` and ``score`` are None)."""

    assessment_id: int | None
    org_id: str
    org_name: str
    period: str | None
    catalog: str | None
    coverage: float | None
    score: float | None
    updated: str


Weights = tuple[tuple[str, str | None, float], ...]
Explicit = Callable[[int, int], float]


@lru_cache(maxsize=64)
def _explicit(profile: str) -> Explicit:
    """The weight of an explicit likelihood x impact under a profile (``scoring``)."""
    factors = load_profile(profile).category_factors
    return lambda likelihood, impact: explicit_weight(likelihood, impact, factors)


@lru_cache(maxsize=256)
def _weights(catalog_id: str, profile: str, levels: tuple[str, str, str]) -> Weights:
    """(item, control, profile weight) for every item of a catalog, in catalog order."""
    catalog = load_catalog(catalog_id)
    factors: Mapping[Category, float] = load_profile(profile).category_factors
    risk = RiskProfile.model_validate({"beschikbaarheid": levels[0], "integriteit": levels[1],
                                       "vertrouwelijkheid": levels[2]})
    return tuple((item.id, item.control, item_weight(item, risk, factors).value)
                 for item in catalog.items.values())


def coverage_and_score(weights: Weights,
                       answers: Mapping[str, tuple[str, int | None, int | None]],
                       excluded: set[str], explicit: Explicit) -> tuple[float, float | None]:
    """Overall coverage and score, as ``scoring.group("overall", ...)`` computes them;
    ``explicit`` weighs an answer's own likelihood and impact."""
    total = met = 0.0
    answered = 0
    for item, control, weight in weights:
        status, likelihood, impact = answers.get(item, ("open", None, None))
        out = control in excluded
        if out or status != "open":
            answered += 1
        if out or status == "nvt":
            continue
        if likelihood is not None and impact is not None:
            weight = explicit(likelihood, impact)
        total += weight
        met += weight * DEGREE[status]
    coverage = answered / len(weights) if weights else 0.0
    return coverage, (met / total if total > 0 else None)


#: (database, assessment id) -> (marker, coverage, score); see the module docstring.
_cache: dict[tuple[str, int], tuple[tuple[object, ...], float, float | None]] = {}
Marker = tuple[object, ...]


def assessment_count(store: Store) -> int:
    """How many assessments the database holds (the start screen decides how to load)."""
    return int(store.db.conn.execute("SELECT count(*) FROM assessments").fetchone()[0])


def overview_of(store: Store) -> list[OverviewRow]:
    """The overview on the store's own connection (a small or in-memory database)."""
    source = None if str(store.path) == ":memory:" else str(store.path.resolve())
    return overview_rows(store.db.conn, source)


def overview_at(path: str) -> list[OverviewRow]:
    """The overview on a connection of its own (for a worker thread); it only reads."""
    from pathlib import Path

    resolved = Path(path).resolve()
    conn = sqlite3.connect(str(resolved), timeout=10)
    try:
        return overview_rows(conn, str(resolved))
    finally:
        conn.close()


def overview_rows(conn: sqlite3.Connection, source: str | None = None) -> list[OverviewRow]:
    """Every assessment (by organisation id, period, id) and then every organisation
    without an assessment. ``source`` names the database for the cache (``None``: no
    cache); only assessments whose marker changed are read and scored."""
    listed = conn.execute(
        "SELECT a.id, a.org_id, o.name, a.period, a.catalog, a.profile,"
        " a.beschikbaarheid, a.integriteit, a.vertrouwelijkheid, a.updated, a.risk_revision"
        " FROM assessments a JOIN organisations o ON o.id = a.org_id"
        " ORDER BY a.org_id, a.period, a.id").fetchall()
    markers: dict[int, Marker] = {int(r[0]): (r[9], r[10], *r[4:9]) for r in listed}
    todo = [aid for aid, marker in markers.items()
            if source is None or (hit := _cache.get((source, aid))) is None
            or hit[0] != marker]
    answers, excluded = _read(conn, todo, everything=len(todo) == len(markers))
    rows: list[OverviewRow] = []
    for (aid, org_id, name, period, catalog, profile, b, i, v, updated, _) in listed:
        hit = _cache.get((source, aid)) if source is not None else None
        if hit is not None and hit[0] == markers[aid]:
            coverage, score = hit[1], hit[2]
        else:
            coverage, score = coverage_and_score(
                _weights(catalog, profile, (b, i, v)), answers.get(aid, {}),
                excluded.get(aid, set()), _explicit(profile))
            if source is not None:
                _cache[(source, aid)] = (markers[aid], coverage, score)
        rows.append(OverviewRow(aid, org_id, name, period, catalog, coverage, score, updated))
    rows += [OverviewRow(None, org_id, name, None, None, None, None, str(updated))
             for org_id, name, updated in conn.execute(
                 "SELECT id, name, updated FROM organisations WHERE id NOT IN"
                 " (SELECT org_id FROM assessments) ORDER BY name, id")]
    return rows


def _read(conn: sqlite3.Connection, ids: list[int], *, everything: bool
          ) -> tuple[dict[int, dict[str, tuple[str, int | None, int | None]]],
                     dict[int, set[str]]]:
    """The self-assessment answers and VvT exclusions of the assessments ``ids`` (two
    queries; without a filter when it is all of them)."""
    answers: dict[int, dict[str, tuple[str, int | None, int | None]]] = defaultdict(dict)
    excluded: dict[int, set[str]] = defaultdict(set)
    if not ids:
        return answers, excluded
    where, args = ("", []) if everything else (
        " AND assessment_id IN (SELECT value FROM json_each(?))", [json.dumps(ids)])
    for aid, item, status, likelihood, impact in conn.execute(
            "SELECT assessment_id, item, status, likelihood, impact FROM answers"
            " WHERE view = 'self'" + where, args):
        answers[aid][item] = (status, likelihood, impact)
    for aid, control in conn.execute(
            "SELECT assessment_id, control FROM applicability WHERE applicable = 0"
            + where, args):
        excluded[aid].add(control)
    return answers, excluded
