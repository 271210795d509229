"""``bio2 verify-history [ORG PERIOD]``: recompute the hash chain of the history.

Exit 0 when every chain is intact, 2 when one breaks (each break is named with its row
id, time and item), as for any other invalid input. Without ORG PERIOD every assessment
in the database is checked. The last line per assessment is its chain head: the value
the report's colophon prints, so a printed report shows whether rows were cut off since.

After the assessments come the organisations' own chains (their Cbw registration
changes, ``bio2.store.org_history``): with ORG PERIOD that organisation's, without every
organisation that has one; an organisation whose registration never changed has no
chain and no line.
"""

from __future__ import annotations

import argparse

from bio2.cli.commands import open_store


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from bio2.i18n import t

    parser = sub.add_parser("verify-history", help=t("cli.verify_history"),
                            description=t("cli.verify_history"))
    parser.add_argument("org", nargs="?", metavar="ORG", help=t("cli.org"))
    parser.add_argument("period", nargs="?", metavar="PERIOD", help=t("cli.period"))
    parser.add_argument("--catalog", metavar="ID", help=t("cli.assessment_catalog"))
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from bio2.domain.errors import UserError
    from bio2.i18n import t
    from bio2.store import org_history
    from bio2.store.history import ChainCheck, verify
    from bio2.usecases.opening import find_assessment

    if (args.org is None) != (args.period is None):
        raise UserError(t("verify.need_both"))
    with open_store(args) as store:
        if args.org is not None:
            rows = [find_assessment(store, args.org, args.period, args.catalog)]
        else:
            rows = store.assessments()
        conn = store.db.conn
        orgs = ([args.org] if args.org is not None
                else org_history.organisations_with_history(conn))
        checks: list[tuple[str, ChainCheck]] = [
            (printable(f"{row.org_id} {row.period} ({row.catalog})"), check)
            for row, check in zip(rows, verify(conn, [r.id for r in rows]), strict=True)]
        checks += [(printable(f"{org} ({t('verify.registration_chain')})"), check)
                   for org, check in zip(orgs, org_history.verify(conn, orgs), strict=True)
                   if check.rows]
        broken = 0
        for name, check in checks:
            if check.intact:
                print(t("verify.intact", assessment=name, rows=check.rows,
                        head=check.head or "-"))
                continue
            broken += 1
            print(t("verify.broken", assessment=name, count=len(check.breaks),
                    rows=check.rows))
            for b in check.breaks:
                print("  " + t("verify.break", id=b.id, at=printable(b.at),
                               item=printable(b.item)))
        if not checks:
            print(t("verify.nothing"))
    return 2 if broken else 0


def printable(text: str) -> str:
    """User text (organisation ids, periods) without terminal escapes or line breaks."""
    return "".join(c if c.isprintable() else f"\\x{ord(c):02x}" for c in text)
