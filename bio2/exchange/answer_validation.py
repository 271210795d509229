"""Check answer data against the committed snapshot of the models' core schema, and find
the facts of a catalog, both without importing pydantic (issue 12: ``bio2 validate`` as a
whole process at most 3x a bare YAML parse; pydantic's import and model building alone
cost more than that).

The snapshot (``answer_snapshot.json`` beside this module) is the core schema pydantic builds for
:class:`bio2.domain.answers.AnswerFile`; ``pydantic_core`` validates against it with the
same validators, so the verdict and every error (type, place, context) are the ones
``AnswerFile.model_validate`` gives. ``tests/test_answer_snapshot.py`` checks that the
snapshot equals what the models give now and that both give the same errors.

The catalog facts come from the snapshot only while ``controls/*.yaml`` are byte for byte
the files the snapshot was made from (a SHA-256 over their names and bytes, about a
millisecond); any other catalog folder (an edited file, a test's broken copy) is loaded
and checked as always.
"""

from __future__ import annotations

import hashlib
import importlib
import json
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic_core import SchemaValidator, ValidationError

from bio2.catalog.facts import CatalogFacts, ItemFact, facts_of
from bio2.catalog.folder import available, controls_dir

if TYPE_CHECKING:
    from collections.abc import Mapping

_SLOTS = ("__dict__", "__pydantic_fields_set__", "__pydantic_extra__", "__pydantic_private__")
_validator: SchemaValidator | None = None


def _plain_class(name: str) -> type:
    """A class that only carries a model's name: validation needs a class to build, and
    its name appears in messages such as "valid dictionary or instance of NAME"."""
    return type(name, (), {"__slots__": _SLOTS})


def _resolve(node: Any, classes: dict[str, type]) -> Any:
    if isinstance(node, dict):
        if "$class" in node:
            name = node["$class"]
            return classes.setdefault(name, _plain_class(name))
        if "$function" in node:
            module, _, name = node["$function"].partition(":")
            target: Any = importlib.import_module(module)
            for part in name.split("."):
                target = getattr(target, part)
            return target
        if "$tuple" in node:
            return tuple(_resolve(value, classes) for value in node["$tuple"])
        return {key: _resolve(value, classes) for key, value in node.items()}
    if isinstance(node, list):
        return [_resolve(value, classes) for value in node]
    return node


@cache
def snapshot() -> dict[str, Any]:
    """The committed snapshot (``answer_snapshot.json`` beside this module)."""
    path = Path(__file__).with_name("answer_snapshot.json")
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def resolved_schema(snapshot: Mapping[str, Any]) -> dict[str, Any]:
    """The snapshot with its markers replaced by classes, functions and tuples."""
    result: dict[str, Any] = _resolve(snapshot, {})
    return result


def answer_validator() -> SchemaValidator:
    global _validator
    if _validator is None:
        schema = resolved_schema(snapshot()["schema"])
        _validator = SchemaValidator(schema, schema.get("config"))
    return _validator


def schema_errors(data: Any) -> ValidationError | None:
    """The errors ``AnswerFile.model_validate(data)`` would raise, or ``None``."""
    return validated(data)[1]


def validated(data: Any) -> tuple[Any, ValidationError | None]:
    """What ``AnswerFile.model_validate(data)`` gives, as plain objects that carry the
    same attributes (defaults filled in, dates read), or its errors. The rules that read
    models by attribute (the training register's) run on these as they are."""
    try:
        return answer_validator().validate_python(data), None
    except ValidationError as exc:
        return None, exc


def catalog_files_digest() -> str:
    """SHA-256 over the names and bytes of the catalog files (``controls/*.yaml``)."""
    digest = hashlib.sha256()
    for path in sorted(controls_dir().glob("*.yaml")):
        digest.update(path.name.encode("utf-8") + b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()


def catalog_facts(catalog_id: str) -> CatalogFacts | None:
    """The facts of a shipped catalog (``None`` for an unknown id); a catalog that is
    broken raises ``ProblemsError`` as :func:`~bio2.catalog.loading.load_catalog` does."""
    if catalog_id not in available():
        return None
    committed = snapshot()
    facts = committed["catalogs"].get(catalog_id)
    if facts is not None and catalog_files_digest() == committed["catalog_files"]:
        return CatalogFacts(catalog_id, frozenset(facts["controls"]),
                            {key: ItemFact(kind, control)
                             for key, kind, control in facts["items"]},
                            {key: tuple(ids) for key, ids in facts["checklists"]})
    from bio2.catalog.loading import load_catalog

    return facts_of(load_catalog(catalog_id))
