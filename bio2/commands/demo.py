"""``bio2 demo``: (re)create the demo organisation Gemeente Voorbeeld."""

from __future__ import annotations

import argparse
import sys

from bio2.commands import open_store


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from bio2.i18n import t

    parser = sub.add_parser("demo", help=t("cli.demo"), description=t("cli.demo"))
    parser.add_argument("-y", "--yes", action="store_true", help=t("cli.yes"))
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from bio2.i18n import t
    from bio2.service import DEMO_ORG, create_demo

    with open_store(args) as store:
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
