"""Our guidance in English: present for every item and control of every catalog, a real
translation of the Dutch (not a copy, no Dutch left in it), and shown in English."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from bio2.catalog import available, load_catalog
from bio2.domain.catalog import Catalog
from bio2.i18n import set_language
from tests.conftest import run_bio2

#: Words that are common in Dutch prose and never occur in English prose.
DUTCH_MARKERS = frozenset((
    "de", "het", "een", "en", "van", "voor", "wordt", "worden", "zijn", "niet", "ook", "bij",
    "naar", "welke", "deze", "dat", "uw", "zoals", "bijvoorbeeld", "bewijs",
    "moet", "kunnen", "maatregel", "maatregelen", "organisatie", "beveiliging", "toelichting",
    "gegevens", "beheer", "leveranciers", "medewerkers"))
#: References to clauses, controls and measures ("6.1.2", "5.01.02", "5.36.01").
REFERENCE = re.compile(r"\b\d+\.\d+(?:\.\d+)?\b")


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+", text.strip()) if s]


def texts(catalog: Catalog) -> list[tuple[str, str, str]]:
    """(id, Dutch, English) of every guidance text the user can be shown: each item, and
    each control (``bio2 catalog show 5.17`` shows a control that has measures)."""
    found = [(i.id, i.guidance, i.guidance_en) for i in catalog.items.values()]
    found += [(c.id, c.guidance, c.guidance_en or "") for c in catalog.controls.values()
              if c.id not in catalog.items]
    return found


def _scope(catalog: Catalog) -> list[tuple[str, str, str]]:
    # Translated so far: the ISMS clauses and the ISO 27002 controls.
    return [row for row in texts(catalog)
            if row[0].startswith("isms-") or row[0] in catalog.controls]


@pytest.mark.parametrize("catalog_id", available())
def test_every_item_has_english_guidance(catalog_id: str) -> None:
    catalog = load_catalog(catalog_id)
    rows = _scope(catalog)
    assert rows
    missing = [ident for ident, _, english in rows if not english]
    assert missing == []


@pytest.mark.parametrize("catalog_id", available())
def test_english_guidance_is_a_translation_not_a_copy(catalog_id: str) -> None:
    problems: list[Any] = []
    for ident, dutch, english in _scope(load_catalog(catalog_id)):
        if english.strip() == dutch.strip():
            problems.append((ident, "identical to the Dutch"))
        # lower-case words only: names such as "NEN-EN 15713" are not Dutch prose
        words = set(re.findall(r"(?<![\w-])[a-zà-ÿ]+(?![\w-])", english))
        if words & DUTCH_MARKERS:
            problems.append((ident, sorted(words & DUTCH_MARKERS)))
        # faithful: about as many sentences, and the same references to other items
        nl, en = len(_sentences(dutch)), len(_sentences(english))
        if abs(nl - en) > 1 or not 2 <= en <= 8:
            problems.append((ident, f"{nl} Dutch and {en} English sentences"))
        if set(REFERENCE.findall(dutch)) != set(REFERENCE.findall(english)):
            problems.append((ident, REFERENCE.findall(dutch), REFERENCE.findall(english)))
    assert problems == []


def test_the_marker_check_can_fail() -> None:
    """The Dutch marker words catch Dutch text (so the test above means something)."""
    catalog = load_catalog()
    for item in list(catalog.items.values())[:20]:
        assert set(re.findall(r"[a-zà-ÿ]+", item.guidance.lower())) & DUTCH_MARKERS, item.id


def test_item_picks_the_language() -> None:
    from bio2.i18n import pick

    item = load_catalog().items["isms-6.1.2"]
    set_language("en")
    try:
        assert pick(item.guidance, item.guidance_en) == item.guidance_en
    finally:
        set_language("nl")
    assert pick(item.guidance, item.guidance_en) == item.guidance


def test_catalog_show_in_english_prints_the_english_guidance() -> None:
    item = load_catalog().items["isms-6.1.2"]
    english = run_bio2("catalog", "show", "isms-6.1.2", "--lang", "en")
    dutch = run_bio2("catalog", "show", "isms-6.1.2")
    assert english.returncode == dutch.returncode == 0
    flat_en, flat_nl = " ".join(english.stdout.split()), " ".join(dutch.stdout.split())
    assert item.guidance_en[:60] in flat_en and item.guidance[:60] not in flat_en
    assert item.guidance[:60] in flat_nl and item.guidance_en[:60] not in flat_nl


def test_english_tui_item_panel_shows_the_english_guidance(db_path: Path) -> None:
    from tests.test_tui import drive, goto, open_first, seeded

    seeded(db_path)
    item = load_catalog().items["isms-6.1.2"]
    seen: dict[str, str] = {}

    def run(lang: str) -> None:
        async def steps(pilot: Any, app: Any) -> None:
            screen = await open_first(pilot, app)
            await goto(pilot, "isms-6.1.2")
            seen[lang] = " ".join(str(screen.query_one("#item-body").render()).split())

        drive(db_path, steps, lang=lang)

    run("en")
    run("nl")
    assert "What this measure asks" in seen["en"]
    assert item.guidance_en[:80] in seen["en"] and item.guidance[:80] not in seen["en"]
    assert item.guidance[:80] in seen["nl"] and item.guidance_en[:80] not in seen["nl"]
