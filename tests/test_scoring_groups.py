"""The groups of a scorecard hold exactly the items the rules put in them: checked on the
shipped catalogs against the definition item by item ("is this item in that group?"),
which ``score`` no longer asks per key (one pass over the items, issue 12)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date

import pytest

from bio2.analysis.scoring import group, score
from bio2.catalog.loading import load_catalog
from bio2.domain.answers import Answer, Applicability, RiskProfile
from bio2.domain.base import CATEGORIES, CONCEPTS, LETTERS, THEMES
from bio2.domain.catalog import Item
from bio2.domain.scorecard import GroupScore, Scorecard

TODAY = date(2026, 6, 1)
FACTORS = {"basishygiene": 1.5, "ketenhygiene": 1.2}


def _expected(card: Scorecard, items: list[Item], keys: Iterable[str],
              member: Callable[[Item, str], bool]) -> dict[str, GroupScore]:
    return {k: group(k, [card.items[i.id] for i in items if member(i, k)]) for k in keys}


@pytest.mark.parametrize("catalog_id", ["bio2-1.2", "bio2-1.3-concept"])
def test_every_group_holds_the_items_of_its_definition(catalog_id: str) -> None:
    catalog = load_catalog(catalog_id)
    # A few items with NIS2 letters and Cbw articles marked as outside the Cbw (the 1.3
    # concept has one such item, without letters).
    chosen = [i.id for i in catalog.items.values() if i.nis2 and i.cbw][::40]
    catalog = catalog.model_copy(update={"items": {
        key: item.model_copy(update={"outside_cbw": True}) if key in chosen else item
        for key, item in catalog.items.items()}})
    items = list(catalog.items.values())
    statuses = ("ja", "deels", "nee", "nvt", "open")
    answers = {i.id: Answer(item=i.id, status=statuses[n % 5],
                            explanation=None if n % 5 in (0, 4) else "x")
               for n, i in enumerate(items) if n % 3}
    control = next(i.control for i in items if i.control)
    vvt = {control: Applicability(control=control, applicable=False, justification="j",
                                  risk_ref="RA")}
    profile = RiskProfile(beschikbaarheid="laag", integriteit="midden",
                          vertrouwelijkheid="hoog")
    card = score(catalog, answers, vvt, profile, FACTORS, TODAY)
    controls = list(dict.fromkeys(i.control for i in items if i.control))

    assert card.themes == _expected(card, items, (*THEMES, "isms"), lambda i, k: i.theme == k)
    assert card.controls == _expected(card, items, controls, lambda i, k: i.control == k)
    assert card.categories == _expected(card, items, CATEGORIES,
                                        lambda i, k: k in i.categories)
    assert card.nis2 == _expected(card, items, LETTERS,
                                  lambda i, k: k in i.nis2 and not i.outside_cbw)
    assert card.cbw == _expected(card, items, catalog.cbw_items,
                                 lambda i, k: k in i.cbw and not i.outside_cbw)
    assert card.concepts == _expected(card, items, CONCEPTS, lambda i, k: k in i.concepts)
    assert card.overall == group("overall", card.items.values())
    # The data has what the test is about: excluded items, items outside the Cbw with
    # letters and articles, groups of several items.
    assert card.controls[control].counts["excluded"] > 0
    assert max(g.items for g in card.controls.values()) > 1
    assert len(chosen) >= 3
