"""The board training register in the store and in answer files: compare and set, the
organisation's history chain, export/import round trip, bad input with file:line."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bio2.domain.answers import Organisation
from bio2.domain.errors import UserError
from bio2.domain.training import BoardMember, Training, TrainingRegister
from bio2.exchange.answerfile import check_bytes, fingerprint, to_yaml
from bio2.store import ConflictError, org_history
from bio2.store.training import get_training, put_training
from bio2.usecases.importing import import_files
from bio2.usecases.opening import get_assessment, open_store
from bio2.usecases.organisations import create_organisation
from tests.conftest import run_bio2

TODAY = date(2026, 12, 2)
REGISTER = TrainingRegister(
    period_months=12,
    members=(BoardMember(name="A. de Vries", role="burgemeester"),
             BoardMember(name="ICT-dienst [/regio]", role="[@click=app.quit]KLIK[/]")),
    trainings=(Training(member="A. de Vries", date=date(2026, 3, 4),
                        topics=("cyberrisico's", "meldplicht"), provider="Academie",
                        certificate="CERT-2026-01"),
               Training(member="ICT-dienst [/regio]", start=date(2025, 1, 6),
                        end=date(2025, 1, 8), topics=("=1+1", "<b>&amp;"))))

HEAD = """\
format: bio2-answers/1
catalog: bio2-1.2
organisation: {id: gem-a, name: Gemeente A, type: gemeente}
assessment: {period: "2026", source: self, assessor: J. Jansen}
"""
GOOD = HEAD + """\
governance:
  training:
    period_months: 6
    members:
      - {name: A. de Vries, role: burgemeester}
    trainings:
      - member: A. de Vries
        date: 2026-03-04
        topics: [cyberrisico's]
"""


def _org(db: Path) -> None:
    with open_store(db) as store:
        create_organisation(store, Organisation(id="gem-a", name="Gemeente A",
                                                type="gemeente"))


def test_put_is_compare_and_set_with_a_history_row(db_path: Path) -> None:
    _org(db_path)
    with open_store(db_path) as store:
        assert get_training(store, "gem-a") == (None, 0)
        first = put_training(store, "gem-a", REGISTER, base=0, actor="Bea", today=TODAY)
        assert get_training(store, "gem-a") == (REGISTER, first)
        # unchanged: nothing written, same revision
        assert put_training(store, "gem-a", REGISTER, base=first, today=TODAY) == first
        # a writer on the old base is refused with what is stored now; nothing written
        with pytest.raises(ConflictError) as refused:
            put_training(store, "gem-a", REGISTER.model_copy(update={"period_months": 6}),
                         base=0, today=TODAY)
        assert refused.value.current == REGISTER and refused.value.revision == first
        gone = put_training(store, "gem-a", None, base=first, actor="Bea", today=TODAY)
        assert get_training(store, "gem-a") == (None, gone)
        # written again after removal: a newer revision, never the old one (no ABA)
        again = put_training(store, "gem-a", REGISTER, base=gone, today=TODAY)
        assert again > gone > first
        rows = org_history.rows(store.db.conn, "gem-a")
        assert [(r["item"], r["old"] is None, r["new"] is None) for r in rows] == [
            ("training", True, False), ("training", False, True), ("training", True, False)]
        assert rows[0]["actor"] == "Bea" and rows[0]["new"]["period_months"] == 12
        checks = org_history.verify(store.db.conn, ["gem-a"])
        assert checks[0].rows == 3 and checks[0].intact


def test_store_refuses_a_register_with_a_breach(db_path: Path) -> None:
    _org(db_path)
    bad = REGISTER.model_copy(update={"trainings": (
        Training(member="Onbekend", date=date(2026, 1, 1), topics=("x",)),)})
    with open_store(db_path) as store:
        with pytest.raises(UserError):
            put_training(store, "gem-a", bad, base=0, today=TODAY)
        with pytest.raises(UserError):  # a date after today
            put_training(store, "gem-a", REGISTER, base=0, today=date(2026, 3, 3))
        with pytest.raises(UserError):
            put_training(store, "nobody", REGISTER, base=0, today=TODAY)
        assert get_training(store, "gem-a") == (None, 0)
        assert org_history.rows(store.db.conn, "gem-a") == []


def test_deleting_the_organisation_removes_its_register(db_path: Path) -> None:
    _org(db_path)
    with open_store(db_path) as store:
        put_training(store, "gem-a", REGISTER, base=0, today=TODAY)
        with store.atomic():
            store.delete_organisation("gem-a")
        row = store.db.conn.execute("SELECT COUNT(*) FROM board_training").fetchone()
        assert row[0] == 0


# -- answer file -------------------------------------------------------------------------
def test_file_section_is_checked_and_imported_then_exported(db_path: Path,
                                                            tmp_path: Path) -> None:
    source = tmp_path / "a.yaml"
    source.write_text(GOOD, encoding="utf-8")
    with open_store(db_path) as store:
        checks, results = import_files(store, [str(source)], today=TODAY)
        assert all(c.ok for c in checks) and results[0].written
        assert "training" in results[0].plan.new_other
        register, _ = get_training(store, "gem-a")
        assert register is not None and register.period_months == 6
        exported = get_assessment(store, "gem-a", "2026").answer_file()
    assert exported.governance is not None and exported.governance.training == register
    # the same file again: nothing new, no conflict
    with open_store(db_path) as store:
        _, again = import_files(store, [str(source)], today=TODAY)
        assert again[0].plan.conflicts == [] and "training" not in again[0].plan.new_other
    # a different register is a conflict; written only with theirs
    source.write_text(GOOD.replace("period_months: 6", "period_months: 9"), encoding="utf-8")
    with open_store(db_path) as store:
        _, clash = import_files(store, [str(source)], today=TODAY)
        assert clash[0].plan.conflicts == ["training"] and not clash[0].written
        assert get_training(store, "gem-a")[0].period_months == 6  # type: ignore[union-attr]
        _, theirs = import_files(store, [str(source)], on_conflict="theirs", today=TODAY)
        assert get_training(store, "gem-a")[0].period_months == 9  # type: ignore[union-attr]
        assert theirs[0].written


def test_cli_export_carries_the_section(db_path: Path, tmp_path: Path) -> None:
    source = tmp_path / "a.yaml"
    source.write_text(GOOD, encoding="utf-8")
    assert run_bio2("import", str(source), db=db_path).returncode == 0
    out = tmp_path / "out.yaml"
    done = run_bio2("export", "gem-a", "2026", "-o", str(out), db=db_path)
    assert done.returncode == 0, done.stderr
    data = yaml.safe_load(out.read_text(encoding="utf-8"))
    assert data["governance"]["training"] == {
        "period_months": 6, "members": [{"name": "A. de Vries", "role": "burgemeester"}],
        "trainings": [{"member": "A. de Vries", "date": date(2026, 3, 4),
                       "topics": ["cyberrisico's"]}]}


@pytest.mark.parametrize(("change", "where", "says"), [
    ("date: 2026-03-04", "governance.training.trainings.0.date", "toekomst"),
    ("member: A. de Vries\n", "governance.training.trainings.0.member", "niet bij de"),
    ("date: 2026-03-04", "governance.training.trainings.0.end", "vóór de begindatum"),
])
def test_bad_register_is_one_line_with_file_and_line(db_path: Path, tmp_path: Path,
                                                     change: str, where: str,
                                                     says: str) -> None:
    text = {"toekomst": GOOD.replace(change, "date: 2027-01-01"),
            "niet bij de": GOOD.replace(change, "member: C. Claes\n"),
            "vóór de begindatum": GOOD.replace(change, "start: 2026-03-04\n"
                                               "        end: 2026-03-01")}[says]
    source = tmp_path / "bad.yaml"
    source.write_text(text, encoding="utf-8")
    done = run_bio2("import", str(source), db=db_path)
    assert done.returncode == 2
    lines = [ln for ln in done.stderr.splitlines() if where in ln]
    assert len(lines) == 1 and says in lines[0]
    line_no = int(lines[0].split(":")[1])
    assert text.splitlines()[line_no - 1].strip(" -").startswith(where.rsplit(".", 1)[1])
    with open_store(db_path) as store:  # nothing written, not even the organisation
        assert store.organisation("gem-a") is None


def test_shape_errors_are_named() -> None:
    bad = GOOD.replace("period_months: 6", "period_months: 0").replace(
        "topics: [cyberrisico's]", "topics: []\n        extra: 1")
    checked = check_bytes("f.yaml", bad.encode(), today=TODAY)
    paths = sorted(p.path for p in checked.errors)
    assert paths == ["governance.training.period_months",
                     "governance.training.trainings.0.extra",
                     "governance.training.trainings.0.topics"]


def test_empty_governance_keeps_the_fingerprint() -> None:
    plain = check_bytes("a.yaml", HEAD.encode(), today=TODAY).model
    empty = check_bytes("b.yaml", (HEAD + "governance: {}\n").encode(), today=TODAY).model
    full = check_bytes("c.yaml", GOOD.encode(), today=TODAY).model
    assert plain is not None and empty is not None and full is not None
    assert fingerprint(plain) == fingerprint(empty) != fingerprint(full)


# -- round trip (hypothesis) -------------------------------------------------------------
_text = st.text(st.characters(blacklist_categories=("Cs", "Cc")),
                min_size=1, max_size=30).filter(lambda s: s.strip() == s and s != "")
_day = st.dates(min_value=date(2000, 1, 1), max_value=TODAY)


@st.composite
def _registers(draw: st.DrawFn) -> TrainingRegister:
    names = draw(st.lists(_text, min_size=0, max_size=4,
                          unique_by=lambda s: " ".join(s.split()).casefold()))
    members = tuple(BoardMember(name=n, role=draw(_text)) for n in names)
    trainings = []
    for _ in range(draw(st.integers(0, 4)) if names else 0):
        member = draw(st.sampled_from(names))
        if draw(st.booleans()):
            when = {"date": draw(_day)}
        else:
            first, second = sorted((draw(_day), draw(_day)))
            when = {"start": first, "end": second}
        trainings.append(Training(member=member, topics=tuple(draw(st.lists(
            _text, min_size=1, max_size=3))), provider=draw(st.none() | _text),
            certificate=draw(st.none() | _text), **when))
    return TrainingRegister(period_months=draw(st.integers(1, 60)), members=members,
                            trainings=tuple(trainings))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(register=_registers())
def test_every_register_survives_export_and_import(register: TrainingRegister) -> None:
    model = check_bytes("x.yaml", GOOD.encode(), today=TODAY).model
    assert model is not None
    from bio2.domain.training import Governance

    with_register = model.model_copy(update={"governance": Governance(training=register)})
    back = check_bytes("y.yaml", to_yaml(with_register).encode("utf-8"), today=TODAY)
    assert back.errors == [] and back.model is not None
    assert back.model.governance is not None and back.model.governance.training == register
    assert fingerprint(back.model) == fingerprint(with_register)


def test_verify_history_checks_the_register_changes(db_path: Path) -> None:
    _org(db_path)
    with open_store(db_path) as store:
        put_training(store, "gem-a", REGISTER, base=0, today=TODAY)
        head = org_history.head(store.db.conn, "gem-a")
    done = run_bio2("verify-history", db=db_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        f"gem-a (registratie, incidenten, opleiding bestuur): historie intact, 1 rijen;"
        f" ketenkop {head}"]


def test_rules_still_apply_beside_a_shape_error() -> None:
    text = GOOD.replace("      - member: A. de Vries\n", "      - member: C. Claes\n") + (
        "      - member: A. de Vries\n        date: 2026-01-01\n        topics: []\n")
    checked = check_bytes("f.yaml", text.encode(), today=TODAY)
    paths = sorted(p.path for p in checked.errors)
    assert paths == ["governance.training.trainings.0.member",
                     "governance.training.trainings.1.topics"]
    # a member entry that cannot be read: an unknown-member claim would be a guess
    broken = text.replace("{name: A. de Vries, role: burgemeester}", "{name: A. de Vries}")
    paths = sorted(p.path for p in check_bytes("g.yaml", broken.encode(),
                                                today=TODAY).errors)
    assert paths == ["governance.training.members.0.role",
                     "governance.training.trainings.1.topics"]
