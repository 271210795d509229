"""The report's charts for the HTML report (issue 15): bars drawn as inline SVG, every
word and number as HTML text beside them.

Decisions:
- The HTML draws every figure as horizontal bars (score, with a thin coverage bar under
  it), also the concepts that paper shows as a radar: bars read the same at every width
  and zoom, and a radar needs its labels inside the drawing.
- No text inside an SVG. axe-core cannot determine the background of text in an SVG, so
  it could never confirm that such text has enough contrast (``make test-a11y`` counts an
  undecided contrast as a failure). Labels and values are HTML in a grid row with the
  bar, dark on white.
- The chart as a whole is one image for assistive technology: a ``div`` with
  ``role="img"`` named by the model's text alternative (``aria-label``); each bar's SVG
  is hidden from it (``aria-hidden``) and has a ``<title>`` with its label and value for
  a mouse pointer. The numbers are in a table beside the chart, so nothing is lost.
- Every text is escaped here (``markupsafe.escape``); the result is ``Markup``.
"""

from __future__ import annotations

from markupsafe import Markup, escape

from bio2.i18n.numbers import Formatter
from bio2.report.model import Figure

LIGHT = "#dce3ea"
BAR = "#01689b"
MUTED = "#4a5560"
GRID = "#9aa9b8"


def _coord(share: float) -> str:
    """A share (0..1) as an SVG length in the 100-unit box: geometry, not a number a
    reader sees (those go through the Formatter)."""
    return str(round(share * 1e2, 2))


def _bar(score: float | None, coverage: float | None, title: str) -> str:
    """One row's drawing in a 100 x 20 box: the track, the score, the coverage line and
    dotted quarter lines."""
    parts = [f'<rect x="0" y="2" width="100" height="12" fill="{LIGHT}"/>']
    if score is not None:
        parts.append(f'<rect x="0" y="2" width="{_coord(score)}" height="12" fill="{BAR}"/>')
    if coverage is not None:
        parts.append(f'<rect x="0" y="16" width="{_coord(coverage)}" height="2.5"'
                     f' fill="{MUTED}"/>')
    parts += [f'<line x1="{x}" y1="0" x2="{x}" y2="20" stroke="{GRID}" stroke-width="0.4"'
              f' stroke-dasharray="1 1.5" vector-effect="non-scaling-stroke"/>'
              for x in (25, 50, 75)]
    return (f'<svg class="bar" viewBox="0 0 100 20" preserveAspectRatio="none"'
            f' aria-hidden="true" focusable="false"><title>{escape(title)}</title>'
            f'{"".join(parts)}</svg>')


def chart(figure: Figure, fmt: Formatter) -> Markup:
    """The figure as a bar chart: one grid row per label (label, bar, value)."""
    rows = []
    for row in figure.rows:
        value = fmt.percent(row.score)
        rows.append(f'<div class="bar-label">{escape(row.label)}</div>'
                    f'{_bar(row.score, row.coverage, f"{row.label}: {value}")}'
                    f'<div class="bar-value">{escape(value)}</div>')
    return Markup(f'<div class="chart" role="img" aria-label="{escape(figure.alt)}">'
                  f'{"".join(rows)}</div>')
