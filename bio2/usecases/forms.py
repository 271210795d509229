"""The answer form's strings to validated models and back.

Form input arrives as plain strings; :func:`build_answer` and :func:`build_applicability`
turn it into validated models or per-field messages. Nothing invalid is written.

Decisions where the issue is silent:
- An explanation is required for ``nee``, ``deels`` and ``nvt`` (the answer-file rule),
  so such a status is not saved until the explanation is there: an export always
  re-imports.
- ``nvt`` on a measure of an applicable control is saved (the answer file only warns) and
  the BIO2 rule is shown beside it.
- The rules are those of :mod:`bio2.domain.rules`, the same the answer-file checker
  applies; this module only words them for the form. :func:`build_answer` returns the
  status warnings (an excluded control, ``nvt`` on a measure) also when another field is
  wrong, so a draft shows the same messages as a save.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from bio2.domain.answers import Answer, Applicability, Evidence
from bio2.domain.catalog import Item
from bio2.domain.rules import Breach, answer_breaches, exclusion_breaches, status_breach
from bio2.i18n import t

#: Form fields of one answer, in the order the form shows them.
FIELDS = (
    "status", "explanation", "owner", "due", "evidence", "likelihood", "impact",
    "acc_by", "acc_until", "acc_reason", "acc_risk_ref", "opzet", "bestaan", "werking",
)
#: Where a pydantic error location points in the form.
_LOCATIONS: dict[tuple[str | int, ...], str] = {
    ("risk", "likelihood"): "likelihood", ("risk", "impact"): "impact",
    ("acceptance", "by"): "acc_by", ("acceptance", "until"): "acc_until",
    ("acceptance", "reason"): "acc_reason", ("acceptance", "risk_ref"): "acc_risk_ref",
}


@dataclass
class FormResult:
    """A validated model, or the messages per field that stop it being saved."""

    model: Any = None
    errors: dict[str, str] = field(default_factory=dict)
    warnings: dict[str, str] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.errors


def _message(error: Mapping[str, Any]) -> str:
    kind = str(error.get("type", ""))
    if kind.startswith("bio2_date"):
        return t("tui.err.date")
    if kind in ("less_than_equal", "greater_than_equal", "int_parsing", "int_type"):
        return t("tui.err.score")
    if kind == "string_too_long":
        return t("tui.err.too_long")
    if kind in ("string_too_short", "missing"):
        return t("tui.err.required")
    return t("tui.err.invalid", reason=str(error.get("msg", kind)))


def _errors_of(exc: ValidationError) -> dict[str, str]:
    found: dict[str, str] = {}
    for error in exc.errors():
        loc = tuple(error["loc"])
        name = _LOCATIONS.get(loc) or (str(loc[0]) if loc else "status")
        if name == "risk":
            name = "likelihood"
        elif name == "acceptance":
            name = "acc_by"
        found.setdefault(name, _message(error))
    return found


def _score(raw: str) -> int | str:
    return int(raw) if raw.isdigit() else raw


def build_answer(item: Item, fields: Mapping[str, str], previous: Answer | None,
                 control_applicable: bool = True) -> FormResult:
    """Turn the strings of the answer form into an :class:`Answer`, or per-field errors.

    Evidence references are separated by ``;``; an existing reference keeps its date and
    hash. The auditor's finding is kept as it was."""
    def get(name: str) -> str:
        return (fields.get(name) or "").strip()

    errors: dict[str, str] = {}
    warnings: dict[str, str] = {}
    data: dict[str, Any] = {"item": item.id, "status": get("status") or "open"}
    for name in ("explanation", "owner", "due", "opzet", "bestaan", "werking"):
        if get(name):
            data[name] = get(name) if name != "explanation" else fields[name].strip()
    likelihood, impact = get("likelihood"), get("impact")
    if likelihood or impact:
        if not likelihood:
            errors["likelihood"] = t("tui.err.risk_both")
        if not impact:
            errors["impact"] = t("tui.err.risk_both")
        data["risk"] = {"likelihood": _score(likelihood), "impact": _score(impact)}
    acceptance = {k: get(f"acc_{k}") for k in ("by", "until", "reason", "risk_ref")}
    if any(acceptance.values()):
        for k in ("by", "until", "reason"):
            if not acceptance[k]:
                errors[f"acc_{k}"] = t("tui.err.acceptance_incomplete")
        data["acceptance"] = {k: v for k, v in acceptance.items() if v}
    known = {e.ref: e for e in (previous.evidence if previous else ())}
    refs = [r.strip() for r in get("evidence").split(";") if r.strip()]
    data["evidence"] = [known.get(r) or Evidence(ref=r) for r in dict.fromkeys(refs)]
    if previous is not None and previous.finding:
        data["finding"] = previous.finding
    # the BIO2 rules (bio2.domain.rules): an explanation error stops the save; the status
    # warnings against the VvT are shown beside the field, also while another field is wrong
    for breach in answer_breaches(item, data["status"], data.get("explanation"),
                                  control_applicable=control_applicable):
        target = errors if breach.severity == "error" else warnings
        target[breach.field] = _rule_message(breach, data["status"])
    try:  # run the models even after a rule failed, so every wrong field is named at once
        model = Answer.model_validate(data)
    except ValidationError as exc:
        return FormResult(None, {**_errors_of(exc), **errors}, warnings)
    if errors:
        return FormResult(None, errors, warnings)
    return FormResult(model, {}, warnings)


def status_warnings(item: Item, status: str, control_applicable: bool) -> dict[str, str]:
    """The warning beside the status field of ``item`` (what the form shows for a stored
    answer): the answer file's two status rules, in the answer file's words."""
    breach = status_breach(item, status, control_applicable)
    return {} if breach is None else {breach.field: _rule_message(breach, status)}


def _rule_message(breach: Breach, status: str) -> str:
    """A rule's message in the form: the explanation error names the status in words,
    the status warnings are those ``bio2 validate`` gives (``answers.<code>``)."""
    if breach.code == "explanation_required":
        return t("tui.err.explanation_required", status=t(f"status.{status}"))
    return t(f"answers.{breach.code}", control=breach.control)


def build_applicability(control: str, applicable: bool, justification: str,
                        risk_ref: str) -> FormResult:
    """A VvT entry from the form; a control that is not applicable needs both a
    justification and a risk analysis reference (BIO2: every exception has one)."""
    errors = {breach.field: t(f"answers.{breach.code}", control=control)
              for breach in exclusion_breaches(control, applicable, justification.strip(),
                                               risk_ref.strip())}
    if errors:
        return FormResult(None, errors)
    try:
        model = Applicability(control=control, applicable=applicable,
                              justification=justification.strip() or None,
                              risk_ref=risk_ref.strip() or None)
    except ValidationError as exc:
        return FormResult(None, {str(e["loc"][0]): _message(e) for e in exc.errors()})
    return FormResult(model)


def answer_fields(answer: Answer | None) -> dict[str, str]:
    """The strings the answer form shows for an answer (the inverse of build_answer)."""
    if answer is None:
        return {name: "" for name in FIELDS} | {"status": "open"}
    acc = answer.acceptance
    return {
        "status": answer.status, "explanation": answer.explanation or "",
        "owner": answer.owner or "", "due": answer.due.isoformat() if answer.due else "",
        "evidence": "; ".join(e.ref for e in answer.evidence),
        "likelihood": str(answer.risk.likelihood) if answer.risk else "",
        "impact": str(answer.risk.impact) if answer.risk else "",
        "acc_by": acc.by if acc else "", "acc_until": acc.until.isoformat() if acc else "",
        "acc_reason": acc.reason if acc else "",
        "acc_risk_ref": (acc.risk_ref or "") if acc else "",
        "opzet": answer.opzet or "", "bestaan": answer.bestaan or "",
        "werking": answer.werking or "",
    }

