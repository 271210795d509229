"""Cover, contents and the management summary (at most two pages, for the board)."""

from __future__ import annotations

from datetime import date

from bio2.analysis.ranking import rank
from bio2.domain.base import CATEGORIES, THEMES
from bio2.domain.scorecard import GroupScore
from bio2.i18n import pick, t
from bio2.report.model import ALERT, BulletList, Cover, Figure, FigureRow, PageBreak, Runs, Span
from bio2.report.runs import clean, emph, tn
from bio2.report.sections import Ctx, Out
from bio2.report.sections.assurance import audit_facts, audit_summary
from bio2.report.sections.yearonyear import year_on_year_summary

TOP_RISKS = 5


def cover(ctx: Ctx) -> Cover:
    data = ctx.data
    org = data.organisation
    catalog = data.catalog
    a = data.assessment
    entity = org.cbw_entity
    entity_text = (t(f"entity.{entity}") if entity else
                   t("report.cover.entity_profile", entity=t(f"entity.{data.profile.cbw_entity}")))
    catalog_text = (f"{catalog.id}: {pick(catalog.title, catalog.title_en)}"
                    f" ({t(f'catalog.status.{catalog.status}')},"
                    f" {ctx.date_text(catalog.published)})")
    return Cover(
        title=t("report.title"),
        subtitle=t("report.subtitle", period=a.period),
        # a 500-character name would push the cover onto a second page: cut it here
        name=clean(ctx.org_name, 120),
        facts=ctx.facts([
            (t("report.cover.org"), ctx.cell(ctx.org_name, limit=200)),
            (t("report.cover.type"), t(f"orgtype.{org.type}")),
            (t("report.cover.entity"), entity_text),
            (t("report.cover.period"), ctx.cell(a.period)),
            (t("report.cover.catalog"), catalog_text),
            (t("report.cover.assessor"), ctx.cell(a.assessor)),
            (t("report.cover.assessed_on"),
             ctx.date_text(date.fromisoformat(a.date)) if a.date else t("report.unknown")),
            *audit_facts(ctx),
            (t("report.cover.report_date"), ctx.date_text(ctx.today)),
            (t("report.cover.classification"), ctx.cell(ctx.classification, bold=True)),
        ]),
        notes=(t("report.cover.handling", org=_short(ctx.org_name),
                 classification=ctx.classification),
               *([t("report.cover.draft_catalog")] if catalog.is_draft else [])),
    )


def _short(name: str, limit: int = 120) -> str:
    """A name for running text on the cover: cut after ``limit`` characters."""
    return name if len(name) <= limit else name[:limit - 1].rstrip() + "…"


def summary(ctx: Ctx) -> Out:
    fmt = ctx.fmt
    card = ctx.card
    overall = card.overall
    data = ctx.data
    gaps = rank(card).gaps
    unassessed = sum(1 for s in card.items.values()
                     if s.status == "open" and not s.excluded_by_vvt)
    out: Out = [*ctx.heading(t("report.summary"))]
    out.append(ctx.p(t("report.summary.lead", org=ctx.org_name, period=data.assessment.period,
                       assessor=data.assessment.assessor, answered=overall.answered,
                       items=overall.items, catalog=data.catalog.id)))
    if overall.score is None or overall.answered == 0:
        out.append(ctx.p(t("report.summary.no_score")))
    else:
        out.append(ctx.p(tn("report.summary.score", len(gaps), score=fmt.percent(overall.score),
                            coverage=fmt.percent(overall.coverage), gaps=len(gaps))))
        if unassessed:
            out.append(ctx.p(tn("report.summary.score_open", unassessed, unassessed=unassessed)))
    out.extend(audit_summary(ctx))
    out.extend(year_on_year_summary(ctx))  # one sentence, only with an earlier period
    out.append(ctx.facts([
        (t("report.summary.k.score"), fmt.percent(_shown(overall))),
        (t("report.summary.k.coverage"),
         t("report.summary.k.coverage_v", coverage=fmt.percent(overall.coverage),
           answered=overall.answered, items=overall.items)),
        (t("report.summary.k.gaps"), str(len(gaps))),
        (t("report.summary.k.unassessed"), str(unassessed)),
        (t("report.summary.k.accepted"), t("report.summary.k.accepted_v",
                                           valid=len(card.accepted),
                                           expired=len(card.expired_acceptances))),
        (t("report.summary.k.overdue"), str(len(card.overdue))),
    ], label_width=0.42))
    rows = [(t(f"theme.{k}"), _shown(card.themes[k]), card.themes[k].coverage)
            for k in (*THEMES, "isms")]
    rows += [(t("report.summary.category", name=t(f"category.{k}")),
              _shown(card.categories[k]), card.categories[k].coverage) for k in CATEGORIES]
    out.append(Figure(
        "bar", tuple(FigureRow(label, score, coverage) for label, score, coverage in rows),
        alt=t("report.figure.summary_alt"),
        numbers=ctx.table([t("report.col.group"), t("report.col.score"),
                           t("report.col.coverage")],
                          [[label, fmt.percent(score), fmt.percent(coverage)]
                           for label, score, coverage in rows], [0.6, 0.2, 0.2],
                          align_right=(1, 2), caption=t("report.summary.chart"), count=False),
        title=t("report.summary.chart"), note=t("report.summary.chart_note"), label_width=170))

    # "De 5 grootste risico's" only when there are five; one gap is "Het grootste risico"
    out.extend(ctx.subheading(tn("report.summary.risks", min(TOP_RISKS, len(gaps))
                                 or TOP_RISKS)))
    if gaps:
        out.append(BulletList(tuple(_risk_sentence(ctx, r.item) for r in gaps[:TOP_RISKS]),
                              numbered=True))
    else:
        out.append(ctx.p(t("report.summary.no_gaps")))
    if unassessed:
        out.append(ctx.p(tn("report.summary.unassessed", unassessed)))

    out.extend(ctx.subheading(t("report.summary.acceptances")))
    if card.accepted:
        out.append(ctx.p(t("report.summary.acc_valid", n=len(card.accepted),
                           ids=", ".join(card.accepted))))
    if card.expired_acceptances:
        out.append(ctx.p(t("report.summary.acc_expired", n=len(card.expired_acceptances),
                           ids=", ".join(card.expired_acceptances))))
    if card.accepted or card.expired_acceptances:
        out.append(ctx.p(t("report.summary.acc_register")))
    else:
        out.append(ctx.p(t("report.summary.acc_none")))

    out.extend(ctx.subheading(t("report.summary.decision")))
    asks = [t("report.decision.adopt", statement=t(f"report.statement.{data.profile.statement}"))]
    if gaps:
        asks.append(tn("report.decision.plan", len(gaps), chapter=ctx.chapter("plan")))
    if ctx.audit is not None and ctx.audit.findings:
        asks.append(tn("report.decision.audit", len(ctx.audit.findings),
                       chapter=ctx.chapter("plan")))
    if card.expired_acceptances:
        asks.append(tn("report.decision.expired", len(card.expired_acceptances)))
    if card.overdue:
        asks.append(tn("report.decision.overdue", len(card.overdue)))
    if unassessed:
        asks.append(tn("report.decision.unassessed", unassessed))
    asks.append(t("report.decision.sign",
                  statement=t(f"report.statement.{data.profile.statement}"),
                  chapter=ctx.chapter("statement")))
    out.append(BulletList(tuple((Span(a),) for a in asks)))
    out.append(PageBreak())
    return out


def _shown(score: GroupScore) -> float | None:
    """The score to show: none while nothing in the group has a decision (a group of
    open items scores 0%, which would read as "assessed and failed")."""
    return score.score if score.answered else None


def _risk_sentence(ctx: Ctx, item_id: str) -> Runs:
    """One top risk in plain words: what is missing, why it weighs, who acts by when."""
    fmt = ctx.fmt
    score = ctx.card.items[item_id]
    answer = ctx.answer(item_id)
    item = ctx.data.catalog.items[item_id]
    parts = [t(f"report.risk.{score.status}", item=item_id, title=ctx.title_of(item_id))]
    if item.control and item.kind == "measure":  # a direct control is its own title
        parts.append(t("report.risk.control", control=item.control,
                       title=pick(ctx.data.catalog.controls[item.control].title,
                                  ctx.data.catalog.controls[item.control].title_en)))
    parts.append(t("report.risk.residual", residual=fmt.decimal(score.residual)))
    if answer and answer.owner:
        parts.append(t("report.risk.owner", owner=answer.owner))
    line: list[Span] = [Span(" ".join(parts))]
    if answer and answer.due:
        if score.overdue:  # marked as in the improvement plan
            line += [Span(" "), Span(t("report.risk.due_overdue", due=ctx.date_text(answer.due)),
                                     strong=True, tone=ALERT)]
        else:
            line.append(Span(" " + t("report.risk.due", due=ctx.date_text(answer.due))))
    if score.accepted:
        line.append(Span(" " + t("report.risk.accepted")))
    if answer and answer.explanation:
        line += [Span(" "), *emph(clean(answer.explanation, 160))]
    return tuple(line)
