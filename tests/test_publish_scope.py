"""The scope statement of an assessment (issue 15 §1): store, details, answer file, TUI."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.widgets import TextArea

from bio2.exchange.answerfile import check_bytes, fingerprint, to_yaml
from bio2.store import Store
from bio2.store.scope import MAX_SCOPE, get_scope, put_scope
from bio2.store.writes import ConflictError
from bio2.tui.app import Bio2App
from bio2.tui.screens.details import DetailsScreen
from bio2.usecases.details import check_details, current_details, save_details
from bio2.usecases.importing import import_files
from bio2.usecases.opening import get_assessment, open_store
from tests.test_tui import drive, open_first, seeded

HOSTILE = "ICT-dienst [/regio] <script>alert(1)</script> =1+1 \x1b[2J"


def test_scope_is_compare_and_set_with_a_history_row(db_path: Path) -> None:
    assessment = seeded(db_path)
    with Store(db_path) as store:
        assert get_scope(store, assessment) == ("", 0)
        rev = put_scope(store, assessment, "Alle diensten", base=0, actor="A")
        assert get_scope(store, assessment) == ("Alle diensten", rev)
        assert rev > 0
        # a writer that read revision 0 is refused and nothing changes
        with pytest.raises(ConflictError) as caught:
            put_scope(store, assessment, "Alleen de ICT", base=0, actor="B")
        assert caught.value.current == "Alle diensten"
        assert get_scope(store, assessment) == ("Alle diensten", rev)
        # unchanged text writes nothing
        assert put_scope(store, assessment, "Alle diensten", base=rev) == rev
        rows = [r for r in store.history(assessment) if r["item"] == "scope"]
        assert len(rows) == 1 and rows[0]["actor"] == "A"
        assert store.assessment(assessment).scope == "Alle diensten"


def test_details_check_the_scope_length_and_save_it(db_path: Path) -> None:
    assert "scope" in check_details("A", "", "", "x" * (MAX_SCOPE + 1)).errors
    ok = check_details("A", "", "", "  x" * 1 + "y" * (MAX_SCOPE - 2) + "  ")
    assert ok.errors == {} and len(ok.scope) == MAX_SCOPE - 1
    assessment = seeded(db_path)
    with Store(db_path) as store:
        first = current_details(store, assessment)
        second = current_details(store, assessment)
        first.scope = "Burgerzaken"
        assert save_details(store, assessment, first, actor="A")
        second.scope = "Alles"
        with pytest.raises(ConflictError):
            save_details(store, assessment, second, actor="B")
        assert get_scope(store, assessment)[0] == "Burgerzaken"


def test_scope_travels_in_the_answer_file_and_enters_the_fingerprint(
        db_path: Path, tmp_path: Path) -> None:
    assessment = seeded(db_path)
    with open_store(db_path) as store:
        without = get_assessment(store, "gemeente-test", "2026").answer_file()
        assert without.assessment.scope is None
        assert "scope" not in to_yaml(without)
        put_scope(store, assessment, HOSTILE, base=0)
        model = get_assessment(store, "gemeente-test", "2026").answer_file()
    assert model.assessment.scope == HOSTILE
    assert fingerprint(model) != fingerprint(without)
    text = to_yaml(model)
    checked = check_bytes("a.yaml", text.encode("utf-8"))
    assert checked.ok and checked.model is not None
    assert checked.model.assessment.scope == HOSTILE
    # a new database gets the scope from the file
    path = tmp_path / "a.yaml"
    path.write_text(text, encoding="utf-8")
    with open_store(tmp_path / "other.sqlite") as other:
        checks, results = import_files(other, [str(path)])
        assert all(c.ok for c in checks) and results[0].written
        row = other.assessments()[0]
        assert get_scope(other, row.id)[0] == HOSTILE
    # a different scope in a file is a conflict; with theirs it wins
    path.write_text(text.replace("ICT-dienst", "Andere dienst"), encoding="utf-8")
    with open_store(db_path) as store:
        _, results = import_files(store, [str(path)])
        assert results[0].plan.conflicts and get_scope(store, assessment)[0] == HOSTILE
        _, results = import_files(store, [str(path)], on_conflict="theirs")
        assert get_scope(store, assessment)[0].startswith("Andere dienst")


def test_a_scope_over_20000_characters_is_refused_by_validate(db_path: Path,
                                                              tmp_path: Path) -> None:
    seeded(db_path)
    with open_store(db_path) as store:
        model = get_assessment(store, "gemeente-test", "2026").answer_file()
    long = model.model_copy(update={"assessment": model.assessment.model_copy(
        update={"scope": "x" * 20_001})})
    checked = check_bytes("a.yaml", to_yaml(long).encode("utf-8"))
    assert not checked.ok


def test_scope_is_edited_in_the_details_screen(db_path: Path) -> None:
    assessment = seeded(db_path)

    async def steps(pilot: Any, app: Bio2App) -> None:
        screen = await open_first(pilot, app)
        await pilot.press("i")
        await pilot.pause()
        assert isinstance(app.screen, DetailsScreen)
        area = app.screen.query_one("#d-scope", TextArea)
        area.text = "Regel 1 [b]vet[/b]\nRegel 2"
        await pilot.click("#save")
        await pilot.pause()
        assert app.screen is screen

    drive(db_path, steps)
    with Store(db_path) as store:
        assert get_scope(store, assessment)[0] == "Regel 1 [b]vet[/b]\nRegel 2"
