"""``bio2 tui`` (also ``bio2`` without a command): the terminal interface."""

from __future__ import annotations

import argparse


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from bio2.i18n import t

    parser = sub.add_parser("tui", help=t("cli.tui"), description=t("cli.tui"))
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from bio2.cli.commands import open_store
    from bio2.i18n import get_language
    from bio2.tui.app import make_app

    # Open the database once before the screen takes over: a read-only folder, a damaged
    # or foreign file is one named line (exit 2), not a traceback inside the app.
    open_store(args).close()

    # Only the demo database is seeded; a real database starts empty (issue 10 §3).
    app = make_app(args.db, lang=get_language(), seed_demo=bool(getattr(args, "demo", False)))
    app.run()
    # A crash inside the app (Textual prints the traceback and sets a return code) must
    # not end in exit 0.
    return 1 if app.return_code else 0
