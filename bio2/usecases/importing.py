"""Importing answer files: check every file, then merge all of them in one transaction."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from bio2.catalog.profiles import load_profile
from bio2.domain.answers import AnswerFile
from bio2.domain.errors import UserError
from bio2.domain.records import RISK_PROFILE
from bio2.exchange.answerfile import Checked
from bio2.exchange.merge import MergePlan, OnConflict, plan
from bio2.i18n import t
from bio2.store import Store
from bio2.store.checklists import get_item_ticks, history_key, put_ticks
from bio2.store.registration import get_registration_revision, put_registration
from bio2.store.scope import get_scope, put_scope
from bio2.store.settings import known_user


@dataclass
class ImportResult:
    file: str
    organisation: str
    period: str
    source: str
    created: bool
    plan: MergePlan
    written: bool


def import_files(store: Store, paths: list[str], *, on_conflict: OnConflict = "fail",
                 dry_run: bool = False, actor: str | None = None,
                 today: date | None = None) -> tuple[list[Checked], list[ImportResult]]:
    """Check every file, then merge all of them in one transaction.

    Nothing is written when any file is invalid, when a conflict meets ``fail``, or on
    a dry run. Returns the checks and, when all files are valid, the merge results.
    """
    from bio2.exchange.workbook_merge import read_checked

    # Workbooks (.xlsx, issue 14) are read by their own reader and merged three-way.
    checks = [read_checked(p, today=today) for p in paths]
    if not all(c.ok for c in checks):
        return checks, []
    results: list[ImportResult] = []

    class _DryRun(Exception):
        pass

    try:
        with store.atomic():
            for checked in checks:
                assert checked.model is not None
                results.append(_import_one(store, checked, on_conflict, actor, today))
            conflict = on_conflict == "fail" and any(r.plan.conflicts for r in results)
            if dry_run or conflict:
                raise _DryRun
    except _DryRun:
        for r in results:
            r.written = False
    return checks, results


def _import_one(store: Store, checked: Checked, on_conflict: OnConflict,
                actor: str | None, today: date | None = None) -> ImportResult:
    model = checked.model
    assert model is not None
    org = model.organisation
    info = model.assessment
    profile = load_profile(org.type)
    row = store.find_assessment(org.id, info.period, model.catalog)
    workbook = getattr(checked, "workbook", None)
    if workbook is not None and row is None:
        # A workbook merges into the assessment it came from; it never creates one.
        raise UserError(checked.file + ": " + t("workbook.no_assessment", org=org.id,
                                                 period=info.period, catalog=model.catalog))
    if row is None and info.source == "audit":
        _refuse_orphan_audit(store, checked.file, org.id, info.period, model.catalog)
    if store.organisation(org.id) is None:
        store.put_organisation(org)
    created = row is None
    if row is None:
        assessment_id = store.create_assessment(
            org.id, info.period, model.catalog, org.type, info.assessor,
            model.risk_profile or profile.risk_profile,
            info.date.isoformat() if info.date else None)
        current_rp = None
    else:
        assessment_id = row.id
        current_rp = row.risk_profile
        if info.source == "self" and row.date is None and info.date is not None:
            # the date the file names must reach the cover ("Datum beoordeling")
            store.update_assessment(assessment_id, date=info.date.isoformat())
    view = info.source
    if workbook is not None:
        from bio2.exchange.workbook_merge import plan_workbook

        decided = plan_workbook(workbook, store.answers(assessment_id, view), on_conflict)
    else:
        decided = plan(model, store.answers(assessment_id, view),
                       store.applicability(assessment_id) if view == "self" else {},
                       current_rp if view == "self" else None, on_conflict)
    if view == "audit":
        # An audit never changes the CISO's VvT or risk profile, only the audit view.
        decided.vvt_to_write.clear()
        decided.risk_profile = None
    # The person importing is credited; the file's assessor, name and SHA-256 go beside
    # it. Without a known person (no --user, BIO2_USER or remembered name) the file's
    # assessor is credited, never the OS account.
    who = actor or store.actor or known_user(store) or info.assessor
    via = {"import": checked.file, "sha256": checked.sha256, "assessor": info.assessor}
    # The plan was made from what this transaction read: write on exactly those revisions.
    bases = store.revisions(assessment_id, view)
    for answer in decided.answers_to_write:
        store.put_answer(assessment_id, answer, view=view, actor=who,
                         base=bases.get(answer.item, 0), via=via)
    for entry in decided.vvt_to_write:
        store.put_applicability(assessment_id, entry, actor=who,
                                base=bases.get(f"vvt:{entry.control}", 0), via=via)
    if decided.risk_profile is not None and not created:
        store.set_risk_profile(assessment_id, decided.risk_profile, actor=who,
                               base=bases.get(RISK_PROFILE, 0), via=via)
    if view == "self" and org.registration is not None:
        # The Cbw registration belongs to the organisation; it merges like an answer.
        current, reg_base = get_registration_revision(store, org.id)
        if current is None:
            decided.new_other.append("registration")
            put_registration(store, org.id, org.registration, base=reg_base, actor=who,
                             via=via)
        elif current != org.registration:
            decided.changed_other.append("registration")
            if on_conflict == "theirs":
                put_registration(store, org.id, org.registration, base=reg_base, actor=who,
                                 via=via)
    if view == "self" and info.scope is not None:
        # The scope statement (issue 15) merges like the registration: a new one is
        # written, a different one only with --on-conflict theirs.
        current_scope, scope_base = get_scope(store, assessment_id)
        if not current_scope:
            decided.new_other.append("scope")
            put_scope(store, assessment_id, info.scope, base=scope_base, actor=who, via=via)
        elif current_scope != info.scope:
            decided.changed_other.append("scope")
            if on_conflict == "theirs":
                put_scope(store, assessment_id, info.scope, base=scope_base, actor=who,
                          via=via)
    training = model.governance.training if model.governance is not None else None
    if view == "self" and training is not None:
        # The board training register (Cbw art. 24) belongs to the organisation too.
        from bio2.usecases.training import merge_imported

        merge_imported(store, org.id, training, decided, on_conflict, who, via, today)
    if view == "self" and model.checklists:
        _merge_checklists(store, assessment_id, model, decided, on_conflict, who, via)
    summary: dict[str, Any] = {**decided.summary(), "assessor": info.assessor,
                               "date": info.date.isoformat() if info.date else None}
    store.record_import(checked.file, checked.sha256, view, assessment_id, summary,
                        actor=who)
    return ImportResult(checked.file, org.id, info.period, view, created, decided, True)


def _merge_checklists(store: Store, assessment_id: int, model: AnswerFile, decided: MergePlan,
                      on_conflict: OnConflict, who: str, via: dict[str, str]) -> None:
    """Ticks on the Cbw checklists (issue 13 §4) merge per Cbw item like the scope: ticks
    where none are stored are written, different ones only with ``--on-conflict theirs``
    (each such item is reported as ``checklist:<item>``)."""
    from bio2.catalog.loading import load_catalog

    catalog = load_catalog(model.catalog)
    for entry in model.checklists:
        points = [p.id for p in catalog.cbw_items[entry.item].checklist]
        ticked = tuple(p for p in points if p in entry.ticked)
        current, base = get_item_ticks(store, assessment_id, entry.item)
        if current == ticked:
            continue
        key = history_key(entry.item)
        if not current:
            decided.new_other.append(key)
        else:
            decided.changed_other.append(key)
            if on_conflict != "theirs":
                continue
        put_ticks(store, assessment_id, entry.item, ticked, base=base, actor=who, via=via)


def _refuse_orphan_audit(store: Store, file: str, org_id: str, period: str,
                         catalog: str) -> None:
    """An audit judges an existing self-assessment: without one (or on another catalog
    version) nothing is written and the user is told what to do first."""
    others = sorted({a.catalog for a in store.assessments(org_id) if a.period == period}
                    if store.organisation(org_id) is not None else set())
    if others:
        raise UserError(t("service.audit_other_catalog", file=file, org=org_id,
                          period=period, catalog=catalog, ours=", ".join(others)))
    raise UserError(t("service.audit_without_assessment", file=file, org=org_id,
                      period=period))
