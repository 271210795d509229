"""The TUI report action offers PDF or HTML (issue 15 leftover): the HTML choice writes the
page ``bio2 report --format html`` writes, hostile names as text; Escape writes nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bio2.domain.answers import Organisation
from bio2.report import render_html_report
from bio2.usecases.opening import get_assessment, open_store
from bio2.usecases.organisations import create_organisation, start_assessment
from tests.conftest import wait_until
from tests.test_tui import TODAY, drive, open_first

HOSTILE = "Gemeente <script>alert(1)</script> [bold]X[/bold] & \u202eco"


def seeded(db: Path) -> None:
    with open_store(db) as store:
        create_organisation(store, Organisation(id="gem-h", name=HOSTILE, type="gemeente"))
        start_assessment(store, "gem-h", "2026", "Tester")


async def written(pilot: Any, app: Any) -> Any:
    await wait_until(pilot, lambda: getattr(app.screen, "result", None) is not None,
                     timeout=60, what="the report worker")
    return app.screen.result


def test_html_choice_writes_the_html_report(db_path: Path, tmp_path: Path) -> None:
    seeded(db_path)

    async def steps(pilot: Any, app: Any) -> None:
        from textual.widgets import OptionList

        await open_first(pilot, app)
        await pilot.press("p")
        await pilot.pause()
        options = app.screen.query_one("#report-formats", OptionList)
        assert [str(options.get_option_at_index(i).prompt) for i in range(2)] == [
            "PDF: om af te drukken en te ondertekenen", "HTML: één toegankelijke webpagina"]
        await pilot.press("down", "enter")
        assert await written(pilot, app) == tmp_path / "gem-h-2026.html"
        assert "Rapport maken (HTML)" in str(app.screen.query_one(".dialog-title").render())

    drive(db_path, steps, output_dir=tmp_path)
    page = (tmp_path / "gem-h-2026.html").read_text(encoding="utf-8")
    with open_store(db_path) as store:
        expected = render_html_report(get_assessment(store, "gem-h", "2026"), today=TODAY,
                                      lang="nl")
    assert page == expected  # the same use case as bio2 report --format html
    assert "<script>alert(1)</script>" not in page and "&lt;script&gt;" in page
    assert not (tmp_path / "gem-h-2026.pdf").exists()


def test_escape_in_the_format_dialog_writes_nothing(db_path: Path, tmp_path: Path) -> None:
    seeded(db_path)

    async def steps(pilot: Any, app: Any) -> None:
        screen = await open_first(pilot, app)
        await pilot.press("p")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen

    drive(db_path, steps, output_dir=tmp_path)
    assert list(tmp_path.glob("gem-h-2026.*")) == []


def test_english_labels(db_path: Path, tmp_path: Path) -> None:
    seeded(db_path)

    async def steps(pilot: Any, app: Any) -> None:
        from textual.widgets import OptionList

        await open_first(pilot, app)
        await pilot.press("p")
        await pilot.pause()
        options = app.screen.query_one("#report-formats", OptionList)
        assert str(options.get_option_at_index(1).prompt) == "HTML: one accessible web page"
        await pilot.press("escape")

    drive(db_path, steps, lang="en", output_dir=tmp_path)
    assert list(tmp_path.glob("gem-h-2026.*")) == []
