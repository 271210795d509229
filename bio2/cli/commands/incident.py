"""``bio2 incident deadlines|add|list|show|edit|remove``: the meldplicht (Cbw / NIS2 art.
23) deadlines and the organisation's register of significant incidents and drills.

The rules are in :mod:`bio2.domain.meldplicht`; decisions are recorded there and in the
README ("Meldplicht")."""

from __future__ import annotations

import argparse
import json
import sys


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from bio2.i18n import t

    parser = sub.add_parser("incident", help=t("incident.cli"), description=t("incident.cli"))
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    calc = actions.add_parser("deadlines", help=t("incident.cli.deadlines"),
                              description=t("incident.cli.deadlines.long"))
    calc.add_argument("--aware", required=True, metavar="TIME", help=t("incident.cli.aware"))
    calc.add_argument("--notified", metavar="TIME", help=t("incident.cli.notified"))
    calc.add_argument("--format", choices=("text", "json"), default="text",
                      help=t("incident.cli.format"))
    calc.set_defaults(run=run_deadlines)
    from bio2.cli.commands.incident_register import add_parsers

    add_parsers(actions)


def run_deadlines(args: argparse.Namespace) -> int:
    from bio2.i18n import t
    from bio2.usecases.meldplicht import as_json, compute, read_time, when

    due, lines = compute(args.aware, args.notified)
    if args.format == "json":
        notified = (read_time(args.notified, "--notified", naive_is_local=True)
                    if args.notified else None)
        sys.stdout.write(json.dumps(as_json(due, lines, notified), indent=2) + "\n")
        return 0
    labels = [t("incident.deadlines.aware"), *(t(f"incident.phase.{line.phase}")
                                               for line in lines)]
    width = max(len(label) for label in labels)
    out = [f"{labels[0]:<{width}}  {when(due.aware)}"]
    for label, line in zip(labels[1:], lines, strict=True):
        out.append(f"{label:<{width}}  {when(line.due)}{' *' if line.shifted else ''}")
    out.append("")
    if any(line.shifted for line in lines):
        out.append(t("incident.deadlines.shifted"))
    if due.final_from_notification:
        notified = read_time(args.notified, "--notified", naive_is_local=True)
        out.append(t("incident.deadlines.from_notified", when=when(notified)))
    else:
        out.append(t("incident.deadlines.from_deadline"))
    out.append(t("incident.deadlines.recipients"))
    print("\n".join(out))
    return 0
