"""The improvement plan, the draft statement for signature, the annex with every item
and the colophon."""

from __future__ import annotations

from datetime import date

from bio2.analysis.ranking import rank
from bio2.analysis.scoring import GAP_STATUSES
from bio2.domain.base import THEMES
from bio2.i18n import pick, t
from bio2.report.model import BulletList, Cell, PageBreak, Signatures, Span, Subheading
from bio2.report.runs import ANNEX_TEXT_LIMIT, clean, emph, tn
from bio2.report.sections import CellLike, Ctx, Out
from bio2.report.sections.assurance import audit_facts, audit_findings


# -- verbeterplan -----------------------------------------------------------------------
def plan(ctx: Ctx) -> Out:
    fmt = ctx.fmt
    card = ctx.card
    gaps = rank(card).gaps
    out: Out = [*ctx.heading(t("report.plan"))]
    lead = tn("report.plan.lead", len(gaps))
    if card.overdue:
        lead += " " + tn("report.plan.overdue", len(card.overdue))
    out.append(ctx.p(lead))
    if gaps:
        rows: list[list[CellLike]] = []
        statuses = []
        for n, score in enumerate(gaps, start=1):
            answer = ctx.answer(score.item)
            rows.append([str(n), score.item, ctx.cell(ctx.title_of(score.item), limit=160),
                         ctx.status_word(score), fmt.decimal(score.residual),
                         ctx.cell(answer.owner if answer and answer.owner else "–", limit=80),
                         ctx.cell(ctx.due_text(answer, score) or "–", alert=score.overdue),
                         ctx.acceptance_text(answer) or "–"])
            statuses.append(score.status)
        out.append(ctx.table([
            "#", t("report.col.item"), t("report.col.title"), t("report.col.status"),
            t("report.col.residual"), t("report.col.owner"), t("report.col.due"),
            t("report.col.acceptance")], rows,
            # wide enough for "isms-6.1.3", "restrisico" and "Informatiemanagement"
            [0.035, 0.1, 0.242, 0.068, 0.095, 0.215, 0.13, 0.115],
            status_col=3, statuses=statuses, align_right=(0, 4)))
    else:
        out.append(ctx.p(t("report.plan.none")))
    out.extend(audit_findings(ctx))
    unassessed = [i for i, s in card.items.items() if s.status == "open" and not s.excluded_by_vvt]
    if unassessed:
        out.extend(ctx.subheading(tn("report.plan.unassessed", len(unassessed))))
        out.append(ctx.p(", ".join(unassessed), "small"))
    out.append(PageBreak())
    return out


# -- bestuursverklaring -----------------------------------------------------------
def statement(ctx: Ctx) -> Out:
    """The draft statement: every claim comes from ``bio2.analysis.statement`` (the rules are in
    its docstring and in the method chapter), never from a fixed sentence."""
    from bio2.analysis.statement import derive

    data = ctx.data
    profile = data.profile
    card = ctx.card
    kind = profile.statement
    basis = ctx.basis or derive(data.catalog, card, data.answers, data.applicability)
    gaps = sum(1 for s in card.items.values() if s.in_scope and s.status in GAP_STATUSES)
    unassessed = sum(1 for s in card.items.values() if s.status == "open"
                     and not s.excluded_by_vvt)
    addressees = [t(key) for key in profile.addressees]
    to = (", ".join(addressees[:-1]) + f" {t('report.and')} " + addressees[-1]
          if len(addressees) > 1 else addressees[0])
    signatory = t(profile.signatory)
    out: Out = [*ctx.heading(t(f"report.statement.{kind}.title"))]
    out.append(ctx.p(t("report.statement.draft"), "mark"))
    out.append(ctx.gap(4))
    out.append(ctx.p(t("report.statement.to", to=to)))
    # "in control" (Rijk) only when every claim holds; otherwise the neutral opening
    intro = (f"report.statement.{kind}.intro" if basis.all_hold or kind != "icv-rijk"
             else "report.statement.icv-rijk.intro_provisional")
    out.append(ctx.p(t(intro, signatory=signatory, org=ctx.org_name,
                       period=data.assessment.period)))
    out.append(ctx.p(t("report.statement.basis", catalog=data.catalog.id,
                       title=pick(data.catalog.title, data.catalog.title_en))))
    out.append(BulletList(tuple((Span(line),) for line in basis.sentences())))
    # the coverage claim already names the unassessed items
    parts = [tn(f"report.statement.dev.{key}", n) for key, n in (
        ("gaps", gaps), ("expired", len(card.expired_acceptances))) if n]
    if parts:
        joined = (", ".join(parts[:-1]) + f" {t('report.and')} " + parts[-1]
                  if len(parts) > 1 else parts[0])
        out.append(ctx.p(t("report.statement.deviations", parts=joined,
                           chapter=ctx.chapter("plan"))))
    elif not unassessed:
        out.append(ctx.p(t("report.statement.no_deviations")))
    out.append(ctx.p(t("report.statement.accepted", n=len(card.accepted))))
    if ctx.auditor is not None and ctx.audit is not None:
        name, when = ctx.auditor
        out.append(ctx.p(t("report.statement.audit", auditor=name, date=when,
                           chapter=ctx.chapter("audit"))))
    if len(addressees) > 1:  # the first signs or receives; the last is accounted to
        out.append(ctx.p(t(f"report.statement.{kind}.close", to=addressees[-1])))
    out.append(ctx.p(t("report.statement.annexes", plan=ctx.chapter("plan"))))
    out.append(ctx.gap(10))
    out.append(Signatures(
        (signatory, t("report.sign.second")),
        ((t("report.sign.place_date"), 12), (t("report.sign.name"), 10),
         (t("report.sign.role"), 10), (t("report.sign.signature"), 20))))
    out.append(PageBreak())
    return out


# -- bijlage: alle items ----------------------------------------------------------
def annex(ctx: Ctx) -> Out:
    catalog = ctx.data.catalog
    out: Out = [*ctx.heading(t("report.annex"), numbered=False)]
    out.append(ctx.p(t("report.annex.lead")))
    for theme in (*THEMES, "isms"):
        ids = [i for i, item in catalog.items.items() if item.theme == theme]
        if not ids:
            continue
        out.extend(ctx.subheading(t(f"theme.{theme}"), rank=1, keep_mm=40))
        bare = [i for i in ids if _bare(ctx, i)]
        for item_id in ids:
            if item_id not in bare:
                out.extend(_annex_item(ctx, item_id))
        if bare:  # one compact list instead of a page of "Nog niet beoordeeld."
            out.extend(ctx.subheading(tn("report.annex.unassessed_list", len(bare),
                                         theme=t(f"theme.{theme}")), keep_mm=18))
            listed: list[Span] = []
            for n, i in enumerate(bare):
                listed += [*([Span("; ")] if n else []), Span(i, strong=True), Span(" "),
                           *clean(ctx.title_of(i), 200)]
            out.append(ctx.runs(tuple(listed), "small"))
    out.append(PageBreak())
    return out


def _bare(ctx: Ctx, item_id: str) -> bool:
    """Not assessed and nothing recorded about it (no text, owner, date, evidence or
    audit judgement): such items are listed compactly per theme."""
    score = ctx.card.items[item_id]
    if score.status != "open" or score.excluded_by_vvt or item_id in ctx.data.audit:
        return False
    answer = ctx.answer(item_id)
    return answer is None or not (answer.explanation or answer.owner or answer.due
                                  or answer.evidence or answer.acceptance or answer.risk)


def _annex_item(ctx: Ctx, item_id: str) -> Out:
    fmt = ctx.fmt
    score = ctx.card.items[item_id]
    answer = ctx.answer(item_id)
    audit = ctx.data.audit.get(item_id)
    head = (Span(item_id, strong=True), Span("  "), *clean(ctx.title_of(item_id), 300),
            Span("  "), Span(f" {ctx.status_word(score)} ", tone=ctx.status_key(score)))
    meta = [t("report.annex.weight", weight=fmt.decimal(score.weight.value),
              residual=fmt.decimal(score.residual))]
    if answer is not None:
        if answer.owner:
            meta.append(t("report.annex.owner", owner=answer.owner))
        if answer.due:
            meta.append(t("report.annex.due", due=ctx.due_text(answer, score)))
        if answer.acceptance:
            acc = answer.acceptance
            meta.append(t("report.annex.acceptance", by=acc.by, until=ctx.date_text(acc.until),
                          ref=acc.risk_ref or "–"))
    block: Out = [Subheading(head, keep_mm=18), ctx.runs(clean(" · ".join(meta), 2000), "small")]
    if answer is not None and answer.explanation:
        block.append(ctx.runs(clean(answer.explanation, ANNEX_TEXT_LIMIT)))
    elif score.status == "open" and not score.excluded_by_vvt:
        block.append(ctx.p(t("report.annex.unanswered"), "note"))
    official = ctx.data.official.get(item_id)
    if official is not None:
        label = t("report.annex.official", number=official.number, source=official.source,
                  date=_imported_on(ctx, official.imported_at))
        block.append(ctx.runs((Span(label, strong=True), Span("\n"),
                               *emph(clean(official.text, ANNEX_TEXT_LIMIT))), "small"))
    if answer is not None and answer.evidence:
        refs = "; ".join(
            e.ref + (f" ({ctx.date_text(e.date)})" if e.date else "")
            + (f" sha256 {e.sha256[:12]}…" if e.sha256 else "") for e in answer.evidence)
        block.append(ctx.runs((Span(t("report.annex.evidence"), strong=True), Span(" "),
                               *clean(refs, 3000)), "small"))
    if audit is not None and (audit.opzet or audit.bestaan or audit.werking or audit.finding
                              or audit.status != "open"):
        judged = t("report.annex.audit_line", status=t(f"status.{audit.status}"),
                   opzet=_judgement(audit.opzet), bestaan=_judgement(audit.bestaan),
                   werking=_judgement(audit.werking))
        line = [Span(t("report.annex.audit"), strong=True), Span(" " + judged)]
        if audit.finding:
            line += [Span(" "), *emph(clean(audit.finding, ANNEX_TEXT_LIMIT))]
        block.append(ctx.runs(tuple(line), "small"))
    return block


def _imported_on(ctx: Ctx, stamp: str) -> str:
    """An ISO timestamp from the store as a reader's date (the raw value if unreadable)."""
    try:
        return ctx.date_text(date.fromisoformat(stamp[:10]))
    except ValueError:
        return stamp[:10]


def _judgement(value: str | None) -> str:
    return t(f"report.judgement.{value}") if value else "–"


# -- colofon -----------------------------------------------------------------------
def colophon(ctx: Ctx) -> Out:
    data = ctx.data
    catalog = data.catalog
    out: Out = [*ctx.heading(t("report.colophon"), numbered=False)]
    out.append(ctx.facts([
        (t("report.colophon.tool"), f"bio2 {ctx.version}"),
        (t("report.colophon.catalog"), f"{catalog.id}: {pick(catalog.title, catalog.title_en)}"
                                       f" ({t(f'catalog.status.{catalog.status}')})"),
        (t("report.colophon.assessment"),
         t("report.colophon.assessment_v", org=data.organisation.id,
           period=data.assessment.period)),
        (t("report.colophon.date"), ctx.date_text(ctx.today)),
        *audit_facts(ctx),
        (t("report.colophon.fingerprint"), Cell((Span(ctx.fingerprint, code=True),))),
        (t("report.colophon.chain"), Cell((Span(data.history_head or "-", code=True),))),
        (t("report.colophon.registration_chain"),
         Cell((Span(data.registration_head or "-", code=True),))),
    ]))
    out.append(ctx.gap())
    # each command on a line of its own in the mono font, so none breaks mid-command
    out.append(ctx.p(t("report.colophon.verify")))
    out.append(ctx.p(t("report.colophon.verify_file"), "mono"))
    out.append(ctx.p(t("report.colophon.verify_db", org=data.organisation.id,
                       period=data.assessment.period), "mono"))
    out.append(ctx.p(t("report.colophon.verify_chains"), "small"))
    out.append(ctx.p(t("report.colophon.verify_history", org=data.organisation.id,
                       period=data.assessment.period), "mono"))
    out.append(ctx.gap())
    out.append(ctx.p(t("about.attribution"), "small"))
    out.append(ctx.p(t("report.colophon.fonts"), "small"))
    out.append(ctx.p(t("report.colophon.own_words"), "small"))
    return out

