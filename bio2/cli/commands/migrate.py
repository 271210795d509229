"""``bio2 migrate ORG PERIOD --to CATALOG [--dry-run]``: an assessment on another catalog.

The new assessment has the same organisation and period (the store keeps one assessment
per organisation, period and catalog); answers of both views follow the moves, the VvT
is carried, new items start open and removed items are listed with their answers. The
old assessment is never changed. The use case and its report live in
:mod:`bio2.usecases.catalog_migration` (the TUI calls them too).
"""

from __future__ import annotations

import argparse

from bio2.cli.commands import open_store, org_period


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from bio2.i18n import t

    parser = sub.add_parser("migrate", help=t("cli.migrate"), description=t("cli.migrate.long"))
    org_period(parser, catalog=False)
    parser.add_argument("--to", required=True, metavar="CATALOG", help=t("cli.migrate.to"))
    parser.add_argument("--dry-run", action="store_true", help=t("cli.migrate.dry_run"))
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from bio2.system.problems import printable
    from bio2.usecases.catalog_migration import migrate_assessment, report_lines

    with open_store(args) as store:
        result = migrate_assessment(store, args.org, args.period, args.to,
                                    dry_run=args.dry_run)
    print("\n".join(printable(line) for line in report_lines(result)))
    return 0
