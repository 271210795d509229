"""NIS2 art. 21(2) letters derived at the level of the annex's sub-sections (issue 13 §2).

``controls/facts/nis2-annex-2024-2690.tsv`` holds facts only (ids, no sentences): per part of
the annex to Implementing Regulation (EU) 2024/2690 the letters it implements and the ISO
27002 controls / ISO 27001 clauses that ENISA's guidance maps to it. A section with one letter
is one row ("3" is b); the two sections with more letters are split into their sub-sections:
11 (access control: 11.1-11.5 give i; only 11.6 authentication and 11.7 multi-factor
authentication also give j) and 13 (13.1 utilities c, 13.2 physical and environmental threats
e, 13.3 perimeter and physical access i). Our source of the control lists is
``../shared/reference/nis2-art21-to-iso27002.tsv`` (copied to tests/data/reference/nis2.tsv);
placing a control in one of 11.1-11.5 is our reading and gives i whichever it is.

The test below *is* the derivation: a control or clause carries exactly the letters of the
parts it is listed under. To change a letter, change the table; the failing assertion shows
what the YAML must become.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from bio2.catalog.loading import load_catalog
from bio2.domain.base import LETTERS
from bio2.system.paths import data_dir

REF = Path(__file__).parent / "data" / "reference"


def table() -> list[dict[str, str]]:
    path = data_dir("controls") / "facts" / "nis2-annex-2024-2690.tsv"
    with open(path, encoding="utf-8") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def derive(column: str) -> dict[str, tuple[str, ...]]:
    found: dict[str, set[str]] = {}
    for row in table():
        for ident in row[column].split():
            found.setdefault(ident, set()).update(row["letters"].split())
    return {ident: tuple(sorted(letters)) for ident, letters in found.items()}


def section_level() -> dict[str, set[str]]:
    """The coarser mapping: every control listed under a letter anywhere in its section."""
    found: dict[str, set[str]] = {}
    with open(REF / "nis2.tsv", encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            column = next(k for k in row if k.startswith("iso27002"))
            for control in row[column].split():
                found.setdefault(control, set()).add(row["nis2_art21_2_letter"])
    return found


def test_the_table_holds_ids_only() -> None:
    for row in table():
        assert re.fullmatch(r"[0-9]+(\.[0-9]+)?(-[0-9]+)?", row["annex_part"]), row
        assert re.fullmatch(r"[a-j]( [a-j])*", row["letters"]), row
        for column in ("iso27002_controls", "iso27001_clauses"):
            assert re.fullmatch(r"([0-9]+\.[0-9]+(\.[0-9]+)*( |$))*", row[column]), row


def test_yaml_letters_equal_the_derivation() -> None:
    catalog = load_catalog("bio2-1.2")
    controls, clauses = derive("iso27002_controls"), derive("iso27001_clauses")
    assert {c.id: c.nis2 for c in catalog.controls.values()} == {
        c: controls.get(c, ()) for c in catalog.controls}
    assert {c.id: c.nis2 for c in catalog.clauses.values()} == {
        c: clauses.get(c.removeprefix("isms-"), ()) for c in catalog.clauses}


def test_sub_sections_never_add_a_letter_to_the_section_level_mapping() -> None:
    coarse, fine = section_level(), derive("iso27002_controls")
    assert set(fine) == set(coarse)
    assert {c: set(v) for c, v in fine.items() if not set(v) <= coarse[c]} == {}


def test_j_only_through_authentication_and_mfa() -> None:
    rows = {r["annex_part"]: r for r in table() if "j" in r["letters"].split()}
    assert {part: r["iso27002_controls"] for part, r in rows.items()} == {
        "11.6": "5.17", "11.7": "8.5"}
    catalog = load_catalog("bio2-1.2")
    assert {c.id for c in catalog.controls.values() if "j" in c.nis2} == {"5.17", "8.5"}
    assert {i.id for i in catalog.items.values() if "j" in i.nis2} == {
        "5.17.01", "5.17.02", "5.17.03", "8.05.01"}


@pytest.mark.parametrize(("control", "letters"), [
    # the nine the section-level mapping gave j: access control, so i
    ("5.3", ("a", "i")), ("5.15", ("i",)), ("5.16", ("i",)), ("5.18", ("a", "i")),
    ("7.2", ("i",)), ("8.2", ("i",)), ("8.3", ("i",)), ("8.18", ("i",)), ("8.21", ("i",)),
    # authentication and MFA keep j
    ("5.17", ("i", "j")), ("8.5", ("i", "j")),
    # physical controls by sub-section of annex section 13, no longer c/e/i wholesale
    ("7.1", ("i",)), ("7.3", ("i",)), ("7.4", ("i",)), ("7.5", ("e",)), ("7.11", ("c",)),
    # untouched examples
    ("8.13", ("c",)), ("5.26", ("b", "c")), ("8.24", ("a", "h")),
])
def test_letters_by_hand(control: str, letters: tuple[str, ...]) -> None:
    assert load_catalog("bio2-1.2").controls[control].nis2 == letters
    assert load_catalog("bio2-1.3-concept").controls[control].nis2 == letters


def test_every_letter_is_still_reached() -> None:
    catalog = load_catalog("bio2-1.2")
    assert {letter for item in catalog.items.values() for letter in item.nis2} == set(LETTERS)
