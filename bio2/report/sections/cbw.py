"""The Cbw/NIS2 chapter: readiness per NIS2 letter, per duty and per Cbw Control Framework
item (the rows of :func:`bio2.analysis.cbw.readiness_rows`, the same as ``bio2 cbw`` and the
TUI's Cbw screen), the registration data and the meldplicht."""

from __future__ import annotations

from bio2.analysis.cbw import checklist_blocks, coverage_text, readiness_rows
from bio2.analysis.cbw_document import outside_cbw
from bio2.i18n import pick, t
from bio2.report.model import Figure, FigureRow, PageBreak
from bio2.report.sections import CellLike, Ctx, Out, items_table
from bio2.report.sections.meldplicht import meldplicht_register


def verdict_word(key: str) -> str:
    return t(f"cbw.verdict.{key}")


def cbw(ctx: Ctx) -> Out:
    fmt = ctx.fmt
    catalog = ctx.data.catalog
    readiness = ctx.cbw
    out: Out = [*ctx.heading(t("report.cbw"))]
    recorded = ctx.data.organisation.cbw_entity
    # a profile's entity is a default, never stated as a fact about this organisation
    lead = "report.cbw.lead" if recorded else "report.cbw.lead_default"
    entity = recorded or ctx.data.profile.cbw_entity
    out.append(ctx.p(t(lead, org=ctx.org_name, entity=t(f"entity.{entity}"))))
    out.append(ctx.p(t("cbw.rule"), "small"))
    outside = outside_cbw(catalog)
    if outside:
        out.append(ctx.p(t("cbw.outside_cbw", items=", ".join(outside)), "small"))

    out.extend(ctx.heading(t("report.cbw.letters"), 1))
    all_rows = readiness_rows(catalog, readiness, fmt.lang)
    rows: list[list[CellLike]] = []
    statuses = []
    chart = []
    for row in (r for r in all_rows if r.kind == "nis2"):
        score = row.score
        assert score is not None
        chart.append((f"{row.key}  {row.title}", score.score, score.coverage))
        rows.append([row.key, ctx.cell(row.title), fmt.percent(score.score),
                     fmt.percent(score.coverage), str(score.gaps), verdict_word(row.verdict)])
        statuses.append(verdict_fill(row.verdict))
    numbers = ctx.table([t("report.col.letter"), t("report.col.title"), t("report.col.score"),
                         t("report.col.coverage"), t("report.col.gaps"),
                         t("report.col.verdict")], rows,
                        [0.07, 0.45, 0.11, 0.11, 0.1, 0.16], status_col=5, statuses=statuses,
                        align_right=(2, 3, 4))
    out.append(Figure("bar", tuple(FigureRow(*c) for c in chart),
                      alt=t("report.figure.letters_alt"), numbers=numbers, numbers_follow=True,
                      label_width=210))
    out.append(ctx.gap())
    out.append(numbers)

    out.extend(ctx.heading(t("report.cbw.duties"), 1))
    rows = []
    statuses = []
    for row in (r for r in all_rows if r.kind in ("duty", "registration")):
        score = row.score
        rows.append([ctx.cell(row.title, bold=True),
                     fmt.percent(score.score if score else None),
                     fmt.percent(score.coverage if score else None), verdict_word(row.verdict)])
        statuses.append(verdict_fill(row.verdict))
    out.append(ctx.table([t("report.col.duty"), t("report.col.score"), t("report.col.coverage"),
                          t("report.col.verdict")], rows, [0.52, 0.14, 0.14, 0.2],
                         status_col=3, statuses=statuses, align_right=(1, 2)))

    out.extend(ctx.heading(t("report.cbw.registration"), 1))
    out.extend(_registration(ctx))

    out.extend(ctx.heading(t("report.cbw.meldplicht"), 1))
    duty_text = catalog.nis2_duties.get("meldplicht")
    if duty_text is not None:
        out.append(ctx.p(pick(duty_text.description, duty_text.description_en)))
    out.append(ctx.p(t("report.cbw.meldplicht_lead")))
    for cbw_item in (c for c in catalog.cbw_items.values() if c.group == "meldplicht"):
        view = readiness.items[cbw_item.id]
        out.extend(ctx.subheading(t("report.cbw.item_head", id=cbw_item.id,
                                    topic=pick(cbw_item.topic, cbw_item.topic_en),
                                    verdict=verdict_word(view.verdict),
                                    score=fmt.percent(view.score.score))))
        out.append(ctx.p(pick(cbw_item.description, cbw_item.description_en), "small"))
        why = {link.item: pick(link.why, link.why_en) for link in cbw_item.links}
        out.append(items_table(ctx, [link.item for link in cbw_item.links
                                     if link.item in catalog.items], why=why))

    out.extend(meldplicht_register(ctx))

    out.extend(ctx.heading(t("report.cbw.items"), 1))
    rows = []
    statuses = []
    for row in (r for r in all_rows if r.kind == "cbw"):
        score = row.score
        assert score is not None
        top = ", ".join(g.item for g in row.top_gaps(3)) or "–"
        verdict: CellLike = verdict_word(row.verdict)
        if row.checklist is not None:  # issue 13 §4: "deels (2 van 5 afgevinkt)"
            verdict = ctx.cell(f"{verdict} ({coverage_text(row.checklist)})")
        rows.append([row.key, t(f"cbw.group.{row.group}"), ctx.cell(row.title),
                     fmt.percent(score.score), fmt.percent(score.coverage),
                     verdict, ctx.cell(top)])
        statuses.append(verdict_fill(row.verdict))
    out.append(ctx.table([t("report.col.cbw_item"), t("report.col.group"),
                          t("report.col.topic"), t("report.col.score"),
                          t("report.col.coverage"), t("report.col.verdict"),
                          t("report.col.top_gaps")], rows,
                         [0.07, 0.12, 0.3, 0.09, 0.09, 0.13, 0.2], status_col=5,
                         statuses=statuses, align_right=(3, 4)))
    out.extend(_checklists(ctx))
    out.append(PageBreak())
    return out


def _checklists(ctx: Ctx) -> Out:
    """Issue 13 §4: per Cbw item with a checklist its sub-points and which are ticked
    (content from :func:`bio2.analysis.cbw.checklist_blocks`)."""
    blocks = checklist_blocks(ctx.data.catalog, ctx.cbw, ctx.fmt.lang)
    if not blocks:
        return []
    out: Out = [*ctx.heading(t("checklist.report.heading"), 1),
                ctx.p(t("checklist.rule"), "small")]
    for block in blocks:
        out.extend(ctx.subheading(t("checklist.report.item_head", id=block.key,
                                    topic=block.title, verdict=verdict_word(block.verdict),
                                    coverage=coverage_text(block.coverage))))
        rows: list[list[CellLike]] = [[ctx.cell(text), t("checklist.ticked" if ticked
                                                         else "checklist.unticked")]
                                      for _, text, ticked in block.points]
        out.append(ctx.table([t("checklist.col.point"), t("checklist.col")], rows, [0.8, 0.2],
                             status_col=1,
                             statuses=["ja" if ticked else "open"
                                       for _, _, ticked in block.points]))
    return out


def verdict_fill(verdict: str) -> str:
    """The status colour of a verdict cell (a key of ``STATUS_FILL``)."""
    return {"voldoet": "ja", "deels": "deels", "voldoet_niet": "nee"}.get(verdict, "open")


def _registration(ctx: Ctx) -> Out:
    """The Cbw registration data as recorded for the organisation."""
    reg = ctx.data.organisation.registration
    if reg is None:
        return [ctx.p(t("report.cbw.registration.none"))]
    contact = reg.incident_contact
    pairs: list[tuple[str, CellLike]] = [
        (t("report.reg.entity_name"), ctx.cell(reg.entity_name)),
        (t("report.reg.entity_type"), ctx.cell(t(f"orgtype.{reg.entity_type}"))),
        (t("report.reg.entity"), ctx.cell(t(f"entity.{reg.entity}"))),
        (t("report.reg.sector"), ctx.cell(t(f"registration.sector.{reg.sector}"))),
        (t("report.reg.contact"), ctx.cell(f"{contact.name}, {contact.email}, {contact.phone}")),
        (t("report.reg.services"), ctx.cell("; ".join(reg.services))),
        (t("report.reg.registered_on"), ctx.cell(
            ctx.date_text(reg.registered_on) if reg.registered_on
            else t("report.reg.not_filed"))),
    ]
    return [ctx.facts(pairs)]
