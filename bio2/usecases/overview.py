"""The start screen's list: every assessment with its coverage and overall score, fast.

``assessing.overview`` loads and scores each assessment in full (pydantic models, every
group of the scorecard): about 10 ms each, 10 s for 1,000 assessments. The start screen
needs two numbers per row, so this module reads the few columns it needs in three
queries for the whole database and computes coverage and the overall score with the
rules of ``bio2.analysis.scoring`` on plain tuples. Decisions:

- Same rules, no second definition: an item's weight comes from
  ``scoring.item_weight`` (cached per catalog, profile and risk profile), the degree
  from ``scoring.DEGREE``; the test compares every row with the full scorecard.
- Neither number depends on today's date (only acceptance and due dates do), so none
  is cached between visits: a change made by another process shows at once.
- It takes a plain ``sqlite3`` connection, so the TUI can run it in a worker thread on
  a connection of its own (SQLite connections stay in the thread that opened them).
"""

from __future__ import annotations

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


def overview_rows(conn: sqlite3.Connection) -> list[OverviewRow]:
    """Every assessment (by organisation id, period, id) and then every organisation
    without an assessment, from three queries."""
    answers: dict[int, dict[str, tuple[str, int | None, int | None]]] = defaultdict(dict)
    for aid, item, status, likelihood, impact in conn.execute(
            "SELECT assessment_id, item, status, likelihood, impact FROM answers"
            " WHERE view = 'self'"):
        answers[aid][item] = (status, likelihood, impact)
    excluded: dict[int, set[str]] = defaultdict(set)
    for aid, control in conn.execute(
            "SELECT assessment_id, control FROM applicability WHERE applicable = 0"):
        excluded[aid].add(control)
    rows: list[OverviewRow] = []
    for (aid, org_id, name, period, catalog, profile, b, i, v, updated) in conn.execute(
            "SELECT a.id, a.org_id, o.name, a.period, a.catalog, a.profile,"
            " a.beschikbaarheid, a.integriteit, a.vertrouwelijkheid, a.updated"
            " FROM assessments a JOIN organisations o ON o.id = a.org_id"
            " ORDER BY a.org_id, a.period, a.id"):
        coverage, score = coverage_and_score(_weights(catalog, profile, (b, i, v)),
                                             answers.get(aid, {}), excluded.get(aid, set()),
                                             _explicit(profile))
        rows.append(OverviewRow(aid, org_id, name, period, catalog, coverage, score, updated))
    rows += [OverviewRow(None, org_id, name, None, None, None, None, str(updated))
             for org_id, name, updated in conn.execute(
                 "SELECT id, name, updated FROM organisations WHERE id NOT IN"
                 " (SELECT org_id FROM assessments) ORDER BY name, id")]
    return rows
