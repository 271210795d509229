"""``bio2 registration ORG [--set-from FILE.yaml | --clear]``: the Cbw registration data."""

from __future__ import annotations

import argparse

from bio2.cli.commands import console, open_store


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from bio2.i18n import t

    parser = sub.add_parser("registration", help=t("cli.registration"),
                            description=t("cli.registration.long"))
    parser.add_argument("org", metavar="ORG", help=t("cli.org"))
    action = parser.add_mutually_exclusive_group()
    action.add_argument("--set-from", metavar="FILE", help=t("cli.registration.set_from"))
    action.add_argument("--clear", action="store_true", help=t("cli.registration.clear"))
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from bio2.i18n import t
    from bio2.system.problems import printable
    from bio2.usecases.registration import read_registration, registration_of, set_registration

    # Read and check the file before opening the database: bad input changes nothing.
    new = read_registration(args.set_from, args.org) if args.set_from else None
    with open_store(args) as store:
        if args.set_from or args.clear:
            set_registration(store, args.org, new, args.set_from)
            print(printable(t("registration.saved" if new else "registration.cleared",
                              org=args.org)))
        current = registration_of(store, args.org)
    if current is None:
        if not args.clear:
            print(printable(t("registration.none", org=args.org)))
        return 0
    out = console()
    rows = [
        ("entity_name", current.entity_name),
        ("entity_type", t(f"orgtype.{current.entity_type}")),
        ("entity", t(f"entity.{current.entity}")),
        ("sector", t(f"registration.sector.{current.sector}")),
        ("contact", f"{current.incident_contact.name}, {current.incident_contact.email},"
                    f" {current.incident_contact.phone}"),
        ("services", "; ".join(current.services)),
        ("registered_on", current.registered_on.isoformat() if current.registered_on
         else t("cbw.registration.not_filed")),
    ]
    width = max(len(t(f"registration.field.{k}")) for k, _ in rows)
    for key, value in rows:
        out.print(f"{t(f'registration.field.{key}'):<{width}}  {printable(value)}",
                  markup=False)
    return 0
