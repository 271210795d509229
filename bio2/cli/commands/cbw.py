"""``bio2 cbw ORG PERIOD``: Cbw/NIS2 readiness as tables (rules in ``bio2.analysis.cbw``)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from bio2.cli.commands import open_store, org_period, pct

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
    from bio2.cli.plaintext import Line, Table, write

    def table(title: str, first: list[str], rows: list[list[str]]) -> Table:
        numbers = ("score", "coverage", "items", "gaps")
        return Table(title, (*first, *(t(f"score.col.{col}") for col in numbers),
                             t("cbw.col.verdict"), t("cbw.col.top_gaps")),
                     (*(False for _ in first), True, True, True, True, False, False),
                     tuple(tuple(row) for row in rows))

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
    if registration is None:
        filed = printable(t("cbw.registration.none", org=args.org))
    else:
        filed = printable(t(
            "cbw.registration.line", verdict=t(f"cbw.verdict.{result.registration}"),
            entity=t(f"entity.{registration.entity}"),
            contact=registration.incident_contact.name, services=len(registration.services),
            filed=registration.registered_on.isoformat()
            if registration.registered_on else t("cbw.registration.not_filed")))
    outside = outside_cbw(catalog)
    # laid out as rich's tables did, without importing rich (bio2.cli.plaintext)
    write([
        Line(printable(t("cbw.title", org=data.organisation_name, period=data.period,
                         catalog=catalog_label(catalog))), bold=True),
        Line(),
        table(t("cbw.letters"), [t("cbw.col.letter"), t("cbw.col.title")],
              [[row.key, row.title, *cells(row)] for row in rows if row.kind == "nis2"]),
        Line(),
        table(t("cbw.duties"), [t("cbw.col.duty")],
              [[row.title, *cells(row)] for row in rows if row.kind == "duty"]),
        Line(),
        table(t("cbw.items"), [t("cbw.col.cbw_item"), t("cbw.col.group"), t("cbw.col.topic")],
              [[row.key, t(f"cbw.group.{row.group}"), row.title, *cells(row)]
               for row in rows if row.kind == "cbw"]),
        Line(),
        Line(filed),
        Line(),
        *([Line(printable(t("cbw.outside_cbw", items=", ".join(outside))))] if outside else []),
        Line(t("cbw.rule")),
        Line(t("checklist.rule")),
        Line(t("cbw.accepted_mark")),
    ])
    return 0
