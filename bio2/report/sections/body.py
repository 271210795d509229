"""Governance, risk profile and method, the VvT and the overheidsmaatregelen (the
Cbw/NIS2 chapter is :mod:`bio2.report.sections.cbw`)."""

from __future__ import annotations

from bio2.analysis.ranking import method_texts
from bio2.analysis.scoring import LEVEL, group
from bio2.analysis.statement import join_words
from bio2.domain.base import CATEGORIES, CONCEPTS, PROPERTIES, THEMES
from bio2.domain.rules import acceptance_expired, control_applicable
from bio2.i18n import pick, t
from bio2.report.model import Figure, FigureRow, PageBreak
from bio2.report.sections import CellLike, Ctx, Out, item_ids_in_order, items_table
from bio2.report.sections.assurance import statement_rules
from bio2.report.sections.cbw import verdict_word
from bio2.report.sections.training import board_training
from bio2.report.sections.yearonyear import year_on_year

#: Governance in the sense of Cbw art. 24: the CISO's position and the board's training.
CISO_ITEMS = ("5.02.02", "5.02.01")
#: Training and awareness of the board (Cbw art. 24): the training measure itself and
#: the two measures on knowing the rules and the management's own example.
TRAINING_ITEMS = ("5.04.01", "6.03.01", "6.03.03")
ISMS_CHAPTERS = tuple(str(n) for n in range(4, 11))


def _verdict(key: str) -> str:
    return t(f"cbw.verdict.{key}")


# -- governance ------------------------------------------------------------------------
def governance(ctx: Ctx) -> Out:
    fmt = ctx.fmt
    catalog = ctx.data.catalog
    out: Out = [*ctx.heading(t("report.gov"))]
    out.append(ctx.p(t("report.gov.lead")))
    duty = ctx.cbw.duties["governance"]
    out.append(ctx.p(t("report.gov.verdict", verdict=verdict_word(duty.verdict),
                       score=fmt.percent(duty.score.score),
                       coverage=fmt.percent(duty.score.coverage))))

    out.extend(ctx.heading(t("report.gov.ciso"), 1))
    present = [i for i in CISO_ITEMS if i in catalog.items]
    out.append(items_table(ctx, present))

    # Each item once in this chapter: the CISO items above, training here, the rest of
    # the Cbw governance links under oversight, ISMS clauses only in the ISMS table.
    out.extend(ctx.heading(t("report.gov.training"), 1))
    present = [i for i in TRAINING_ITEMS if i in catalog.items]
    gov_cbw = [c for c in catalog.cbw_items.values() if c.group == "governance"]
    links: dict[str, str] = {}
    for cbw_item in gov_cbw:
        for link in cbw_item.links:
            links.setdefault(link.item, f"{cbw_item.id}: {pick(link.why, link.why_en)}")
    out.append(items_table(ctx, present, why=links))
    out.extend(board_training(ctx))  # the register itself (bio2.analysis.training)
    shown = {*CISO_ITEMS, *TRAINING_ITEMS}
    oversight = [i for i in item_ids_in_order(ctx, list(links)) if i not in shown
                 and catalog.items[i].kind != "clause"]
    clauses = [i for i in item_ids_in_order(ctx, list(links))
               if catalog.items[i].kind == "clause"]
    if oversight or clauses:
        out.extend(ctx.heading(t("report.gov.oversight"), 1))
        if oversight:
            out.append(items_table(ctx, oversight, why=links))
        if clauses:
            out.append(ctx.gap())
            chapters = sorted({c.removeprefix("isms-").split(".")[0] for c in clauses}, key=int)
            out.append(ctx.p(t("report.gov.oversight_clauses", n=len(clauses),
                               chapters=join_words(chapters))))

    out.extend(ctx.heading(t("report.gov.isms"), 1))
    out.append(ctx.p(t("report.gov.isms_lead")))
    rows: list[list[CellLike]] = []
    for chapter in ISMS_CHAPTERS:
        members = [s for i, s in ctx.card.items.items()
                   if i == f"isms-{chapter}" or i.startswith(f"isms-{chapter}.")]
        clause = catalog.clauses.get(f"isms-{chapter}")
        if not members:
            continue
        g = group(chapter, members)
        c = g.counts
        rows.append([chapter, ctx.cell(pick(clause.title, clause.title_en) if clause else ""),
                     fmt.percent(g.score), fmt.percent(g.coverage),
                     f"{c['ja']} / {c['deels']} / {c['nee']} / {c['open']}"])
    out.append(ctx.table([t("report.col.chapter"), t("report.col.title"),
                          t("report.col.score"), t("report.col.coverage"),
                          t("report.col.counts")], rows, [0.1, 0.42, 0.12, 0.12, 0.24],
                         align_right=(2, 3)))
    clause_ids = [i for i, item in catalog.items.items() if item.kind == "clause"]
    out.append(ctx.gap())
    out.append(items_table(ctx, clause_ids))
    out.append(PageBreak())
    return out


# -- risk profile and method -----------------------------------------------------------
def risk(ctx: Ctx) -> Out:
    fmt = ctx.fmt
    data = ctx.data
    profile = data.assessment.risk_profile
    out: Out = [*ctx.heading(t("report.risk"))]
    out.extend(ctx.heading(t("report.risk.profile"), 1))
    out.append(ctx.p(t("report.risk.profile_lead")))
    rows: list[list[CellLike]] = [[t(f"property.{p}"), t(f"level.{getattr(profile, p)}"),
                               str(LEVEL[getattr(profile, p)])] for p in PROPERTIES]
    out.append(ctx.table([t("report.col.property"), t("report.col.level"),
                          t("report.col.exposure")], rows, [0.4, 0.3, 0.3]))
    out.extend(ctx.heading(t("report.risk.method"), 1))
    factors = data.profile.category_factors
    out.append(ctx.p(t("report.method.weight", factors=", ".join(
        f"{t(f'category.{c}')} × {fmt.decimal(factors[c])}" for c in CATEGORIES))))
    if data.catalog.categories_from:  # v1.3 has no categories: say they come from 1.2
        out.append(ctx.p(t("catalog.categories_carried", id=data.catalog.id,
                           source=data.catalog.categories_from)))
    explicit, ranked, example = method_texts(factors, ctx.fmt)
    out.append(ctx.p(explicit))
    for key in ("report.method.degree", "report.method.score", "report.method.nis2",
                "report.method.residual"):
        out.append(ctx.p(t(key)))
    out.extend(ctx.p(line) for line in (ranked, example))  # bio2.analysis.ranking: one order
    out.append(ctx.p(t("report.method.cbw")))
    out.extend(statement_rules(ctx))

    out.extend(ctx.heading(t("report.risk.register"), 1))
    accepted = [a for a in data.answers.values() if a.acceptance is not None]
    order = {key: n for n, key in enumerate(data.catalog.items)}
    accepted.sort(key=lambda a: (a.acceptance.until if a.acceptance else ctx.today,
                                 order.get(a.item, 0)))
    if not accepted:
        out.append(ctx.p(t("report.risk.register_none")))
    else:
        out.append(ctx.p(t("report.risk.register_lead")))
        rows = []
        statuses = []
        for a in accepted:
            acc = a.acceptance
            assert acc is not None
            expired = acceptance_expired(acc.until, ctx.today)
            rows.append([a.item, ctx.cell(ctx.title_of(a.item), limit=120), ctx.cell(acc.by),
                         ctx.date_text(acc.until), ctx.cell(acc.risk_ref or "–"),
                         ctx.cell(acc.reason, limit=300),
                         t("report.acc.state_expired") if expired else t("report.acc.state_valid")])
            statuses.append("nee" if expired else "ja")
        out.append(ctx.table(
            [t("report.col.item"), t("report.col.title"), t("report.col.accepted_by"),
             t("report.col.until"), t("report.col.reference"), t("report.col.reason"),
             t("report.col.state")], rows, [0.08, 0.19, 0.18, 0.11, 0.11, 0.23, 0.1],
            status_col=6, statuses=statuses))
    out.append(PageBreak())
    return out


# -- VvT --------------------------------------------------------------------------------
def vvt(ctx: Ctx) -> Out:
    fmt = ctx.fmt
    data = ctx.data
    catalog = data.catalog
    vvt_map = data.applicability
    excluded = [c for c, a in vvt_map.items() if not a.applicable and c in catalog.controls]
    out: Out = [*ctx.heading(t("report.vvt"))]
    out.append(ctx.p(t("report.vvt.lead", controls=len(catalog.controls),
                       applicable=len(catalog.controls) - len(excluded),
                       excluded=len(excluded))))
    for theme in THEMES:
        controls = [c for c in catalog.controls.values() if c.theme == theme]
        rows: list[list[CellLike]] = []
        statuses = []
        for control in controls:
            entry = vvt_map.get(control.id)
            applicable = control_applicable(entry)
            g = ctx.card.controls.get(control.id)
            if not applicable:
                status, key = t("status.nvt"), "excluded"
            elif g is not None and g.answered and g.score is None:  # all its items n.v.t.
                status, key = t("status.nvt"), "nvt"
            elif g is None or g.answered == 0:
                status, key = t("report.vvt.unassessed"), "open"
            else:
                status = t("report.vvt.status", score=fmt.percent(g.score), answered=g.answered,
                           items=g.items)
                key = _status_key(g.score, g.answered, g.items)
            justification = entry.justification if entry and entry.justification else ""
            if entry and entry.risk_ref:
                justification = f"{justification} [{entry.risk_ref}]".strip()
            rows.append([control.id, ctx.cell(pick(control.title, control.title_en)),
                         t("report.yes") if applicable else t("report.no"), status,
                         ctx.cell(justification, limit=300)])
            statuses.append(key)
        out.extend(ctx.subheading(t(f"theme.{theme}")))
        out.append(ctx.table([t("report.col.control"), t("report.col.title"),
                              t("report.col.applicable"), t("report.col.status"),
                              t("report.col.justification")], rows,
                             [0.1, 0.26, 0.12, 0.22, 0.3], status_col=3, statuses=statuses))

    out.extend(ctx.heading(t("report.vvt.exceptions"), 1))
    out.append(ctx.p(t("report.vvt.exceptions_lead")))
    rows = []
    for control_id in [c for c in catalog.controls if c in excluded]:
        entry = vvt_map[control_id]
        rows.append([control_id, ctx.cell(ctx.control_title(control_id)),
                     ctx.cell(entry.justification or "–", limit=500),
                     ctx.cell(entry.risk_ref or t("report.vvt.no_ref"))])
    nvt_items = [i for i, s in ctx.card.items.items()
                 if s.status == "nvt" and not s.excluded_by_vvt]
    for item_id in nvt_items:
        answer = ctx.answer(item_id)
        rows.append([item_id, ctx.cell(ctx.title_of(item_id)),
                     ctx.cell(answer.explanation if answer else "", limit=500),
                     ctx.cell(t("report.vvt.nvt_item"))])
    if rows:
        out.append(ctx.table([t("report.col.control_or_item"), t("report.col.title"),
                              t("report.col.justification"), t("report.col.reference")],
                             rows, [0.1, 0.28, 0.44, 0.18]))
    else:
        out.append(ctx.p(t("report.vvt.no_exceptions")))
    out.append(PageBreak())
    return out


def _status_key(score: float | None, answered: int, items: int) -> str:
    if score is None:
        return "nvt"
    if answered < items:
        return "open" if score == 0 else "deels"
    return "ja" if score >= 0.999 else ("nee" if score == 0 else "deels")


# -- overheidsmaatregelen -----------------------------------------------------------
def measures(ctx: Ctx) -> Out:
    fmt = ctx.fmt
    catalog = ctx.data.catalog
    card = ctx.card
    measure_ids = [i for i, item in catalog.items.items() if item.kind == "measure"]
    out: Out = [*ctx.heading(t("report.measures"))]
    out.append(ctx.p(t("report.measures.lead", n=len(measure_ids))))
    groups = [
        *((t(f"category.{c}"), [i for i in measure_ids if c in catalog.items[i].categories])
          for c in CATEGORIES),
        *((t(f"theme.{th}"), [i for i in measure_ids if catalog.items[i].theme == th])
          for th in THEMES),
        (t("report.measures.all"), measure_ids),
    ]
    rows: list[list[CellLike]] = []
    for n, (label, members) in enumerate(groups):
        g = group(label, (card.items[i] for i in members))
        c = g.counts
        total_row = n == len(groups) - 1
        values = [str(g.items), fmt.percent(g.score), str(c["ja"]), str(c["deels"]), str(c["nee"]),
                  str(c["nvt"] + c["excluded"]), str(c["open"])]
        rows.append([ctx.cell(label, bold=total_row),
                     *(ctx.cell(v, bold=total_row, right=True) for v in values)])
    out.append(ctx.table([t("report.col.group"), t("report.col.number"),
                          t("report.col.score"), t("status.ja"), t("status.deels"),
                          t("status.nee"), t("status.nvt"), t("status.open")], rows,
                         [0.3, 0.1, 0.12, 0.096, 0.096, 0.096, 0.096, 0.096],
                         total_row=True, rules_below=(len(CATEGORIES) - 1,)))
    out.extend(year_on_year(ctx))  # only with an earlier period (bio2.analysis.yearonyear)

    out.extend(ctx.heading(t("report.measures.concepts"), 1))
    out.append(ctx.p(t("report.measures.concepts_lead")))
    rows = [[t(f"concept.{c}"), str(card.concepts[c].items), fmt.percent(card.concepts[c].score),
             fmt.percent(card.concepts[c].coverage), str(card.concepts[c].gaps)] for c in CONCEPTS]
    numbers = ctx.table([t("report.col.concept"), t("report.col.items"),
                         t("report.col.score"), t("report.col.coverage"),
                         t("report.col.gaps")], rows, [0.36, 0.16, 0.16, 0.16, 0.16],
                        align_right=(1, 2, 3, 4))
    out.append(Figure("radar", tuple(FigureRow(t(f"concept.{c}"), card.concepts[c].score,
                                               card.concepts[c].coverage) for c in CONCEPTS),
                      alt=t("report.figure.concepts_alt"), numbers=numbers, numbers_follow=True,
                      size=190))
    out.append(numbers)

    out.extend(ctx.heading(t("report.measures.per_theme"), 1))
    abbrev = {c: t(f"report.cat_abbrev.{c}") for c in CATEGORIES}
    out.append(ctx.p(t("report.measures.legend", legend=", ".join(
        f"{abbrev[c]} = {t(f'category.{c}')}" for c in CATEGORIES))))
    for theme in THEMES:
        ids = [i for i in measure_ids if catalog.items[i].theme == theme]
        if not ids:
            continue
        rows = []
        statuses = []
        for item_id in ids:
            score = card.items[item_id]
            answer = ctx.answer(item_id)
            rows.append([item_id, ctx.cell(ctx.title_of(item_id)),
                         " ".join(abbrev[c] for c in catalog.items[item_id].categories),
                         ctx.status_word(score),
                         ctx.cell(answer.owner if answer and answer.owner else "", limit=80),
                         ctx.cell(ctx.due_text(answer, score), alert=score.overdue)])
            statuses.append(ctx.status_key(score))
        out.extend(ctx.subheading(t(f"theme.{theme}")))
        out.append(ctx.table([t("report.col.measure"), t("report.col.title"),
                              t("report.col.categories"), t("report.col.status"),
                              t("report.col.owner"), t("report.col.due")], rows,
                             [0.105, 0.295, 0.1, 0.105, 0.225, 0.17], status_col=3,
                             statuses=statuses))
    out.append(PageBreak())
    return out
