"""The meldplicht section of the report (issue 13 §4), read back with pypdf: counts and
rates always, incident details only with ``with_incidents`` (``--with-incidents``);
hostile text prints literally. One rendering per mode, shared by the tests."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from bio2.analysis.meldplicht import end_of_day
from bio2.domain.answers import Organisation
from bio2.domain.incidents import Incident
from bio2.domain.meldplicht import Report
from bio2.i18n import set_language
from bio2.report import render_report
from bio2.store.incidents import add_incident
from bio2.usecases.opening import get_assessment, open_store
from bio2.usecases.organisations import create_organisation, start_assessment
from tests.conftest import run_bio2
from tests.reporttext import pdf_section_text
from tests.test_report import flat

HOSTILE = "Storing <b>&amp; [/regio] =1+1"
BOTH = frozenset({"csirt", "supervisor"})
TODAY = date(2026, 12, 2)


def utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)  # type: ignore[misc]


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("meldplicht") / "db.sqlite"
    with open_store(db) as store:
        create_organisation(store, Organisation(id="gem-m", name="Gemeente M",
                                                type="gemeente"))
        start_assessment(store, "gem-m", "2026", "Tester")
        # on time in every phase
        add_incident(store, "gem-m", Incident(
            kind="incident", title=HOSTILE, aware=utc(2026, 2, 1, 8, 0),
            reports={"24h": Report(utc(2026, 2, 1, 18, 0), BOTH),
                     "72h": Report(utc(2026, 2, 3, 8, 0), BOTH),
                     "final": Report(utc(2026, 3, 1, 8, 0), BOTH)},
            lessons="Les <i>een</i>"))
        # early warning late, nothing else
        add_incident(store, "gem-m", Incident(
            kind="incident", title="Uitval", aware=utc(2026, 5, 1, 8, 0),
            reports={"24h": Report(utc(2026, 5, 2, 9, 0), BOTH)}))
        # a drill of another year: not in the 2026 report
        add_incident(store, "gem-m", Incident(kind="drill", title="Oude oefening",
                                              aware=utc(2025, 5, 1, 8, 0)))
    return db


@pytest.fixture(scope="module")
def with_details(database: Path) -> str:
    set_language("nl")
    with open_store(database) as store:
        data = get_assessment(store, "gem-m", "2026")
    # the section on paper (hostile text): its pages only (tests/reporttext.py)
    return pdf_section_text(render_report(data, today=TODAY, with_incidents=True),
                            "6.5  Meldplicht in de praktijk: incidenten en oefeningen")


def test_counts_and_rates_without_details(database: Path, tmp_path: Path) -> None:
    from tests.reporttext import html_text

    # --format html: the same model as the PDF (tests/reporttext.py), a tenth of the time
    target = tmp_path / "r.html"
    done = run_bio2("report", "gem-m", "2026", "-o", str(target), "--date", "2026-12-02",
                    "--format", "html", db=database)
    assert done.returncode == 0, done.stderr
    text = html_text(target.read_text(encoding="utf-8"))
    assert "Meldplicht in de praktijk" in text
    assert flat("In 2026 legde de organisatie 2 significante incident(en) en 0 "
                "oefening(en)") in flat(text)
    # 24 h: 1 of 2 on time; 72 h and final: 1 on time, 1 overdue
    assert "50,0%" in text
    assert HOSTILE not in text and "Uitval" not in text
    assert flat("Les <i>een</i>") not in flat(text)
    assert flat("--with-incidents") in flat(text)


def test_details_when_asked_print_hostile_text_literally(with_details: str) -> None:
    text = with_details
    assert "Meldplicht in de praktijk" in text and "50,0%" in text
    assert flat(HOSTILE) in flat(text) and "Uitval" in text
    assert flat("Nr 1: Les <i>een</i>") in flat(text)
    assert "Oude oefening" not in text


def test_the_report_judges_at_the_end_of_its_date() -> None:
    # midnight after 2 December 2026 in Amsterdam (CET) is 23:00 UTC
    assert end_of_day(date(2026, 12, 2)) == utc(2026, 12, 2, 23, 0)
    # in summer (CEST) 22:00 UTC
    assert end_of_day(date(2026, 7, 1)) == utc(2026, 7, 1, 22, 0)
