"""``bio2 incident add|list|show|edit|remove ORG ...``: the organisation's register of
significant incidents and drills (issue 13 §4).

The verbs a CISO expects: ``add`` records an entry and prints its number, ``list`` shows
the register with a verdict per phase, ``show`` one entry in full, ``edit`` changes
named fields (the rest stays), ``remove`` deletes after confirmation. A report of a
phase is ``--report PHASE TIME TO`` (``--report 24h 2026-12-02T09:30+01:00
csirt,supervisor``); ``edit --unreport PHASE`` takes one back. Verdicts are derived,
never typed. Bad input: one line, exit 2, nothing written; an entry changed by someone
else between reading and writing: exit 3, nothing written.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from bio2.domain.incidents import Incident
    from bio2.domain.meldplicht import Report


def add_parsers(actions: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from bio2.i18n import t

    def org(parser: argparse.ArgumentParser, number: bool = False) -> None:
        parser.add_argument("org", metavar="ORG", help=t("cli.org"))
        if number:
            parser.add_argument("number", metavar="NR", type=int,
                                help=t("incident.cli.number"))

    def facts(parser: argparse.ArgumentParser, new: bool) -> None:
        parser.add_argument("--kind", choices=("incident", "drill"),
                            default="incident" if new else None,
                            help=t("incident.cli.kind"))
        parser.add_argument("--title", required=new, help=t("incident.cli.title"))
        parser.add_argument("--aware", required=new, metavar="TIME",
                            help=t("incident.cli.aware_register"))
        parser.add_argument("--report", nargs=3, action="append", default=[],
                            metavar=("PHASE", "TIME", "TO"), help=t("incident.cli.report"))
        parser.add_argument("--lessons", metavar="TEXT", help=t("incident.cli.lessons"))

    add = actions.add_parser("add", help=t("incident.cli.add"),
                             description=t("incident.cli.add.long"))
    org(add)
    facts(add, new=True)
    add.set_defaults(run=run_add)
    listing = actions.add_parser("list", help=t("incident.cli.list"),
                                 description=t("incident.cli.list"))
    org(listing)
    listing.add_argument("--format", choices=("text", "json"), default="text",
                         help=t("incident.cli.format"))
    listing.set_defaults(run=run_list)
    show = actions.add_parser("show", help=t("incident.cli.show"),
                              description=t("incident.cli.show"))
    org(show, number=True)
    show.set_defaults(run=run_show)
    edit = actions.add_parser("edit", help=t("incident.cli.edit"),
                              description=t("incident.cli.edit"))
    org(edit, number=True)
    facts(edit, new=False)
    edit.add_argument("--unreport", action="append", default=[], metavar="PHASE",
                      help=t("incident.cli.unreport"))
    edit.set_defaults(run=run_edit)
    remove = actions.add_parser("remove", help=t("incident.cli.remove"),
                                description=t("incident.cli.remove"))
    org(remove, number=True)
    remove.add_argument("--yes", action="store_true", help=t("incident.cli.yes"))
    remove.set_defaults(run=run_remove)


def _label(field: str) -> str:
    """The CLI names a field by its option."""
    if field.startswith("report."):
        return f"--report {field.split('.', 1)[1]}"
    return {"phase": "--report PHASE"}.get(field, f"--{field}")


def _reports(args: argparse.Namespace, current: dict[str, Report]) -> dict[str, Report]:
    from bio2.domain.errors import UserError
    from bio2.i18n import t
    from bio2.usecases.incidents import parse_phase, parse_report

    reports = dict(current)
    seen: set[str] = set()
    for phase_text, time_text, to_text in args.report:
        phase = parse_phase(phase_text, _label)
        if phase in seen:
            raise UserError(t("incident.err.phase_twice", field=_label(f"report.{phase}")))
        seen.add(phase)
        reports[phase] = parse_report(time_text, to_text, _label(f"report.{phase}"))
    for phase_text in getattr(args, "unreport", []):
        phase = parse_phase(phase_text, _label)
        if phase in seen:
            raise UserError(t("incident.err.phase_twice", field=_label(f"report.{phase}")))
        reports.pop(phase, None)
    return reports


def run_add(args: argparse.Namespace) -> int:
    from bio2.cli.commands import open_store
    from bio2.i18n import t
    from bio2.system.problems import printable
    from bio2.usecases.incidents import add, make_incident
    from bio2.usecases.meldplicht import read_time

    # Everything is checked before the database is opened: bad input changes nothing.
    incident = make_incident(kind=args.kind, title=args.title,
                             aware=read_time(args.aware, "--aware"),
                             reports=_reports(args, {}), lessons=args.lessons or "",
                             label=_label)
    with open_store(args) as store:
        stored = add(store, args.org, incident)
    print(printable(t("incident.added", org=args.org, number=stored.number,
                      title=stored.title)))
    return 0


def run_edit(args: argparse.Namespace) -> int:
    from bio2.cli.commands import open_store
    from bio2.i18n import t
    from bio2.system.problems import printable
    from bio2.usecases.incidents import entry, make_incident, save
    from bio2.usecases.meldplicht import read_time

    aware = read_time(args.aware, "--aware") if args.aware is not None else None
    with open_store(args) as store:
        current = entry(store, args.org, args.number)
        edited = make_incident(
            kind=args.kind or current.kind,
            title=args.title if args.title is not None else current.title,
            aware=aware or current.aware, reports=_reports(args, current.reports),
            lessons=args.lessons if args.lessons is not None else current.lessons,
            label=_label, number=current.number)
        stored = save(store, args.org, edited, base=current.revision)
    key = "incident.unchanged" if stored.revision == current.revision else "incident.saved"
    print(printable(t(key, org=args.org, number=stored.number)))
    return 0


def run_remove(args: argparse.Namespace) -> int:
    from bio2.cli.commands import open_store, refused
    from bio2.i18n import t
    from bio2.system.problems import printable
    from bio2.usecases.incidents import entry, remove

    with open_store(args) as store:
        current = entry(store, args.org, args.number)
        stop = refused(printable(t("incident.remove_question", number=current.number,
                                   title=current.title)), args.yes)
        if stop is not None:
            return stop
        remove(store, args.org, args.number, base=current.revision)
    print(printable(t("incident.removed", org=args.org, number=current.number)))
    return 0


def _now() -> datetime:
    return datetime.now(UTC)


def run_list(args: argparse.Namespace) -> int:
    from bio2.cli.commands import open_store
    from bio2.domain.meldplicht import PHASES, local
    from bio2.i18n import t
    from bio2.system.problems import printable
    from bio2.usecases.incidents import register

    with open_store(args) as store:
        entries = register(store, args.org)
    now = _now()
    if args.format == "json":
        doc = {"format": "bio2-incident-register", "version": 1, "organisation": args.org,
               "at": now.strftime("%Y-%m-%dT%H:%MZ"),
               "entries": [_entry_json(e, now) for e in entries]}
        sys.stdout.write(json.dumps(doc, indent=2, ensure_ascii=True) + "\n")
        return 0
    if not entries:
        print(printable(t("incident.none", org=args.org)))
        return 0
    head = [t("incident.col.number"), t("incident.col.kind"), t("incident.col.aware"),
            *(t(f"incident.phase_short.{p}") for p in PHASES), t("incident.col.title")]
    rows = [[str(e.number), t(f"incident.kind.{e.kind}"),
             local(e.aware).strftime("%Y-%m-%d %H:%M"),
             *(t(f"incident.verdict.{v}") for v in e.verdicts(now).values()),
             printable(_cut(e.title, 50))] for e in entries]
    widths = [max(len(r[c]) for r in [head, *rows]) for c in range(len(head) - 1)]
    for row in [head, *rows]:
        print("  ".join([*(cell.ljust(w) for cell, w in zip(row, widths, strict=False)),
                         row[-1]]))
    return 0


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[:width - 1] + "…"


def run_show(args: argparse.Namespace) -> int:
    from bio2.cli.commands import open_store
    from bio2.domain.meldplicht import PHASES, RECIPIENTS, deadlines
    from bio2.i18n import t
    from bio2.system.problems import printable
    from bio2.usecases.incidents import entry
    from bio2.usecases.meldplicht import when

    with open_store(args) as store:
        found = entry(store, args.org, args.number)
    now = _now()
    verdicts = found.verdicts(now)
    notified = found.reports.get("72h")
    due = deadlines(found.aware, notified.at if notified else None)
    lines = [t("incident.show.head", number=found.number,
               kind=t(f"incident.kind.{found.kind}"), title=found.title),
             f"{t('incident.deadlines.aware')}: {when(found.aware)}"]
    for phase in PHASES:
        report = found.reports.get(phase)
        lines.append(f"{t(f'incident.phase.{phase}')}: {t(f'incident.verdict.{verdicts[phase]}')}")
        lines.append("  " + t("incident.show.due", when=when(due.due(phase))))
        if report is not None:
            to = ", ".join(t(f"incident.to.{r}") for r in RECIPIENTS if r in report.to)
            lines.append("  " + t("incident.show.reported", when=when(report.at), to=to))
    lines.append(f"{t('incident.col.lessons')}:")
    lines.extend(f"  {line}" for line in (found.lessons or "-").splitlines())
    print("\n".join(printable(line) for line in lines))
    return 0


def _entry_json(entry: Incident, now: datetime) -> dict[str, Any]:
    from bio2.domain.meldplicht import PHASES, RECIPIENTS, deadlines, local

    notified = entry.reports.get("72h")
    due = deadlines(entry.aware, notified.at if notified else None)
    verdicts = entry.verdicts(now)

    def iso(instant: datetime) -> str:
        return local(instant).isoformat(timespec="minutes")

    phases = []
    for phase in PHASES:
        report = entry.reports.get(phase)
        phases.append({"phase": phase, "due": iso(due.due(phase)),
                       "reported": iso(report.at) if report else None,
                       "to": [r for r in RECIPIENTS if report and r in report.to],
                       "verdict": verdicts[phase]})
    return {"number": entry.number, "kind": entry.kind, "title": entry.title,
            "aware": iso(entry.aware), "phases": phases, "lessons": entry.lessons,
            "revision": entry.revision}
