"""``bio2 validate FILE...``: check answer files without touching any database."""

from __future__ import annotations

import argparse
import sys


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from bio2.i18n import t

    parser = sub.add_parser("validate", help=t("cli.validate"), description=t("cli.validate"))
    parser.add_argument("files", nargs="+", metavar="FILE", help=t("cli.files"))
    parser.add_argument("--strict", action="store_true", help=t("cli.strict"))
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from bio2.cli.progress import track
    from bio2.exchange.answerfile import read_file
    from bio2.i18n import t

    invalid = warned = 0
    for path in track(args.files, t("progress.validate")):
        checked = read_file(path)
        for problem in checked.errors:
            print(problem)
        for problem in checked.warnings:
            print(problem)
        invalid += not checked.ok
        warned += bool(checked.warnings)
    failed = invalid + (warned if args.strict else 0)
    print(t("validate.summary", files=len(args.files), valid=len(args.files) - invalid,
            invalid=invalid, warned=warned), file=sys.stderr)
    return 2 if failed else 0
