"""Moving an assessment to another catalog version (use case of ``bio2 migrate`` and the TUI).

The new assessment has the same organisation and period (the store keeps one assessment
per organisation, period and catalog); answers of both views follow the moves, the VvT
is carried, new items start open and removed items are listed with their answers. The
old assessment is never changed. :func:`migrate_assessment` is the use case;
:func:`report_lines` is the migration report both show.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from bio2.catalog.versions import MigrationPlan
    from bio2.domain.catalog import Catalog
    from bio2.domain.records import AssessmentRecord
    from bio2.store import Store


@dataclass(frozen=True)
class MigrationResult:
    organisation: dict[str, Any]
    source: AssessmentRecord
    old: Catalog
    new: Catalog
    plan: MigrationPlan
    #: Id of the new assessment; ``None`` on a dry run.
    new_id: int | None


def migrate_assessment(store: Store, org_id: str, period: str, target: str, *,
                       dry_run: bool = False, actor: str | None = None) -> MigrationResult:
    """Create the assessment of ``org_id``/``period`` on catalog ``target`` from the one on
    its current catalog, in one transaction. Raises ``UserError`` (and changes nothing)
    for an unknown catalog or when an assessment on ``target`` already exists."""
    import sqlite3

    from bio2.catalog.files import available
    from bio2.catalog.loading import load_catalog
    from bio2.catalog.versions import catalog_label
    from bio2.domain.errors import UserError
    from bio2.i18n import t
    from bio2.usecases.carryover import carry_source, plan_carry, write_carried
    from bio2.usecases.opening import find_assessment

    if target not in available():
        raise UserError(t("migrate.unknown_catalog", id=target, known=", ".join(available())))
    find_assessment(store, org_id, period)  # a clear error for an unknown org or period
    rows = [a for a in store.assessments(org_id) if a.period == period]
    if any(a.catalog == target for a in rows):
        raise UserError(t("migrate.exists", org=org_id, period=period,
                          id=catalog_label(load_catalog(target))))
    # The same source rule as carrying over to a new period (bio2.usecases.carryover).
    source = carry_source(rows, org_id, period, target)
    assert source is not None  # find_assessment found the period, target is not there
    old, new = load_catalog(source.catalog), load_catalog(target)
    plan = plan_carry(store, source, new, views=("self", "audit"))
    organisation = store.organisation(org_id) or {}
    new_id: int | None = None
    if not dry_run:
        who = actor or t("migrate.actor", id=old.id)
        try:
            with store.atomic():
                new_id = store.create_assessment(org_id, period, target, source.profile,
                                                 source.assessor, source.risk_profile,
                                                 source.date)
                write_carried(store, new_id, plan, actor=who, via={"migrated_from": old.id})
        except sqlite3.IntegrityError:
            # Another process migrated the same assessment a moment ago.
            raise UserError(t("migrate.exists", org=org_id, period=period,
                              id=catalog_label(new))) from None
    return MigrationResult(organisation, source, old, new, plan, new_id)


def report_lines(result: MigrationResult) -> list[str]:
    """The migration report: what was carried, moved, removed (with answers) and added."""
    from bio2.catalog.versions import catalog_label
    from bio2.i18n import pick, t

    plan, old, new = result.plan, result.old, result.new
    source = result.source
    moved_self = sum(1 for m in plan.moved if m.view == "self")
    self_answers = len(plan.answers.get("self", ()))
    lines = [
        t("migrate.title", org=source.org_id, name=result.organisation.get("name", ""),
          period=source.period),
        f"  {t('versions.from')} {catalog_label(old)}",
        f"  {t('versions.to')} {catalog_label(new)}",
        "",
        t("migrate.carried", answers=self_answers, kept=self_answers - moved_self,
          moved=moved_self, vvt=len(plan.applicability)),
    ]

    def status(answer: Any) -> str:
        return str(t(f"status.{answer.status}"))

    lines += ["", t("migrate.moved", count=len(plan.diff.moved))]
    answers_by = {(m.view, m.old): m.answer for m in plan.moved}
    for move in plan.diff.moved:
        views = [f"{'' if v == 'self' else t('migrate.view.audit') + ': '}"
                 f"{status(answers_by[(v, move.old)])}"
                 for v in ("self", "audit") if (v, move.old) in answers_by]
        lines.append(f"  {move.old} -> {move.new}  "
                     f"{', '.join(views) or t('migrate.no_answer')}")
    lines += ["", t("migrate.removed", count=len(plan.removed), id=catalog_label(old))]
    for removed in plan.removed:
        item = old.items.get(removed.item)
        title = pick(item.title, item.title_en) if item else ""
        lines.append(f"  {removed.item:<9} {title}")
        if not removed.answers:
            lines.append(f"            {t('migrate.no_answer')}")
        for view, answer in removed.answers.items():
            label = "" if view == "self" else f"{t('migrate.view.audit')}: "
            extra = [answer.explanation or ""]
            if answer.owner:
                extra.append(t("migrate.owner", owner=answer.owner))
            text = "; ".join(x for x in extra if x)
            lines.append(f"            {label}{status(answer)}" + (f" - {text}" if text else ""))
    lines += ["", t("migrate.added", count=len(plan.added))]
    for added in plan.added:
        item = new.items[added]
        lines.append(f"  {added:<9} {pick(item.title, item.title_en)}")
    notes = [t("migrate.note_na" if not n.applicable else "migrate.note_applicable",
               new=n.new, old=n.old, control=n.control) for n in plan.notes]
    notes += [t("migrate.dropped_vvt", control=a.control) for a in plan.dropped_applicability]
    if notes:
        lines += ["", *notes]
    lines.append("")
    if result.new_id is None:
        lines.append(t("migrate.dry_run"))
    else:
        lines.append(t("migrate.done", org=source.org_id, period=source.period,
                       id=catalog_label(new), old=catalog_label(old)))
    return lines
