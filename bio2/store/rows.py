"""Rows of the store and the models they hold (answers, VvT entries, assessments)."""

from __future__ import annotations

import json
from typing import Any, cast

from bio2.domain.answers import Acceptance, Answer, Applicability, Evidence, Risk, RiskProfile
from bio2.domain.base import CbwEntity, OrgType
from bio2.domain.records import AssessmentRecord, OrganisationRecord
from bio2.domain.registration import Registration


def _plain(model: Any) -> Any:
    return None if model is None else model.model_dump(mode="json", exclude_none=True,
                                                       exclude_defaults=True)


def _applicability(r: dict[str, Any]) -> Applicability:
    return Applicability(control=r["control"], applicable=bool(r["applicable"]),
                         justification=r["justification"], risk_ref=r["risk_ref"])


def _organisation(r: dict[str, Any]) -> OrganisationRecord:
    text = r.get("registration")
    return OrganisationRecord(
        # The values were checked when they were written (bio2.domain.answers.Organisation).
        id=r["id"], name=r["name"], type=cast("OrgType", r["type"]),
        cbw_entity=cast("CbwEntity | None", r.get("cbw_entity")),
        classification=r.get("classification"),
        registration=Registration.model_validate_json(text) if text else None,
    )


def _assessment(r: dict[str, Any]) -> AssessmentRecord:
    return AssessmentRecord(
        id=r["id"], org_id=r["org_id"], period=r["period"], catalog=r["catalog"],
        profile=r["profile"], assessor=r["assessor"], date=r["date"],
        risk_profile=RiskProfile(beschikbaarheid=r["beschikbaarheid"],
                                 integriteit=r["integriteit"],
                                 vertrouwelijkheid=r["vertrouwelijkheid"]),
        created=r["created"], updated=r["updated"], scope=r.get("scope"),
    )


def answer_to_row(a: Answer) -> dict[str, Any]:
    acc = a.acceptance
    return {
        "item": a.item, "status": a.status, "explanation": a.explanation, "owner": a.owner,
        "due": a.due.isoformat() if a.due else None,
        "likelihood": a.risk.likelihood if a.risk else None,
        "impact": a.risk.impact if a.risk else None,
        "acc_by": acc.by if acc else None,
        "acc_until": acc.until.isoformat() if acc else None,
        "acc_reason": acc.reason if acc else None,
        "acc_risk_ref": acc.risk_ref if acc else None,
        "evidence": json.dumps([e.model_dump(mode="json", exclude_none=True) for e in a.evidence],
                               ensure_ascii=False),
        "opzet": a.opzet, "bestaan": a.bestaan, "werking": a.werking, "finding": a.finding,
    }


def answer_from_row(r: dict[str, Any]) -> Answer:
    return Answer(
        item=r["item"], status=r["status"], explanation=r["explanation"], owner=r["owner"],
        due=r["due"],
        risk=Risk(likelihood=r["likelihood"], impact=r["impact"])
        if r["likelihood"] is not None else None,
        acceptance=Acceptance(by=r["acc_by"], until=r["acc_until"], reason=r["acc_reason"],
                              risk_ref=r["acc_risk_ref"]) if r["acc_by"] is not None else None,
        evidence=tuple(Evidence(**e) for e in json.loads(r["evidence"] or "[]")),
        opzet=r["opzet"], bestaan=r["bestaan"], werking=r["werking"], finding=r["finding"],
    )
