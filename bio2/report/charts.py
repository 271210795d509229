"""Charts drawn with ReportLab graphics shapes.

Drawn by hand rather than with ``reportlab.graphics.charts``: those set their labels in
Helvetica unless every label property is overridden, and one forgotten axis label would
put an unembedded base-14 font into the PDF. Here every ``String`` names DejaVu.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, PolyLine, Rect, String
from reportlab.lib import colors

from bio2.i18n.numbers import Formatter
from bio2.report.fonts import BOLD, REGULAR
from bio2.report.styles import BAR, BLUE, GRID, INK, LIGHT, MUTED

Row = tuple[str, float | None, float]  # label, score (0..1 or None), coverage (0..1)


def bar_chart(rows: Sequence[Row], width: float, fmt: Formatter, *, label_width: float = 150,
              bar_height: float = 11, gap: float = 5) -> Drawing:
    """Horizontal bars of the score per group, with a thin coverage bar under each and
    gridlines at 25/50/75/100%. A group without a score shows an empty bar and a dash."""
    value_w = 42
    plot_w = width - label_width - value_w
    row_h = bar_height + 3 + gap
    axis_h = 12
    height = len(rows) * row_h + axis_h + 4
    d = _drawing(width, height)
    top = height - 2
    for tick in (0, 0.25, 0.5, 0.75, 1.0):
        x = label_width + plot_w * tick
        d.add(Line(x, axis_h, x, top, strokeColor=GRID, strokeWidth=0.3,
                   strokeDashArray=None if tick in (0, 1.0) else [1, 2]))
        d.add(String(x, 2, fmt.percent(tick, digits=0), fontName=REGULAR, fontSize=6.5,
                     fillColor=MUTED, textAnchor="middle"))
    for n, (label, score, coverage) in enumerate(rows):
        y = top - (n + 1) * row_h + gap
        lines = _wrap(label, label_width - 8, 7.5)
        for k, line in enumerate(lines):  # one line centred on the bar, two around it
            base = y + 3 + (4.2 if len(lines) > 1 else 0) - 8.4 * k
            d.add(String(label_width - 6, base, line, fontName=REGULAR, fontSize=7.5,
                         fillColor=INK, textAnchor="end"))
        d.add(Rect(label_width, y + 3, plot_w, bar_height, fillColor=LIGHT, strokeColor=None))
        if score is not None:
            d.add(Rect(label_width, y + 3, plot_w * score, bar_height, fillColor=BAR,
                       strokeColor=None))
        d.add(Rect(label_width, y, plot_w * coverage, 1.6, fillColor=MUTED, strokeColor=None))
        d.add(String(label_width + plot_w + 5, y + 5, fmt.percent(score), fontName=BOLD,
                     fontSize=7.5, fillColor=INK))
    return d


def radar_chart(rows: Sequence[tuple[str, float | None]], size: float,
                fmt: Formatter) -> Drawing:
    """A radar (spider) chart of scores 0..1 on one spoke per label; a spoke without a
    score is drawn at zero with its label marked by a dash."""
    label_room = 70
    width = size + 2 * label_room
    height = size + 30
    d = _drawing(width, height)
    cx, cy = width / 2, height / 2
    radius = size / 2 - 6
    count = len(rows)

    def point(index: int, value: float) -> tuple[float, float]:
        angle = math.pi / 2 - 2 * math.pi * index / count
        return cx + radius * value * math.cos(angle), cy + radius * value * math.sin(angle)

    for ring in (0.25, 0.5, 0.75, 1.0):
        pts: list[float] = []
        for i in range(count):
            pts.extend(point(i, ring))
        d.add(Polygon(pts, fillColor=None, strokeColor=GRID, strokeWidth=0.4,
                      strokeDashArray=None if ring == 1.0 else [1, 2]))
        x, y = point(0, ring)
        d.add(String(x + 3, y - 7, fmt.percent(ring, digits=0), fontName=REGULAR, fontSize=6,
                     fillColor=MUTED))
    area: list[float] = []
    for i, (label, score) in enumerate(rows):
        x, y = point(i, 1.0)
        d.add(Line(cx, cy, x, y, strokeColor=GRID, strokeWidth=0.4))
        area.extend(point(i, score or 0.0))
        lx, ly = point(i, 1.16)
        anchor = "middle" if abs(lx - cx) < 5 else ("start" if lx > cx else "end")
        d.add(String(lx, ly - 3, label, fontName=BOLD, fontSize=7.5, fillColor=INK,
                     textAnchor=anchor))
        d.add(String(lx, ly - 12, fmt.percent(score), fontName=REGULAR, fontSize=7,
                     fillColor=MUTED, textAnchor=anchor))
    d.add(Polygon(area, fillColor=colors.Color(BAR.red, BAR.green, BAR.blue, alpha=0.25),
                  strokeColor=BLUE, strokeWidth=1.2))
    closed = [*area, area[0], area[1]]
    d.add(PolyLine(closed, strokeColor=BLUE, strokeWidth=1.2))
    for i in range(0, len(area), 2):
        d.add(Circle(area[i], area[i + 1], 1.8, fillColor=BLUE, strokeColor=None))
    return d


def _drawing(width: float, height: float) -> Drawing:
    d = Drawing(width, height)
    # The renderer opens every drawing with its default font (Helvetica) unless told.
    d.initialFontName = REGULAR
    d.initialFontSize = 8
    return d


def _wrap(label: str, width: float, size: float) -> list[str]:
    """A label on one line, or on two split between words; only a label that does not
    fit two lines is shortened, and then after a whole word."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if stringWidth(label, REGULAR, size) <= width:
        return [label]
    words = label.split(" ")  # keeps the double space after a NIS2 letter
    for cut in range(len(words) - 1, 0, -1):
        first = " ".join(words[:cut])
        if stringWidth(first, REGULAR, size) <= width:
            second = " ".join(words[cut:])
            if stringWidth(second, REGULAR, size) > width:
                second = _fit_words(words[cut:], width, size)
            return [first, second]
    return [_fit(label, width, size)]


def _fit_words(words: list[str], width: float, size: float) -> str:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    for n in range(len(words), 0, -1):
        shown = " ".join(words[:n]) + " …"
        if stringWidth(shown, REGULAR, size) <= width:
            return shown
    return _fit(" ".join(words), width, size)


def _fit(label: str, width: float, size: float) -> str:
    """Shorten a label with an ellipsis until it fits ``width`` points."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if stringWidth(label, REGULAR, size) <= width:
        return label
    while label and stringWidth(label + "…", REGULAR, size) > width:
        label = label[:-1]
    return label.rstrip() + "…"
