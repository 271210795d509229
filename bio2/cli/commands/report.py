"""``bio2 report ORG PERIOD [-o FILE.pdf] [--format pdf|html] [--date YYYY-MM-DD]
[--classification TEXT]``: the verantwoordingsrapportage (see ``bio2.report``) as PDF, or
as one accessible HTML page built from the same report model (issue 15).

``--format`` is checked by hand rather than with argparse choices, so that a bad value
is one line (exit 2) like every other bad input."""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Callable, Iterator

from bio2.cli.commands import assessment, open_store, org_period

#: The output formats and the file suffixes each accepts.
FORMATS = {"pdf": (".pdf",), "html": (".html", ".htm")}


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from bio2.i18n import t

    parser = sub.add_parser("report", help=t("cli.report"), description=t("cli.report.long"))
    org_period(parser)
    parser.add_argument("-o", "--output", metavar="FILE.pdf", help=t("cli.report.output"))
    parser.add_argument("--format", metavar="pdf|html", default="pdf",
                        help=t("cli.report.format"))
    parser.add_argument("--date", metavar="YYYY-MM-DD", help=t("cli.report.date"))
    parser.add_argument("--classification", metavar="TEXT",
                        help=t("cli.report.classification"))
    parser.add_argument("--force", action="store_true", help=t("cli.force"))
    parser.add_argument("--with-incidents", action="store_true",
                        help=t("incident.cli.with_incidents"))
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from datetime import date
    from pathlib import Path

    from bio2.domain.errors import UserError
    from bio2.i18n import t
    from bio2.system.fileio import default_output
    from bio2.system.problems import printable

    kind = str(args.format).lower()
    if kind not in FORMATS:
        raise UserError(t("report.bad_format", value=args.format))
    today = None
    if args.date is not None:
        try:
            today = date.fromisoformat(args.date)
        except ValueError:
            raise UserError(t("report.bad_date", value=args.date)) from None
    target = Path(args.output) if args.output else default_output(
        f"{args.org}-{args.period}.{kind}")
    from bio2.system.fileio import check_output

    if kind == "html" and not target.parent.is_dir():  # issue 15: refused, not created
        raise UserError(t("publish.err.no_folder", folder=target.parent))
    check_output(target, force=args.force)
    if target.suffix.lower() not in FORMATS[kind]:
        raise UserError(t("report.bad_output" if kind == "pdf" else "report.bad_output_html",
                          file=target))
    with open_store(args) as store:
        data = assessment(store, args)
    from bio2.i18n import get_language

    if kind == "html":
        from bio2.report import render_html_report
        from bio2.system.fileio import write_atomic

        page = render_html_report(data, today=today, classification=args.classification,
                                  lang=get_language(), with_incidents=args.with_incidents)
        write_atomic(target, page.encode("utf-8"))
        print(printable(t("report.written_html", file=target)), file=sys.stderr)
        return 0
    from bio2.report import build_report
    from bio2.system.fileio import write_atomic

    with _progress_bar(t("report.progress")) as progress:
        report = build_report(data, today=today, classification=args.classification,
                              progress=progress, lang=get_language(),
                              with_incidents=args.with_incidents)
    write_atomic(target, report.pdf)
    print(printable(t("report.written", file=target, pages=report.pages)), file=sys.stderr)
    return 0


@contextlib.contextmanager
def _progress_bar(label: str) -> Iterator[Callable[[int, int], None] | None]:
    """A rich progress bar on stderr when it is a terminal; nothing otherwise."""
    if not sys.stderr.isatty():
        yield None
        return
    from rich.console import Console
    from rich.progress import Progress

    with Progress(console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task(label, total=None)

        def advance(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        yield advance
