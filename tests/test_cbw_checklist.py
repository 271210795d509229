"""Per-item Cbw checklists (issue 13 §4): the data, the verdict rule (one test per branch),
the ticks in the store (revisions, history chain), the answer file's ``checklists`` section
(round trip, fingerprint, bad input at file:line), ``bio2 cbw`` text and JSON, the report."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from bio2.analysis.cbw import (
    Coverage,
    checked_verdict,
    checklist_blocks,
    coverage,
    readiness,
)
from bio2.analysis.scoring import score
from bio2.catalog.loading import load_catalog
from bio2.domain.answers import Answer, RiskProfile
from bio2.exchange.answerfile import check_bytes, fingerprint
from tests.conftest import DEMO, run_bio2

CATALOG = load_catalog("bio2-1.2")
#: The Cbw items whose framework text lists sub-points (issue 13 §4), with their counts.
EXPECTED = {"4.1": 5, "9.1": 4, "12.1": 2, "14.1": 8, "15.1": 3, "16.1": 8}
NINE_ONE = ("wanneer", "welke", "wie-implementeert", "sleutelbeheer")


# -- data ---------------------------------------------------------------------------------
def test_the_six_items_have_their_checklists_in_both_languages() -> None:
    found = {k: len(c.checklist) for k, c in CATALOG.cbw_items.items() if c.checklist}
    assert found == EXPECTED
    assert tuple(p.id for p in CATALOG.cbw_items["9.1"].checklist) == NINE_ONE
    for item in CATALOG.cbw_items.values():
        for point in item.checklist:
            assert point.text != point.text_en and point.text_en.isascii()
    # the draft catalog is built on 1.2 and keeps them
    assert load_catalog("bio2-1.3-concept").cbw_items["16.1"].checklist == \
        CATALOG.cbw_items["16.1"].checklist


def test_a_checklist_for_an_unknown_item_is_refused_at_its_line(tmp_path: Path) -> None:
    from bio2.catalog.checklists import with_checklists
    from bio2.system.problems import ProblemsError

    bad = tmp_path / "c.yaml"
    bad.write_text('checklists:\n  - item: "4.1"\n    points:\n'
                   '      - {id: een, text: "eerste deelpunt", text_en: "first sub-point"}\n'
                   '      - {id: een, text: "tweede deelpunt", text_en: "second sub-point"}\n'
                   '  - item: "99.1"\n    points:\n'
                   '      - {id: x1, text: "een deelpunt", text_en: "a sub-point"}\n',
                   encoding="utf-8")
    with pytest.raises(ProblemsError) as caught:
        with_checklists(CATALOG.cbw_items.values(), bad)
    lines = [(p.line, p.message) for p in caught.value.problems]
    assert lines == [(5, "id een komt twee keer voor"), (6, "onbekend item 99.1")]


# -- the verdict rule (bio2.analysis.cbw, rule 5): one test per branch ---------------------
def full(*ticked: str) -> Coverage | None:
    return coverage(CATALOG.cbw_items["9.1"], ticked)


def test_coverage_counts_known_ids_in_checklist_order() -> None:
    covered = full("sleutelbeheer", "wanneer", "onbekend")
    assert covered is not None
    assert (covered.ticked, covered.done, covered.total, covered.complete) == (
        ("wanneer", "sleutelbeheer"), 2, 4, False)
    assert coverage(CATALOG.cbw_items["6.3"], ["x"]) is None  # 6.3 has no checklist


def test_rule_no_checklist_keeps_the_verdict() -> None:
    assert checked_verdict("voldoet", None) == "voldoet"


def test_rule_complete_checklist_keeps_the_verdict() -> None:
    assert checked_verdict("voldoet", full(*NINE_ONE)) == "voldoet"
    assert checked_verdict("voldoet_niet", full(*NINE_ONE)) == "voldoet_niet"


def test_rule_incomplete_checklist_holds_voldoet_at_deels() -> None:
    assert checked_verdict("voldoet", full("wanneer")) == "deels"
    assert checked_verdict("voldoet", full()) == "deels"


def test_rule_incomplete_checklist_leaves_other_verdicts_alone() -> None:
    for verdict in ("deels", "voldoet_niet", "niet_beoordeeld"):
        assert checked_verdict(verdict, full()) == verdict  # type: ignore[arg-type]


def all_yes() -> Any:
    answers = {i: Answer(item=i, status="ja") for i in CATALOG.items}
    return score(CATALOG, answers, {}, RiskProfile(), {"basishygiene": 1.0,
                                                      "ketenhygiene": 1.0,
                                                      "aanvullend": 1.0}, date(2026, 12, 1))


def test_readiness_applies_the_rule_to_cbw_items_only() -> None:
    card = all_yes()
    plain = readiness(CATALOG, card)
    # every BIO2 item 'ja': every view meets, except the items with an unticked checklist
    assert {k for k, v in plain.items.items() if v.verdict != "voldoet"} == set(EXPECTED)
    assert all(v.verdict == "voldoet" for v in plain.letters.values())
    assert all(v.verdict == "voldoet" for v in plain.duties.values())
    ticked = readiness(CATALOG, card, ticks={"9.1": NINE_ONE, "4.1": ("detectie",)})
    assert ticked.items["9.1"].verdict == "voldoet"
    assert ticked.items["4.1"].verdict == "deels"
    four = ticked.items["4.1"].checklist
    assert four is not None and (four.done, four.total) == (1, 5)
    assert ticked.items["6.3"].checklist is None


def test_checklist_blocks_and_coverage_text() -> None:
    from bio2.analysis.cbw import coverage_text
    from bio2.i18n import speaking

    result = readiness(CATALOG, all_yes(), ticks={"12.1": ("gebruik",)})
    blocks = checklist_blocks(CATALOG, result, "en")
    assert [b.key for b in blocks] == list(EXPECTED)
    twelve = blocks[2]
    assert (twelve.title, twelve.verdict) == ("Asset management", "deels")
    assert [(p[0], p[2]) for p in twelve.points] == [("classificatie", False), ("gebruik", True)]
    assert coverage_text(twelve.coverage) == "1 van 2 afgevinkt"
    with speaking("en"):
        assert coverage_text(twelve.coverage) == "1 of 2 ticked"


# -- the answer file's checklists section -------------------------------------------------
def unticked() -> str:
    """The demo file without its own ``checklists`` section (its last section)."""
    text, _, ticks = DEMO.read_text(encoding="utf-8").partition("\nchecklists:\n")
    assert ticks and "\n" + text.strip() and not any(
        line and not line.startswith(" ") for line in ticks.splitlines()), "not last"
    return text + "\n"


def demo_with(section: str) -> bytes:
    return (unticked() + section).encode("utf-8")


GOOD = ('checklists:\n  - item: "9.1"\n    ticked: [sleutelbeheer, wanneer]\n'
        '  - item: "4.1"\n    ticked: [detectie]\n')


def test_section_is_optional_and_an_empty_one_keeps_the_fingerprint() -> None:
    plain = check_bytes("a.yaml", unticked().encode(), today=date(2026, 12, 1))
    empty = check_bytes("b.yaml", demo_with("checklists: []\n"), today=date(2026, 12, 1))
    ticked = check_bytes("c.yaml", demo_with(GOOD), today=date(2026, 12, 1))
    assert plain.model and empty.model and ticked.model
    assert fingerprint(plain.model) == fingerprint(empty.model)
    assert fingerprint(plain.model) != fingerprint(ticked.model)


def test_bad_ticks_are_one_line_each_at_file_line() -> None:
    base = unticked().count("\n")
    section = ('checklists:\n'
               '  - item: "6.3"\n    ticked: [x]\n'                          # +2: no checklist
               '  - item: "9.1"\n    ticked: [wanneer, "[/regio]", wanneer]\n'  # +5
               '  - item: "99.9"\n')                                        # +6
    checked = check_bytes("bad.yaml", demo_with(section), today=date(2026, 12, 1))
    assert not checked.ok
    found = [(p.line, p.path, p.message) for p in checked.errors]
    assert found == [
        (base + 2, "checklists.0.item", "Cbw-item 6.3 heeft geen afvinklijst; een afvinklijst"
         " hebben: 4.1, 9.1, 12.1, 14.1, 15.1, 16.1"),
        (base + 5, "checklists.1.ticked.1", "[/regio] is geen deelpunt van Cbw-item 9.1;"
         " deelpunten: wanneer, welke, wie-implementeert, sleutelbeheer"),
        (base + 5, "checklists.1.ticked.2", "deelpunt wanneer is al eerder afgevinkt"),
        (base + 6, "checklists.2.item", "onbekend Cbw-item 99.9; een afvinklijst hebben:"
         " 4.1, 9.1, 12.1, 14.1, 15.1, 16.1"),
    ]


def test_an_audit_file_carries_no_ticks() -> None:
    raw = demo_with(GOOD).replace(b"  source: self\n", b"  source: audit\n", 1)
    assert b"source: audit" in raw
    checked = check_bytes("audit.yaml", raw, today=date(2026, 12, 1))
    assert [p.path for p in checked.errors] == ["checklists"]


def test_a_huge_section_is_refused_while_parsing() -> None:
    section = "checklists:\n" + "".join(f'  - item: "4.1"\n    ticked: [a{i}]\n'
                                        for i in range(5_000))
    checked = check_bytes("big.yaml", demo_with(section), today=date(2026, 12, 1))
    assert not checked.ok and len(checked.errors) == 1


# -- store, import, export, CLI -----------------------------------------------------------
@pytest.fixture(scope="module")
def ticked_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("checklist")
    source = folder / "ticked.yaml"
    source.write_bytes(demo_with(GOOD))
    db = folder / "c.sqlite"
    done = run_bio2("import", str(source), db=db)
    assert done.returncode == 0, done.stderr
    return db


def test_import_export_round_trip_keeps_the_ticks(ticked_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.yaml"
    assert run_bio2("export", "gemeente-voorbeeld", "2026", "-o", str(out),
                    db=ticked_db).returncode == 0
    checked = check_bytes("out.yaml", out.read_bytes(), today=date(2026, 12, 1))
    assert checked.model is not None
    # catalog order of the items, checklist order of the ticks
    assert [(c.item, c.ticked) for c in checked.model.checklists] == [
        ("4.1", ("detectie",)), ("9.1", ("wanneer", "sleutelbeheer"))]
    source = check_bytes("in.yaml", demo_with(GOOD), today=date(2026, 12, 1))
    assert source.model is not None
    assert fingerprint(checked.model) == fingerprint(source.model)
    # the audit view's export carries none
    audit = tmp_path / "audit.yaml"
    assert run_bio2("export", "gemeente-voorbeeld", "2026", "--view", "audit", "-o",
                    str(audit), db=ticked_db).returncode == 0
    assert "checklists" not in audit.read_text(encoding="utf-8")


def test_ticks_are_revision_checked_and_in_the_history_chain(tmp_path: Path,
                                                            ticked_db: Path) -> None:
    import shutil

    from bio2.catalog.loading import load_catalog as catalog_of
    from bio2.store import Store
    from bio2.store.checklists import get_item_ticks, get_ticks
    from bio2.store.history import verify
    from bio2.usecases.checklists import ConflictError, read_ticks, toggle

    db = tmp_path / "copy.sqlite"
    shutil.copy(ticked_db, db)
    with Store(db) as store:
        aid = store.assessments()[0].id
        assert get_ticks(store, aid) == {"4.1": ("detectie",),
                                         "9.1": ("wanneer", "sleutelbeheer")}
        mine, theirs = (read_ticks(store, aid, catalog_of("bio2-1.2")) for _ in range(2))
        assert toggle(store, aid, CATALOG, mine, "4.1", "melding") == ("detectie", "melding")
        with pytest.raises(ConflictError):  # read before mine was written: refused
            toggle(store, aid, CATALOG, theirs, "4.1", "analyse")
        assert get_item_ticks(store, aid, "4.1")[0] == ("detectie", "melding")
        assert theirs.ticks["4.1"] == ("detectie", "melding")  # re-read after the conflict
        # unticking all removes the row; the revision stays that of the history row
        toggle(store, aid, CATALOG, mine, "4.1", "detectie")
        toggle(store, aid, CATALOG, mine, "4.1", "melding")
        ticks, revision = get_item_ticks(store, aid, "4.1")
        assert ticks == () and revision == mine.revisions["4.1"] > 0
        rows = store.history(aid, "checklist:4.1")
        assert [r["new"] for r in rows[-2:]] == [["melding"], None]
        assert all(check.intact for check in verify(store.db.conn, [aid]))
        from bio2.domain.errors import UserError

        with pytest.raises(UserError, match="heeft geen afvinklijst"):
            toggle(store, aid, CATALOG, mine, "6.3", "x")
        with pytest.raises(UserError, match="is geen deelpunt"):
            toggle(store, aid, CATALOG, mine, "9.1", "x")


def test_a_different_import_is_a_conflict_unless_theirs(ticked_db: Path, tmp_path: Path) -> None:
    import shutil

    db = tmp_path / "copy.sqlite"
    shutil.copy(ticked_db, db)
    other = tmp_path / "other.yaml"
    other.write_bytes(demo_with('checklists:\n  - item: "9.1"\n    ticked: [welke]\n'))
    refused = run_bio2("import", str(other), db=db)
    assert refused.returncode == 3
    doc = json.loads(run_bio2("cbw", "gemeente-voorbeeld", "2026", "--format", "json",
                              db=db).stdout)
    assert {e["key"]: e for e in doc["cbw_items"]}["9.1"]["checklist"]["done"] == 2
    assert run_bio2("import", str(other), "--on-conflict", "theirs", db=db).returncode == 0
    doc = json.loads(run_bio2("cbw", "gemeente-voorbeeld", "2026", "--format", "json",
                              db=db).stdout)
    points = {e["key"]: e for e in doc["cbw_items"]}["9.1"]["checklist"]["points"]
    assert [p["id"] for p in points if p["ticked"]] == ["welke"]


def test_cbw_text_and_json_show_the_coverage(ticked_db: Path) -> None:
    text = " ".join(run_bio2("cbw", "gemeente-voorbeeld", "2026", db=ticked_db).stdout.split())
    assert "(2 van 4 afgevinkt)" in text and "(1 van 5 afgevinkt)" in text
    assert "(0 van 8 afgevinkt)" in text  # 16.1: a checklist, nothing ticked
    assert "Afvinklijst: zolang een deelpunt" in text
    doc = json.loads(run_bio2("cbw", "gemeente-voorbeeld", "2026", "--format", "json",
                              "--lang", "en", db=ticked_db).stdout)
    assert doc["rule"]["checklist_incomplete_max"] == "partly"
    items = {e["key"]: e for e in doc["cbw_items"]}
    assert items["6.3"]["checklist"] is None
    nine = items["9.1"]["checklist"]
    assert (nine["done"], nine["total"]) == (2, 4)
    assert nine["points"][0] == {
        "id": "wanneer", "ticked": True,
        "text": "The policy says in which situations and for which data encryption is "
                "mandatory."}
    assert items["9.1"]["verdict"] != "meets"  # 2 of 4 ticked: at most partly


def test_report_lists_the_checklists_with_their_ticks(ticked_db: Path, tmp_path: Path) -> None:
    from tests.reporttext import html_text

    # --format html: the same model as the PDF (tests/reporttext.py), a tenth of the time
    out = tmp_path / "r.html"
    done = run_bio2("report", "gemeente-voorbeeld", "2026", "-o", str(out), "--date",
                    "2026-11-30", "--format", "html", db=ticked_db)
    assert done.returncode == 0, done.stderr
    text = " ".join(html_text(out.read_text(encoding="utf-8")).split())
    assert "Afvinklijsten per Cbw-item" in text
    assert "Cbw-item 9.1 Beleid over cryptografie: " in text and ", 2 van 4 afgevinkt" in text
    assert "Vastgelegd is wie sleutels en certificaten beheert" in text


def test_the_parse_limit_equals_the_model_limit() -> None:
    from bio2.domain.answers import MAX_CHECKLISTS
    from bio2.exchange.answerfile import LIMITS

    assert LIMITS[("checklists",)] == MAX_CHECKLISTS
