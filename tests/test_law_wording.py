"""Wording that matches the law (issue 13 §3), checked over every text a user reads: the
message catalog (both languages), the shipped YAML (controls/, profiles/) and the demo.

- significant incidents go to the entity's CSIRT and the competent authority, always (no
  "waar nodig" about reporting, no "het nationale CSIRT");
- the a-j list is NIS2 art. 21(2) (or Cbw art. 21, derde lid), never "art. 21 lid 2 Cbw";
- no "by law" claim about which bodies are essential; a profile's entity is a default
  ("standaard, controleer uw registratie")."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from bio2.catalog.loading import load_catalog
from bio2.i18n import _load
from tests.conftest import DEMO, ROOT

BAD = [
    re.compile(r"nationale\s+CSIRT", re.I),
    re.compile(r"national\s+CSIRT", re.I),
    re.compile(r"art(ikel|\.)\s*21,?\s+(lid\s+2|tweede\s+lid),?\s+(van\s+de\s+)?Cbw", re.I),
    re.compile(r"(Cbw\s+art(ikel|\.)\s*21\s*\(2\))|(art\.\s*21\s*\(2\)\s+(of\s+the\s+)?Cbw)",
               re.I),
    # "waar nodig" / "where necessary" in one sentence with reporting (melden / report)
    re.compile(r"meld[^.]*waar nodig|waar nodig[^.]*meld", re.I),
    re.compile(r"significant[^.]*(zo|waar) nodig[^.]*meld", re.I),
    re.compile(r"\breport[^.]*where (necessary|needed)|where (necessary|needed)[^.]*\breport",
               re.I),
    # which bodies are essential "by law" without a source
    re.compile(r"(bij wet|by law|wettelijk|legally)[^.]*essenti|essenti[^.]*(bij wet|by law"
               r"|wettelijk|legally)", re.I),
    re.compile(r"vallen onder de Cbw als", re.I),
]


def shipped_texts() -> list[tuple[str, str]]:
    texts = [(f"i18n {key} [{lang}]", text) for key, pair in _load().items()
             for lang, text in zip(("nl", "en"), pair, strict=True)]
    for folder in ("controls", "profiles"):
        for path in sorted((ROOT / folder).rglob("*.yaml")):
            texts.append((str(path.relative_to(ROOT)), path.read_text(encoding="utf-8")))
    texts.append((DEMO.name, DEMO.read_text(encoding="utf-8")))
    return texts


@pytest.mark.parametrize("pattern", BAD, ids=lambda p: p.pattern[:30])
def test_bad_phrasings_are_absent(pattern: re.Pattern[str]) -> None:
    found = [(where, m.group(0)) for where, text in shipped_texts()
             for m in [pattern.search(" ".join(text.split()))] if m]
    assert found == []


@pytest.mark.parametrize("sample", [
    "bij het nationale CSIRT melden", "NIS2 art. 21 lid 2 Cbw", "art. 21 lid 2 Cbw",
    "Cbw art. 21(2)", "melden waar nodig bij de toezichthouder",
    "gemeenten zijn bij wet essentieel", "reported where necessary",
    "een significant incident zo nodig melden"])
def test_the_check_catches_each_bad_phrasing(sample: str) -> None:
    assert any(p.search(sample) for p in BAD)


def test_incident_reporting_names_both_recipients() -> None:
    catalog = load_catalog("bio2-1.2")
    guidance = " ".join(catalog.items["5.24.07"].guidance.split())
    assert "altijd bij twee partijen terechtkomen: het CSIRT van de entiteit en de" \
        " toezichthouder, de bevoegde autoriteit" in guidance
    english = " ".join((catalog.items["5.24.07"].guidance_en or "").split())
    assert "both to your own CSIRT (the entity's CSIRT) and to your supervisor, the competent" \
        " authority" in english
    duty = catalog.nis2_duties["meldplicht"]
    duty_text = " ".join(duty.description.split())
    assert "telkens aan twee partijen: het CSIRT van de entiteit en haar toezichthouder" \
        in duty_text


def test_every_profile_entity_is_a_default_to_check() -> None:
    for path in sorted((ROOT / "profiles").glob("*.yaml")):
        text = path.read_text(encoding="utf-8")
        assert "cbw_entity:" in text
        assert "Standaard, controleer uw registratie." in " ".join(text.split()), path.name


def _report_text(tmp_path: Path, answers: str) -> str:
    """What the report of the imported ``answers`` says (its model: tests/reporttext.py)."""
    from tests.reporttext import report_text
    from tests.test_report import load

    tmp_path.mkdir()
    source = tmp_path / "a.yaml"
    source.write_text(answers, encoding="utf-8")
    data = load(tmp_path / "r.sqlite", source)
    return " ".join(report_text(data, today=date(2026, 11, 30)).split())


def test_report_states_a_recorded_entity_and_marks_a_profile_default(tmp_path: Path) -> None:
    demo = DEMO.read_text(encoding="utf-8")
    recorded = _report_text(tmp_path / "1", demo)
    assert "Gemeente Voorbeeld is onder de Cbw een essentiële entiteit." in recorded
    assert "standaard voor dit organisatietype" not in recorded
    default = demo.replace("  cbw_entity: essentieel\n", "", 1)
    assert default != demo
    from_profile = _report_text(tmp_path / "2", default)
    assert ("Gemeente Voorbeeld is voor dit rapport als essentiële entiteit behandeld: de"
            " standaard voor dit organisatietype") in from_profile
    assert "essentiële entiteit (standaard voor dit organisatietype, controleer uw" \
           " registratie)" in from_profile  # the cover
    assert "is onder de Cbw een" not in from_profile
