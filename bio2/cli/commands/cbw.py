"""``bio2 cbw ORG PERIOD``: Cbw/NIS2 readiness as tables (rules in ``bio2.analysis.cbw``)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from bio2.cli.commands import console, open_store, org_period, pct

if TYPE_CHECKING:
    from bio2.analysis.cbw import Readiness, ReadinessRow

#: Gaps shown per row; the full list is in the report and the exports.
SHOWN_GAPS = 4


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from bio2.i18n import t

    parser = sub.add_parser("cbw", help=t("cli.cbw"), description=t("cli.cbw"))
    org_period(parser)
    parser.add_argument("--format", choices=("text", "json"), default="text",
                        help=t("cli.cbw_format"))
    parser.set_defaults(run=run)


def gaps_text(view: Readiness) -> str:
    shown = [g.item + ("*" if g.accepted else "") for g in view.gaps[:SHOWN_GAPS]]
    more = len(view.gaps) - SHOWN_GAPS
    return ", ".join(shown) + (f" (+{more})" if more > 0 else "") if shown else "-"


def run(args: argparse.Namespace) -> int:
    from bio2.analysis.cbw import coverage_text, readiness_rows
    from bio2.analysis.cbw_document import outside_cbw
    from bio2.catalog.plain import catalog_label
    from bio2.i18n import get_language, t
    from bio2.system.problems import printable
    from bio2.usecases.cbw_view import cbw_view

    # the read path without pydantic (bio2.usecases.cbw_view): same rules, plain records
    with open_store(args) as store:
        data = cbw_view(store, args.org, args.period, getattr(args, "catalog", None))
    registration = data.registration
    result = data.result
    catalog = data.catalog
    if getattr(args, "format", "text") == "json":
        import sys

        from bio2.analysis.cbw_document import document, dumps

        sys.stdout.write(dumps(document(
            catalog, result, organisation=args.org,
            organisation_name=data.organisation_name, period=data.period,
            catalog_label=catalog_label(catalog), today=data.today.isoformat(),
            lang=get_language())))
        return 0
    from rich.table import Table  # the text tables only: JSON needs no rich

    out = console()
    out.print(printable(t("cbw.title", org=data.organisation_name,
                          period=data.period, catalog=catalog_label(catalog))),
              style="bold")

    def table(title: str, first: list[str]) -> Table:
        grid = Table(title=title, title_justify="left", header_style="bold", box=None)
        for col in first:
            grid.add_column(col)
        for col in ("score", "coverage", "items", "gaps"):
            grid.add_column(t(f"score.col.{col}"), justify="right")
        grid.add_column(t("cbw.col.verdict"))
        grid.add_column(t("cbw.col.top_gaps"))
        return grid

    def cells(row: ReadinessRow) -> list[str]:
        view = row.view
        assert view is not None  # the tables below list the rows with a score
        g = view.score
        verdict = t(f"cbw.verdict.{view.verdict}")
        if view.checklist is not None:  # issue 13 §4: "deels (2 van 4 afgevinkt)"
            verdict += f" ({coverage_text(view.checklist)})"
        return [pct(g.score), pct(g.coverage), str(g.items), str(len(view.gaps)),
                verdict, gaps_text(view)]

    rows = readiness_rows(catalog, result, get_language())
    grid = table(t("cbw.letters"), [t("cbw.col.letter"), t("cbw.col.title")])
    for row in (r for r in rows if r.kind == "nis2"):
        grid.add_row(row.key, row.title, *cells(row))
    out.print()
    out.print(grid)

    grid = table(t("cbw.duties"), [t("cbw.col.duty")])
    for row in (r for r in rows if r.kind == "duty"):
        grid.add_row(row.title, *cells(row))
    out.print()
    out.print(grid)

    grid = table(t("cbw.items"), [t("cbw.col.cbw_item"), t("cbw.col.group"),
                                  t("cbw.col.topic")])
    for row in (r for r in rows if r.kind == "cbw"):
        grid.add_row(row.key, t(f"cbw.group.{row.group}"), row.title, *cells(row))
    out.print()
    out.print(grid)

    out.print()
    if registration is None:
        out.print(printable(t("cbw.registration.none", org=args.org)))
    else:
        out.print(printable(t(
            "cbw.registration.line", verdict=t(f"cbw.verdict.{result.registration}"),
            entity=t(f"entity.{registration.entity}"),
            contact=registration.incident_contact.name, services=len(registration.services),
            filed=registration.registered_on.isoformat()
            if registration.registered_on else t("cbw.registration.not_filed"))))
    out.print()
    outside = outside_cbw(catalog)
    if outside:
        out.print(printable(t("cbw.outside_cbw", items=", ".join(outside))))
    out.print(t("cbw.rule"))
    out.print(t("checklist.rule"))
    out.print(t("cbw.accepted_mark"))
    return 0
