"""Three-way merge of a returned workbook into the answers an assessment has (pure).

Per row, with *base* the row's fingerprint at export (hidden sheet), *theirs* the row in
the workbook and *ours* the answer in bio2 now (all compared as projections,
``bio2.exchange.workbook_layout``):

- theirs == base: the owner did not touch the row -> nothing happens (unchanged), whatever
  bio2 holds now; a deleted row is the same;
- theirs == ours: both sides agree -> unchanged;
- ours == base: only the owner changed it -> the change is taken (``new`` when bio2 had no
  answer, else ``updated``), no conflict;
- otherwise both changed it -> a conflict (``changed``): ``fail`` writes nothing, ``theirs``
  takes the workbook row, ``ours`` keeps bio2; the plan lists both values per field.

The answer written keeps what the workbook does not show (audit fields, the SHA-256 of an
evidence whose reference and date stayed the same).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from pydantic import ValidationError

from bio2.domain.answers import FORMAT, Acceptance, Answer, AnswerFile, Evidence, Risk
from bio2.domain.rules import acceptance_expired, needs_explanation
from bio2.exchange.answerfile import Checked, read_file
from bio2.exchange.merge import MergePlan, OnConflict
from bio2.exchange.workbook_layout import (
    EDITABLE,
    META_SHEET,
    header,
    parse_evidence,
    projection,
    row_fingerprint,
)
from bio2.exchange.workbook_read import (
    WorkbookRead,
    WorkbookRow,
    is_workbook_name,
    read_workbook,
)
from bio2.i18n import t
from bio2.system.problems import message_for


def answer_from(values: Mapping[str, Any], item: str, current: Answer | None) -> Answer:
    """The answer a workbook row stands for, on top of ``current``. Raises
    ``ValidationError`` (pydantic) for a value the answer model refuses."""
    base = current or Answer(item=item, status="open")
    evidence: tuple[Evidence, ...] = base.evidence
    if values.get("evidence") != projection(current, item)["evidence"]:
        known = {(e.ref, e.date.isoformat() if e.date else None): e for e in base.evidence}
        evidence = tuple(known.get((ref, when)) or Evidence.model_validate(
            {"ref": ref, "date": when} if when else {"ref": ref})
            for ref, when in parse_evidence(values.get("evidence") or ""))
    risk = None
    if values.get("likelihood") is not None and values.get("impact") is not None:
        risk = Risk(likelihood=values["likelihood"], impact=values["impact"])
    acceptance = None
    if values.get("accepted_by") or values.get("accepted_until") or values.get(
            "acceptance_reason"):
        acceptance = Acceptance.model_validate({
            "by": values.get("accepted_by"), "until": values.get("accepted_until"),
            "reason": values.get("acceptance_reason"),
            "risk_ref": values.get("acceptance_risk_ref")})
    data = base.model_dump()
    data.update({
        "status": values["status"], "explanation": values.get("explanation"),
        "owner": values.get("owner"),
        "due": date.fromisoformat(values["due"]) if values.get("due") else None,
        "risk": risk, "acceptance": acceptance, "evidence": evidence,
    })
    return Answer.model_validate(data)


def check_rows(read: WorkbookRead, today: date | None = None) -> None:
    """The rules an answer file meets, for every row the owner changed, with the cell:
    explanation required for deels/nee/nvt and an expired acceptance
    (:mod:`bio2.domain.rules`), likelihood and impact together, a complete
    acceptance, and what the answer model refuses (lengths, evidence). Adds to
    ``read.errors``/``read.warnings``."""
    today = today or date.today()
    for row in read.rows:
        if row.fingerprint == read.base.get(row.item):
            continue
        v = row.values
        if needs_explanation(v["status"], v.get("explanation")):
            read.problem(read.cell("explanation", row.row),
                         t("answers.explanation_required", status=v["status"]))
        if (v.get("likelihood") is None) != (v.get("impact") is None):
            read.problem(read.cell("likelihood", row.row), t("workbook.risk_pair"))
        acceptance = [v.get(k) for k in ("accepted_by", "accepted_until",
                                         "acceptance_reason")]
        if (any(acceptance) or v.get("acceptance_risk_ref")) and not all(acceptance):
            missing = next(k for k, x in zip(("accepted_by", "accepted_until",
                                              "acceptance_reason"), acceptance, strict=True)
                           if not x)
            read.problem(read.cell(missing, row.row), t("workbook.acceptance_incomplete"))
            continue
        if v.get("accepted_until") and acceptance_expired(
                date.fromisoformat(v["accepted_until"]), today):
            read.problem(read.cell("accepted_until", row.row),
                         t("answers.acceptance_expired", until=v["accepted_until"]),
                         warning=True)
        try:
            answer_from(v, row.item, None)
        except ValidationError as exc:
            for error in exc.errors(include_url=False):
                read.problem(read.cell(_column_of(error["loc"]), row.row), message_for(error))


def _column_of(loc: tuple[Any, ...]) -> str:
    """The workbook column of a pydantic error location on an answer."""
    first = str(loc[0]) if loc else "status"
    if first == "acceptance" and len(loc) > 1:
        return {"by": "accepted_by", "until": "accepted_until", "reason": "acceptance_reason",
                "risk_ref": "acceptance_risk_ref"}.get(str(loc[1]), "accepted_by")
    if first == "risk":
        return "likelihood"
    return {"ref": "evidence", "date": "evidence"}.get(first, first) if first in (
        *EDITABLE, "ref", "date") else "status"


def plan_workbook(read: WorkbookRead, answers: Mapping[str, Answer],
                  on_conflict: OnConflict) -> MergePlan:
    """Decide per row what the import does (rules in the module docstring)."""
    result = MergePlan()
    for row in read.rows:
        base = read.base[row.item]
        current = answers.get(row.item)
        ours = projection(current, row.item)
        if row.fingerprint == base or row.fingerprint == row_fingerprint(ours):
            result.unchanged.append(row.item)
            continue
        incoming = answer_from(row.values, row.item, current)
        if row_fingerprint(ours) == base:
            (result.new if current is None else result.updated).append(row.item)
            result.answers_to_write.append(incoming)
            continue
        result.changed.append(row.item)
        result.details[row.item] = _both(row, ours, read.meta.get("language", "nl"))
        if on_conflict == "theirs":
            result.answers_to_write.append(incoming)
    return result


def _both(row: WorkbookRow, ours: Mapping[str, Any], lang: str) -> list[str]:
    """One line per field that differs: the workbook's value and bio2's."""
    lines = []
    for key in EDITABLE:
        mine, theirs = ours.get(key), row.values.get(key)
        if mine != theirs:
            lines.append(t("workbook.conflict_field", field=header(key, lang),
                           workbook=_short(theirs), bio2=_short(mine)))
    return lines


def _short(value: Any) -> str:
    if value is None or value == "":
        return t("workbook.empty")
    text = str(value).replace("\n", " / ")
    return text if len(text) <= 80 else text[:77] + "..."


class WorkbookChecked(Checked):
    """A workbook as ``import_files`` sees it: a ``Checked`` whose model names the
    organisation, period and catalog of the hidden sheet (and no answers: the rows are
    merged three-way by :func:`plan_workbook`, never by ``merge.plan``)."""

    def __init__(self, read: WorkbookRead) -> None:
        super().__init__(read.file, None, list(read.errors), list(read.warnings),
                         read.sha256)
        self.workbook = read
        if read.ok:
            meta = read.meta
            try:
                self.model = AnswerFile.model_validate({
                    "format": FORMAT, "catalog": meta["catalog"],
                    "organisation": {"id": meta["organisation"],
                                     "name": meta["organisation_name"],
                                     "type": meta["organisation_type"]},
                    "assessment": {"period": meta["period"], "source": "self",
                                   "assessor": meta["sender"] or meta["organisation"]}})
            except ValidationError:
                read.problem(META_SHEET, t("workbook.meta_tampered"))
                self.errors = list(read.errors)


def read_checked(path: str, *, today: date | None = None) -> Checked:
    """An answer file or a workbook (by name), read and checked, for ``import_files``."""
    if not is_workbook_name(path):
        return read_file(path, today=today)
    read = read_workbook(path)
    if read.ok:
        check_rows(read, today)
    return WorkbookChecked(read)
