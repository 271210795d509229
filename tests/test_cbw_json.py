"""``bio2 cbw ORG PERIOD --format json`` (bio2.analysis.cbw_document) and the items marked
"buiten Cbw-reikwijdte" in the CLI, the TUI's Cbw screen and the report's Cbw chapter."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from bio2.analysis.cbw_document import FORMAT_VERSION
from bio2.catalog.loading import load_catalog
from tests.conftest import DEMO, run_bio2

DRAFT = "bio2-1.3-concept"
OUTSIDE = "Buiten Cbw-reikwijdte (tellen niet mee in de Cbw-oordelen, wel in de BIO2-score)"


def cbw_json(db: Path, *extra: str, catalog: str | None = None) -> dict[str, Any]:
    chosen = ("--catalog", catalog) if catalog else ()
    done = run_bio2(*extra, "cbw", "gemeente-voorbeeld", "2026", *chosen, "--format", "json",
                    db=db)
    assert done.returncode == 0, done.stderr
    assert done.stdout.isascii()  # every non-ASCII and control character is escaped
    doc: dict[str, Any] = json.loads(done.stdout)
    return doc


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("cbwjson") / "c.sqlite"
    assert run_bio2("import", str(DEMO), db=db).returncode == 0
    return db


def test_json_has_a_format_version_and_every_view(demo_db: Path) -> None:
    doc = cbw_json(demo_db)
    assert (doc["format"], doc["format_version"]) == ("bio2-cbw-readiness", FORMAT_VERSION)
    assert doc["organisation"] == {"id": "gemeente-voorbeeld", "name": "Gemeente Voorbeeld"}
    assert doc["period"] == "2026" and doc["catalog"]["id"] == "bio2-1.2"
    assert [e["key"] for e in doc["letters"]] == list("abcdefghij")
    assert [e["key"] for e in doc["duties"]] == ["governance", "meldplicht", "registratie"]
    assert [e["key"] for e in doc["cbw_items"]] == list(load_catalog("bio2-1.2").cbw_items)
    assert doc["rule"] == {"pass_score": 0.9, "fail_score": 0.5, "min_coverage": 0.5,
                           "checklist_incomplete_max": "partly"}
    assert doc["outside_cbw"] == []  # v1.2 marks no item outside the Cbw scope
    for entry in doc["letters"] + doc["cbw_items"] + doc["duties"][:2]:
        assert entry["verdict"] in ("meets", "partly", "does_not_meet", "not_assessed")
        assert isinstance(entry["coverage"], float) and 0 <= entry["coverage"] <= 1
        assert entry["score"] is None or isinstance(entry["score"], float)
        assert all(isinstance(g["weight"], float) for g in entry["gaps"])


def test_hand_checked_values_on_the_demo(demo_db: Path) -> None:
    doc = cbw_json(demo_db)
    item = {e["key"]: e for e in doc["cbw_items"]}["6.3"]
    # 6.3 (supplier register) is served by 5.21.02 (nee) and 5.22.02 (deels), both of weight
    # 4.5 in the demo's risk profile: (4.5 x 0 + 4.5 x 0.5) / 9 = 0.25, below 50%
    assert item["items"] == ["5.21.02", "5.22.02"]
    assert (item["score"], item["coverage"], item["weight_total"]) == (0.25, 1.0, 9.0)
    assert item["verdict"] == "does_not_meet" and item["group"] == "zorgplicht"
    # gaps: highest residual first (nee 4.5 before deels 4.5 x 0.5)
    assert [(g["item"], g["status"], g["residual"]) for g in item["gaps"]] == [
        ("5.21.02", "nee", 4.5), ("5.22.02", "deels", 2.25)]
    # the registration duty: a verdict, no numbers (the demo records no registration)
    registration = doc["duties"][2]
    assert registration["registration"] is True and registration["verdict"] == "not_assessed"
    assert (registration["score"], registration["coverage"], registration["items"]) == (
        None, None, [])


def test_keys_and_verdict_codes_do_not_follow_the_language(demo_db: Path) -> None:
    dutch, english = cbw_json(demo_db), cbw_json(demo_db, "--lang", "en")
    assert dutch.keys() == english.keys()
    assert [e["verdict"] for e in dutch["cbw_items"]] == [
        e["verdict"] for e in english["cbw_items"]]
    assert dutch["letters"][0]["title"] == "Risicoanalyse en beveiligingsbeleid"
    assert english["letters"][0]["title"] == "Risk analysis and security policy"


def test_hostile_names_stay_data_in_json(tmp_path: Path) -> None:
    name = 'ICT-dienst [/regio] [@click=app.quit]KLIK[/] <b>&amp; =1+1 \x1b[2J "q" \\ \x9b'
    text = DEMO.read_text(encoding="utf-8").replace(
        "  name: Gemeente Voorbeeld\n", f"  name: {json.dumps(name)}\n", 1)
    source = tmp_path / "hostile.yaml"
    source.write_text(text, encoding="utf-8")
    db = tmp_path / "h.sqlite"
    done = run_bio2("import", str(source), db=db)
    assert done.returncode == 0, done.stderr
    raw = run_bio2("cbw", "gemeente-voorbeeld", "2026", "--format", "json", db=db).stdout
    assert "\x1b" not in raw and "\x9b" not in raw and "\\u001b[2J" in raw
    assert json.loads(raw)["organisation"]["name"] == name


def test_an_unknown_format_is_one_line_exit_2(demo_db: Path) -> None:
    done = run_bio2("cbw", "gemeente-voorbeeld", "2026", "--format", "xml", db=demo_db)
    assert done.returncode == 2 and done.stdout == ""
    assert len(done.stderr.strip().splitlines()) <= 3 and "xml" in done.stderr


# -- items outside the Cbw scope (v1.3: 5.33.01) ------------------------------------------
@pytest.fixture(scope="module")
def draft_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("cbwdraft") / "d.sqlite"
    assert run_bio2("import", str(DEMO), db=db).returncode == 0
    done = run_bio2("migrate", "gemeente-voorbeeld", "2026", "--to", DRAFT, db=db)
    assert done.returncode == 0, done.stderr
    return db


def test_cli_text_and_json_name_the_items_outside_the_cbw_scope(draft_db: Path,
                                                                  demo_db: Path) -> None:
    assert load_catalog(DRAFT).items["5.33.01"].outside_cbw
    doc = cbw_json(draft_db, catalog=DRAFT)
    assert doc["outside_cbw"] == ["5.33.01"]
    assert all("5.33.01" not in e["items"] for e in doc["letters"] + doc["cbw_items"])
    text = run_bio2("cbw", "gemeente-voorbeeld", "2026", "--catalog", DRAFT, db=draft_db)
    assert f"{OUTSIDE}: 5.33.01." in " ".join(text.stdout.split())
    english = run_bio2("--lang", "en", "cbw", "gemeente-voorbeeld", "2026", "--catalog", DRAFT,
                       db=draft_db)
    assert "Outside the Cbw scope" in " ".join(english.stdout.split())
    # v1.2 has none: no such line at all
    plain = run_bio2("cbw", "gemeente-voorbeeld", "2026", db=demo_db)
    assert "Buiten Cbw-reikwijdte" not in plain.stdout


def test_report_cbw_chapter_lists_the_items_outside_the_cbw_scope(draft_db: Path,
                                                                    tmp_path: Path) -> None:
    from tests.reporttext import html_text

    # --format html: the same model as the PDF (tests/reporttext.py), a tenth of the time
    out = tmp_path / "r.html"
    done = run_bio2("report", "gemeente-voorbeeld", "2026", "--catalog", DRAFT, "-o", str(out),
                    "--date", "2026-11-30", "--format", "html", db=draft_db)
    assert done.returncode == 0, done.stderr
    text = " ".join(html_text(out.read_text(encoding="utf-8")).split())
    assert f"{OUTSIDE}: 5.33.01." in text


def test_tui_cbw_screen_lists_the_items_outside_the_cbw_scope(db_path: Path) -> None:
    from bio2.domain.answers import Organisation
    from bio2.tui.screens.cbw import CbwScreen
    from bio2.usecases.opening import open_store
    from bio2.usecases.organisations import create_organisation, start_assessment
    from tests.test_tui import drive, open_first

    with open_store(db_path) as store:
        create_organisation(store, Organisation(id="gemeente-test", name="Gemeente Test",
                                                type="gemeente"))
        start_assessment(store, "gemeente-test", "2026", "Tester", catalog=DRAFT)

    async def steps(pilot: Any, app: Any) -> None:
        await open_first(pilot, app)  # the one assessment, on 1.3
        await pilot.press("c")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, CbwScreen)
        line = str(screen.query_one("#cbw-outside").render())
        assert line.startswith(OUTSIDE) and line.endswith(": 5.33.01.")

    drive(db_path, steps, size=(80, 24))
