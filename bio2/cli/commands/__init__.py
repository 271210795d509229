"""One module per ``bio2`` command: ``add_parser(subparsers)`` sets ``run``."""

from __future__ import annotations

import argparse
from typing import Any


def org_period(parser: argparse.ArgumentParser, *, catalog: bool = True) -> None:
    """The ORG PERIOD pair that many commands take (and ``--catalog`` to choose between
    assessments of the same period on different catalog versions)."""
    from bio2.i18n import t

    parser.add_argument("org", metavar="ORG", help=t("cli.org"))
    parser.add_argument("period", metavar="PERIOD", help=t("cli.period"))
    if catalog:
        parser.add_argument("--catalog", metavar="ID", help=t("cli.assessment_catalog"))


def assessment(store: Any, args: argparse.Namespace) -> Any:
    """The ``AssessmentData`` that ORG PERIOD [--catalog] names, or a one-line error."""
    from bio2.usecases.opening import get_assessment

    return get_assessment(store, args.org, args.period, getattr(args, "catalog", None))


def console(stderr: bool = False) -> Any:
    """A rich console (imported lazily: rich costs start-up time). Markup is off: names,
    owners and explanations are user text, and ``[/x]`` in them must print as it is."""
    from rich.console import Console

    return Console(stderr=stderr, highlight=False, soft_wrap=False, markup=False,
                   emoji=False)


def open_store(args: argparse.Namespace) -> Any:
    """The database of ``--db``/``--demo``/``BIO2_DB``; what the store noticed on opening
    (permissions tightened, a backup before an upgrade) is printed on stderr."""
    import sys

    from bio2.usecases.database import open_store as _open

    store = _open(args.db)
    for notice in store.notices:
        print(notice, file=sys.stderr)
    return store


def pct(value: float | None) -> str:
    """A percentage in the user's language (``13,6%`` / ``13.6%``); ``-`` for none."""
    from bio2.i18n.numbers import percent

    return percent(value, missing="-")


def refused(question: str, yes: bool) -> int | None:
    """Ask before a destructive step: ``None`` to go on, else the exit code to stop with
    (2 when nobody can be asked: not a terminal and no ``--yes``; 0 when the user said
    no). Used by ``delete`` and ``restore``; the messages are printed here."""
    import sys

    from bio2.i18n import t

    if yes:
        return None
    if not sys.stdin.isatty():
        print(t("cli.error", message=t("delete.needs_yes")), file=sys.stderr)
        return 2
    try:
        reply = input(question).strip().lower()
    except EOFError:
        reply = ""
    if reply.startswith(t("cli.yes_answers")):
        return None
    print(t("cli.demo.kept"))
    return 0
