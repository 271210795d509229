"""The register's TUI forms without Textual (bio2.usecases.training_form): what the
fields hold becomes a member or a training, or per field the reason why not."""

from __future__ import annotations

from datetime import date

from bio2.domain.training import BoardMember, Training, TrainingRegister
from bio2.usecases.training_form import (
    build_member,
    build_training,
    training_fields,
    with_member,
    with_period,
    with_training,
    without_member,
    without_training,
)

TODAY = date(2026, 12, 2)
REG = TrainingRegister(members=(BoardMember(name="A. de Vries", role="voorzitter"),),
                       trainings=(Training(member="A. de Vries", date=date(2026, 1, 5),
                                           topics=("x",)),))


def test_member_fields() -> None:
    assert build_member({"name": " B. Bakker ", "role": "lid"}).model == BoardMember(
        name="B. Bakker", role="lid")
    form = build_member({"name": "", "role": "a\x1bb"})
    assert form.model is None and set(form.errors) == {"name", "role"}
    assert "stuurtekens" in form.errors["role"]


def test_training_fields_dutch_dates_and_topics() -> None:
    form = build_training({"start": "3 maart 2026", "end": "05-03-2026",
                           "topics": "crisis; meldplicht, 24 uur ;", "provider": " Academie "},
                          "A. de Vries", TODAY)
    assert form.errors == {}
    assert form.model == Training(member="A. de Vries", start=date(2026, 3, 3),
                                  end=date(2026, 3, 5), topics=("crisis", "meldplicht, 24 uur"),
                                  provider="Academie")
    assert training_fields(form.model)["topics"] == "crisis; meldplicht, 24 uur"


def test_training_field_errors() -> None:
    assert build_training({"start": "2026-03-05", "end": "2026-03-01", "topics": "x"},
                          "A", TODAY).errors.keys() == {"end"}
    assert build_training({"date": "31-02-2026", "topics": "x"}, "A",
                          TODAY).errors.keys() == {"date"}
    both = build_training({"date": "2026-01-01", "start": "2026-01-01", "end": "2026-01-02",
                           "topics": "x"}, "A", TODAY)
    assert both.model is None and "niet allebei" in both.errors["date"]
    assert "een datum" in build_training({"topics": "x"}, "A", TODAY).errors["date"]


def test_register_edits() -> None:
    new, problem = with_member(REG, BoardMember(name="a. DE vries", role="lid"))
    assert new is None and problem is not None and "al in het register" in problem
    renamed, _ = with_member(REG, BoardMember(name="A. Vries", role="voorzitter"),
                             old_name="A. de Vries")
    assert renamed is not None and renamed.trainings[0].member == "A. Vries"
    gone, problem = with_member(REG, BoardMember(name="X", role="y"), old_name="Niemand")
    assert gone is None and problem is not None
    later = Training(member="A. de Vries", date=date(2026, 2, 1), topics=("y",))
    added, _ = with_training(REG, later)
    assert added is not None and len(added.trainings) == 2
    replaced, _ = with_training(REG, later, old=REG.trainings[0])
    assert replaced is not None and replaced.trainings == (later,)
    assert without_training(REG, later) is None
    assert without_member(REG, "a. de vries") == TrainingRegister()
    assert with_period(REG, "6")[0] == REG.model_copy(update={"period_months": 6})
    for bad in ("0", "61", "zes", "1.5", "²"):
        assert with_period(REG, bad)[0] is None
