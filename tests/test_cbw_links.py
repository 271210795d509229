"""The Cbw Control Framework items mean what their own text says (issue 13 §1).

The expectations below are written out by hand from the issue and the framework's item
descriptions (``../shared/reference/cbw-control-framework-v1.2-scope.tsv``), not read back
from ``controls/cbw-control-framework.yaml``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from bio2.catalog import loading as catalog_module
from bio2.catalog.files import available
from bio2.catalog.loading import load_catalog
from bio2.system.paths import data_dir
from bio2.system.problems import ProblemsError
from bio2.system.yamlload import parse_bytes

CBW_FILE = "cbw-control-framework.yaml"


def cbw_document() -> dict[str, object]:
    data = parse_bytes((data_dir("controls") / CBW_FILE).read_bytes()).data
    assert isinstance(data, dict)
    return data


def serving(catalog_id: str = "bio2-1.2") -> dict[str, set[str]]:
    """Cbw item -> the BIO2 items that serve it."""
    catalog = load_catalog(catalog_id)
    found: dict[str, set[str]] = {c: set() for c in catalog.cbw_items}
    for item in catalog.items.values():
        for cbw in item.cbw:
            found[cbw].add(item.id)
    return found


@pytest.mark.parametrize("catalog_id", available())
def test_every_cbw_item_has_at_least_one_link(catalog_id: str) -> None:
    served = serving(catalog_id)
    assert len(served) == 27
    assert [cbw for cbw, items in served.items() if not items] == []


def test_every_assessable_item_is_linked_or_says_why_not() -> None:
    catalog = load_catalog("bio2-1.2")
    unlinked = {entry["item"]: entry for entry in cbw_document()["unlinked"]}  # type: ignore[attr-defined]
    without = {i.id for i in catalog.items.values() if not i.cbw}
    assert without == set(unlinked)
    for entry in unlinked.values():
        for key in ("why", "why_en"):
            assert "\n" not in entry[key] and len(entry[key]) >= 20, entry
    # of the 49 items that had no link before issue 13, these keep none, each with a reason
    assert set(unlinked) == {"5.31", "5.32", "5.34", "7.5", "7.8", "7.12", "8.11", "8.12", "8.34",
                             "isms-6.3", "isms-7.1", "isms-7.5.1", "isms-7.5.2", "isms-7.5.3",
                             "isms-8.1"}


def test_every_link_has_a_one_line_rationale_in_both_languages() -> None:
    for cbw in load_catalog("bio2-1.2").cbw_items.values():
        for link in cbw.links:
            assert link.why and link.why_en and link.why != link.why_en
            assert "\n" not in link.why and "\n" not in link.why_en


def test_descriptions_follow_the_framework_not_our_own_split() -> None:
    for cbw in load_catalog("bio2-1.2").cbw_items.values():
        for text in (cbw.description, cbw.description_en):
            for phrase in ("Wij vullen", "Wij richten", "We treat this item", "We focus this"):
                assert phrase not in text, (cbw.id, phrase)
    meld = load_catalog("bio2-1.2").cbw_items["15.1"]
    assert "waar nodig" not in meld.description and "CSIRT van de entiteit" in meld.description


# (Cbw item, BIO2 items the issue places there)
NAMED = [
    ("5.1", {"8.13.01", "8.13.02", "8.13.03", "8.13.04"}),
    ("5.2", {"5.30.01"}),
    ("6.2", {"5.22.01", "5.20.04"}),
    ("6.3", {"5.22.02"}),
    ("7.2", {"8.25", "8.28", "8.29.01"}),
    ("7.3", {"8.9", "8.32.01", "8.32.02", "8.18.01", "8.18.02", "8.19.01"}),
    ("11.1", {"7.01.01", "7.01.02", "7.02.01", "5.16.02", "8.03.01"}),
    ("12.2", {"5.09.01"}),
    ("4.2", {"8.15.02", "8.15.05", "8.15.06", "8.16.04"}),
    ("9.1", {"5.14.03"}),
    ("17.1", {"5.24.07"}),
]


@pytest.mark.parametrize(("cbw", "items"), NAMED)
def test_links_the_issue_names(cbw: str, items: set[str]) -> None:
    assert items <= serving()[cbw]


def test_items_that_left_an_item_are_gone_from_it() -> None:
    served = serving()
    # backups are 5.1 now, not the plans of 5.2; the register is 6.3, not 6.1 or 6.2
    assert not {"8.13.01", "8.13.02", "8.13.03", "8.13.04"} & served["5.2"]
    assert "5.22.02" not in served["6.1"] | served["6.2"]
    # 5.3 is crisis management: no certificates, no plain incident response
    assert not {"8.24.05", "5.26"} & served["5.3"]
    # development is 7.2, maintenance 7.3; 7.1 keeps the acquisition side
    assert not {"8.25", "8.28", "8.29.01", "8.27.01"} & served["7.1"]
    assert not {"8.9", "8.32.01", "8.32.02"} & served["7.2"]
    # the inventory is 12.2, classification and handling 12.1
    assert "5.09.01" not in served["12.1"] and "5.12.01" not in served["12.2"]
    # 17.1 is informing the recipients: no root cause, no logging, no progress reports
    assert served["17.1"] == {"5.24.07", "5.26", "isms-7.4"}
    assert not {"5.27.01", "5.28.01", "8.15.01", "8.15.03", "5.24.04"} & served["17.1"]
    # 16.1 covers all three reporting phases, up to the final report's root cause
    assert {"5.24.07", "5.27.01", "8.15.01"} <= served["16.1"]
    # training for staff in security roles (8.2) is not the awareness of everyone (8.1)
    assert {"6.03.01", "6.03.02", "8.07.02"} <= served["8.1"]
    assert not {"6.03.01", "6.03.02", "8.07.02"} & served["8.2"]


def test_draft_catalog_follows_the_same_links() -> None:
    """bio2-1.3-concept inherits the links through its moves (5.25.01 -> 5.26.02)."""
    assert serving("bio2-1.3-concept")["4.2"] >= {"8.15.02", "8.15.05", "8.15.06", "8.16.04"}
    assert "5.26.02" in serving("bio2-1.3-concept")["16.1"]


def _problem(controls: Path, change: Callable[[str], str]) -> str:
    path = controls / CBW_FILE
    path.write_text(change(path.read_text(encoding="utf-8")), encoding="utf-8")
    with pytest.raises(ProblemsError) as caught:
        catalog_module.load_catalog("bio2-1.2")
    lines = [str(p) for p in caught.value.problems]
    assert len(lines) == 1, lines
    return lines[0]


def test_an_unlinked_item_that_is_also_linked_is_one_clear_line(controls: Path) -> None:
    message = _problem(controls, lambda s: s.replace('unlinked:\n', 'unlinked:\n  - item: "8.9"\n'
                                                     '    why: staat er dubbel in\n'
                                                     '    why_en: listed twice here\n', 1))
    path = controls / CBW_FILE
    line = path.read_text(encoding="utf-8").splitlines().index("unlinked:") + 2
    assert message.startswith(f"{path}:{line}:") and "8.9" in message and "unlinked" in message


def test_an_unknown_unlinked_item_is_one_clear_line(controls: Path) -> None:
    message = _problem(controls, lambda s: s.replace('- item: "5.32"', '- item: "5.99"', 1))
    assert "onbekend item 5.99" in message
