"""``bio2 validate`` checks against a committed snapshot of the models' core schema and of
the catalog facts (issue 12: the whole process at most 3x a bare YAML parse). These tests
keep the snapshot equal to the models and show that it gives the same verdicts and errors.
"""

from __future__ import annotations

import copy
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from pydantic import ValidationError

from bio2.catalog import loading
from bio2.catalog.facts import facts_of
from bio2.domain.answers import AnswerFile
from bio2.exchange import answer_snapshot_build, answer_validation
from bio2.exchange.answer_validation import catalog_facts, schema_errors
from bio2.system.yamlload import parse_bytes
from tests.test_answerfile import GOOD

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "exports" / "gemeente-voorbeeld-2026.yaml"
REGISTRATION = {
    "entity_name": "Gemeente Test", "entity_type": "gemeente", "entity": "essentieel",
    "incident_contact": {"name": "CISO", "email": "ciso@test.nl", "phone": "+31 20 1234567"},
    "services": ["Burgerzaken"], "registered_on": "2026-01-15",
}


def test_the_snapshot_is_what_the_models_and_catalogs_give_now() -> None:
    committed = answer_snapshot_build.TARGET.read_text(encoding="utf-8")
    assert committed == answer_snapshot_build.source(), (
        "bio2/exchange/answer_snapshot.json is out of date: run "
        "`python -m bio2.exchange.answer_snapshot_build` and commit the result")


def _good() -> dict[str, Any]:
    data = yaml.safe_load(GOOD)
    # YAML 1.1 reads dates as dates; the answer-file loader keeps them text.
    data["assessment"]["date"] = "2026-03-01"
    answer = data["answers"][0]
    answer["due"], answer["acceptance"]["until"] = "2026-09-30", "2026-12-31"
    answer["evidence"][0]["date"] = "2026-01-15"
    data["organisation"]["registration"] = copy.deepcopy(REGISTRATION)
    return data


def _variant(path: tuple[Any, ...], value: Any) -> dict[str, Any]:
    data = _good()
    target = data
    for step in path[:-1]:
        target = target[step]
    if value is _DELETE:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return data


_DELETE = object()
BAD = [
    ((), None),  # not a mapping at all
    (("format",), "bio2-answers/2"),
    (("catalog",), 12),
    (("organisation", "id"), "X"),
    (("organisation", "name"), ""),
    (("organisation", "type"), "stad"),
    (("organisation", "colour"), "rood"),
    (("organisation", "registration", "incident_contact", "email"), "jan..jansen@test.nl"),
    (("organisation", "registration", "incident_contact", "email"), "geen adres"),
    (("organisation", "registration", "services"), []),
    (("organisation", "registration", "registered_on"), "31-12-2026"),
    (("organisation", "registration"), "ja"),
    (("assessment", "period"), 2026),
    (("assessment", "source"), "auditor"),
    (("assessment", "assessor"), _DELETE),
    (("assessment", "date"), "2026-02-30"),
    (("assessment", "scope"), ""),
    (("risk_profile", "integriteit"), "zeer hoog"),
    (("applicability", 0, "applicable"), "no"),
    (("applicability", 0), ["7.4"]),
    (("answers", 0, "status"), "yes"),
    (("answers", 0, "status"), True),
    (("answers", 0, "explanation"), "x" * 50_001),
    (("answers", 0, "risk", "impact"), 6),
    (("answers", 0, "risk", "likelihood"), "4"),
    (("answers", 0, "due"), "30-09-2026"),
    (("answers", 0, "due"), "morgen"),
    (("answers", 0, "evidence", 0, "sha256"), "abc"),
    (("answers", 0, "evidence"), "Beleid"),
    (("answers", 0, "opzet"), "misschien"),
    (("answers", 1), "5.3"),
    (("answers",), {"5.3": "ja"}),
    (("governance",), "ja"),
    (("governance",), {"training": {"period_months": 0, "colour": 1}}),
    (("governance",), {"training": {"trainings": [{"member": "A", "date": "31-12-2026"}]}}),
]


@pytest.mark.parametrize(("path", "value"), BAD, ids=[".".join(map(str, p)) or "root"
                                                       for p, _ in BAD])
def test_the_snapshot_gives_the_errors_the_models_give(path: tuple[Any, ...],
                                                       value: Any) -> None:
    data = value if path == () else _variant(path, value)
    with pytest.raises(ValidationError) as raised:
        AnswerFile.model_validate(data)
    found = schema_errors(data)
    assert found is not None
    assert found.errors(include_url=False) == raised.value.errors(include_url=False)


def test_the_snapshot_accepts_what_the_models_accept() -> None:
    data = _good()
    assert schema_errors(data) is None
    model = AnswerFile.model_validate(data)
    assert model.organisation.registration is not None
    sample = parse_bytes(SAMPLE.read_bytes()).data
    assert schema_errors(sample) is None
    assert AnswerFile.model_validate(sample).answers


def test_catalog_facts_come_from_the_snapshot_while_the_files_are_unchanged(
        controls: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    loads: list[str] = []
    real = loading.load_catalog
    expected = {key: facts_of(real(key)) for key in ("bio2-1.2", "bio2-1.3-concept")}

    def counted(catalog_id: str = loading.DEFAULT_CATALOG):  # type: ignore[no-untyped-def]
        loads.append(catalog_id)
        return real(catalog_id)

    with monkeypatch.context() as patch:
        patch.setattr(loading, "load_catalog", counted)
        for catalog_id, facts in expected.items():
            assert catalog_facts(catalog_id) == facts
        assert loads == []
        assert catalog_facts("bio2-9.9") is None
        # Any change to a catalog file: the catalog is loaded (and checked) again.
        spec = controls / "bio2-1.3-concept.yaml"
        spec.write_text(spec.read_text(encoding="utf-8") + "\n# gewijzigd\n",
                        encoding="utf-8")
        committed = answer_validation.snapshot()["catalog_files"]
        assert answer_validation.catalog_files_digest() != committed
        assert catalog_facts("bio2-1.3-concept") == expected["bio2-1.3-concept"]
        assert loads[0] == "bio2-1.3-concept"


def test_bio2_validate_does_not_import_pydantic() -> None:
    """The mechanism behind the figure in make bench: a valid file, the demo with its
    board training register and checklist ticks, is checked with pydantic_core, the
    snapshot and the pydantic-free rules alone (the register's rules run on the checked
    data, the ticks against the sub-point ids in the catalog facts)."""
    text = SAMPLE.read_text(encoding="utf-8")
    assert "\ngovernance:\n  training:\n" in text and "\nchecklists:\n" in text
    code = ("import sys; from bio2.cli.main import main; code = main(['validate', sys.argv[1]]);"
            " print(code, 'pydantic' in sys.modules, 'bio2.catalog.files' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code, str(SAMPLE)], capture_output=True,
                          text=True, cwd=ROOT, timeout=60)
    assert done.stdout.strip().splitlines()[-1] == "0 False False", done.stderr
