"""The governance chapter's register summary (bio2.analysis.training): resolved texts and
rows, per branch, in both languages."""

from __future__ import annotations

from datetime import date

from bio2.analysis.training import training_summary
from bio2.domain.training import BoardMember, Training, TrainingRegister
from bio2.i18n import speaking
from bio2.i18n.numbers import Formatter

TODAY = date(2026, 12, 2)
REGISTER = TrainingRegister(
    period_months=12,
    members=(BoardMember(name="A. de Vries", role="burgemeester"),
             BoardMember(name="B. Bakker", role="secretaris"),
             BoardMember(name="C. Claes", role="wethouder")),
    trainings=(Training(member="A. de Vries", date=date(2025, 12, 2), topics=("x",)),
               Training(member="A. de Vries", date=date(2024, 1, 1), topics=("x",)),
               Training(member="B. Bakker", start=date(2025, 11, 20),
                        end=date(2025, 12, 1), topics=("x",))))


def test_rows_counts_and_rule() -> None:
    s = training_summary(REGISTER, TODAY, Formatter("nl"))
    assert s.recorded and s.note == ""
    assert s.rows == (("A. de Vries", "burgemeester", "2 december 2025", "2", "nee"),
                      ("B. Bakker", "secretaris", "1 december 2025", "1", "ja, achter"),
                      ("C. Claes", "wethouder", "geen opleiding vastgelegd", "0",
                       "ja, achter"))
    assert s.overdue == (False, True, True) and (s.members, s.overdue_count) == (3, 2)
    assert s.counts == "3 bestuurder(s), van wie 2 achter."
    assert "12 maanden" in s.rule and "2 december 2026" in s.rule
    assert "op of na 2 december 2025" in s.rule
    assert s.header[-1] == "Achter"


def test_english() -> None:
    with speaking("en"):
        s = training_summary(REGISTER, TODAY, Formatter("en"))
    assert s.rows[1][2:] == ("1 December 2025", "1", "yes, overdue")
    assert "on or after 2 December 2025" in s.rule and s.counts.startswith("3 board")


def test_no_register_says_so_and_claims_nothing() -> None:
    s = training_summary(None, TODAY, Formatter("nl"))
    assert not s.recorded and s.rows == () and s.rule == "" and s.counts == ""
    assert "geen opleidingsregister" in s.note.lower()


def test_register_without_members() -> None:
    s = training_summary(TrainingRegister(period_months=6), TODAY, Formatter("nl"))
    assert s.recorded and s.rows == () and "geen bestuurders" in s.note
    assert "6 maanden" in s.rule and "2 juni 2026" in s.rule
