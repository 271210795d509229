"""The Cbw readiness as a machine-readable document (``bio2 cbw ORG PERIOD --format json``).

Built from the one readiness builder (:func:`bio2.analysis.cbw.readiness_rows`), so the JSON
says exactly what the tables of the CLI, the TUI and the report say. Decisions:

- Keys are English and stable; a change of meaning raises ``FORMAT_VERSION`` (additions of
  new keys do not).
- Verdicts are English codes (``meets``, ``partly``, ``does_not_meet``, ``not_assessed``),
  the same whatever ``--lang`` says; an answer's status inside a gap keeps the answer-file
  code (``nee``, ``deels``) so a script can match it against the answer file.
- Numbers are numbers: score and coverage are fractions 0..1 (not percentages, not
  rounded); ``score`` is ``null`` when nothing weighs. The registration duty has a verdict
  but no numbers (``score``, ``coverage`` null, empty item lists), as in the tables.
- ``title`` follows the language asked (English where the catalog has it).
- The items the catalog puts outside the Cbw scope are listed under ``outside_cbw``; they
  serve no view here but still count in the BIO2 score.
- A Cbw item with a checklist (issue 13 §4) carries ``checklist``: ``done`` of ``total``
  ticked and every sub-point with its id, text (in the language asked) and ``ticked``;
  other entries carry ``checklist: null``. ``rule.checklist_incomplete_max`` names the
  best verdict an item with an unticked sub-point can get (rule 5 of
  ``bio2.analysis.cbw``).
- User text (organisation name, period) is data: ``json.dumps`` escapes quotes, backslashes
  and control characters (an ESC becomes ``\\u001b``), nothing is interpreted; the
  output is ASCII so a C1 control (``\\x9b``) cannot reach a terminal either.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from bio2.analysis.cbw import (
    FAIL_SCORE,
    MIN_COVERAGE,
    PASS_SCORE,
    CbwReadiness,
    ReadinessRow,
    Verdict,
    readiness_rows,
)

if TYPE_CHECKING:
    from bio2.domain.shapes import CatalogShape

FORMAT = "bio2-cbw-readiness"
FORMAT_VERSION = 1

#: The stable English code of each verdict.
VERDICT_CODES: dict[Verdict, str] = {
    "voldoet": "meets",
    "deels": "partly",
    "voldoet_niet": "does_not_meet",
    "niet_beoordeeld": "not_assessed",
}


def outside_cbw(catalog: CatalogShape) -> list[str]:
    """The items the catalog marks "buiten Cbw-reikwijdte", in catalog order."""
    return [i.id for i in catalog.items.values() if i.outside_cbw]


def row_entry(row: ReadinessRow) -> dict[str, Any]:
    """One letter, duty or Cbw item: verdict, numbers, serving items and gaps."""
    entry: dict[str, Any] = {"key": row.key, "title": row.title}
    if row.kind == "cbw":
        entry["group"] = row.group
    entry["verdict"] = VERDICT_CODES[row.verdict]
    view = row.view
    if view is None:
        entry.update(score=None, coverage=None, weight_total=None, weight_met=None,
                     items=[], gaps=[], unanswered=[])
        return entry
    g = view.score
    entry.update(
        score=g.score, coverage=g.coverage, weight_total=g.weight_total,
        weight_met=g.weight_met, items=list(view.items),
        gaps=[{"item": gap.item, "status": gap.status, "weight": gap.weight,
               "residual": gap.residual, "accepted": gap.accepted} for gap in view.gaps],
        unanswered=list(view.unanswered),
    )
    return entry


def checklist_entry(catalog: CatalogShape, row: ReadinessRow, lang: str) -> dict[str, Any] | None:
    """The checklist of a Cbw item row with its ticks (None: the item has no checklist)."""
    covered = row.checklist
    if row.kind != "cbw" or covered is None:
        return None
    return {"done": covered.done, "total": covered.total,
            "points": [{"id": p.id, "text": p.text_en if lang == "en" else p.text,
                        "ticked": p.id in covered.ticked}
                       for p in catalog.cbw_items[row.key].checklist]}


def document(catalog: CatalogShape, result: CbwReadiness, *, organisation: str,
             organisation_name: str, period: str, catalog_label: str, today: str,
             lang: str) -> dict[str, Any]:
    """The whole readiness of one assessment as a JSON-ready dict (key order is stable)."""
    rows = readiness_rows(catalog, result, lang)
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "organisation": {"id": organisation, "name": organisation_name},
        "period": period,
        "catalog": {"id": catalog.id, "label": catalog_label},
        "date": today,
        "language": lang,
        "rule": {"pass_score": PASS_SCORE, "fail_score": FAIL_SCORE,
                 "min_coverage": MIN_COVERAGE,
                 "checklist_incomplete_max": VERDICT_CODES["deels"]},
        "letters": [row_entry(r) for r in rows if r.kind == "nis2"],
        "duties": [{**row_entry(r), "registration": r.kind == "registration"}
                   for r in rows if r.kind in ("duty", "registration")],
        "cbw_items": [{**row_entry(r), "checklist": checklist_entry(catalog, r, lang)}
                      for r in rows if r.kind == "cbw"],
        "outside_cbw": outside_cbw(catalog),
    }


def dumps(doc: dict[str, Any]) -> str:
    """The document as JSON text, pure ASCII: every control character (C0 and C1, so no
    terminal escape survives) and every non-ASCII letter is a ``\\uXXXX`` escape."""
    return json.dumps(doc, ensure_ascii=True, indent=2) + "\n"
