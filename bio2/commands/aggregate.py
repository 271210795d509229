"""``bio2 aggregate FILES... [-o sector.pdf] [--csv sector.csv] [--period P]
[--expected FILE]``: the supervisor's sector view (rules in ``bio2.sector``)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")
SUFFIXES = (".yaml", ".yml", ".json")


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from bio2.i18n import t

    parser = sub.add_parser("aggregate", help=t("cli.aggregate"),
                            description=t("cli.aggregate.long"))
    parser.add_argument("files", nargs="+", metavar="FILE", help=t("cli.aggregate.files"))
    parser.add_argument("-o", "--output", metavar="FILE.pdf", help=t("cli.aggregate.output"))
    parser.add_argument("--csv", metavar="FILE.csv", help=t("cli.aggregate.csv"))
    parser.add_argument("--period", metavar="PERIOD", help=t("cli.aggregate.period"))
    parser.add_argument("--expected", metavar="FILE", help=t("cli.aggregate.expected"))
    parser.add_argument("--workers", type=int, metavar="N", help=t("cli.aggregate.workers"))
    parser.set_defaults(run=run)


def expand(names: list[str]) -> list[str]:
    """Files as given; a folder stands for its ``*.yaml``, ``*.yml`` and ``*.json`` files."""
    paths: list[str] = []
    for name in names:
        folder = Path(name)
        if folder.is_dir():
            paths += sorted(str(p) for p in folder.iterdir() if p.suffix.lower() in SUFFIXES)
        else:
            paths.append(name)
    return paths


def run(args: argparse.Namespace) -> int:
    from bio2.catalog import load_catalog
    from bio2.fileio import default_output, write_atomic
    from bio2.i18n import t
    from bio2.progress import track
    from bio2.sector import build_view, read_all, read_expected, to_csv
    from bio2.service import UserError

    expected: list[str] = []
    if args.expected:
        try:
            expected = read_expected(args.expected)
        except (OSError, UnicodeDecodeError) as exc:
            raise UserError(t("sector.expected_unreadable", file=args.expected,
                              detail=getattr(exc, "strerror", None) or str(exc))) from None
    if args.workers is not None and args.workers < 1:
        raise UserError(t("sector.bad_workers"))
    paths = expand(args.files)

    def progress(results: Iterator[T], total: int) -> Iterator[T]:
        for _, result in zip(track(range(total), t("sector.progress")), results, strict=False):
            yield result

    results = read_all(paths, workers=args.workers, progress=progress)
    view = build_view(results, period=args.period, expected=expected)
    def say(text: str) -> None:
        print(text, file=sys.stderr)

    for failure in view.failures:
        for line in failure.errors:
            say(line)
        if failure.total > len(failure.errors):
            say(t("sector.more_errors_file", file=failure.file,
                  count=failure.total - len(failure.errors)))
    for superseded, org, _day, winner in view.duplicates:
        say(t("sector.duplicate_line", file=superseded, org=org, winner=winner))
    if not view.rows:
        raise UserError(t("sector.nothing_counted", period=view.period or "-"))
    from bio2.report.sector import render

    target = args.output or default_output(f"sector-{view.period}.pdf")
    write_atomic(target, render(view, load_catalog(view.catalogs[-1])))
    if args.csv:
        write_atomic(args.csv, to_csv(view))
    say(t("sector.summary", files=view.files, counted=len(view.rows),
          invalid=len(view.failures), duplicates=len(view.duplicates),
          other=len(view.other_periods), missing=len(view.missing), period=view.period))
    if len(view.catalogs) > 1:
        say(t("sector.pdf.catalogs_mixed", catalogs=", ".join(view.catalogs),
              shared=view.shared_items))
    say(t("sector.written", file=target)
        + (" " + t("sector.written_csv", file=args.csv) if args.csv else ""))
    return 0
