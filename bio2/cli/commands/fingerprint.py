"""``bio2 fingerprint FILE`` / ``--db ORG PERIOD``: SHA-256 of the canonical answers."""

from __future__ import annotations

import argparse

from bio2.cli.commands import open_store


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from bio2.i18n import t

    parser = sub.add_parser("fingerprint", help=t("cli.fingerprint"),
                            description=t("cli.fingerprint"))
    parser.add_argument("file", nargs="?", metavar="FILE", help=t("cli.files"))
    parser.add_argument("--db", "--from-db", nargs=2, metavar=("ORG", "PERIOD"), dest="from_db",
                        help=t("cli.diff.db"))
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from bio2.domain.errors import UserError
    from bio2.exchange.answerfile import fingerprint, load_valid
    from bio2.i18n import t
    from bio2.usecases.opening import get_assessment

    if args.from_db:
        with open_store(args) as store:
            model = get_assessment(store, *args.from_db).answer_file()
    elif args.file:
        model = load_valid(args.file)
    else:
        raise UserError(t("fingerprint.need_input"))
    print(fingerprint(model))
    return 0
