"""Reading and checking ``bio2-answers/1`` files, and writing them for humans.

Reading never touches a database. Every problem of a file is reported at once, each as
``FILE:LINE:COL: path.to.field: message``; warnings do not make a file invalid.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bio2.domain.field_checks import FORMAT
from bio2.domain.rules import (
    acceptance_expired,
    answer_breaches,
    answer_is_blank,
    evidence_in_future,
    exclusion_breaches,
    is_default_applicability,
)
from bio2.exchange.yamlwrite import UNSAFE, emit
from bio2.i18n import pick, t
from bio2.system.problems import Problem, ProblemsError, from_validation, from_yaml
from bio2.system.yamlload import MAX_BYTES, Document, YamlProblem, parse_bytes

if TYPE_CHECKING:
    # Reading and checking import neither pydantic nor the catalog models: ``bio2
    # validate`` checks against the core-schema snapshot (bio2.exchange.answer_validation)
    # and builds the model only when a caller asks for it (``Checked.model``).
    from bio2.catalog.facts import CatalogFacts
    from bio2.domain.answers import AnswerFile
    from bio2.domain.catalog import Catalog

SCHEMA_NAME = "bio2-answers-1.schema.json"
#: Bounded work for hostile files: a file holds at most this many answers and VvT
#: entries (about 5x the largest catalog: 190 items, 93 controls), refused while parsing,
#: before any model is built; "did you mean" is tried for the first ``MAX_HINTS``
#: unknown ids of up to ``HINT_LENGTH`` characters only (difflib is quadratic).
MAX_ANSWERS = 1_000
MAX_VVT = 500
MAX_HINTS = 25
HINT_LENGTH = 32
#: The Cbw checklists section (issue 13 §4): ``bio2.domain.answers.MAX_CHECKLISTS`` (a test
#: keeps both equal; that module is not imported here: it needs pydantic).
MAX_CHECKLISTS = 20
LIMITS: dict[tuple[str | int, ...], int] = {("answers",): MAX_ANSWERS, ("applicability",): MAX_VVT,
                                            ("checklists",): MAX_CHECKLISTS}


class Checked:
    """The outcome of reading one answer file.

    ``model`` is built on first use from the checked data (pydantic is imported then, not
    before): ``bio2 validate`` asks for the verdict only. A file with errors has no model.
    """

    def __init__(self, file: str, model: AnswerFile | None, errors: list[Problem] | None = None,
                 warnings: list[Problem] | None = None, sha256: str = "", *,
                 data: dict[str, Any] | None = None) -> None:
        self.file = file
        self._model = model
        #: Data that passed the schema; the model is built from it when asked for.
        self._data = data
        self.errors: list[Problem] = list(errors or [])
        self.warnings: list[Problem] = list(warnings or [])
        self.sha256 = sha256

    @property
    def model(self) -> AnswerFile | None:
        if self._model is None and self._data is not None and not self.errors:
            from bio2.domain.answers import AnswerFile

            self._model = AnswerFile.model_validate(self._data)
        return self._model if not self.errors else None

    @model.setter
    def model(self, value: AnswerFile | None) -> None:
        self._model, self._data = value, None

    @property
    def ok(self) -> bool:
        return (self._model is not None or self._data is not None) and not self.errors

    def __repr__(self) -> str:
        return (f"Checked({self.file!r}, ok={self.ok}, errors={self.errors!r}, "
                f"warnings={self.warnings!r})")


def read_file(path: str | Path, *, today: date | None = None) -> Checked:
    """Read, parse and check one answer file (JSON files are YAML too)."""
    from bio2.system.fileio import FileProblem, read_input

    name = str(path)
    try:
        raw = read_input(path, MAX_BYTES)
    except FileProblem as exc:
        return Checked(name, None, [Problem(name, 1, 1, "", str(exc))])
    return check_bytes(name, raw, today=today)


def check_bytes(name: str, raw: bytes, *, today: date | None = None) -> Checked:
    digest = hashlib.sha256(raw).hexdigest()
    try:
        doc = parse_bytes(raw, LIMITS)
    except YamlProblem as exc:
        return Checked(name, None, [from_yaml(name, exc)], sha256=digest)
    if not isinstance(doc.data, dict):
        return Checked(name, None, [Problem(name, 1, 1, "", t("yaml.not_mapping"))],
                       sha256=digest)
    errors: list[Problem] = []
    warnings: list[Problem] = []
    if doc.data.get("format") != FORMAT:
        line, col = doc.position(("format",))
        return Checked(name, None, [Problem(name, line, col, "format", t(
            "answers.format", found=repr(doc.data.get("format")), expected=FORMAT))],
            sha256=digest)
    from bio2.exchange.answer_validation import catalog_facts, validated

    model, invalid = validated(doc.data)
    if invalid is not None:
        errors.extend(from_validation(name, doc, invalid))
    catalog_id = doc.data.get("catalog")
    catalog: CatalogFacts | None = None
    if isinstance(catalog_id, str):
        catalog = catalog_facts(catalog_id)
        if catalog is None:
            from bio2.catalog.folder import available

            line, col = doc.position(("catalog",))
            errors.append(Problem(name, line, col, "catalog", t(
                "catalog.unknown", id=catalog_id, known=", ".join(available()))))
    if catalog is not None:
        _check_semantics(name, doc, catalog, today or date.today(), errors, warnings)
    # The board training register (governance.training): its own rules, its own module,
    # run on the checked data of a valid file (pydantic only to find the valid entries
    # of a file with shape errors).
    if "governance" in doc.data:
        from bio2.exchange.training import training_problems

        governance = getattr(model, "governance", None)
        errors.extend(training_problems(name, doc, today or date.today(),
                                        getattr(governance, "training", None)))
    # The Cbw checklists (issue 13 §4), against the sub-point ids of the catalog facts.
    if catalog is not None and "checklists" in doc.data:
        errors.extend(_checklist_problems(name, doc, catalog))
    errors.sort(key=lambda p: (p.line, p.column))
    warnings.sort(key=lambda p: (p.line, p.column))
    return Checked(name, None, errors, warnings, digest,
                   data=doc.data if invalid is None and not errors else None)


def _checklist_problems(name: str, doc: Document, catalog: CatalogFacts) -> list[Problem]:
    from bio2.exchange.checklists import check

    found: list[Problem] = []

    def report(path: tuple[str | int, ...], key: str, values: dict[str, Any]) -> None:
        line, col = doc.position(path)
        found.append(Problem(name, line, col, ".".join(map(str, path)), t(key, **values)))

    check(doc.data, catalog.checklists, report)
    return found


def _check_semantics(name: str, doc: Document, catalog: CatalogFacts, today: date,
                     errors: list[Problem], warnings: list[Problem]) -> None:
    """Rules the models cannot see: catalog ids, duplicates, BIO2 rules, dates."""
    from bio2.catalog.facts import nearest_ids

    def add(target: list[Problem], path: tuple[str | int, ...], key: str, **values: Any) -> None:
        line, col = doc.position(path)
        target.append(Problem(name, line, col, ".".join(map(str, path)), t(key, **values),
                              warning=target is warnings))

    data = doc.data
    not_applicable: set[str] = set()
    seen_controls: set[str] = set()
    for index, entry in enumerate(_dicts(data.get("applicability"))):
        control = entry.get("control")
        if not isinstance(control, str):
            continue
        where = ("applicability", index)
        if control not in catalog.controls:
            add(errors, (*where, "control"), "answers.unknown_control",
                control=control if len(control) <= 60 else control[:57] + "...")
            continue
        if control in seen_controls:
            add(errors, (*where, "control"), "answers.duplicate_control", control=control)
        seen_controls.add(control)
        if entry.get("applicable") is False:
            not_applicable.add(control)
        for breach in exclusion_breaches(control, entry.get("applicable"),
                                         entry.get("justification"), entry.get("risk_ref")):
            add(errors, (*where, breach.field) if breach.field in entry else where,
                f"answers.{breach.code}", control=control)
    seen_items: dict[str, int] = {}
    hints = 0
    info = data.get("assessment")
    # For an audit the finding is the auditor's explanation; self-assessments stay strict.
    audit = isinstance(info, dict) and info.get("source") == "audit"
    for index, entry in enumerate(_dicts(data.get("answers"))):
        item_id = entry.get("item")
        if not isinstance(item_id, str):
            continue
        where = ("answers", index)
        item = catalog.items.get(item_id)
        if item is None:
            shown = item_id if len(item_id) <= 60 else item_id[:57] + "..."
            close = []
            if hints < MAX_HINTS and len(item_id) <= HINT_LENGTH:
                hints += 1
                close = nearest_ids(catalog.items, item_id)
            if close:
                add(errors, (*where, "item"), "answers.unknown_item_hint", item=shown,
                    hint=close[0])
            else:
                add(errors, (*where, "item"), "answers.unknown_item", item=shown)
            continue
        if item_id in seen_items:
            add(errors, (*where, "item"), "answers.duplicate_item", item=item_id,
                first=seen_items[item_id] + 1)
        else:
            seen_items[item_id] = index
        status = entry.get("status")
        for breach in answer_breaches(item, status, entry.get("explanation"),
                                      control_applicable=item.control not in not_applicable,
                                      finding=entry.get("finding"), audit=audit):
            if breach.code == "explanation_required":
                add(errors, (*where, "explanation") if "explanation" in entry
                    else (*where, "status"), "answers.explanation_required", status=status)
            else:
                add(warnings, (*where, "status"), f"answers.{breach.code}",
                    control=breach.control)
        acceptance = entry.get("acceptance")
        if isinstance(acceptance, dict):
            until = _date(acceptance.get("until"))
            if until is not None and acceptance_expired(until, today):
                add(warnings, (*where, "acceptance", "until"), "answers.acceptance_expired",
                    until=until.isoformat())
        for e_index, evidence in enumerate(_dicts(entry.get("evidence"))):
            when = _date(evidence.get("date"))
            if when is not None and evidence_in_future(when, today):
                add(warnings, (*where, "evidence", e_index, "date"), "answers.evidence_future",
                    date=when.isoformat())


def _dicts(value: Any) -> Iterable[dict[str, Any]]:
    if isinstance(value, list):
        for entry in value:
            yield entry if isinstance(entry, dict) else {}


def _date(value: Any) -> date | None:
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            return None
    return None


def load_valid(path: str | Path, *, today: date | None = None) -> AnswerFile:
    """Read a file and return its model, or raise ProblemsError with every error."""
    checked = read_file(path, today=today)
    if not checked.ok or checked.model is None:
        raise ProblemsError(checked.errors)
    return checked.model


# -- writing ------------------------------------------------------------------------------
def canonical(model: AnswerFile, catalog: Catalog | None = None) -> dict[str, Any]:
    """The answer data as plain data in a fixed order: catalog order for answers and
    applicability, empty fields left out. Export, JSON and the fingerprint use it."""
    from bio2.catalog.loading import load_catalog

    catalog = catalog or load_catalog(model.catalog)
    order = {key: n for n, key in enumerate(catalog.items)}
    control_order = {key: n for n, key in enumerate(catalog.controls)}
    data = model.model_dump(mode="json", exclude_none=True)
    data["applicability"] = sorted(data.get("applicability", []),
                                   key=lambda a: control_order.get(a["control"], 1 << 30))
    data["answers"] = sorted(data.get("answers", []),
                             key=lambda a: order.get(a["item"], 1 << 30))
    for answer in data["answers"]:
        if not answer.get("evidence"):
            answer.pop("evidence", None)
    if not data["applicability"]:
        data.pop("applicability")
    if not data.get("governance"):  # "governance: {}" holds nothing: no fingerprint change
        data.pop("governance", None)
    from bio2.exchange.checklists import canonical as checklists_in_order

    checklists_in_order(data, catalog)
    return data


def fingerprint(model: AnswerFile) -> str:
    """SHA-256 of the canonical answer data (JSON, sorted keys, UTF-8): an auditor can
    check a report against an answer file with ``bio2 fingerprint``. Blank answers
    (``open`` with nothing else) and default VvT entries (applicable without text) are
    left out, by the rules of :mod:`bio2.domain.rules`: a file that omits them and one
    that lists them hold the same data, and the store keeps neither."""
    kept = model.model_copy(update={
        "answers": tuple(a for a in model.answers if not answer_is_blank(a)),
        "applicability": tuple(a for a in model.applicability
                               if not is_default_applicability(a))})
    blob = json.dumps(canonical(kept), ensure_ascii=False, sort_keys=True,
                      separators=(",", ":"))
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def to_yaml(model: AnswerFile) -> str:
    from bio2.catalog.loading import load_catalog

    catalog = load_catalog(model.catalog)
    data = canonical(model, catalog)
    header = t("export.header", org=_one_line(model.organisation.name),
               org_id=model.organisation.id, period=_one_line(model.assessment.period),
               catalog=catalog.id, title=pick(catalog.title, catalog.title_en),
               schema=SCHEMA_NAME)
    return check_importable(header + emit(data))


def _one_line(value: str) -> str:
    """User text inside a ``#`` comment: a line break there would end the comment and
    turn the rest into YAML keys; a control character would make the file unreadable.
    Every character that is not printable becomes a space (the data below keeps it)."""
    return "".join(c if c.isprintable() else " " for c in value)


def to_json(model: AnswerFile) -> str:
    """JSON that our loader (a YAML parser) reads back exactly: ``json`` escapes C0
    controls only, so DEL, C1, NEL, LS, PS and U+FFFE/FFFF are escaped here too."""
    text = json.dumps(canonical(model), ensure_ascii=False, indent=2) + "\n"
    text = UNSAFE.sub(lambda m: "".join(f"\\u{ord(c):04x}" for c in m.group()), text)
    return check_importable(text)


def check_importable(text: str) -> str:
    """Refuse an export that ``bio2 import`` would refuse for its size (``FileProblem``,
    one line), so no one hands on a file that cannot be read back."""
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > MAX_BYTES:
        from bio2.system.fileio import FileProblem, human_size

        raise FileProblem(t("export.too_big", size=human_size(size),
                            limit=human_size(MAX_BYTES)))
    return text
