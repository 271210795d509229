"""``bio2 restore FILE [--yes]``: put a backup back, after confirmation; the current
state is saved automatically first, so a restore can itself be undone."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from bio2.cli.commands import open_store


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from bio2.i18n import t

    parser = sub.add_parser("restore", help=t("cli.restore"), description=t("cli.restore_long"))
    parser.add_argument("file", metavar="FILE", help=t("cli.restore_file"))
    parser.add_argument("-y", "--yes", action="store_true", help=t("cli.yes"))
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from bio2.cli.commands import refused
    from bio2.i18n import t
    from bio2.store.backup import BackupError, automatic_backup, contents, inspect, restore_into
    from bio2.system.problems import printable as plain

    source = Path(args.file)
    try:
        incoming = inspect(source)  # refuses a non-bio2 or damaged file before anything
    except BackupError as exc:
        print(t("cli.error", message=plain(str(exc))), file=sys.stderr)
        return 2
    with open_store(args) as store:
        if source.resolve() == store.path.resolve():
            print(t("cli.error", message=t("restore.same_file", path=source)), file=sys.stderr)
            return 2
        current = contents(store.db.conn)
        print(plain(t("restore.what", db=store.path, file=source,
                      now_orgs=current.organisations, now_assessments=current.assessments,
                      now_answers=current.answers, orgs=incoming.organisations,
                      assessments=incoming.assessments, answers=incoming.answers)))
        stop = refused(t("restore.confirm"), args.yes)
        if stop is not None:
            return stop
        saved = automatic_backup(store.db.conn, store.path, "before-restore")
        restore_into(store.db.conn, source)
    # Opening again brings an older backup up to this bio2's schema (with its own backup).
    with open_store(args):
        pass
    print(plain(t("restore.done", db=store.path, file=source, saved=saved)))
    return 0
