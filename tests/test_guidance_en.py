"""Our guidance in English: present for every item and control of every catalog, a real
translation of the Dutch (not a copy, no Dutch left in it), and shown in English."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from bio2.catalog import loading as catalog_module
from bio2.catalog.files import available
from bio2.catalog.loading import load_catalog
from bio2.domain.catalog import Catalog
from bio2.i18n import set_language
from bio2.system.problems import ProblemsError
from tests.conftest import run_bio2
from tests.shingles import copied

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


@pytest.mark.parametrize("catalog_id", available())
def test_every_item_has_english_guidance(catalog_id: str) -> None:
    catalog = load_catalog(catalog_id)
    rows = texts(catalog)
    assert len(rows) == len(catalog.items) + len(catalog.controls) - sum(
        1 for i in catalog.items.values() if i.kind == "control")
    missing = [ident for ident, _, english in rows if not english]
    assert missing == []


@pytest.mark.parametrize("catalog_id", available())
def test_english_guidance_is_a_translation_not_a_copy(catalog_id: str) -> None:
    problems: list[Any] = []
    for ident, dutch, english in texts(load_catalog(catalog_id)):
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
    from bio2.tui.widgets.item_panel import render_body
    from bio2.usecases.editing import Session
    from bio2.usecases.opening import open_store
    from tests.test_tui import drive, goto, open_first, seeded

    assessment = seeded(db_path)
    item = load_catalog().items["isms-6.1.2"]
    seen: dict[str, str] = {}

    async def steps(pilot: Any, app: Any) -> None:
        screen = await open_first(pilot, app)
        await goto(pilot, "isms-6.1.2")
        seen["en"] = " ".join(str(screen.query_one("#item-body").render()).split())

    drive(db_path, steps, lang="en")
    # The same panel text in Dutch: what the app above showed, for a Dutch user (a second
    # app run for it would prove no more than the function the panel renders with).
    set_language("nl")
    with open_store(db_path) as store:
        seen["nl"] = " ".join(render_body(Session(store, assessment), item.id).plain.split())
    assert "What this measure asks" in seen["en"]
    assert item.guidance_en[:80] in seen["en"] and item.guidance[:80] not in seen["en"]
    assert item.guidance[:80] in seen["nl"] and item.guidance_en[:80] not in seen["nl"]


def test_english_guidance_is_our_own_words() -> None:
    """No run of 8 words of any reference text (Dutch or English) is in our English; checked
    against the committed hashes (tests/shingles.py), so it runs on every machine."""
    english = [text for catalog_id in available()
               for _, _, text in texts(load_catalog(catalog_id))]
    assert copied(english) == []


def _drop_english(path: Path, entry: str, indent: str) -> int:
    """Remove the ``guidance_en`` block of ``entry``; returns the entry's line number."""
    text = path.read_text(encoding="utf-8")
    at = text.index(entry)
    start = text.index(f"{indent}guidance_en: >-\n", at)
    end = start + len(f"{indent}guidance_en: >-\n")
    while text[end:].startswith(indent + "  "):
        end = text.index("\n", end) + 1
    path.write_text(text[:start] + text[end:], encoding="utf-8")
    catalog_module.load_catalog.cache_clear()
    return text[:at].count("\n") + 1


def _only_problem(catalog_id: str) -> str:
    with pytest.raises(ProblemsError) as caught:
        catalog_module.load_catalog(catalog_id)
    (problem,) = caught.value.problems
    return str(problem)


def test_a_control_without_english_guidance_is_refused(controls: Path) -> None:
    path = controls / "iso27002-2022.yaml"
    _drop_english(path, "id: '5.3'\n", "  ")
    message = _only_problem("bio2-1.2")
    assert message.startswith(f"{path}:") and "guidance_en" in message
    assert "verplicht veld ontbreekt" in message


def test_a_measure_without_english_guidance_is_refused(controls: Path) -> None:
    path = controls / "bio2-1.2.yaml"
    _drop_english(path, 'id: "5.17.01"', "  ")
    message = _only_problem("bio2-1.2")
    assert message.startswith(f"{path}:") and "measures.19.guidance_en" in message


def test_a_clause_with_dutch_guidance_only_is_refused(controls: Path) -> None:
    path = controls / "iso27001-2022-isms.yaml"
    line = _drop_english(path, "id: isms-6.1.2\n", "  ")
    message = _only_problem("bio2-1.2")
    assert message.startswith(f"{path}:{line}:")
    assert "guidance en guidance_en horen bij elkaar" in message


def test_a_moved_measure_with_new_dutch_guidance_needs_english(controls: Path) -> None:
    """A move that rewrites the Dutch guidance must not keep the English of the old text."""
    path = controls / "bio2-1.3-concept.yaml"
    line = _drop_english(path, '"5.24.06":', "    ")
    message = _only_problem("bio2-1.3-concept")
    assert message.startswith(f"{path}:{line}:") and "guidance_en" in message


def test_a_moved_measure_without_new_texts_keeps_both_old_ones(controls: Path) -> None:
    path = controls / "bio2-1.3-concept.yaml"
    text = path.read_text(encoding="utf-8")
    start = text.index("    title: ", text.index('"5.24.06":'))
    end = text.index('  "5.25.01":', start)
    path.write_text(text[:start] + text[end:], encoding="utf-8")
    catalog_module.load_catalog.cache_clear()
    old = catalog_module.load_catalog("bio2-1.2").items["5.24.06"]
    moved = catalog_module.load_catalog("bio2-1.3-concept").items["5.21.05"]
    assert (moved.guidance, moved.guidance_en) == (old.guidance, old.guidance_en)


# -- the Cbw framework and the Cbw duties in English --------------------------------------
def cbw_texts(catalog: Catalog) -> list[tuple[str, str, str]]:
    """(where, Dutch, English) of every Cbw text a reader can be shown."""
    found = [(f"cbw {c.id} topic", c.topic, c.topic_en) for c in catalog.cbw_items.values()]
    found += [(f"cbw {c.id} why {link.item}", link.why, link.why_en)
              for c in catalog.cbw_items.values() for link in c.links]
    found += [(f"duty {d.id}", d.description, d.description_en)
              for d in catalog.nis2_duties.values()]
    return found


@pytest.mark.parametrize("catalog_id", available())
def test_cbw_texts_exist_in_english_without_dutch(catalog_id: str) -> None:
    rows = cbw_texts(load_catalog(catalog_id))
    assert len(rows) == 27 + 217 + 3 or catalog_id != "bio2-1.2"
    problems: list[Any] = []
    for where, dutch, english in rows:
        words = set(re.findall(r"(?<![\w-])[a-zà-ÿ]+(?![\w-])", english))
        if not english or english == dutch or words & DUTCH_MARKERS:
            problems.append((where, sorted(words & DUTCH_MARKERS)))
        if set(REFERENCE.findall(dutch)) != set(REFERENCE.findall(english)):
            problems.append((where, "references differ"))
    assert problems == []


@pytest.fixture
def assessed(tmp_path: Path) -> Path:
    from tests.test_answerfile import GOOD

    db = tmp_path / "bio2.sqlite"
    answers = tmp_path / "good.yaml"
    answers.write_text(GOOD, encoding="utf-8")
    assert run_bio2("import", str(answers), db=db).returncode == 0
    return db


def test_cbw_command_shows_topics_in_the_language(assessed: Path) -> None:
    item = load_catalog().cbw_items["17.1"]
    english = run_bio2("cbw", "gemeente-test", "2026", "--lang", "en", db=assessed)
    dutch = run_bio2("cbw", "gemeente-test", "2026", db=assessed)
    assert english.returncode == dutch.returncode == 0, english.stderr
    flat_en, flat_nl = " ".join(english.stdout.split()), " ".join(dutch.stdout.split())
    assert item.topic_en in flat_en and item.topic not in flat_en
    assert item.topic in flat_nl and item.topic_en not in flat_nl


def test_english_report_has_no_dutch_cbw_texts(assessed: Path, tmp_path: Path) -> None:
    from tests.reporttext import html_text

    catalog = load_catalog()
    # --format html: the same model as the PDF (tests/reporttext.py), a tenth of the time
    out = tmp_path / "en.html"
    result = run_bio2("report", "gemeente-test", "2026", "--lang", "en", "-o", str(out),
                      "--date", "2026-12-01", "--format", "html", db=assessed)
    assert result.returncode == 0, result.stderr
    flat = " ".join(html_text(out.read_text(encoding="utf-8")).split())
    duty = catalog.nis2_duties["meldplicht"]
    assert duty.description_en[:60] in flat and duty.description[:60] not in flat
    link = catalog.cbw_items["16.1"].links[0]
    assert link.why_en[:40] in flat and link.why[:40] not in flat
    topic = catalog.cbw_items["17.1"]
    assert topic.topic_en in flat and topic.topic not in flat


def test_english_tui_cbw_screen_shows_english_topics(db_path: Path) -> None:
    from textual.widgets import DataTable

    from tests.test_tui import drive, open_first, seeded

    seeded(db_path)
    item = load_catalog().cbw_items["13.1"]
    seen: list[str] = []

    async def steps(pilot: Any, app: Any) -> None:
        await open_first(pilot, app)
        await pilot.press("c")
        await pilot.pause()
        table = app.screen.query_one(DataTable)
        seen.extend(str(cell) for i in range(table.row_count) for cell in table.get_row_at(i))

    drive(db_path, steps, lang="en")
    from bio2.tui.screens.cbw import SUBJECT_WIDTH
    from bio2.tui.widgets.text import cut

    # the subject is cut so the numbers before it stay in view at 80 columns
    assert cut(item.topic_en, SUBJECT_WIDTH) in seen
    assert cut(item.topic, SUBJECT_WIDTH) not in seen
