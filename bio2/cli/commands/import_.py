"""``bio2 import FILE... [--dry-run] [--on-conflict fail|theirs|ours]``."""

from __future__ import annotations

import argparse
import sys

from bio2.cli.commands import open_store


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from bio2.i18n import t

    parser = sub.add_parser("import", help=t("cli.import"), description=t("cli.import"))
    parser.add_argument("files", nargs="+", metavar="FILE", help=t("cli.files"))
    parser.add_argument("--dry-run", action="store_true", help=t("cli.dry_run"))
    parser.add_argument("--on-conflict", choices=("fail", "theirs", "ours"), default="fail",
                        help=t("cli.on_conflict"))
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from bio2.i18n import t
    from bio2.store.integrity import ensure_intact
    from bio2.system.problems import printable
    from bio2.usecases.importing import import_files

    with open_store(args) as store:
        ensure_intact(store)  # never merge into a damaged database
        checks, results = import_files(store, args.files, on_conflict=args.on_conflict,
                                       dry_run=args.dry_run)
    for checked in checks:  # a workbook's warnings (normalised values, ignored columns)
        for warning in checked.warnings if hasattr(checked, "workbook") else ():
            print(warning, file=sys.stderr)
    if not results:
        for checked in checks:
            for problem in checked.errors:
                print(problem, file=sys.stderr)
        print(t("import.nothing_written"), file=sys.stderr)
        return 2
    conflicts = False
    for r in results:
        s = r.plan.summary()
        print(printable(t("import.file", file=r.file, org=r.organisation, period=r.period,
                          source=r.source, new=s["new"], changed=s["changed"],
                          unchanged=s["unchanged"])))
        if r.plan.updated:
            print(t("workbook.updated", count=len(r.plan.updated)))
        for key in r.plan.conflicts:
            conflicts = True
            print(printable(t("import.conflict", item=key)))
            for line in r.plan.details.get(key, ()):  # workbooks: both values
                print(printable(line))
    if args.dry_run:
        print(t("import.dry_run"))
        return 3 if conflicts and args.on_conflict == "fail" else 0
    if conflicts and args.on_conflict == "fail":
        print(t("import.conflicts_fail"), file=sys.stderr)
        return 3
    print(t("import.done"))
    return 0
