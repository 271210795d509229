"""The ``bio2`` command: argparse, exit codes, one-line errors.

Exit codes: 0 ok, 2 invalid input or usage, 3 conflict, 1 unexpected error. Each command
lives in ``bio2/cli/commands/<name>.py`` with ``add_parser(subparsers)``; its ``run(args)``
imports what it needs lazily, so ``bio2 --help`` and ``bio2 validate`` start fast.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from bio2 import __version__
from bio2.i18n import has, set_language, t

#: Command modules in the order ``--help`` lists them.
COMMANDS = (
    "tui", "catalog", "demo", "score", "validate", "import_", "export", "delegate", "diff",
    "schema", "fingerprint", "cbw", "registration", "incident", "aggregate", "migrate", "report",
    "publish",
    "delete", "backup", "restore",
    "verify_history",
)


#: Command name -> its module (``import`` lives in ``import_``, ``verify-history`` in
#: ``verify_history``).
_MODULE_OF = {name.rstrip("_").replace("_", "-"): name for name in COMMANDS}
#: Global options that take a value; the others are flags.
_VALUED = ("--db", "--lang", "--user")


def _command_module(argv: Sequence[str]) -> str | None:
    """The module of the command ``argv`` names, when that is plain without argparse:
    global options first, then a known command name. Then only that command's parser is
    built (issue 12: ``bio2 validate`` as a whole process; building all parsers imports
    every command module). ``None`` (no command, ``-h``, ``--version``, anything
    unexpected): the full parser answers, as before."""
    index = 0
    while index < len(argv):
        arg = argv[index]
        if arg in _VALUED:
            index += 2
        elif arg in ("--debug", "--demo") or arg.startswith(tuple(f"{o}=" for o in _VALUED)):
            index += 1
        else:
            return _MODULE_OF.get(arg)
    return None


def _language_from(argv: Sequence[str]) -> str | None:
    """The ``--lang`` value, wherever it stands; the last one wins, as in argparse."""
    found: str | None = None
    for index, arg in enumerate(argv):
        if arg == "--":
            break
        if arg == "--lang" and index + 1 < len(argv):
            found = argv[index + 1]
        elif arg.startswith("--lang="):
            found = arg.split("=", 1)[1]
    return found


def _argparse_text(text: str) -> str:
    """argparse looks up its own words through gettext; route them to our catalog."""
    key = f"argparse.{text}"
    return t(key) if has(key) else text


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The ``bio2`` parser; ``only``: the one command module to add (see
    :func:`_command_module`), otherwise all of them."""
    argparse._ = _argparse_text  # type: ignore[attr-defined]
    parser = argparse.ArgumentParser(prog="bio2", description=t("cli.description"),
                                     epilog=t("cli.epilog"))
    parser.add_argument("--db", metavar="PATH", help=t("cli.db"))
    parser.add_argument("--lang", choices=("nl", "en"), help=t("cli.lang"))
    parser.add_argument("--debug", action="store_true", help=t("cli.debug"))
    parser.add_argument("--demo", action="store_true", help=t("cli.demo_flag"))
    parser.add_argument("--user", metavar="NAME", help=t("cli.user"))
    parser.add_argument("--version", action="version", version=f"bio2 {__version__}",
                        help=t("cli.version"))
    sub = parser.add_subparsers(dest="command", title=t("cli.commands"), metavar="COMMAND")
    for name in (only,) if only else COMMANDS:
        importlib.import_module(f"bio2.cli.commands.{name}").add_parser(sub)
    _accept_global_options(sub)
    return parser


def _accept_global_options(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Let ``--db``, ``--lang`` and ``--debug`` also stand after the (sub)command.

    Each command parser, and each parser below it (``catalog show``), gets the same three
    options with ``default=SUPPRESS``: when absent they leave the value of the main
    parser alone, when present the later one wins. A command that already owns one of
    these option strings keeps its own meaning (``bio2 diff --db ORG PERIOD``): there
    the global option must stand before the command.
    """
    for parser in dict.fromkeys(sub.choices.values()):  # aliases share one parser
        own = parser._option_string_actions
        if "--db" not in own:
            parser.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS,
                                help=t("cli.db"))
        if "--lang" not in own:
            parser.add_argument("--lang", choices=("nl", "en"), default=argparse.SUPPRESS,
                                help=t("cli.lang"))
        if "--debug" not in own:
            parser.add_argument("--debug", action="store_true", default=argparse.SUPPRESS,
                                help=t("cli.debug"))
        if "--demo" not in own:
            parser.add_argument("--demo", action="store_true", default=argparse.SUPPRESS,
                                help=t("cli.demo_flag"))
        if "--user" not in own:
            parser.add_argument("--user", metavar="NAME", default=argparse.SUPPRESS,
                                help=t("cli.user"))
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                _accept_global_options(action)


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    set_language(_language_from(args_list))
    parser = build_parser(_command_module(args_list))
    args = parser.parse_args(args_list)
    if args.command is None:
        args = parser.parse_args([*args_list, "tui"])
    debug = bool(args.debug)
    if getattr(args, "demo", False):
        # The demo lives in its own database file, never in the real one.
        if args.db:
            print(t("cli.error", message=t("cli.demo_and_db")), file=sys.stderr)
            return 2
        from bio2.system.paths import demo_db_path

        args.db = str(demo_db_path())
    if args.user is not None:  # the person doing the work (bio2.usecases.opening.open_store)
        import os

        os.environ["BIO2_USER"] = args.user
    try:
        code: int = args.run(args)
        return code
    except KeyboardInterrupt:
        print(t("cli.interrupted"), file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # one line for users; tracebacks only with --debug
        if debug:
            raise
        return report_error(exc)


def report_error(exc: BaseException) -> int:
    """One clear line (or one per problem) for an error, and the exit code.

    Every error raised for the user derives from ``Bio2Error`` (bio2.domain.errors) and
    names its exit code: 3 for a conflict with another process's change, 2 otherwise.
    Messages carry user values (an ORG argument, a file name): every line is escaped."""
    from bio2.domain.errors import Bio2Error
    from bio2.system.problems import printable

    if isinstance(exc, Bio2Error):
        lines = exc.lines()
        if exc.prefixed and lines:
            lines[0] = t("cli.error", message=lines[0])
        for line in lines:
            print(printable(line), file=sys.stderr)
        return exc.exit_code
    import sqlite3

    if isinstance(exc, sqlite3.Error):  # a full disk, a lock, a damaged file: named
        from bio2.store.trouble import describe

        print(t("cli.error", message=describe(exc)), file=sys.stderr)
        return 2
    first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    print(printable(t("cli.unexpected", message=first)), file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
