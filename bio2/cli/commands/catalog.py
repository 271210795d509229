"""``bio2 catalog list|show|diff|import-official``: the BIO2 catalog and its versions."""

from __future__ import annotations

import argparse

from bio2.cli.commands import console


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
    diff = actions.add_parser("diff", help=t("cli.catalog.diff"), description=t("cli.catalog.diff"))
    diff.add_argument("old", metavar="A", help=t("cli.catalog.diff.old"))
    diff.add_argument("new", metavar="B", help=t("cli.catalog.diff.new"))
    diff.set_defaults(run=run_diff)
    official = actions.add_parser("import-official", help=t("cli.catalog.import_official"),
                                  description=t("cli.catalog.import_official"))
    official.add_argument("file", metavar="FILE.md", help=t("cli.catalog.import_official.file"))
    official.add_argument("--catalog", help=t("cli.catalog.import_official.catalog"))
    official.set_defaults(run=run_import_official)
    parser.set_defaults(catalog_parser=parser)


def run_list(args: argparse.Namespace) -> int:
    from bio2.catalog.loading import load_catalog
    from bio2.domain.base import CATEGORIES, THEMES
    from bio2.i18n import pick, t

    catalog = load_catalog(args.catalog)
    # Plain aligned lines, not a rich table: 300 rows render ten times faster and the
    # output stays easy to grep.
    lines = [t("list.title", id=catalog.id, title=pick(catalog.title, catalog.title_en),
               status=t(f"catalog.status.{catalog.status}")), ""]
    row = "{:<11} {:<20} {:<62} {:<34} {}"

    def cats(values: tuple[str, ...]) -> str:
        return ", ".join(t(f"category.{c}") for c in values)

    lines.append(row.format(*(t(f"list.col.{c}") for c in
                              ("id", "kind", "title", "categories", "nis2"))))
    for theme in (*THEMES, "isms"):
        lines += ["", f"== {t(f'theme.{theme}')}"]
        for control in catalog.controls.values():
            if control.theme != theme:
                continue
            measures = catalog.measures_of(control.id)
            direct = catalog.items.get(control.id)
            kind = t("list.kind.direct") if direct else t("show.control").lower()
            lines.append(row.format(control.id, kind,
                                    pick(control.title, control.title_en)[:62],
                                    cats(control.categories), ",".join(control.nis2)))
            for m in measures:
                lines.append(row.format(f"  {m.id}", t("kind.measure"),
                                        pick(m.title, m.title_en)[:62], cats(m.categories),
                                        ",".join(control.nis2)))
        for item in catalog.items.values():
            if item.theme == theme and item.kind == "clause":
                lines.append(row.format(item.id, t("kind.clause"), pick(item.title,
                                        item.title_en)[:62], "", ",".join(item.nis2)))
    counts = "{:<34} {:>18} {:>20} {:>17} {:>6}"
    lines += ["", counts.format(*(t(f"list.col.{c}") for c in
                                  ("theme", "controls", "measures", "direct", "items")))]
    for theme in (*THEMES, "isms"):
        items = [i for i in catalog.items.values() if i.theme == theme]
        lines.append(counts.format(
            t(f"theme.{theme}"),
            sum(1 for c in catalog.controls.values() if c.theme == theme),
            sum(1 for i in items if i.kind == "measure"),
            sum(1 for i in items if i.kind == "control"), len(items)))
    lines += ["", f"{t('list.col.category'):<20} {t('list.col.count')}"]
    for category in CATEGORIES:
        count = sum(1 for m in catalog.measures.values() if category in m.categories)
        lines.append(f"{t(f'category.{category}'):<20} {count}")
    kinds = [i.kind for i in catalog.items.values()]
    lines += ["", t("list.totals", controls=len(catalog.controls),
                    measures=kinds.count("measure"), direct=kinds.count("control"),
                    clauses=kinds.count("clause"), items=len(kinds))]
    print("\n".join(lines))
    return 0


def run_show(args: argparse.Namespace) -> int:
    from rich.table import Table

    from bio2.catalog.loading import load_catalog, nearest_items
    from bio2.domain.errors import UserError
    from bio2.i18n import pick, t

    catalog = load_catalog(args.catalog)
    item = catalog.items.get(args.item)
    control = catalog.controls.get(args.item)
    out = console()
    if item is None and control is not None:
        # A control with measures: show the control and list its measures.
        out.print(f"{control.id} {pick(control.title, control.title_en)}", style="bold")
        out.print(pick(control.guidance, control.guidance_en))
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
    letters = catalog.nis2_letters
    table.add_row(t("show.nis2"), ", ".join(
        f"{x} ({pick(letters[x].title, letters[x].title_en)})" for x in item.nis2) or "-")
    table.add_row(t("show.cbw"), ", ".join(item.cbw) or "-")
    table.add_row(t("show.guidance"), pick(item.guidance, item.guidance_en))
    out.print(table)
    return 0


def run_diff(args: argparse.Namespace) -> int:
    from bio2.catalog.loading import load_catalog, moves_between
    from bio2.catalog.versions import diff, diff_lines

    old, new = load_catalog(args.old), load_catalog(args.new)
    print("\n".join(diff_lines(diff(old, new, moves_between(old.id, new.id)), old, new)))
    return 0


def run_import_official(args: argparse.Namespace) -> int:
    import sys

    from bio2.catalog.loading import load_catalog
    from bio2.catalog.official import summary_lines
    from bio2.catalog.versions import catalog_label
    from bio2.cli.commands import open_store
    from bio2.domain.errors import UserError
    from bio2.i18n import t
    from bio2.system.problems import printable
    from bio2.usecases.official_texts import OfficialError, import_official

    with open_store(args) as store:
        try:
            report = import_official(store, args.file, args.catalog)
        except OfficialError as exc:
            raise UserError(str(exc)) from None
    catalog = load_catalog(report.catalog)
    print("\n".join(printable(line) for line in summary_lines(report, catalog)))
    if not report.ok:
        print(t("official.nothing_stored"), file=sys.stderr)
        return 2
    print(t("official.stored", count=len(report.matched), id=catalog_label(catalog)))
    return 0
