"""``bio2 score ORG PERIOD``: the weighted score as tables."""

from __future__ import annotations

import argparse
from typing import Any

from bio2.cli.commands import assessment, console, open_store, org_period, pct


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from bio2.i18n import t

    parser = sub.add_parser("score", help=t("cli.score"), description=t("cli.score"))
    org_period(parser)
    parser.add_argument("--compare", metavar="PERIOD", help=t("yoy.cli.compare"))
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from datetime import date

    from rich.table import Table

    from bio2.catalog.versions import catalog_label
    from bio2.domain.errors import UserError
    from bio2.domain.scorecard import GroupScore
    from bio2.i18n import pick, t
    from bio2.system.problems import printable
    from bio2.usecases.opening import get_assessment

    if args.compare is not None and args.compare == args.period:
        raise UserError(t("yoy.same_period", period=args.compare))
    with open_store(args) as store:
        data = assessment(store, args)
        before = get_assessment(store, args.org, args.compare) if args.compare else None
    today = date.today()
    card = data.scorecard(today)
    out = console()
    out.print(printable(t("score.title", org=data.organisation.name,
                          period=data.assessment.period, catalog=catalog_label(data.catalog))),
              style="bold")

    def groups(title: str, rows: list[tuple[str, GroupScore]]) -> None:
        table = Table(title=title, title_justify="left", header_style="bold", box=None)
        table.add_column(t("score.col.group"))
        for col in ("score", "coverage", "items", "gaps"):
            table.add_column(t(f"score.col.{col}"), justify="right")
        for label, g in rows:
            table.add_row(label, pct(g.score), pct(g.coverage), str(g.items), str(g.gaps))
        out.print()
        out.print(table)

    groups(t("score.overall"), [(t("score.overall"), card.overall)])
    groups(t("score.themes"), [(t(f"theme.{k}"), g) for k, g in card.themes.items()])
    groups(t("score.categories"), [(t(f"category.{k}"), g) for k, g in card.categories.items()])
    if data.catalog.categories_from:  # v1.3 has no categories: say they come from 1.2
        out.print(t("catalog.categories_carried", id=data.catalog.id,
                    source=data.catalog.categories_from))
    letters = data.catalog.nis2_letters
    groups(t("score.nis2"), [
        (f"{k}  {pick(letters[k].title, letters[k].title_en)}" if k in letters else k, g)
        for k, g in card.nis2.items()])
    risk_lists(out, data, card)
    if card.expired_acceptances:
        out.print(t("score.expired", items=", ".join(card.expired_acceptances)))
    if card.overdue:
        out.print(t("score.overdue", items=", ".join(card.overdue)))
    if before is not None:
        from bio2.usecases.yearonyear import compare_data

        year_on_year(out, compare_data(before, data, today, card))
    return 0


#: How many items each list shows; the title says how many there are in all.
SHOWN = 10


def risk_lists(out: Any, data: Any, card: Any) -> None:
    """The two lists of :func:`bio2.analysis.ranking.rank`: assessed gaps (accepted ones marked) and
    items not yet assessed, heaviest first."""
    from rich.table import Table

    from bio2.analysis.ranking import marker, rank
    from bio2.i18n import pick, t
    from bio2.i18n.numbers import decimal
    from bio2.system.problems import printable

    ranking = rank(card)
    for title, scores in (("ranking.cli.gaps", ranking.gaps),
                          ("ranking.cli.unassessed", ranking.unassessed)):
        out.print()
        if not scores:
            if title == "ranking.cli.gaps":
                out.print(t("ranking.cli.no_gaps"))
            continue
        table = Table(title=t(title, shown=min(SHOWN, len(scores)), count=len(scores)),
                      title_justify="left", header_style="bold", box=None)
        gaps = title == "ranking.cli.gaps"
        columns = (("item", "status", "weight", "basis", "residual", "owner", "title") if gaps
                   else ("item", "weight", "basis", "owner", "title"))
        for col in columns:
            table.add_column(t(f"ranking.cli.col.{col}" if col == "basis" else f"score.col.{col}"),
                             justify="right" if col in ("weight", "residual") else "left")
        for risk in scores[:SHOWN]:
            item = data.catalog.items[risk.item]
            answer = data.answers.get(risk.item)
            weight = risk.weight
            cells = {
                "item": risk.item,
                "status": " ".join(filter(None, (t(f"status.{risk.status}"), marker(risk)))),
                "weight": decimal(weight.value),
                "basis": (t("ranking.basis.explicit", likelihood=weight.likelihood,
                            impact=weight.impact) if weight.basis == "explicit"
                          else t("ranking.basis.profile")),
                "residual": decimal(risk.residual),
                "owner": printable((answer.owner if answer else None) or "-"),
                "title": pick(item.title, item.title_en),
            }
            table.add_row(*(cells[col] for col in columns))
        out.print(table)


def year_on_year(out: Any, comparison: Any) -> None:
    """The comparison of :mod:`bio2.analysis.yearonyear` as a table and five lists."""
    from rich.table import Table

    from bio2.analysis.yearonyear import text_lists
    from bio2.i18n import t
    from bio2.i18n.numbers import percent, points
    from bio2.system.problems import printable

    c = comparison
    out.print()
    table = Table(title=printable(t("yoy.title", before=c.period_before)), title_justify="left",
                  header_style="bold", box=None)
    table.add_column(t("yoy.col.group"))
    for header in (c.period_before, c.period_after, t("yoy.col.change")):
        table.add_column(printable(header), justify="right")
    rows = [(t("yoy.overall"), c.overall),
            *((t(f"theme.{g.key}"), g) for g in c.themes),
            *((t(f"category.{g.key}"), g) for g in c.categories)]
    for label, g in rows:
        table.add_row(label, percent(g.before, missing="-"), percent(g.after, missing="-"),
                      points(g.change, missing="-"))
    out.print(table)

    lists = text_lists(c)
    for title, entries in lists:
        out.print()
        out.print(printable(title), style="bold")
        for entry in entries or [t("yoy.none")]:
            out.print("  " + printable(entry))
    if c.not_shared:
        out.print()
        out.print(t("yoy.not_shared", n=c.not_shared))
