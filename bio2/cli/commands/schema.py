"""``bio2 schema [-o FILE]``: the JSON Schema of ``bio2-answers/1`` for editors."""

from __future__ import annotations

import argparse
import sys


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from bio2.i18n import t

    parser = sub.add_parser("schema", help=t("cli.schema"), description=t("cli.schema"))
    parser.add_argument("-o", "--output", metavar="FILE", help=t("cli.output"))
    parser.add_argument("--force", action="store_true", help=t("cli.force"))
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from bio2.exchange.schema import schema_json
    from bio2.system.fileio import write_output

    text = schema_json()
    if args.output and args.output != "-":
        write_output(args.output, text, force=args.force, mode=0o644)
    else:
        sys.stdout.write(text)
    return 0
