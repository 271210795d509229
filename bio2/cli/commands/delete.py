"""``bio2 delete ORG [PERIOD] [--catalog ID] [--yes]``: delete with a backup first."""

from __future__ import annotations

import argparse
import sys

from bio2.cli.commands import open_store, refused


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from bio2.i18n import t

    parser = sub.add_parser("delete", help=t("cli.delete"), description=t("cli.delete_long"))
    parser.add_argument("org", metavar="ORG", help=t("cli.org"))
    parser.add_argument("period", metavar="PERIOD", nargs="?", help=t("cli.delete_period"))
    parser.add_argument("--catalog", metavar="ID", help=t("cli.assessment_catalog"))
    parser.add_argument("-y", "--yes", action="store_true", help=t("cli.yes"))
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from bio2.i18n import t
    from bio2.system.problems import printable as plain
    from bio2.usecases.deletion import delete, plan_deletion, summary
    from bio2.usecases.opening import find_assessment

    with open_store(args) as store:
        if args.period is None:
            if args.catalog:
                print(t("cli.error", message=t("delete.catalog_needs_period")), file=sys.stderr)
                return 2
            plan = plan_deletion(store, args.org)
        else:
            row = find_assessment(store, args.org, args.period, args.catalog)
            plan = plan_deletion(store, args.org, row.id)
        print(plain(plan.describe()))
        stop = refused(plain(t("delete.confirm")), args.yes)
        if stop is not None:
            return stop
        folder = delete(store, plan)
        print(plain(summary(plan, folder)))
    return 0
