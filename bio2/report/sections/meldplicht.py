"""The meldplicht register in the Cbw chapter (issue 13 §4): how many significant
incidents and drills the period had and how often each phase was reported on time, from
:func:`bio2.analysis.meldplicht.summarise` (rules and tests there). Incident details
(title, verdict per phase, lessons) appear only when the report was asked for them
(``bio2 report --with-incidents``); otherwise one sentence says they were left out."""

from __future__ import annotations

from bio2.analysis.meldplicht import MeldplichtSummary, PhaseRate
from bio2.domain.incidents import KINDS
from bio2.domain.meldplicht import PHASES, local
from bio2.i18n import t
from bio2.report.sections import CellLike, Ctx, Out

#: Verdict -> the status tone of its cell.
FILL = {"on_time": "ja", "incomplete": "deels", "late": "nee", "overdue": "nee",
        "pending": "open"}


def meldplicht_register(ctx: Ctx) -> Out:
    summary = ctx.meldplicht
    if summary is None:
        return []
    out: Out = [*ctx.heading(t("report.meldplicht.title"), 1)]
    scope = (t("report.meldplicht.scope_all", period=ctx.data.assessment.period)
             if summary.whole_register else t("report.meldplicht.scope_year",
                                               year=summary.year))
    if summary.empty:
        out.append(ctx.p(t("report.meldplicht.none", scope=scope)))
        return out
    fmt = ctx.fmt
    out.append(ctx.p(t("report.meldplicht.counts", scope=scope,
                       incidents=fmt.integer(summary.counts["incident"]),
                       drills=fmt.integer(summary.counts["drill"]))))
    out.append(ctx.table(
        [t("report.meldplicht.col.kind"), t("report.meldplicht.col.phase"),
         t("report.meldplicht.col.on_time"), t("report.meldplicht.col.late"),
         t("report.meldplicht.col.incomplete"), t("report.meldplicht.col.pending"),
         t("report.meldplicht.col.rate")],
        [_rate_row(ctx, kind, rate) for kind in KINDS if summary.counts[kind]
         for rate in summary.rates[kind]],
        [0.14, 0.34, 0.1, 0.12, 0.12, 0.1, 0.12], align_right=(2, 3, 4, 5, 6)))
    out.append(ctx.p(t("report.meldplicht.rule"), "small"))
    out.extend(_details(ctx, summary))
    return out


def _rate_row(ctx: Ctx, kind: str, rate: PhaseRate) -> list[CellLike]:
    fmt = ctx.fmt
    return [t(f"incident.kind.{kind}"), t(f"incident.phase.{rate.phase}"),
            fmt.integer(rate.on_time), fmt.integer(rate.late + rate.overdue),
            fmt.integer(rate.incomplete), fmt.integer(rate.pending),
            fmt.percent(rate.rate)]


def _details(ctx: Ctx, summary: MeldplichtSummary) -> Out:
    if not summary.details:
        return [ctx.p(t("report.meldplicht.no_details"), "small")]
    rows: list[list[CellLike]] = []
    # every verdict cell gets the tone of its verdict (body rows count from 1)
    tones: list[tuple[int, int, str]] = []
    for n, line in enumerate(summary.details, start=1):
        rows.append([str(line.number), t(f"incident.kind.{line.kind}"),
                     ctx.date_text(local(line.aware).date()), ctx.cell(line.title),
                     *(t(f"incident.verdict.{line.verdicts[p]}") for p in PHASES)])
        tones.extend((col, n, FILL[line.verdicts[phase]])
                     for col, phase in enumerate(PHASES, start=4))
    out: Out = [*ctx.subheading(t("report.meldplicht.details"))]
    out.append(ctx.table(
        [t("incident.col.number"), t("incident.col.kind"), t("incident.col.aware"),
         t("incident.col.title"), *(t(f"incident.phase_short.{p}") for p in PHASES)],
        rows, [0.05, 0.1, 0.13, 0.3, 0.14, 0.14, 0.14], tones=tones))
    lessons = [line for line in summary.details if line.lessons]
    if lessons:
        out.extend(ctx.subheading(t("report.meldplicht.lessons")))
        for line in lessons:
            out.append(ctx.p(t("report.meldplicht.lesson", number=line.number,
                               lessons=" ".join(line.lessons.split())[:2000])))
    return out
