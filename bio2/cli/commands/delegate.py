"""``bio2 delegate ORG PERIOD [-o MAP/] [--owner NAME] [--theme T] [--items 5.1-5.37]``:
one workbook per owner (rules in ``bio2.usecases.delegating``)."""

from __future__ import annotations

import argparse
from pathlib import Path

from bio2.cli.commands import assessment, open_store, org_period


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from bio2.i18n import t

    parser = sub.add_parser("delegate", help=t("delegate.help"), description=t("delegate.help"))
    org_period(parser)
    parser.add_argument("-o", "--output", metavar="MAP", help=t("delegate.opt.output"))
    parser.add_argument("--owner", metavar="NAME", help=t("delegate.opt.owner"))
    parser.add_argument("--theme", metavar="THEME", help=t("delegate.opt.theme"))
    parser.add_argument("--items", metavar="LIST", help=t("delegate.opt.items"))
    parser.add_argument("--deadline", metavar="DATE", help=t("delegate.opt.deadline"))
    parser.add_argument("--force", action="store_true", help=t("cli.force"))
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from bio2.domain.dates import parse_date
    from bio2.domain.errors import UserError
    from bio2.i18n import t
    from bio2.system.problems import printable
    from bio2.usecases.delegating import plan_delegation, write_delegation

    deadline = None
    if args.deadline is not None:
        deadline = parse_date(args.deadline)
        if deadline is None:
            raise UserError(t("delegate.bad_deadline", value=args.deadline[:40]))
    folder = Path(args.output or ".")
    with open_store(args) as store:
        data = assessment(store, args)
        plans = plan_delegation(data, folder, owner=args.owner, theme=args.theme,
                                items=args.items)
        written = write_delegation(store, data, plans, force=args.force, deadline=deadline)
    for plan, path in zip(plans, written, strict=True):
        print(printable(t("delegate.written", file=path, count=len(plan.items),
                          owner=plan.label)))
    print(printable(t("delegate.done", count=len(written), folder=folder)))
    return 0
