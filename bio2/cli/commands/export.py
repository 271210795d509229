"""``bio2 export ORG PERIOD [-o FILE] [--format yaml|json]``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import Any

from bio2.cli.commands import assessment, open_store, org_period

#: Format name -> (file extension, writer(AssessmentData, view) -> text).
FORMATS: dict[str, tuple[str, str]] = {
    "yaml": ("yaml", "bio2.exchange.answerfile:to_yaml"),
    "json": ("json", "bio2.exchange.answerfile:to_json"),
    "csv": ("csv", "bio2.exchange.csv_export:to_csv"),
    "oscal": ("oscal.json", "bio2.exchange.oscal:to_oscal"),
    # The workbook for control owners (issue 14); written from the AssessmentData (it
    # carries the official texts), see run().
    "xlsx": ("xlsx", "bio2.usecases.delegating:workbook_bytes"),
}


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from bio2.i18n import t

    parser = sub.add_parser("export", help=t("cli.export"), description=t("cli.export"))
    org_period(parser)
    parser.add_argument("-o", "--output", metavar="FILE", help=t("cli.output"))
    parser.add_argument("--format", choices=tuple(FORMATS), default="yaml",
                        help=t("cli.format"))
    parser.add_argument("--view", choices=("self", "audit"), default="self",
                        help=t("cli.view"))
    parser.add_argument("--force", action="store_true", help=t("cli.force"))
    parser.set_defaults(run=run)


def writer(spec: str) -> Callable[..., Any]:
    import importlib

    module, name = spec.split(":")
    fn: Callable[..., Any] = getattr(importlib.import_module(module), name)
    return fn


def run(args: argparse.Namespace) -> int:
    from bio2.i18n import t
    from bio2.system.fileio import check_output, default_output, write_atomic
    from bio2.system.problems import printable

    ext, spec = FORMATS[args.format]
    if args.format == "xlsx" and args.view != "self":
        from bio2.domain.errors import UserError

        raise UserError(t("workbook.self_only"))
    target = None
    if args.output != "-":
        target = check_output(args.output or default_output(f"{args.org}-{args.period}.{ext}"),
                              force=args.force)
    with open_store(args) as store:
        data = assessment(store, args)
        if args.format == "xlsx":
            from bio2.usecases.delegating import sender_of

            text: str | bytes = writer(spec)(data, sender=sender_of(store, data))
        else:
            text = writer(spec)(data.answer_file(args.view))
    if target is None:
        if isinstance(text, bytes):
            sys.stdout.buffer.write(text)
            sys.stdout.flush()
        else:
            sys.stdout.write(text)
        return 0
    write_atomic(target, text)
    print(printable(t("export.written", file=target)), file=sys.stderr)
    return 0
