"""``bio2 aggregate FILES... [-o sector.pdf] [--csv sector.csv] [--period P]
[--expected FILE]``: the supervisor's sector view (rules in ``bio2.usecases.sector``)."""

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
    parser.add_argument("--force", action="store_true", help=t("cli.force"))
    parser.set_defaults(run=run)


def expand(names: list[str], skipped: list[tuple[str, str]] | None = None) -> list[str]:
    """Files as given; a folder stands for its ``*.yaml``, ``*.yml`` and ``*.json`` files.
    In a folder, anything but a regular file (a FIFO, a device, a socket, a subfolder, a
    link to one) is skipped and added to ``skipped`` as (name, kind): reading a FIFO
    would hang the run. A file named on the command line is read (and refused by the
    loader with one line when it is not a regular file)."""
    import stat

    from bio2.system.fileio import kind_of

    paths: list[str] = []
    for name in names:
        folder = Path(name)
        if folder.is_dir():
            for entry in sorted(folder.iterdir()):
                if entry.suffix.lower() not in SUFFIXES:
                    continue
                try:
                    mode = entry.stat().st_mode
                except OSError:
                    mode = 0
                if stat.S_ISREG(mode):
                    paths.append(str(entry))
                elif skipped is not None:
                    skipped.append((str(entry), kind_of(mode)))
        else:
            paths.append(name)
    return paths


def run(args: argparse.Namespace) -> int:
    from bio2.catalog.loading import load_catalog
    from bio2.cli.progress import track
    from bio2.domain.errors import UserError
    from bio2.i18n import get_language, t
    from bio2.system.fileio import FileProblem, check_output, default_output, write_atomic
    from bio2.system.problems import printable
    from bio2.usecases.sector import MAX_WORKERS, build_view, read_all, read_expected, to_csv

    expected: list[str] = []
    if args.expected:
        try:
            expected = read_expected(args.expected)
        except (OSError, UnicodeDecodeError, FileProblem) as exc:
            raise UserError(t("sector.expected_unreadable", file=args.expected,
                              detail=getattr(exc, "strerror", None) or str(exc))) from None
    if args.workers is not None and args.workers < 1:
        raise UserError(t("sector.bad_workers"))
    if args.workers is not None and args.workers > MAX_WORKERS:
        raise UserError(t("sector.too_many_workers", limit=MAX_WORKERS))
    if args.output:
        check_output(args.output, force=args.force)
    if args.csv:
        check_output(args.csv, force=args.force)
    skipped: list[tuple[str, str]] = []
    paths = expand(args.files, skipped)

    def progress(results: Iterator[T], total: int) -> Iterator[T]:
        for _, result in zip(track(range(total), t("sector.progress")), results, strict=False):
            yield result

    results = read_all(paths, workers=args.workers, progress=progress)
    view = build_view(results, period=args.period, expected=expected)
    def say(text: str) -> None:
        print(printable(text), file=sys.stderr)

    for name, kind in skipped:
        say(t("sector.skipped", file=name, reason=kind))
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

    target = args.output or check_output(default_output(f"sector-{view.period}.pdf"),
                                         force=args.force)
    write_atomic(target, render(view, load_catalog(view.catalogs[-1]), lang=get_language()))
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
