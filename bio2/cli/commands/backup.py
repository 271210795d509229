"""``bio2 backup [-o FILE] [--force]``: a consistent copy of the database, also while a
TUI or an import is writing (SQLite's online backup API)."""

from __future__ import annotations

import argparse
import sys

from bio2.cli.commands import open_store


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from bio2.i18n import t

    parser = sub.add_parser("backup", help=t("cli.backup"), description=t("cli.backup_long"))
    parser.add_argument("-o", "--output", metavar="FILE", help=t("cli.backup_output"))
    parser.add_argument("--force", action="store_true", help=t("cli.backup_force"))
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from bio2.i18n import t
    from bio2.store.backup import contents, copy_to, stamp
    from bio2.system.fileio import check_output
    from bio2.system.paths import backup_dir
    from bio2.system.problems import printable as plain

    with open_store(args) as store:
        if args.output:
            # The same output rules as every -o (folder, symlink, device, --force).
            target = check_output(args.output, force=args.force)
            if target.exists() and target.resolve() == store.path.resolve():
                print(t("cli.error", message=t("backup.target_is_db", path=target)),
                      file=sys.stderr)
                return 2
            target.parent.mkdir(parents=True, exist_ok=True)
        else:
            folder = backup_dir(store.path)
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            target = folder / f"{store.path.stem}-{stamp()}.sqlite"
        try:
            copy_to(store.db.conn, target)
        except PermissionError:
            print(t("cli.error", message=t("backup.cannot_write", path=target.parent)),
                  file=sys.stderr)
            return 2
        held = contents(store.db.conn)
    print(plain(t("backup.done", path=target, organisations=held.organisations,
                  assessments=held.assessments, answers=held.answers)))
    return 0
