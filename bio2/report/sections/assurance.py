"""What makes the report trustworthy: the chapter "Zelfevaluatie en audit", the auditor's
findings in the improvement plan, the audit outcome for the summary, the auditor on cover
and colophon, and the written rules behind the statement (method chapter).

The comparison itself is ``bio2.analysis.audit_compare`` and the statement rules are
``bio2.analysis.statement`` (pure, shared with the TUI); this module only lays them out.
"""

from __future__ import annotations

from bio2.analysis.audit_compare import ASPECTS, JUDGEMENTS, RELATIONS, Agreement, ItemComparison
from bio2.analysis.statement import rules
from bio2.domain.base import CATEGORIES, THEMES
from bio2.i18n import t
from bio2.report.model import BulletList, PageBreak, Span, Table
from bio2.report.runs import tn
from bio2.report.sections import CellLike, Ctx, Out


def _status(key: str) -> str:
    return t(f"status.{key}")


# -- chapter: Zelfevaluatie en audit ------------------------------------------------------
def audit(ctx: Ctx) -> Out:
    comparison = ctx.audit
    assert comparison is not None
    name, when = ctx.auditor or (t("report.unknown"), t("report.unknown"))
    out: Out = [*ctx.heading(t("report.audit"))]
    out.append(ctx.p(tn("report.audit.lead", comparison.overall.total, auditor=name,
                        date=when)))
    out.append(ctx.p(t("report.audit.legend")))

    out.extend(ctx.heading(t("report.audit.agreement"), 1))
    groups = [(t(f"theme.{k}"), comparison.themes[k]) for k in (*THEMES, "isms")]
    groups += [(t("report.summary.category", name=t(f"category.{k}")),
                comparison.categories[k]) for k in CATEGORIES]
    groups.append((t("report.audit.all"), comparison.overall))
    rows: list[list[CellLike]] = []
    for n, (label, counts) in enumerate(groups):
        last = n == len(groups) - 1
        rows.append([ctx.cell(label, bold=last),
                     *(ctx.cell(str(v), bold=last, right=True) for v in _counts(counts))])
    out.append(ctx.table([t("report.col.group"), t("report.audit.col.audited"),
                          *(t(f"audit.relation.{r}") for r in RELATIONS)], rows,
                         [0.34, 0.12, 0.12, 0.15, 0.15, 0.12], align_right=(1, 2, 3, 4, 5)))

    out.extend(ctx.heading(t("report.audit.judgements"), 1))
    out.append(ctx.p(t("report.audit.judgements_lead")))
    rows = [[t(f"audit.aspect.{aspect}"),
             *(str(comparison.judgements[aspect][j]) for j in JUDGEMENTS)]
            for aspect in ASPECTS]
    out.append(ctx.table([t("report.audit.col.aspect"),
                          *(t(f"report.judgement.{j}") for j in JUDGEMENTS)], rows,
                         [0.4, 0.2, 0.2, 0.2], align_right=(1, 2, 3)))

    out.extend(ctx.heading(t("report.audit.differences"), 1))
    differences = comparison.differences
    if differences:
        out.append(ctx.p(tn("report.audit.differences_lead", len(differences))))
        out.append(_comparison_table(ctx, differences, relation=True))
    else:
        out.append(ctx.p(t("report.audit.no_differences")))
    out.append(PageBreak())
    return out


def _counts(counts: Agreement) -> list[int]:
    return [counts.total, *(getattr(counts, r) for r in RELATIONS)]


def _comparison_table(ctx: Ctx, rows_in: tuple[ItemComparison, ...], *,
                      relation: bool) -> Table:
    """Item, title, the CISO's and the auditor's status (coloured), the relation or the
    o/b/w verdicts, and the auditor's finding."""
    header = [t("report.col.item"), t("report.col.title"), t("report.audit.col.ciso"),
              t("report.audit.col.auditor"),
              t("report.audit.col.relation") if relation else t("report.audit.col.obw"),
              t("report.audit.col.finding")]
    rows: list[list[CellLike]] = []
    tones: list[tuple[int, int, str]] = []
    for n, c in enumerate(rows_in, start=1):
        answer = ctx.data.audit.get(c.item)
        finding = c.finding or (answer.explanation if answer else "") or "–"
        fourth = (t(f"audit.relation.{c.relation}") if relation else
                  " / ".join(t(f"report.judgement.{v}") if v else "–"
                             for v in (c.opzet, c.bestaan, c.werking)))
        rows.append([c.item, ctx.cell(ctx.title_of(c.item), limit=120),
                     _status(c.self_status), _status(c.audit_status), fourth,
                     ctx.cell(finding, limit=400)])
        for col, key in ((2, c.self_status), (3, c.audit_status)):
            tones.append((col, n, key))
    return ctx.table(header, rows, [0.08, 0.25, 0.09, 0.09, 0.11, 0.38], tones=tones)


# -- improvement plan: the auditor's findings ---------------------------------------------
def audit_findings(ctx: Ctx) -> Out:
    """The auditor's findings, marked as such, next to the CISO's own gaps."""
    comparison = ctx.audit
    if comparison is None or not comparison.findings:
        return []
    name, when = ctx.auditor or (t("report.unknown"), t("report.unknown"))
    findings = comparison.findings
    out: Out = [*ctx.subheading(tn("report.audit.findings", len(findings)))]
    out.append(ctx.p(t("report.audit.findings_lead", auditor=name, date=when)))
    out.append(_comparison_table(ctx, findings, relation=False))
    return out


# -- summary, cover, colophon ------------------------------------------------------------
def audit_summary(ctx: Ctx) -> Out:
    """The audit outcome in two sentences for the management summary."""
    comparison = ctx.audit
    if comparison is None:
        return []
    name, when = ctx.auditor or (t("report.unknown"), t("report.unknown"))
    o = comparison.overall
    first = tn("report.audit.summary", o.total, auditor=name, date=when, same=o.same,
               stricter=o.stricter, milder=o.milder)
    if o.other:
        first += " " + tn("report.audit.summary_other", o.other)
    j = comparison.judgements
    second = t("report.audit.summary_obw", opzet=j["opzet"]["nee"],
               bestaan=j["bestaan"]["nee"], werking=j["werking"]["nee"],
               chapter=ctx.chapter("audit"))
    return [ctx.p(f"{first} {second}")]


def audit_facts(ctx: Ctx) -> list[tuple[str, CellLike]]:
    """Rows for the cover and the colophon: who audited, and when."""
    if ctx.auditor is None:
        return []
    name, when = ctx.auditor
    return [(t("report.cover.auditor"), ctx.cell(name)), (t("report.cover.audit_date"), when)]


# -- method chapter: the rules behind the statement -----------------------------------------
def statement_rules(ctx: Ctx) -> Out:
    statement = t(f"report.statement.{ctx.data.profile.statement}")
    out: Out = [*ctx.heading(t("statement.rule.heading"), 1)]
    out.append(ctx.p(t("statement.rule.lead", statement=statement)))
    out.append(BulletList(tuple((Span(line),) for line in rules())))
    return out
