"""``bio2 publish ORG PERIOD -o FILE.html [--with-status] [--force]``: the scope and the
VvT as one accessible, self-contained HTML page for the organisation's website
(issue 15; the page model is :mod:`bio2.usecases.publishing`).

Bad input gets one line and exit 2 and writes nothing: no assessment for ORG PERIOD, a
catalog without controls, a scope over 20,000 characters, an output path in a folder
that does not exist (unlike other commands, publish does not create folders: a typo in
a web folder's path should not grow a new tree), a name not ending in ``.html``, an
existing file without ``--force``. The file is written through a temporary file and a
rename (``bio2.system.fileio.write_atomic``).
"""

from __future__ import annotations

import argparse
import sys

from bio2.cli.commands import assessment, open_store, org_period


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from bio2.i18n import t

    parser = sub.add_parser("publish", help=t("publish.cli.help"),
                            description=t("publish.cli.help"))
    org_period(parser)
    parser.add_argument("-o", "--output", metavar="FILE.html", required=True,
                        help=t("publish.cli.output"))
    parser.add_argument("--with-status", action="store_true",
                        help=t("publish.cli.with_status"))
    parser.add_argument("--force", action="store_true", help=t("publish.cli.force"))
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from bio2.domain.errors import UserError
    from bio2.i18n import t
    from bio2.system.fileio import check_output, write_atomic
    from bio2.system.problems import printable

    target = Path(args.output)
    if target.suffix.lower() not in (".html", ".htm"):
        raise UserError(t("publish.err.suffix", path=target))
    folder = target.parent
    if not folder.is_dir():
        raise UserError(t("publish.err.no_folder", folder=folder))
    check_output(target, force=args.force)
    with open_store(args) as store:
        data = assessment(store, args)
    from bio2.report.html.publish import render_publish
    from bio2.usecases.publishing import build_page

    page = build_page(data, with_status=args.with_status)
    write_atomic(target, render_publish(page), mode=0o644)
    print(printable(t("publish.cli.written", path=target, controls=len(page.controls),
                      excluded=page.excluded)), file=sys.stderr)
    return 0
