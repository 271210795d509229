"""``bio2 cbw`` reads without pydantic (``bio2.usecases.cbw_view``, issue 13: the command
as a whole process under 300 ms) and says exactly what the path through the models says.

The reference here is the command as it was before the read path: the assessment loaded
through the models (``get_assessment``), scored (``AssessmentData.scorecard``), judged
(``readiness``) and printed with rich's tables. Both run on the same databases: the demo,
a full assessment (every item answered, explicit risks, valid and expired acceptances, a
VvT exclusion, a filed registration, checklist ticks) and one on the 1.3 draft catalog.
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from bio2.catalog.loading import load_catalog
from bio2.i18n import get_language, set_language, t
from tests.conftest import DEMO, ROOT, run_bio2

ORG, PERIOD = "gemeente-voorbeeld", "2026"
WIDTHS = ("80", "160", "47")


# -- the reference: the pydantic path and rich ------------------------------------------
def reference(db: Path, fmt: str, lang: str = "nl", columns: int = 160,
              catalog: str | None = None) -> str:
    from bio2.analysis.cbw import readiness
    from bio2.analysis.cbw_document import document, dumps
    from bio2.catalog.versions import catalog_label
    from bio2.usecases.opening import get_assessment, open_store

    saved = get_language()
    set_language(lang)
    try:
        with open_store(db) as store:
            data = get_assessment(store, ORG, PERIOD, catalog)
        card = data.scorecard()
        result = readiness(data.catalog, card, data.organisation.registration, data.checklists)
        if fmt == "json":
            return dumps(document(
                data.catalog, result, organisation=ORG, organisation_name=data.organisation.name,
                period=data.assessment.period, catalog_label=catalog_label(data.catalog),
                today=card.today.isoformat(), lang=lang))
        return rich_text(data, result, columns)
    finally:
        set_language(saved)


def rich_text(data: Any, result: Any, columns: int) -> str:
    """The text of ``bio2 cbw`` as the command printed it with rich (its code before the
    read path, printing to a buffer of ``columns`` columns)."""
    from rich.console import Console
    from rich.table import Table

    from bio2.analysis.cbw import coverage_text, readiness_rows
    from bio2.analysis.cbw_document import outside_cbw
    from bio2.catalog.versions import catalog_label
    from bio2.cli.commands import pct
    from bio2.cli.commands.cbw import SHOWN_GAPS
    from bio2.system.problems import printable

    buffer = io.StringIO()
    out = Console(file=buffer, width=columns, highlight=False, soft_wrap=False, markup=False)
    registration = data.organisation.registration
    out.print(printable(t("cbw.title", org=data.organisation.name,
                          period=data.assessment.period, catalog=catalog_label(data.catalog))),
              style="bold")

    def gaps_text(view: Any) -> str:
        shown = [g.item + ("*" if g.accepted else "") for g in view.gaps[:SHOWN_GAPS]]
        more = len(view.gaps) - SHOWN_GAPS
        return ", ".join(shown) + (f" (+{more})" if more > 0 else "") if shown else "-"

    def table(title: str, first: list[str]) -> Table:
        grid = Table(title=title, title_justify="left", header_style="bold", box=None)
        for col in first:
            grid.add_column(col)
        for col in ("score", "coverage", "items", "gaps"):
            grid.add_column(t(f"score.col.{col}"), justify="right")
        grid.add_column(t("cbw.col.verdict"))
        grid.add_column(t("cbw.col.top_gaps"))
        return grid

    def cells(row: Any) -> list[str]:
        view = row.view
        g = view.score
        verdict = t(f"cbw.verdict.{view.verdict}")
        if view.checklist is not None:
            verdict += f" ({coverage_text(view.checklist)})"
        return [pct(g.score), pct(g.coverage), str(g.items), str(len(view.gaps)),
                verdict, gaps_text(view)]

    rows = readiness_rows(data.catalog, result, get_language())
    grid = table(t("cbw.letters"), [t("cbw.col.letter"), t("cbw.col.title")])
    for row in (r for r in rows if r.kind == "nis2"):
        grid.add_row(row.key, row.title, *cells(row))
    out.print()
    out.print(grid)
    grid = table(t("cbw.duties"), [t("cbw.col.duty")])
    for row in (r for r in rows if r.kind == "duty"):
        grid.add_row(row.title, *cells(row))
    out.print()
    out.print(grid)
    grid = table(t("cbw.items"), [t("cbw.col.cbw_item"), t("cbw.col.group"),
                                  t("cbw.col.topic")])
    for row in (r for r in rows if r.kind == "cbw"):
        grid.add_row(row.key, t(f"cbw.group.{row.group}"), row.title, *cells(row))
    out.print()
    out.print(grid)
    out.print()
    if registration is None:
        out.print(printable(t("cbw.registration.none", org=ORG)))
    else:
        out.print(printable(t(
            "cbw.registration.line", verdict=t(f"cbw.verdict.{result.registration}"),
            entity=t(f"entity.{registration.entity}"),
            contact=registration.incident_contact.name, services=len(registration.services),
            filed=registration.registered_on.isoformat()
            if registration.registered_on else t("cbw.registration.not_filed"))))
    out.print()
    outside = outside_cbw(data.catalog)
    if outside:
        out.print(printable(t("cbw.outside_cbw", items=", ".join(outside))))
    out.print(t("cbw.rule"))
    out.print(t("checklist.rule"))
    out.print(t("cbw.accepted_mark"))
    return buffer.getvalue()


# -- the data ------------------------------------------------------------------------------
def full_assessment(catalog_id: str) -> str:
    """An answer file with every item answered, in a deterministic mix."""
    from bio2.domain.answers import AnswerFile
    from bio2.exchange.answerfile import to_yaml

    catalog = load_catalog(catalog_id)
    statuses = ("ja", "ja", "deels", "nee", "ja", "nvt", "deels", "nee", "open")
    answers: list[dict[str, Any]] = []
    for n, item in enumerate(catalog.items.values()):
        status = statuses[n % len(statuses)]
        if status == "nvt" and item.kind == "measure":
            status = "ja"
        entry: dict[str, Any] = {"item": item.id, "status": status}
        if status in ("nee", "deels", "nvt"):
            entry["explanation"] = f"Toelichting bij {item.id}."
        if n % 7 == 0:
            entry["risk"] = {"likelihood": 1 + n % 5, "impact": 1 + (n // 5) % 5}
        if status in ("nee", "deels"):
            entry["due"] = "2025-06-30" if n % 2 else "2031-03-31"
        if status == "nee" and n % 3 == 0:
            entry["acceptance"] = {"by": "Gemeentesecretaris", "reason": "Vervanging gepland.",
                                   "until": "2024-12-31" if n % 2 else "2031-12-31"}
        answers.append(entry)
    points = {key: [p.id for p in item.checklist] for key, item in catalog.cbw_items.items()
              if item.checklist}
    ticks = [{"item": key, "ticked": ids[: (n % (len(ids) + 1))]}
             for n, (key, ids) in enumerate(points.items())]
    model = AnswerFile.model_validate({
        "format": "bio2-answers/1", "catalog": catalog_id,
        "organisation": {
            "id": ORG, "name": "Gemeente Voorbeeld", "type": "gemeente",
            "cbw_entity": "essentieel",
            "registration": {
                "entity_name": "Gemeente Voorbeeld", "entity_type": "gemeente",
                "entity": "essentieel",
                "incident_contact": {"name": "A. de Vries (CISO)", "email": "ciso@voorbeeld.nl",
                                     "phone": "+31 20 123 4567"},
                "services": ["Burgerzaken", "Belastingen"], "registered_on": "2026-02-01"}},
        "assessment": {"period": PERIOD, "source": "self", "assessor": "J. Jansen (CISO)"},
        "risk_profile": {"beschikbaarheid": "hoog", "integriteit": "midden",
                         "vertrouwelijkheid": "laag"},
        "applicability": [{"control": "7.4", "applicable": False,
                           "justification": "Geen eigen serverruimte.", "risk_ref": "RA-1"}],
        "answers": answers,
        "checklists": [tick for tick in ticks if tick["ticked"]],
    })
    return to_yaml(model)


@pytest.fixture(scope="module")
def databases(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Path]]:
    folder = tmp_path_factory.mktemp("cbwread")
    made: dict[str, Path] = {}
    for name, catalog in (("full", "bio2-1.2"), ("draft", "bio2-1.3-concept")):
        answers = folder / f"{name}.yaml"
        answers.write_text(full_assessment(catalog), encoding="utf-8")
        made[name] = folder / f"{name}.sqlite"
        done = run_bio2("import", str(answers), db=made[name])
        assert done.returncode == 0, done.stderr
    made["demo"] = folder / "demo.sqlite"
    assert run_bio2("import", str(DEMO), db=made["demo"]).returncode == 0
    yield made


def command(db: Path, fmt: str, lang: str = "nl", columns: str = "160") -> str:
    done = subprocess.run(
        [sys.executable, "-m", "bio2.cli.main", "--db", str(db), "--lang", lang, "cbw", ORG,
         PERIOD, "--format", fmt], capture_output=True, text=True, cwd=ROOT,
        env={**_environment(), "COLUMNS": columns}, stdin=subprocess.DEVNULL, check=False)
    assert done.returncode == 0, done.stderr
    return done.stdout


def _environment() -> dict[str, str]:
    import os

    return {key: value for key, value in os.environ.items() if key != "BIO2_LANG"}


# -- the comparisons -----------------------------------------------------------------------
@pytest.mark.parametrize("name", ["demo", "full", "draft"])
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_json_is_what_the_models_give(databases: dict[str, Path], name: str,
                                      lang: str) -> None:
    db = databases[name]
    shown = run_bio2("--lang", lang, "cbw", ORG, PERIOD, "--format", "json", db=db)
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout == reference(db, "json", lang)
    doc = json.loads(shown.stdout)
    assert doc["date"] == date.today().isoformat()
    if name != "demo":  # the data reach every kind of verdict and mark
        verdicts = {e["verdict"] for e in doc["letters"] + doc["cbw_items"]}
        assert {"partly", "does_not_meet"} <= verdicts
        assert any(g["accepted"] for e in doc["cbw_items"] for g in e["gaps"])
        assert any(e["checklist"] and e["checklist"]["done"] > 0 for e in doc["cbw_items"])


@pytest.mark.parametrize("name", ["demo", "full", "draft"])
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_text_is_what_the_models_and_rich_give(databases: dict[str, Path], name: str,
                                               lang: str) -> None:
    db = databases[name]
    shown = run_bio2("--lang", lang, "cbw", ORG, PERIOD, db=db)
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout == reference(db, "text", lang, 160)


@pytest.mark.parametrize("columns", WIDTHS)
def test_text_is_the_same_at_other_widths(databases: dict[str, Path], columns: str) -> None:
    for name in ("full", "draft"):
        db = databases[name]
        assert command(db, "text", columns=columns) == reference(db, "text", "nl", int(columns))


def test_the_draft_and_the_adopted_catalog_are_chosen_alike(databases: dict[str, Path],
                                                            tmp_path: Path) -> None:
    """After a migration both assessments exist: without --catalog the adopted one is
    meant (``choose_assessment``), with it the one named."""
    db = databases["draft"]
    done = run_bio2("import", str(DEMO), db=db)
    assert done.returncode == 0, done.stderr
    plain = run_bio2("cbw", ORG, PERIOD, "--format", "json", db=db)
    assert json.loads(plain.stdout)["catalog"]["id"] == "bio2-1.2"
    assert plain.stdout == reference(db, "json")
    chosen = run_bio2("cbw", ORG, PERIOD, "--catalog", "bio2-1.3-concept", "--format", "json",
                      db=db)
    assert json.loads(chosen.stdout)["catalog"]["id"] == "bio2-1.3-concept"
    assert chosen.stdout == reference(db, "json", catalog="bio2-1.3-concept")


def test_unknown_organisation_and_period_are_one_line_each(databases: dict[str, Path]) -> None:
    db = databases["demo"]
    before = db.read_bytes()
    for args, key in ((("nobody", PERIOD), "nobody"), ((ORG, "1999"), "1999")):
        done = run_bio2("cbw", *args, db=db)
        assert done.returncode == 2 and done.stdout == ""
        assert len(done.stderr.splitlines()) == 1 and key in done.stderr
    assert db.read_bytes() == before


# -- without pydantic ---------------------------------------------------------------------
def loaded_modules(db: Path, fmt: str) -> set[str]:
    script = ("import sys\nfrom bio2.cli.main import main\n"
              f"code = main(['--db', {str(db)!r}, 'cbw', {ORG!r}, {PERIOD!r}, '--format',"
              f" {fmt!r}])\n"
              "print('MODULES', ' '.join(sorted(sys.modules)))\nsys.exit(code)")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          cwd=ROOT, stdin=subprocess.DEVNULL, check=True)
    line = next(x for x in done.stdout.splitlines() if x.startswith("MODULES "))
    return {name.split(".")[0] for name in line.split()[1:]}


@pytest.mark.parametrize("fmt", ["json", "text"])
def test_bio2_cbw_loads_no_pydantic(databases: dict[str, Path], fmt: str) -> None:
    """Once the catalog's facts are cached (the first run of a catalog version derives
    them through the models), ``bio2 cbw`` loads neither pydantic nor pydantic_core, nor
    YAML, sqlite-utils or rich (the text is laid out by ``bio2.cli.plaintext``)."""
    db = databases["full"]
    loaded_modules(db, fmt)  # the first run may fill the cache
    loaded = loaded_modules(db, fmt)
    assert not loaded & {"pydantic", "pydantic_core", "yaml", "sqlite_utils", "textual",
                         "rich"}


@pytest.mark.parametrize("name", [
    "Gemeente [bold]Rood[/bold] :smile: \\u202eNAAM \\e[2J",  # laid out by plaintext
    "Gemeente 東京 [bold]Rood[/bold] :smile: \\u202eNAAM \\e[2J",  # wide: laid out by rich
])
def test_user_text_is_data_on_both_routes(tmp_path: Path, name: str) -> None:
    """Markup, emoji codes and escapes in the organisation's name print as they are
    written (escaped where they are control characters), on the route of
    ``bio2.cli.plaintext`` and on rich's."""
    text = DEMO.read_text(encoding="utf-8").replace(
        "  name: Gemeente Voorbeeld\n", f'  name: "{name}"\n', 1)
    answers = tmp_path / "a.yaml"
    answers.write_text(text, encoding="utf-8")
    db = tmp_path / "h.sqlite"
    assert run_bio2("import", str(answers), db=db).returncode == 0
    for columns in ("160", "60"):
        out = command(db, "text", columns=columns)
        assert "\x1b" not in out and "\u202e" not in out
        first = out.split("\n(")[0].replace("\n", "")
        assert "[bold]Rood[/bold] :smile: \\u202eNAAM \\x1b[2J" in first
        assert "😄" not in out


def test_a_damaged_cache_entry_is_derived_again(databases: dict[str, Path], tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """The cached catalog facts and profile factors (``bio2.system.derivedcache``): an
    entry that does not unmarshal, or holds something else, never changes the output."""
    import marshal

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv("BIO2_NO_CACHE", raising=False)
    db = databases["full"]
    expected = reference(db, "json")
    first = run_bio2("cbw", ORG, PERIOD, "--format", "json", db=db)
    assert first.stdout == expected
    entries = sorted((tmp_path / "bio2" / "derived").glob("*.marshal"))
    assert {e.name.split("-")[0] for e in entries} == {"catalog", "profile"}
    for damage in (b"\x00not marshal", marshal.dumps((1, 2)), marshal.dumps({"x": "y"})):
        for entry in entries:
            entry.write_bytes(damage)
        again = run_bio2("cbw", ORG, PERIOD, "--format", "json", db=db)
        assert again.returncode == 0, again.stderr
        assert again.stdout == expected
