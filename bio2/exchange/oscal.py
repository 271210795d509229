"""``bio2 export --format oscal``: an OSCAL 1.1 assessment-results document (JSON).

What goes where:

- ``metadata``: title, ``last-modified`` = the assessment date at 00:00 UTC (the catalog's
  publication date when the file has none) so the same answers always give the same
  bytes; parties for the organisation (with its Cbw registration as props), the assessor
  and the incident contact; props with catalog, source and the answer fingerprint.
- ``import-ap``: there is no separate assessment plan; the plan is the BIO2 catalog, so
  ``href`` is ``urn:bio2:catalog:<id>``.
- one ``result`` with ``reviewed-controls`` = include-all (the whole catalog);
- one **observation per catalog item**: the explanation as description (or a sentence
  saying there is none), the evidence as ``relevant-evidence``, status, owner, due date,
  weight and residual risk as props; method INTERVIEW for a self-assessment and EXAMINE
  for an audit; ``collected`` = the assessment date.
- one **finding per assessed item**, its target ``objective-id`` ``bio2-<item>`` (OSCAL
  tokens may not start with a digit). The status maps as follows:

  ====================  ===============  ============
  bio2 status           state            reason
  ====================  ===============  ============
  ja                    satisfied        pass
  deels                 not-satisfied    partial
  nee                   not-satisfied    fail
  open                  not-satisfied    not-assessed
  ====================  ===============  ============

  ``nvt`` answers and items of controls that the VvT marks not applicable get no finding
  (OSCAL has no "not applicable" state): their observation carries the justification.
  The auditor's ``finding`` text is the finding's remarks; opzet/bestaan/werking are props.
- UUIDs are version-5 UUIDs of fixed names (organisation, period, catalog, source, item),
  so a subject keeps its UUID across exports; only the document UUID also includes the
  answer fingerprint, as OSCAL asks for a new one when the content changes.

Every text goes through ``json.dumps``, which escapes quotes, backslashes and control
characters; single-line OSCAL fields (titles, prop values) have their whitespace and
control characters folded to single spaces as the OSCAL datatypes require.

User text in OSCAL *markup* fields (``title`` is markup-line; ``description`` and
``remarks`` are markup-multiline, i.e. Markdown) is data, not markup: ``markdown_text``
turns ``<``, ``>`` and ``&`` into entities and backslash-escapes the characters that
start Markdown constructs (emphasis, links, images, code, tables, headings, lists,
quotes), so ``<b>&amp;`` or ``[klik](javascript:...)`` shows as typed in any renderer.
Plain-string fields (party names, prop values) are not Markdown and stay as they are.
"""

from __future__ import annotations

import json
import re
import unicodedata
import uuid
from datetime import date
from typing import Any

from bio2 import __version__
from bio2.catalog.loading import load_catalog
from bio2.domain.answers import Answer, AnswerFile, Evidence
from bio2.domain.scorecard import ItemScore
from bio2.exchange.answerfile import fingerprint
from bio2.exchange.csv_export import scorecard_of
from bio2.i18n import pick, t

OSCAL_VERSION = "1.1.2"
NS = "urn:bio2:oscal"
#: Fixed namespace for our version-5 UUIDs (generated once; never change it).
NAMESPACE = uuid.UUID("5d0f6a4e-2b1c-4f3e-9a57-0b2e8c9d1f34")

STATE = {
    "ja": ("satisfied", "pass"),
    "deels": ("not-satisfied", "partial"),
    "nee": ("not-satisfied", "fail"),
    "open": ("not-satisfied", "not-assessed"),
}


def line(text: str | None, fallback: str = "-") -> str:
    """One line for OSCAL single-line fields: control characters and runs of whitespace
    become one space, no leading or trailing space."""
    if not text:
        return fallback
    cleaned = "".join(" " if unicodedata.category(c) in ("Cc", "Zl", "Zp") else c for c in text)
    return " ".join(cleaned.split()) or fallback


_MD_ESCAPE = {c: "\\" + c for c in "\\`*_[]!|~{}()"}
_MD_ESCAPE.update({"&": "&amp;", "<": "&lt;", ">": "&gt;"})
_MD_LINE_START = re.compile(r"^(?:[#=+-]|[0-9]{1,9}[.)](?=[ \t]|$))")


def markdown_text(text: str) -> str:
    """User text for an OSCAL markup field: every character means itself (see the
    module docstring). Line breaks stay line breaks; a line that would start a heading,
    list, setext underline or code block gets its first character escaped."""
    lines = []
    for raw in text.split("\n"):
        escaped = "".join(_MD_ESCAPE.get(c, c) for c in raw)
        body = escaped.lstrip(" \t")
        # Leading blanks as entities: they would start a code block, and they are kept.
        escaped = "".join("&#9;" if c == "\t" else "&#32;"
                          for c in escaped[:len(escaped) - len(body)]) + body
        match = _MD_LINE_START.match(escaped)
        if match:
            start = len(match.group()) - 1
            escaped = escaped[:start] + "\\" + escaped[start:]
        lines.append(escaped)
    return "\n".join(lines)


def md_line(text: str | None, fallback: str = "-") -> str:
    """A markup-line field: one line (``line``), then escaped (``markdown_text``)."""
    return markdown_text(line(text, fallback))


def _uuid(*parts: str) -> str:
    return str(uuid.uuid5(NAMESPACE, "/".join(parts)))


def _prop(name: str, value: object) -> dict[str, str]:
    return {"name": name, "ns": NS, "value": line(str(value))}


def _stamp(day: date) -> str:
    return f"{day.isoformat()}T00:00:00+00:00"


def to_oscal_dict(model: AnswerFile) -> dict[str, Any]:
    """The assessment-results document as plain data (see the module docstring)."""
    catalog = load_catalog(model.catalog)
    card = scorecard_of(model)
    org = model.organisation
    info = model.assessment
    base = (org.id, info.period, catalog.id, info.source)
    stamp = _stamp(info.date or catalog.published)
    answers = {a.item: a for a in model.answers}
    print_ = fingerprint(model)

    org_uuid = _uuid(*base[:1], "party", "organisation")
    assessor_uuid = _uuid(*base, "party", "assessor")
    parties: list[dict[str, Any]] = []
    org_props = [_prop("organisation-id", org.id), _prop("organisation-type", org.type)]
    if org.cbw_entity:
        org_props.append(_prop("cbw-entity", org.cbw_entity))
    roles = [{"id": "assessor", "title": line(t("oscal.role.assessor"))}]
    responsible = [{"role-id": "assessor", "party-uuids": [assessor_uuid]}]
    reg = org.registration
    if reg is not None:
        org_props += [_prop("registered-name", reg.entity_name),
                      _prop("entity-type", reg.entity_type), _prop("entity", reg.entity),
                      _prop("sector", reg.sector)]
        org_props += [_prop("service", s) for s in reg.services]
        if reg.registered_on:
            org_props.append(_prop("registered-on", reg.registered_on.isoformat()))
    parties.append({"uuid": org_uuid, "type": "organization", "name": line(org.name),
                     "short-name": org.id, "props": org_props})
    parties.append({"uuid": assessor_uuid, "type": "person", "name": line(info.assessor),
                    "member-of-organizations": [org_uuid]})
    if reg is not None:
        contact_uuid = _uuid(*base[:1], "party", "incident-contact")
        contact = reg.incident_contact
        parties.append({"uuid": contact_uuid, "type": "person", "name": line(contact.name),
                        "email-addresses": [contact.email],
                        "telephone-numbers": [{"number": line(contact.phone)}],
                        "member-of-organizations": [org_uuid]})
        roles.append({"id": "incident-contact", "title": line(t("oscal.role.incident_contact"))})
        responsible.append({"role-id": "incident-contact", "party-uuids": [contact_uuid]})

    method = "EXAMINE" if info.source == "audit" else "INTERVIEW"
    vvt = {a.control: a for a in model.applicability if not a.applicable}
    observations: list[dict[str, Any]] = []
    findings: list[dict[str, Any]] = []
    for item in catalog.items.values():
        answer = answers.get(item.id)
        scored = card.items[item.id]
        title = md_line(f"{item.id} {pick(item.title, item.title_en)}")
        obs_uuid = _uuid(*base, "observation", item.id)
        observation: dict[str, Any] = {
            "uuid": obs_uuid, "title": title,
            "description": _description(answer, scored, vvt.get(item.control or "")),
            "props": _item_props(answer, scored),
            "methods": [method], "types": ["control-objective"], "collected": stamp,
        }
        evidence = answer.evidence if answer else ()
        if evidence:
            observation["relevant-evidence"] = [_evidence(e) for e in evidence]
        observations.append(observation)
        if not scored.in_scope:
            continue
        state, reason = STATE[scored.status]
        finding: dict[str, Any] = {
            "uuid": _uuid(*base, "finding", item.id), "title": title,
            "description": observation["description"],
            "target": {"type": "objective-id", "target-id": f"bio2-{item.id}",
                       "status": {"state": state, "reason": reason}},
            "related-observations": [{"observation-uuid": obs_uuid}],
        }
        audit = [_prop(k, getattr(answer, k)) for k in ("opzet", "bestaan", "werking")
                 if answer is not None and getattr(answer, k)]
        if audit:
            finding["props"] = audit
        if answer is not None and answer.finding:
            finding["remarks"] = markdown_text(answer.finding)
        findings.append(finding)

    result: dict[str, Any] = {
        "uuid": _uuid(*base, "result"),
        "title": line(t("oscal.result.title_" + info.source, period=md_line(info.period))),
        "description": t("oscal.result.description", org=markdown_text(org.name),
                         period=markdown_text(info.period), catalog=catalog.id,
                         title=pick(catalog.title, catalog.title_en)),
        "start": stamp,
        "props": [_prop("score", _pct(card.overall.score)),
                  _prop("coverage", _pct(card.overall.coverage))],
        "reviewed-controls": {"control-selections": [{"include-all": {}}]},
        "observations": observations,
    }
    if findings:
        result["findings"] = findings
    return {"assessment-results": {
        "uuid": _uuid(*base, "document", print_),
        "metadata": {
            "title": line(t("oscal.title", org=md_line(org.name), period=md_line(info.period))),
            "last-modified": stamp,
            "version": line(info.period),
            "oscal-version": OSCAL_VERSION,
            "props": [_prop("catalog", catalog.id), _prop("source", info.source),
                      _prop("fingerprint", print_), _prop("tool", f"bio2 {__version__}")],
            "roles": roles,
            "parties": parties,
            "responsible-parties": responsible,
        },
        "import-ap": {"href": f"urn:bio2:catalog:{catalog.id}",
                      "remarks": t("oscal.import_ap", catalog=catalog.id)},
        "results": [result],
    }}


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{value * 100:.1f}%"


def _description(answer: Answer | None, scored: ItemScore, vvt: Any) -> str:
    if scored.excluded_by_vvt and vvt is not None:
        return t("oscal.excluded", justification=markdown_text(vvt.justification or "-"),
                 risk_ref=markdown_text(vvt.risk_ref or "-"))
    if answer is not None and answer.explanation:
        return markdown_text(answer.explanation)
    return t("oscal.no_explanation", status=t(f"status.{scored.status}"))


def _evidence(evidence: Evidence) -> dict[str, Any]:
    entry: dict[str, Any] = {"description": markdown_text(evidence.ref)}
    props = []
    if evidence.date:
        props.append(_prop("date", evidence.date.isoformat()))
    if evidence.sha256:
        props.append(_prop("sha256", evidence.sha256))
    if props:
        entry["props"] = props
    return entry


def _item_props(answer: Answer | None, scored: ItemScore) -> list[dict[str, str]]:
    props = [_prop("status", "excluded-by-vvt" if scored.excluded_by_vvt else scored.status),
             _prop("weight", f"{scored.weight.value:.2f}"),
             _prop("residual-risk", f"{scored.residual:.2f}")]
    if answer is None:
        return props
    if answer.owner:
        props.append(_prop("owner", answer.owner))
    if answer.due:
        props.append(_prop("due", answer.due.isoformat()))
    if answer.acceptance:
        props.append(_prop("accepted-until", answer.acceptance.until.isoformat()))
        props.append(_prop("accepted-by", answer.acceptance.by))
    return props


def to_oscal(model: AnswerFile) -> str:
    """The OSCAL document as JSON text (UTF-8, indented, newline at the end)."""
    return json.dumps(to_oscal_dict(model), ensure_ascii=False, indent=2) + "\n"
