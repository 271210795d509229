"""Figures of issue 2: start-up, catalog load, scoring, saving one answer."""

from __future__ import annotations

import sys
import tempfile
from datetime import date
from pathlib import Path

from common import BIN, Figure, best_of, command_ms, median_of


def full_answers(catalog):  # type: ignore[no-untyped-def]
    from bio2.domain.answers import Answer

    statuses = ("ja", "deels", "nee", "ja", "open")
    return {
        item: Answer(item=item, status=statuses[n % 5],
                     explanation=None if statuses[n % 5] in ("ja", "open") else "toelichting")
        for n, item in enumerate(catalog.items)
    }


def run() -> list[Figure]:
    bio2 = str(BIN / "bio2")
    floor = command_ms([sys.executable, "-c", "pass"])
    helptime = command_ms([bio2, "--help"])
    listtime = command_ms([bio2, "catalog", "list"])
    figures = [
        Figure("bio2 --help (wall)", helptime, 150,
               note=f"python -c pass {floor:.0f} ms, ratio {helptime / floor:.1f}x"),
        Figure("bio2 catalog list (wall)", listtime, 350,
               note=f"python -c pass {floor:.0f} ms, ratio {listtime / floor:.1f}x"),
    ]

    from bio2.analysis.scoring import score
    from bio2.catalog import loading as catalog_module
    from bio2.catalog.profiles import load_profile
    from bio2.domain.answers import Answer, Organisation, RiskProfile
    from bio2.store import Store

    def load() -> object:
        catalog_module.load_catalog.cache_clear()
        return catalog_module.load_catalog("bio2-1.2")

    figures.append(Figure("load the whole catalog (in-process)", best_of(load, 7), 60))
    catalog = catalog_module.load_catalog("bio2-1.2")
    answers = full_answers(catalog)
    factors = load_profile("gemeente").category_factors
    figures.append(Figure("score a full assessment (190 items)", median_of(
        lambda: score(catalog, answers, {}, RiskProfile(), factors, date(2026, 11, 25))), 20))

    with tempfile.TemporaryDirectory() as folder:
        store = Store(Path(folder) / "bench.sqlite")
        with store.atomic():
            store.put_organisation(Organisation(id="bench", name="Bench", type="gemeente"))
            aid = store.create_assessment("bench", "2026", "bio2-1.2", "gemeente", "b",
                                          RiskProfile())
        counter = iter(range(10**6))

        def save() -> None:
            n = next(counter)
            store.save_answer(aid, Answer(item="5.17.01", status="deels",
                                          explanation=f"versie {n}"), actor="bench")

        figures.append(Figure("save one answer with history row", median_of(save, 51), 5))
        store.close()
    return figures
