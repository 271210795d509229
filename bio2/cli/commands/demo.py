"""``bio2 demo``: (re)create the demo organisation Gemeente Voorbeeld.

Decision: the demo goes into its own database (``bio2.system.paths.demo_db_path``), not into
``BIO2_DB``; only an explicit ``--db`` chooses another file, and even then a database
that holds any other organisation is refused, so fictional data never lands beside real
data."""

from __future__ import annotations

import argparse
import sys

from bio2.cli.commands import open_store


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from bio2.i18n import t

    parser = sub.add_parser("demo", help=t("cli.demo"), description=t("cli.demo"))
    parser.add_argument("-y", "--yes", action="store_true", help=t("cli.yes"))
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from bio2.i18n import t
    from bio2.system.paths import demo_db_path
    from bio2.usecases.demo import DEMO_ORG, create_demo

    if not args.db:
        args.db = str(demo_db_path())
    with open_store(args) as store:
        real = [o["id"] for o in store.organisations() if o["id"] != DEMO_ORG]
        if real:
            print(t("cli.error", message=t("cli.demo.real_data", db=store.path,
                                           orgs=", ".join(real[:5]))), file=sys.stderr)
            return 2
        if store.organisation(DEMO_ORG) is not None and not args.yes:
            if not sys.stdin.isatty():
                print(t("cli.demo.kept"))
                return 0
            reply = input(t("cli.demo.confirm", org=DEMO_ORG)).strip().lower()
            if not reply.startswith(t("cli.yes_answers")):
                print(t("cli.demo.kept"))
                return 0
        data = create_demo(store)
        # The same count as bio2 score and the report: items with a decision, that is
        # answered or excluded through the VvT.
        decided = data.scorecard().overall.answered
        print(t("cli.demo.done", org=DEMO_ORG, period=data.assessment.period,
                answered=decided, total=len(data.catalog.items), db=store.path))
    return 0
