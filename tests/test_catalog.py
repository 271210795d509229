"""The shipped catalog against the reference facts (tests/data/reference)."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from bio2.catalog.files import available
from bio2.catalog.loading import load_catalog
from bio2.domain.base import LETTERS
from tests.shingles import copied

REF = Path(__file__).parent / "data" / "reference"


def rows(name: str) -> list[dict[str, str]]:
    with open(REF / name, encoding="utf-8") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def norm(category: str) -> str:
    return category.strip().replace("ë", "e")


@pytest.fixture(scope="module")
def catalog():  # type: ignore[no-untyped-def]
    return load_catalog("bio2-1.2")


def test_catalog_is_listed() -> None:
    assert "bio2-1.2" in available()


def test_93_controls_in_four_themes(catalog) -> None:  # type: ignore[no-untyped-def]
    reference = rows("controls.tsv")
    themes = {"Organizational": "organisatorisch", "People": "mensgericht",
              "Physical": "fysiek", "Technological": "technologisch"}
    assert len(catalog.controls) == 93
    for row in reference:
        control = catalog.controls[row["control_id"]]
        assert control.theme == themes[row["theme"]]
    counts = {t: sum(1 for c in catalog.controls.values() if c.theme == t) for t in themes.values()}
    assert counts == {"organisatorisch": 37, "mensgericht": 8, "fysiek": 14, "technologisch": 34}


def test_120_measures_with_parents_and_categories(catalog) -> None:  # type: ignore[no-untyped-def]
    reference = rows("measures.tsv")
    assert len(catalog.measures) == len(reference) == 120
    for row in reference:
        measure = catalog.measures[row["overheidsmaatregel"]]
        assert measure.control == row["iso27002_control"]
        assert set(measure.categories) == {norm(c) for c in row["categories"].split(",")}
    basis = sum(1 for m in catalog.measures.values() if "basishygiene" in m.categories)
    overheid = sum(1 for m in catalog.measures.values() if "overheidsrisico" in m.categories)
    assert (basis, overheid) == (105, 15)


def test_40_controls_assessed_directly(catalog) -> None:  # type: ignore[no-untyped-def]
    parents = {r["iso27002_control"] for r in rows("measures.tsv")}
    direct = [i for i in catalog.items.values() if i.kind == "control"]
    assert len(direct) == 40
    assert {i.id for i in direct} == set(catalog.controls) - parents
    assert len(parents) == 53


def test_every_isms_clause(catalog) -> None:  # type: ignore[no-untyped-def]
    reference = rows("clauses.tsv")
    assert {f"isms-{r['clause']}" for r in reference} == set(catalog.clauses)
    assessable = {f"isms-{r['clause']}" for r in reference if r["assessable"] == "yes"}
    assert {i.id for i in catalog.items.values() if i.kind == "clause"} == assessable
    assert len(catalog.items) == 120 + 40 + len(assessable) == 190


def test_nis2_letters_stay_within_the_mapping_and_all_are_reached(catalog) -> None:  # type: ignore[no-untyped-def]
    """The section-level mapping is the outer bound; issue 13 derives the letters per
    sub-section of the annex (tests/test_nis2_letters.py), which only ever drops letters."""
    allowed: dict[str, set[str]] = {}
    for row in rows("nis2.tsv"):
        letter = row["nis2_art21_2_letter"]
        for control in row[next(k for k in row if k.startswith("iso27002"))].split():
            allowed.setdefault(control, set()).add(letter)
        for clause in row["iso27001_clauses"].split():
            allowed.setdefault(f"isms-{clause}", set()).add(letter)
    for ident, letters in allowed.items():
        mine = (catalog.controls.get(ident) or catalog.clauses[ident]).nis2
        assert mine and set(mine) <= letters, (ident, mine, letters)
    assert [c for c in (*catalog.controls, *catalog.clauses) if c not in allowed and
            (catalog.controls.get(c) or catalog.clauses[c]).nis2] == []
    reached = {letter for item in catalog.items.values() for letter in item.nis2}
    assert reached == set(LETTERS)
    assert set(catalog.nis2_letters) == set(LETTERS)


def test_cbw_items_all_served(catalog) -> None:  # type: ignore[no-untyped-def]
    reference = {r["item"] for r in rows("cbw.tsv")}
    assert set(catalog.cbw_items) == reference and len(reference) == 27
    served = {cbw for item in catalog.items.values() for cbw in item.cbw}
    assert served == reference
    letters = {letter for c in catalog.cbw_items.values() for letter in c.nis2}
    assert letters == set(LETTERS)


def test_ids_have_the_documented_shape(catalog) -> None:  # type: ignore[no-untyped-def]
    for item in catalog.items.values():
        assert re.fullmatch(r"[5-8]\.[0-9]{2}\.[0-9]{2}|[5-8]\.[0-9]{1,2}|isms-[0-9.]+", item.id)
    assert catalog.items["5.17.01"].control == "5.17"
    assert catalog.items["5.3"].kind == "control"
    assert catalog.items["isms-6.1.2"].kind == "clause"


def test_every_item_has_dutch_title_and_guidance(catalog) -> None:  # type: ignore[no-untyped-def]
    for item in catalog.items.values():
        assert item.title and item.title_en
        sentences = [s for s in re.split(r"(?<=[.!?])\s+", item.guidance.strip()) if s]
        assert 2 <= len(sentences) <= 8, (item.id, len(sentences))


def test_texts_are_our_own_words(catalog) -> None:  # type: ignore[no-untyped-def]
    """No run of 8 words of the reference texts appears in our titles or guidance; checked
    against the committed hashes (tests/shingles.py), so it runs on every machine."""
    texts = [c.guidance for c in catalog.controls.values()]
    texts += [i.guidance for i in catalog.items.values()]
    texts += [i.title for i in catalog.items.values()]
    assert copied(texts) == []
