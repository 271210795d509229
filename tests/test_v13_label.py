"""BIO2 v1.3 labelled by what its source says (issue 13 §5): "definitief volgens de publicatie
van 9 januari 2026; formele vaststelling niet bevestigd", selectable but not the default, and
its categories said to be carried over from 1.2 in the CLI, the TUI and the report."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bio2.catalog.loading import load_catalog
from bio2.catalog.versions import catalog_label
from bio2.i18n import set_language
from tests.conftest import DEMO, run_bio2
from tests.reporttext import html_text

DRAFT = "bio2-1.3-concept"
NOTE = "Categorieën overgenomen uit bio2-1.2: bio2-1.3-concept kent zelf geen categorieën."


def test_label_in_both_languages() -> None:
    catalog = load_catalog(DRAFT)
    assert catalog_label(catalog) == (
        "bio2-1.3-concept (definitief volgens de publicatie van 9 januari 2026; formele"
        " vaststelling niet bevestigd)")
    set_language("en")
    try:
        assert catalog_label(catalog) == (
            "bio2-1.3-concept (final according to the publication of 9 January 2026; formal"
            " adoption not confirmed)")
    finally:
        set_language("nl")
    assert catalog_label(load_catalog("bio2-1.2")) == "bio2-1.2 (vastgesteld)"


def _draft_db(tmp_path: Path) -> Path:
    db = tmp_path / "v.sqlite"
    assert run_bio2("import", str(DEMO), db=db).returncode == 0
    done = run_bio2("migrate", "gemeente-voorbeeld", "2026", "--to", DRAFT, db=db)
    assert done.returncode == 0, done.stderr
    return db


def test_selectable_not_default_and_score_says_categories_are_carried(tmp_path: Path) -> None:
    db = _draft_db(tmp_path)
    # without --catalog the adopted 1.2 assessment is chosen, not the 1.3 one
    default = run_bio2("score", "gemeente-voorbeeld", "2026", db=db)
    assert default.returncode == 0, default.stderr
    assert NOTE not in " ".join(default.stdout.split())
    chosen = run_bio2("score", "gemeente-voorbeeld", "2026", "--catalog", DRAFT, db=db)
    assert chosen.returncode == 0, chosen.stderr
    assert NOTE in " ".join(chosen.stdout.split())

    # the report (--format html: the same model as the PDF, tests/reporttext.py)
    out = tmp_path / "r.html"
    done = run_bio2("report", "gemeente-voorbeeld", "2026", "--catalog", DRAFT, "-o", str(out),
                    "--date", "2026-11-30", "--format", "html", db=db)
    assert done.returncode == 0, done.stderr
    text = " ".join(html_text(out.read_text(encoding="utf-8")).split())
    assert NOTE in text
    assert "formele vaststelling niet bevestigd" in text


def test_tui_dashboard_says_categories_are_carried(db_path: Path) -> None:
    from bio2.domain.answers import Organisation
    from bio2.usecases.opening import open_store
    from bio2.usecases.organisations import create_organisation, start_assessment
    from tests.test_tui import drive, open_first

    with open_store(db_path) as store:
        create_organisation(store, Organisation(id="gemeente-test", name="Gemeente Test",
                                                type="gemeente"))
        start_assessment(store, "gemeente-test", "2026", "Tester", catalog=DRAFT)

    async def steps(pilot: Any, app: Any) -> None:
        await open_first(pilot, app)
        await pilot.press("s")
        await pilot.pause()
        bars = str(app.screen.query_one("#bars").render())
        assert NOTE in " ".join(bars.split())

    drive(db_path, steps)
