"""Generated, complete answer files for the benchmarks (deterministic)."""

from __future__ import annotations

import random

from bio2.catalog.loading import load_catalog
from bio2.domain.answers import FORMAT, AnswerFile
from bio2.exchange.answerfile import to_yaml

STATUSES = ("ja", "ja", "ja", "deels", "nee", "open")


def answer_file(n: int = 0, *, org_type: str = "gemeente", period: str = "2026",
                catalog_id: str = "bio2-1.2") -> AnswerFile:
    rnd = random.Random(n)
    catalog = load_catalog(catalog_id)
    answers = []
    for item in catalog.items:
        status = rnd.choice(STATUSES)
        entry: dict[str, object] = {"item": item, "status": status}
        if status != "open":
            entry["explanation"] = (f"Toelichting bij {item}: maatregel is "
                                    f"{'ingevoerd' if status == 'ja' else 'nog niet volledig'}"
                                    " en wordt jaarlijks beoordeeld door de CISO.")
            entry["owner"] = rnd.choice(("Team IAM", "ICT", "CISO", "Facilitair"))
            entry["evidence"] = [{"ref": f"Document {item}", "date": "2026-03-01"}]
        if status in ("deels", "nee"):
            entry["due"] = "2027-03-31"
        answers.append(entry)
    return AnswerFile.model_validate({
        "format": FORMAT, "catalog": catalog_id,
        "organisation": {"id": f"org-{n:04d}", "name": f"Organisatie {n}", "type": org_type},
        "assessment": {"period": period, "assessor": "Bench", "date": "2026-10-01"},
        "risk_profile": {"beschikbaarheid": "midden", "integriteit": "hoog",
                         "vertrouwelijkheid": "hoog"},
        "answers": answers,
    })


def answer_yaml(n: int = 0, **kw: str) -> str:
    return to_yaml(answer_file(n, **kw))
