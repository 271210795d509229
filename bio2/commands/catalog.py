"""``bio2 catalog list|show``: the BIO2 catalog."""

from __future__ import annotations

import argparse

from bio2.commands import console


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from bio2.i18n import t

    parser = sub.add_parser("catalog", help=t("cli.catalog"), description=t("cli.catalog"))
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help=t("cli.catalog.list"),
                                 description=t("cli.catalog.list"))
    listing.add_argument("--catalog", default="bio2-1.2",
                         help=t("cli.catalog.id", default="bio2-1.2"))
    listing.set_defaults(run=run_list)
    show = actions.add_parser("show", help=t("cli.catalog.show"),
                              description=t("cli.catalog.show"))
    show.add_argument("item", metavar="ITEM", help=t("cli.item"))
    show.add_argument("--catalog", default="bio2-1.2",
                      help=t("cli.catalog.id", default="bio2-1.2"))
    show.set_defaults(run=run_show)
    parser.set_defaults(catalog_parser=parser)


def run_list(args: argparse.Namespace) -> int:
    from rich.table import Table

    from bio2.catalog import load_catalog
    from bio2.domain.base import CATEGORIES, THEMES
    from bio2.i18n import pick, t

    catalog = load_catalog(args.catalog)
    out = console()
    out.print(t("list.title", id=catalog.id, title=catalog.title,
                status=t(f"catalog.status.{catalog.status}")), style="bold")
    table = Table(show_header=True, header_style="bold", box=None, pad_edge=False)
    for col in ("id", "kind", "title", "categories", "nis2"):
        table.add_column(t(f"list.col.{col}"))
    for theme in (*THEMES, "isms"):
        table.add_section()
        table.add_row("", "", f"[bold]{t(f'theme.{theme}')}[/bold]", "", "")
        for control in catalog.controls.values():
            if control.theme != theme:
                continue
            items = catalog.items_of_control(control.id)
            if items and items[0].kind == "control":
                continue
            table.add_row(control.id, t("show.control").lower(),
                          pick(control.title, control.title_en), "", ",".join(control.nis2))
            for item in items:
                table.add_row(f"  {item.id}", t(f"kind.{item.kind}").split(" ")[0],
                              pick(item.title, item.title_en),
                              ", ".join(t(f"category.{c}") for c in item.categories),
                              ",".join(item.nis2))
        for item in catalog.items.values():
            if item.theme != theme or item.kind == "measure":
                continue
            if item.kind == "control":
                continue
            table.add_row(item.id, t(f"kind.{item.kind}"), pick(item.title, item.title_en),
                          "", ",".join(item.nis2))
        for item in catalog.items.values():
            if item.theme == theme and item.kind == "control":
                table.add_row(item.id, t(f"kind.{item.kind}").split(" ")[0] + "*",
                              pick(item.title, item.title_en),
                              ", ".join(t(f"category.{c}") for c in item.categories),
                              ",".join(item.nis2))
    out.print(table)

    counts = Table(show_header=True, header_style="bold", box=None, pad_edge=False)
    for col in ("theme", "controls", "measures", "direct", "items"):
        counts.add_column(t(f"list.col.{col}"), justify="left" if col == "theme" else "right")
    for theme in (*THEMES, "isms"):
        items = [i for i in catalog.items.values() if i.theme == theme]
        counts.add_row(
            t(f"theme.{theme}"),
            str(sum(1 for c in catalog.controls.values() if c.theme == theme)),
            str(sum(1 for i in items if i.kind == "measure")),
            str(sum(1 for i in items if i.kind == "control")),
            str(len(items)))
    out.print()
    out.print(counts)
    cats = Table(show_header=True, header_style="bold", box=None, pad_edge=False)
    cats.add_column(t("list.col.category"))
    cats.add_column(t("list.col.count"), justify="right")
    for category in CATEGORIES:
        cats.add_row(t(f"category.{category}"),
                     str(sum(1 for m in catalog.measures.values() if category in m.categories)))
    out.print()
    out.print(cats)
    kinds = [i.kind for i in catalog.items.values()]
    out.print()
    out.print(t("list.totals", controls=len(catalog.controls), measures=kinds.count("measure"),
                direct=kinds.count("control"), clauses=kinds.count("clause"),
                items=len(kinds)))
    return 0


def run_show(args: argparse.Namespace) -> int:
    from rich.table import Table

    from bio2.catalog import load_catalog, nearest_items
    from bio2.i18n import pick, t
    from bio2.service import UserError

    catalog = load_catalog(args.catalog)
    item = catalog.items.get(args.item)
    control = catalog.controls.get(args.item)
    out = console()
    if item is None and control is not None:
        # A control with measures: show the control and list its measures.
        out.print(f"[bold]{control.id} {pick(control.title, control.title_en)}[/bold]")
        out.print(control.guidance)
        for m in catalog.measures_of(control.id):
            out.print(f"  {m.id}  {pick(m.title, m.title_en)}")
        return 0
    if item is None:
        hint = nearest_items(catalog, args.item)
        message = t("service.unknown_item", item=args.item)
        if hint:
            message = t("answers.unknown_item_hint", item=args.item, hint=hint[0])
        raise UserError(message)
    table = Table(show_header=False, box=None, pad_edge=False)
    table.add_column(style="bold")
    table.add_column()
    parent = catalog.controls.get(item.control or "")
    table.add_row(t("show.number"), item.id)
    table.add_row(t("show.kind"), t(f"kind.{item.kind}"))
    table.add_row(t("list.col.title"), pick(item.title, item.title_en))
    if parent is not None:
        table.add_row(t("show.control"), f"{parent.id} {pick(parent.title, parent.title_en)}")
    table.add_row(t("show.theme"), t(f"theme.{item.theme}"))
    table.add_row(t("show.categories"),
                  ", ".join(t(f"category.{c}") for c in item.categories) or "-")
    table.add_row(t("show.properties"),
                  ", ".join(t(f"property.{p}") for p in item.properties))
    if item.concepts:
        table.add_row(t("show.concepts"), ", ".join(t(f"concept.{c}") for c in item.concepts))
    table.add_row(t("show.nis2"), ", ".join(
        f"{letter} ({pick(catalog.nis2_letters[letter].title, catalog.nis2_letters[letter].title_en)})"
        for letter in item.nis2) or "-")
    table.add_row(t("show.cbw"), ", ".join(item.cbw) or "-")
    table.add_row(t("show.guidance"), item.guidance)
    out.print(table)
    return 0
