"""The numbers in the reports: the report's method chapter states the ranking with its worked
example, the lists follow bio2.analysis.ranking (read from the report's model,
tests/reporttext.py), and the English sector PDF has English numbers."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from bio2.analysis.ranking import rank
from bio2.domain.answers import AnswerFile
from bio2.usecases.opening import AssessmentData
from tests.conftest import DEMO, run_bio2
from tests.reporttext import report_text
from tests.test_report import TODAY, flat, load


@pytest.fixture(scope="module")
def demo_alone(tmp_path_factory: pytest.TempPathFactory) -> AssessmentData:
    """The demo without its audit."""
    return load(tmp_path_factory.mktemp("demo") / "db.sqlite", DEMO)


def test_method_chapter_has_the_ranking_and_worked_example(demo_alone: AssessmentData) -> None:
    body = flat(report_text(demo_alone, lang="nl"))
    # gemeente: top 3 x 1.5 = 4.5; C 25 x 4.5 / 20 = 5.625 -> 5,63; B half 2,25
    for needle in ("gewicht=kans×impact×4,50/20", "25×4,50/20=5,63", "4,50×0,5=2,25",
                   "DevolgordeisC,A,B", "restrisico,hoogsteeerst"):
        assert needle in body, needle
    assert "kans×impact/5" not in body


def test_english_report_and_the_plan_follow_the_ranking(demo_alone: AssessmentData) -> None:
    data = demo_alone
    text = report_text(data, lang="en")
    body = flat(text)
    assert "weight=likelihood×impact×4.50/20" in body and "25×4.50/20=5.63" in body
    assert not re.search(r"\d,\d%", text)
    # the improvement plan lists the gaps in the one order (first and last of the ranking)
    gaps = rank(data.scorecard(TODAY)).gaps
    plan = body[body.index(flat("7  Improvement plan")):]
    assert plan.index(gaps[0].item) < plan.index(gaps[-1].item)


def test_english_sector_pdf_prints_english_percentages(tmp_path: Path) -> None:
    model = AnswerFile.model_validate({
        "format": "bio2-answers/1", "catalog": "bio2-1.2",
        "organisation": {"id": "org-a", "name": "Org A", "type": "gemeente"},
        "assessment": {"period": "2026", "assessor": "T", "date": "2026-03-01"},
        # one measure ja, one nee: a score with a fraction that must show with a point
        "answers": [{"item": "5.3", "status": "ja"},
                    {"item": "5.17.01", "status": "nee", "explanation": "x"}],
    })
    from bio2.exchange.answerfile import to_yaml

    source = tmp_path / "a.yaml"
    source.write_text(to_yaml(model), encoding="utf-8")
    for lang, good, bad in (("en", r"\d\.\d%", r"\d,\d%"), ("nl", r"\d,\d%", r"\d\.\d%")):
        pdf = tmp_path / f"sector-{lang}.pdf"
        result = run_bio2("--lang", lang, "aggregate", str(source), "-o", str(pdf))
        assert result.returncode == 0, result.stderr
        text = "\n".join(page.extract_text() for page in PdfReader(str(pdf)).pages)
        assert re.search(good, text) and not re.search(bad, text), lang


def test_report_shows_the_change_since_the_previous_period(tmp_path: Path,
                                                           demo_alone: AssessmentData) -> None:
    import yaml

    # 2025: the demo with three ja answers still deels and its date a year earlier
    earlier = yaml.safe_load(DEMO.read_text(encoding="utf-8"))
    earlier["assessment"].update(period="2025", date="2025-10-01")
    flipped = []
    for answer in earlier["answers"]:
        if answer["status"] == "ja" and len(flipped) < 3:
            answer.update(status="deels", explanation="toen nog deels")
            flipped.append(answer["item"])
    source = tmp_path / "earlier.yaml"
    source.write_text(yaml.safe_dump(earlier, allow_unicode=True, sort_keys=False),
                      encoding="utf-8")
    db = tmp_path / "db.sqlite"
    load(db, source, period="2025")
    data = load(db, DEMO)
    assert data.previous is not None and data.previous.assessment.period == "2025"
    body = flat(report_text(data))
    assert flat("5.1  Ontwikkeling sinds periode 2025") in body
    assert "peildatum1oktober2025" in body
    assert flat("Tekortkomingen opgelost (3)") in body
    # the summary says it in one sentence, before chapter 2
    summary = body[:body.index(flat("2  Governance"))]
    assert re.search(r"Sindsperiode2025:totaalscore\d+,\d%→\d+,\d%\([+−±]\d+,\d%-punt\);"
                     r"3tekortkoming\(en\)opgelosten0nieuw", summary), summary[-1500:]
    for item in flipped:
        assert flat(f"{item}") in body[body.index(flat("Tekortkomingen opgelost (3)")):]
    # the chapter numbers the summary refers to stay as they are
    assert flat("7  Verbeterplan") in body and flat("8  Collegeverklaring") in body
    # without an earlier period there is no such section
    assert "Ontwikkeling sinds" not in report_text(demo_alone)
