"""Catalog versions: the 1.3 draft catalog, catalogs built on others, diff and migration plan."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from bio2.catalog import loading as catalog_module
from bio2.catalog.files import available
from bio2.catalog.loading import load_catalog, moves_between
from bio2.catalog.versions import Move, diff, diff_lines, plan_migration
from bio2.domain.answers import Answer, Applicability
from bio2.system.problems import ProblemsError
from tests.shingles import copied

REF = Path(__file__).parent / "data" / "reference"
OLD, NEW = "bio2-1.2", "bio2-1.3-concept"
REMOVED = ("5.10", "5.21.01", "5.26", "5.35.01", "7.01.01", "8.24.03")
# 8.08.06 only refers to 5.24.08 in 1.3; bio2 models that as a move (issue 13)
MOVES = {"5.04.02": "5.10.02", "5.04.03": "5.10.03", "5.24.06": "5.21.05",
         "5.25.01": "5.26.02", "8.08.06": "5.24.08"}
ADDED = ("5.25", "6.03.04")


# -- the draft catalog -------------------------------------------------------------------
def test_draft_is_shipped_and_marked_as_draft() -> None:
    assert NEW in available()
    draft = load_catalog(NEW)
    # published as final, formal adoption not confirmed: selectable, never the default
    assert draft.status == "gepubliceerd" and draft.is_draft
    assert draft.categories_from == OLD and load_catalog(OLD).categories_from is None
    assert "formele vaststelling is niet bevestigd" in " ".join(
        (catalog_module.catalog_description(NEW) or "").split())
    assert catalog_module.based_on(NEW) == OLD


def test_draft_follows_the_status_list() -> None:
    """Every row of the v1.2 -> v1.3 status list, checked against the draft catalog."""
    draft = load_catalog(NEW)
    with open(REF / "v1.3-status.tsv", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    assert len(rows) == 127
    for row in rows:
        ident, status = row["id"], row["v1.3_github_status"]
        if ident == "8.08.06":
            # "geldend" in the list, but its text is only "see 5.24.08": modelled as moved
            assert status == "geldend" and ident not in draft.measures
            assert "5.24.08" in draft.measures
        elif status == "geldend":
            assert ident in draft.measures, ident
        elif status == "vervallen":
            assert ident not in draft.measures, ident
        else:
            target = status.removeprefix("verplaatst:")
            if row["in_v1.2_official"] == "yes":
                assert ident not in draft.measures and target in draft.measures, ident
            else:
                # 5.26.01 was the "no government measure" heading of 5.26; it moves to 5.25,
                # which thereby has no measure left and is assessed directly.
                assert (ident, target) == ("5.26.01", "5.25.02")
                assert draft.items["5.25"].kind == "control"
                assert "5.26" not in draft.items and "5.26.02" in draft.items
    kinds = [i.kind for i in draft.items.values()]
    assert (kinds.count("measure"), kinds.count("control"), len(kinds)) == (117, 39, 186)


def test_moved_measures_keep_their_categories_and_get_new_parents() -> None:
    adopted, draft = load_catalog(OLD), load_catalog(NEW)
    for old, new in MOVES.items():
        assert draft.measures[new].categories == adopted.measures[old].categories
        assert draft.measures[new].control == new.rsplit(".", 1)[0].replace(".0", ".")
    # controls that gained measures are no longer assessed directly ...
    assert draft.controls["5.10"].categories == () and draft.controls["5.26"].categories == ()
    # ... and the one that lost its only measure is, with the category of 1.2's 5.26.01
    assert draft.items["5.25"].categories == ("overheidsrisico",)


def test_cbw_links_follow_the_moves() -> None:
    adopted, draft = load_catalog(OLD), load_catalog(NEW)
    assert set(draft.items["5.26.02"].cbw) == set(adopted.items["5.25.01"].cbw) | set(
        adopted.items["5.26"].cbw) == {"4.1", "15.1", "16.1", "17.1"}
    assert set(draft.items["5.10.02"].cbw) == set(adopted.items["5.04.02"].cbw) | set(
        adopted.items["5.10"].cbw)
    served = {c for item in draft.items.values() for c in item.cbw}
    assert served == set(draft.cbw_items)


def test_draft_texts_are_complete_and_our_own_words() -> None:
    draft = load_catalog(NEW)
    for ident in [*MOVES.values(), "5.24.08", "6.03.04"]:
        item = draft.items[ident]
        sentences = [s for s in re.split(r"(?<=[.!?])\s+", item.guidance.strip()) if s]
        assert item.title and item.title_en and 2 <= len(sentences) <= 8, ident
    # against the committed hashes of the reference texts (tests/shingles.py): everywhere
    for item in draft.items.values():
        assert copied([f"{item.title} {item.guidance}"]) == [], item.id


# -- catalogs built on others: bad files ---------------------------------------------------
def write(folder: Path, ident: str, body: str) -> Path:
    path = folder / f"{ident}.yaml"
    path.write_text(f"id: {ident}\ntitle: T\ntitle_en: T\nstatus: concept\n"
                    f"published: 2026-02-01\n{body}", encoding="utf-8")
    return path


def only_problem(ident: str) -> str:
    with pytest.raises(ProblemsError) as caught:
        load_catalog(ident)
    assert len(caught.value.problems) == 1, [str(p) for p in caught.value.problems]
    return str(caught.value.problems[0])


def test_chain_of_three_composes_moves(controls: Path) -> None:
    write(controls, "bio2-1.4-test", 'based_on: bio2-1.3-concept\nmoved:\n'
          '  "5.10.02": {to: "5.10.04", control: "5.10", categories: [ketenhygiene]}\n'
          'removed: ["5.21.05"]\n')
    third = load_catalog("bio2-1.4-test")
    assert "5.10.04" in third.items and third.items["5.10.04"].categories == ("ketenhygiene",)
    assert third.items["5.10.04"].title == load_catalog(NEW).items["5.10.02"].title
    composed = moves_between(OLD, "bio2-1.4-test")
    assert composed == {**MOVES, "5.04.02": "5.10.04"}
    changes = diff(load_catalog(OLD), third, composed)
    assert Move("5.04.02", "5.10.04") in changes.moved
    assert "5.24.06" in changes.removed  # moved to 5.21.05 in 1.3, gone in 1.4
    assert [(c.old, c.new, c.after) for c in changes.changed] == [
        ("5.04.02", "5.10.04", ("ketenhygiene",))]


@pytest.mark.parametrize(("body", "line", "words"), [
    ("based_on: bio2-1.2\nremoved: ['5.99.01']\n", 7, "5.99.01 bestaat niet in bio2-1.2"),
    ("based_on: bio2-1.2\nmoved:\n  '5.04.02': {to: '5.01.02', control: '5.1',"
     " categories: [basishygiene]}\n", 8, "id 5.01.02 komt twee keer voor"),
    ("based_on: bio2-1.2\nmoved:\n  '5.04.02': {to: '5.11.02', control: '5.10',"
     " categories: [basishygiene]}\n", 8, "nummer 5.11.02 past niet bij beheersmaatregel 5.10"),
    ("based_on: bio2-1.2\ndirect: {'5.1': [basishygiene]}\n", 7,
     "beheersmaatregel 5.1 heeft overheidsmaatregelen maar ook eigen categorieën"),
    ("based_on: bio2-1.2\nremoved: ['7.01.01', '7.01.02']\n", 6,
     "beheersmaatregel 7.1 heeft geen overheidsmaatregel en geen categorieën"),
    ("based_on: bio2-1.2\ncontrols: iso27002-2022.yaml\n", 7, "controls hoort hier niet"),
    ("based_on: bio2-0.9\n", 6, "onbekende catalogus bio2-0.9"),
])
def test_bad_derived_file_one_line(controls: Path, body: str, line: int, words: str) -> None:
    path = write(controls, "bio2-1.4-test", body)
    message = only_problem("bio2-1.4-test")
    assert message.startswith(f"{path}:{line}:"), message
    assert words in message


def test_based_on_cycle(controls: Path) -> None:
    write(controls, "bio2-a", "based_on: bio2-b\n")
    write(controls, "bio2-b", "based_on: bio2-a\n")
    assert "bouwt via based_on op zichzelf" in only_problem("bio2-a")


# -- diff -----------------------------------------------------------------------------------
def test_diff_12_to_13() -> None:
    adopted, draft = load_catalog(OLD), load_catalog(NEW)
    changes = diff(adopted, draft, moves_between(OLD, NEW))
    assert changes.removed == REMOVED
    assert changes.moved == tuple(Move(o, n) for o, n in MOVES.items())
    assert changes.added == ADDED
    assert changes.changed == ()
    assert changes.kept == 190 - len(REMOVED) - len(MOVES) == 179
    assert len(changes.carry) == 184


def test_diff_backwards_and_with_itself() -> None:
    adopted, draft = load_catalog(OLD), load_catalog(NEW)
    back = diff(draft, adopted, moves_between(NEW, OLD))
    assert back.removed == ADDED and back.added == REMOVED
    # in the order of the draft catalog, where 5.24.08 comes before 5.26.02
    assert back.moved == (Move("5.10.02", "5.04.02"), Move("5.10.03", "5.04.03"),
                          Move("5.21.05", "5.24.06"), Move("5.24.08", "8.08.06"),
                          Move("5.26.02", "5.25.01"))
    same = diff(adopted, adopted)
    assert same.is_empty and same.kept == 190


def test_diff_without_known_moves_reports_remove_and_add() -> None:
    changes = diff(load_catalog(OLD), load_catalog(NEW), {})
    assert changes.moved == ()
    assert set(changes.removed) == set(REMOVED) | set(MOVES)
    assert set(changes.added) == set(ADDED) | set(MOVES.values())


def test_diff_changed_categories() -> None:
    adopted = load_catalog(OLD)
    item = adopted.items["5.01.02"]
    changed = adopted.model_copy(update={"id": "x", "items": {
        **adopted.items, "5.01.02": item.model_copy(update={"categories": ("ketenhygiene",)})}})
    changes = diff(adopted, changed)
    assert [(c.old, c.before, c.after) for c in changes.changed] == [
        ("5.01.02", ("basishygiene",), ("ketenhygiene",))]
    assert changes.kept == 190


def test_diff_lines_show_draft_status() -> None:
    adopted, draft = load_catalog(OLD), load_catalog(NEW)
    lines = diff_lines(diff(adopted, draft, moves_between(OLD, NEW)), adopted, draft)
    assert lines[2] == "naar: bio2-1.3-concept: BIO2 versie 1.3 (definitief volgens de" \
        " publicatie van 9 januari 2026; formele vaststelling niet bevestigd)"
    assert any(line.startswith("  5.04.02 -> 5.10.02") and "5.4 -> 5.10" in line
               for line in lines)
    assert lines[-1] == "6 vervallen, 5 verplaatst, 2 nieuw; 179 items ongewijzigd"


# -- migration plan -------------------------------------------------------------------------
def answer(item: str, status: str = "ja", **more: object) -> Answer:
    return Answer.model_validate({"item": item, "status": status, **more})


def test_plan_carries_moves_lists_removed_and_opens_added() -> None:
    adopted, draft = load_catalog(OLD), load_catalog(NEW)
    changes = diff(adopted, draft, moves_between(OLD, NEW))
    own = {a.item: a for a in [
        answer("5.01.01"),
        answer("5.04.02", "deels", explanation="Half af", owner="HR",
               evidence=[{"ref": "Contract 2026"}]),
        answer("5.21.01", "nee", explanation="Niet geregeld"),
        answer("5.26", "ja"),
        answer("9.99.99", "ja"),  # not in the old catalog either: listed, not lost
    ]}
    audit = {"5.25.01": answer("5.25.01", "nee", explanation="Geen register", werking="nee")}
    vvt = {"7.4": Applicability(control="7.4", applicable=False, justification="Geen ruimte",
                                risk_ref="RA-1"),
           "5.10": Applicability(control="5.10", applicable=False, justification="Uitbesteed",
                                 risk_ref="RA-2")}
    plan = plan_migration(adopted, draft, changes, {"self": own, "audit": audit}, vvt)
    assert [a.item for a in plan.answers["self"]] == ["5.01.01", "5.10.02"]
    carried = plan.answers["self"][1]
    assert carried == own["5.04.02"].model_copy(update={"item": "5.10.02"})
    assert [a.item for a in plan.answers["audit"]] == ["5.26.02"]
    assert plan.answers["audit"][0].werking == "nee"
    assert [(m.view, m.old, m.new) for m in plan.moved] == [
        ("self", "5.04.02", "5.10.02"), ("audit", "5.25.01", "5.26.02")]
    removed = {r.item: r.answers for r in plan.removed}
    assert list(removed) == [*REMOVED, "9.99.99"]
    assert removed["5.21.01"] == {"self": own["5.21.01"]}
    assert removed["5.26"] == {"self": own["5.26"]}
    assert removed["5.35.01"] == {}
    assert plan.removed_answers == 3 and plan.carried == 3
    assert plan.added == ADDED
    assert {a.control for a in plan.applicability} == {"7.4", "5.10"}
    # 5.04.02 and 5.04.03 land under 5.10, which the VvT marks not applicable
    assert [(n.old, n.new, n.control, n.applicable) for n in plan.notes] == [
        ("5.04.02", "5.10.02", "5.10", False), ("5.04.03", "5.10.03", "5.10", False)]
