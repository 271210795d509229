"""Figures of issue 5: the PDF report of a complete assessment (190 items, every one with
an explanation, an owner, evidence and an audit judgement).

The floor is a bare ReportLab document (SimpleDocTemplate, built-in font, no header,
footer, contents or charts) with as many table rows as the report lays out (its tables
plus one row per annex item), each row four Paragraph cells with the same item texts.
The ratio says what the report costs beyond "just typesetting the rows".
Memory is the peak RSS of a fresh process that builds one report.
"""

from __future__ import annotations

import io
import json
import random
import subprocess
import sys
from datetime import date
from pathlib import Path

from common import Figure, best_of

HERE = Path(__file__).resolve().parent
TODAY = date(2026, 11, 1)
STATUSES = ("ja", "ja", "ja", "deels", "nee", "nvt")
WORDS = ("beleid", "proces", "leverancier", "toegang", "logging", "back-up", "controle",
         "medewerkers", "systemen", "risicoanalyse", "wordt", "jaarlijks", "getoetst", "en",
         "de", "het", "informatie", "beveiliging", "ĳzer", "€", "één", "’s")


def complete_assessment():  # type: ignore[no-untyped-def]
    """AssessmentData of a complete, realistic assessment (deterministic)."""
    from bio2.catalog.loading import load_catalog
    from bio2.catalog.profiles import load_profile
    from bio2.domain.answers import Answer, RiskProfile
    from bio2.domain.records import AssessmentRecord, OrganisationRecord
    from bio2.usecases.opening import AssessmentData

    rnd = random.Random(5)
    catalog = load_catalog("bio2-1.2")
    answers: dict[str, Answer] = {}
    audit: dict[str, Answer] = {}
    for n, item in enumerate(catalog.items):
        status = STATUSES[n % len(STATUSES)]
        explanation = " ".join(rnd.choice(WORDS) for _ in range(rnd.randint(30, 70)))
        entry: dict[str, object] = {
            "item": item, "status": status, "explanation": explanation.capitalize() + ".",
            "owner": rnd.choice(("Team IAM", "ICT Samenwerking Regio", "CISO", "Facilitair")),
            "evidence": [{"ref": f"Document {item} v{n % 4 + 1}", "date": "2026-03-01"}],
        }
        if status in ("deels", "nee"):
            entry["due"] = rnd.choice(("2026-06-30", "2027-03-31"))
        if status == "nee" and n % 3 == 0:
            entry["acceptance"] = {"by": "Gemeentesecretaris", "until": "2027-12-31",
                                   "reason": "Vervanging gepland.", "risk_ref": f"RA-{n}"}
        answers[item] = Answer.model_validate(entry)
        audit[item] = Answer.model_validate({
            "item": item, "status": status, "opzet": "ja", "bestaan": "ja",
            "werking": rnd.choice(("ja", "nee", "onbekend")),
            "finding": "Steekproef van vijf gevallen; geen afwijkingen." if n % 2 else None})
    org = OrganisationRecord(id="bench-org", name="Gemeente Bench", type="gemeente",
                             cbw_entity="essentieel")
    row = AssessmentRecord(id=1, org_id="bench-org", period="2026", catalog="bio2-1.2",
                           profile="gemeente", assessor="Bench", date="2026-10-01",
                           risk_profile=RiskProfile(beschikbaarheid="midden",
                                                    integriteit="hoog", vertrouwelijkheid="hoog"),
                           created="2026-10-01", updated="2026-10-01")
    return AssessmentData(organisation=org, assessment=row, catalog=catalog,
                          profile=load_profile("gemeente"), answers=answers,
                          applicability={}, audit=audit)


def floor(data, rows: int) -> bytes:  # type: ignore[no-untyped-def]
    from xml.sax.saxutils import escape

    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

    style = getSampleStyleSheet()["BodyText"]
    items = list(data.catalog.items.values())
    body = []
    for n in range(rows):
        item = items[n % len(items)]
        answer = data.answers[item.id]
        body.append([Paragraph(item.id, style), Paragraph(escape(item.title), style),
                     Paragraph(answer.status, style),
                     Paragraph(escape((answer.explanation or "")[:300]), style)])
    # Blocks of 50 rows: one huge table splits in quadratic time and would flatter the
    # ratio; the report's own tables are at most about a hundred rows.
    story = [Table(body[i:i + 50], colWidths=[50, 130, 40, 260])
             for i in range(0, len(body), 50)]
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4, invariant=1).build(story)
    return buffer.getvalue()


def child() -> None:
    """Run in a fresh process: build one report, print peak RSS (MB)."""
    from common import own_peak_mb

    from bio2.report import render_report

    render_report(complete_assessment(), today=TODAY)
    print(json.dumps({"rss": own_peak_mb()}))


def run() -> list[Figure]:
    from bio2.report import build_report

    data = complete_assessment()
    built = build_report(data, today=TODAY)  # warm: fonts registered, modules imported
    rows = built.table_rows + len(data.catalog.items)
    report_ms = best_of(lambda: build_report(data, today=TODAY), repeat=3)
    floor_ms = best_of(lambda: floor(data, rows), repeat=3)
    out = subprocess.run([sys.executable, __file__, "--child"], capture_output=True,
                         text=True, check=True, cwd=HERE)
    rss = json.loads(out.stdout.strip().splitlines()[-1])["rss"]
    return [
        Figure("report: complete assessment (190 items), full PDF", report_ms, 1500,
               note=f"{built.pages} pages, {rows} rows; floor {floor_ms:.0f} ms"),
        Figure("report: bare ReportLab floor, same number of table rows", floor_ms, 1500),
        Figure("report: ratio to the floor", report_ms / floor_ms, 2.5, unit="x"),
        Figure("report: peak RSS of a fresh process building one report", rss, 200,
               unit="MB"),
    ]


if __name__ == "__main__":
    if "--child" in sys.argv:
        sys.path.insert(0, str(HERE))
        child()
    else:
        sys.path.insert(0, str(HERE))
        for figure in run():
            print(figure.line())
