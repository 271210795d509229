"""``bio2 diff A B`` / ``bio2 diff --db ORG PERIOD [B | --audit]``."""

from __future__ import annotations

import argparse

from bio2.cli.commands import console, open_store


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from bio2.i18n import t

    parser = sub.add_parser("diff", help=t("cli.diff"), description=t("cli.diff.long"))
    parser.add_argument("files", nargs="*", metavar="FILE", help=t("cli.files"))
    parser.add_argument("--db", "--from-db", nargs=2, metavar=("ORG", "PERIOD"),
                        dest="from_db", help=t("cli.diff.db"))
    parser.add_argument("--audit", action="store_true", help=t("cli.diff.audit"))
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from rich.table import Table

    from bio2.catalog.loading import load_catalog
    from bio2.domain.errors import UserError
    from bio2.exchange.answerfile import load_valid
    from bio2.exchange.diff import diff, field_label, item_label, show_value
    from bio2.i18n import t
    from bio2.system.problems import printable
    from bio2.usecases.opening import get_assessment

    sides = []
    labels = []
    if args.from_db:
        with open_store(args) as store:
            data = get_assessment(store, *args.from_db)
        sides.append(data.answer_file("self"))
        labels.append(f"{args.from_db[0]} {args.from_db[1]}")
        if args.audit:
            sides.append(data.answer_file("audit"))
            labels.append(t("diff.audit_view"))
    for path in args.files:
        sides.append(load_valid(path))
        labels.append(path)
    if len(sides) != 2:
        raise UserError(t("diff.need_two"))
    a, b = sides
    catalog = load_catalog(a.catalog)
    points = {key: [p.id for p in item.checklist] for key, item in catalog.cbw_items.items()
              if item.checklist}
    differences = diff(a, b, list(catalog.items), points)
    out = console()
    if a.catalog != b.catalog:
        out.print(printable(t("diff.catalogs", a=a.catalog, b=b.catalog)))
    if not differences:
        out.print(t("diff.none"))
        return 0
    table = Table(header_style="bold", box=None)
    table.add_column(t("diff.col.item"))
    table.add_column(t("diff.col.field"))
    table.add_column(printable(labels[0]), overflow="fold")
    table.add_column(printable(labels[1]), overflow="fold")
    for d in differences:
        table.add_row(printable(item_label(d.item)), field_label(d.item, d.field),
                      _show(show_value(d.item, d.field, d.a)),
                      _show(show_value(d.item, d.field, d.b)))
    out.print(table)
    items = len({d.item for d in differences})
    out.print(t("diff.summary", items=items, fields=len(differences)))
    return 0


def _show(value: object) -> str:
    """A value as a table cell: cut at 200 characters, control characters escaped."""
    from bio2.system.problems import printable

    if value is None:
        return "-"
    text = str(value)
    return printable(text if len(text) <= 200 else text[:197] + "...")
