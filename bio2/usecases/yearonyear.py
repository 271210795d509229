"""Year on year with loaded assessments: which earlier assessment, and the comparison of two.

The comparison itself is pure (:mod:`bio2.analysis.yearonyear`); this module picks the
earlier assessment from the store and scores both on the right reference dates.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from bio2.analysis.yearonyear import Comparison, compare, reference_date
from bio2.domain.records import AssessmentRecord
from bio2.domain.scorecard import Scorecard
from bio2.usecases.opening import AssessmentData


def previous_of(rows: Iterable[AssessmentRecord],
                current: AssessmentRecord) -> AssessmentRecord | None:
    """The organisation's assessment of the latest period before ``current.period``."""
    earlier = [r for r in rows if r.org_id == current.org_id and r.period < current.period]
    if not earlier:
        return None
    period = max(r.period for r in earlier)
    return max((r for r in earlier if r.period == period),
               key=lambda r: (r.catalog == current.catalog, r.id))


def compare_data(before: AssessmentData, after: AssessmentData, today: date,
                 after_card: Scorecard | None = None) -> Comparison:
    """:func:`compare` for two loaded assessments; ``after_card`` when the caller has
    a fresher scorecard (the TUI's live one)."""
    a = before.assessment
    then = reference_date(a.period, a.date, today)
    return compare(before.scorecard(then), before.answers, a.period,
                   after_card or after.scorecard(today), after.answers,
                   after.assessment.period)
