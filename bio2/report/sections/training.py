"""The board training register in the governance chapter (Cbw art. 24; issue 13 §4).

Report model blocks only (bio2.report renders them): the content (texts, rows, the
overdue verdict per member and the rule with its period) comes resolved from
:func:`bio2.analysis.training.training_summary`. An overdue member is said in words
("ja, achter") and marked with the alert tone as well.
"""

from __future__ import annotations

from bio2.analysis.training import training_summary
from bio2.i18n import t
from bio2.report.sections import CellLike, Ctx, Out


def board_training(ctx: Ctx) -> Out:
    """Part of the governance chapter's section on board training: members, role,
    latest training, overdue."""
    summary = training_summary(ctx.data.training, ctx.today, ctx.fmt)
    # Unnumbered, inside the section on board training: the numbers of the sections
    # after it stay what they were.
    out: Out = [*ctx.subheading(t("training.report.title"))]
    out.append(ctx.p(summary.lead))
    if summary.note:
        out.append(ctx.p(summary.note))
    if summary.rule:
        out.append(ctx.p(summary.rule))
    if summary.rows:
        out.append(ctx.p(summary.counts))
        rows: list[list[CellLike]] = [
            [ctx.cell(name, limit=200), ctx.cell(role, limit=200), last, count,
             ctx.cell(word, bold=late, alert=late)]
            for (name, role, last, count, word), late in zip(summary.rows, summary.overdue,
                                                             strict=True)]
        out.append(ctx.table(list(summary.header), rows, [0.28, 0.24, 0.22, 0.1, 0.16],
                             align_right=(3,)))
    return out
