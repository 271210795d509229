"""Year on year in the report: a numbered section in the chapter of the scores, shown
only when the organisation has an assessment of an earlier period
(``AssessmentData.previous``). The rules are those of :mod:`bio2.analysis.yearonyear`, so the
report, ``bio2 score --compare`` and the TUI dashboard show the same change."""

from __future__ import annotations

from bio2.analysis.yearonyear import Comparison, ItemChange, reference_date
from bio2.i18n import t
from bio2.report.model import Table
from bio2.report.sections import CellLike, Ctx, Out
from bio2.usecases.yearonyear import compare_data


def year_on_year(ctx: Ctx) -> Out:
    fmt = ctx.fmt
    previous = ctx.data.previous
    if previous is None:
        return []
    c = compare_data(previous, ctx.data, ctx.today, ctx.card)
    then = reference_date(previous.assessment.period, previous.assessment.date, ctx.today)
    out: Out = [*ctx.heading(t("yoy.title", before=c.period_before), 1)]
    out.append(ctx.p(t("yoy.lead", before=c.period_before, date=fmt.long_date(then))))
    out.append(_scores(ctx, c))
    if c.not_shared:
        out.append(ctx.p(t("yoy.not_shared", n=c.not_shared), "small"))
    for key, changes in (("yoy.closed", c.closed), ("yoy.dropped", c.dropped),
                         ("yoy.new", c.new_gaps)):
        out.extend(ctx.subheading(t(key, n=len(changes))))
        out.append(_changes(ctx, changes) if changes else ctx.p(t("yoy.none")))
    out.extend(ctx.subheading(t("yoy.expired", before=c.period_before,
                                n=len(c.expired_since))))
    if c.expired_since:
        out.append(ctx.table([t("report.col.item"), t("report.col.title")],
                             [[i, ctx.cell(ctx.title_of(i), limit=160)] for i in c.expired_since],
                             [0.15, 0.85]))
    else:
        out.append(ctx.p(t("yoy.none")))
    out.extend(ctx.subheading(t("yoy.carried", before=c.period_before,
                                n=len(c.overdue_carried))))
    if c.overdue_carried:
        rows: list[list[CellLike]] = [
            [x.item, ctx.cell(ctx.title_of(x.item), limit=160), fmt.long_date(x.due_before),
             ctx.cell(fmt.long_date(x.due_now), alert=True)] for x in c.overdue_carried]
        out.append(ctx.table([t("report.col.item"), t("report.col.title"), c.period_before,
                              c.period_after], rows, [0.12, 0.52, 0.18, 0.18]))
    else:
        out.append(ctx.p(t("yoy.none")))
    return out


def _scores(ctx: Ctx, c: Comparison) -> Table:
    fmt = ctx.fmt
    groups = [(t("yoy.overall"), c.overall),
              *((t(f"theme.{g.key}"), g) for g in c.themes),
              *((t(f"category.{g.key}"), g) for g in c.categories)]
    rows: list[list[CellLike]] = [
        [label, fmt.percent(g.before), fmt.percent(g.after), fmt.points(g.change)]
        for label, g in groups]
    return ctx.table([t("yoy.col.group"), c.period_before, c.period_after,
                      t("yoy.col.change")], rows, [0.46, 0.16, 0.16, 0.22],
                     align_right=(1, 2, 3))


def _changes(ctx: Ctx, changes: tuple[ItemChange, ...]) -> Table:
    rows: list[list[CellLike]] = [[x.item, ctx.cell(ctx.title_of(x.item), limit=160),
                               t(f"status.{x.before}"), t(f"status.{x.after}")]
                              for x in changes]
    return ctx.table([t("report.col.item"), t("report.col.title"), ctx.data.previous.assessment
                      .period if ctx.data.previous else "", ctx.data.assessment.period], rows,
                     [0.12, 0.52, 0.18, 0.18], status_col=3, statuses=[
                         x.after if x.after in ("ja", "deels", "nee", "nvt", "open")
                         else "excluded" for x in changes])


def year_on_year_summary(ctx: Ctx) -> Out:
    """One sentence for the management summary: the overall score then and now, and how
    many gaps were resolved and are new (the section in chapter 5 has the detail)."""
    fmt = ctx.fmt
    previous = ctx.data.previous
    if previous is None:
        return []
    c = compare_data(previous, ctx.data, ctx.today, ctx.card)
    return [ctx.p(t("yoy.summary", before=c.period_before, then=fmt.percent(c.overall.before),
                    now=fmt.percent(c.overall.after), change=fmt.points(c.overall.change),
                    closed=len(c.closed), new=len(c.new_gaps)))]
