"""The report's charts as inline SVG for the HTML report (issue 15).

Same geometry ideas as the PDF charts (:mod:`bio2.report.charts`): horizontal score bars
with a thin coverage bar, or a radar with one spoke per label. Every text in the SVG is
escaped here (``markupsafe.escape``); the result is ``Markup`` for the template.

Decisions:
- The SVG is an image (``role="img"``) named by its ``<title>`` (the model's text
  alternative, also as ``aria-label``); its children are presentational, and the numbers
  are in a table beside it, so a screen reader needs nothing inside the drawing.
- It scales with the page (``viewBox``, ``width: 100%``), so it stays readable at 200%
  zoom; all text is dark on white (contrast well above 4.5:1).
"""

from __future__ import annotations

import math

from markupsafe import Markup, escape

from bio2.i18n.numbers import Formatter
from bio2.report.model import Figure

INK = "#1a1a1a"
MUTED = "#4a5560"
GRID = "#9aa9b8"
LIGHT = "#dce3ea"
BAR = "#01689b"
BLUE = "#154273"


def _text(x: float, y: float, value: str, *, anchor: str = "start", size: float = 12,
          bold: bool = False, fill: str = INK) -> str:
    weight = ' font-weight="bold"' if bold else ""
    return (f'<text x="{x:.1f}" y="{y:.1f}" font-size="{size}" text-anchor="{anchor}"'
            f' fill="{fill}"{weight}>{escape(value)}</text>')


def svg(figure: Figure, fmt: Formatter, ident: str) -> Markup:
    body, width, height = (_radar(figure, fmt) if figure.kind == "radar"
                           else _bars(figure, fmt))
    alt = escape(figure.alt)
    return Markup(
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="{ident}"'
        f' aria-label="{alt}" viewBox="0 0 {width} {height}" class="chart"'
        f' font-family="system-ui, Arial, sans-serif">'
        f'<title id="{ident}">{alt}</title>{body}</svg>')


def _bars(figure: Figure, fmt: Formatter) -> tuple[str, int, int]:
    width, label_w, value_w = 720, 300, 60
    plot_w = width - label_w - value_w
    row_h, bar_h = 30, 16
    top = 6
    height = top + len(figure.rows) * row_h + 24
    out = []
    axis_y = top + len(figure.rows) * row_h
    for tick in (0, 0.25, 0.5, 0.75, 1.0):
        x = label_w + plot_w * tick
        dash = "" if tick in (0, 1.0) else ' stroke-dasharray="2 3"'
        out.append(f'<line x1="{x:.1f}" y1="{top}" x2="{x:.1f}" y2="{axis_y}"'
                   f' stroke="{GRID}" stroke-width="1"{dash}/>')
        out.append(_text(x, axis_y + 16, fmt.percent(tick, digits=0), anchor="middle",
                         size=11, fill=MUTED))
    for n, row in enumerate(figure.rows):
        y = top + n * row_h + 4
        label = row.label if len(row.label) <= 44 else row.label[:43].rstrip() + "…"
        out.append(_text(label_w - 8, y + bar_h - 3, label, anchor="end", size=12))
        out.append(f'<rect x="{label_w}" y="{y}" width="{plot_w}" height="{bar_h}"'
                   f' fill="{LIGHT}"/>')
        if row.score is not None:
            out.append(f'<rect x="{label_w}" y="{y}" width="{plot_w * row.score:.1f}"'
                       f' height="{bar_h}" fill="{BAR}"/>')
        if row.coverage is not None:
            out.append(f'<rect x="{label_w}" y="{y + bar_h + 2}"'
                       f' width="{plot_w * row.coverage:.1f}" height="3" fill="{MUTED}"/>')
        out.append(_text(label_w + plot_w + 8, y + bar_h - 3, fmt.percent(row.score),
                         size=12, bold=True))
    return "".join(out), width, height


def _radar(figure: Figure, fmt: Formatter) -> tuple[str, int, int]:
    size, room = 300, 130
    width, height = size + 2 * room, size + 60
    cx, cy = width / 2, height / 2
    radius = size / 2 - 10
    count = max(len(figure.rows), 1)

    def point(index: int, value: float) -> tuple[float, float]:
        angle = math.pi / 2 - 2 * math.pi * index / count
        return cx + radius * value * math.cos(angle), cy - radius * value * math.sin(angle)

    def points(values: list[float]) -> str:
        return " ".join(f"{x:.1f},{y:.1f}" for x, y in
                        (point(i, v) for i, v in enumerate(values)))

    out = []
    for ring in (0.25, 0.5, 0.75, 1.0):
        dash = "" if ring == 1.0 else ' stroke-dasharray="2 3"'
        out.append(f'<polygon points="{points([ring] * count)}" fill="none"'
                   f' stroke="{GRID}"{dash}/>')
        x, y = point(0, ring)
        out.append(_text(x + 4, y + 10, fmt.percent(ring, digits=0), size=10, fill=MUTED))
    for i, row in enumerate(figure.rows):
        x, y = point(i, 1.0)
        out.append(f'<line x1="{cx:.1f}" y1="{cy:.1f}" x2="{x:.1f}" y2="{y:.1f}"'
                   f' stroke="{GRID}"/>')
        lx, ly = point(i, 1.14)
        anchor = "middle" if abs(lx - cx) < 5 else ("start" if lx > cx else "end")
        out.append(_text(lx, ly, row.label, anchor=anchor, size=12, bold=True))
        out.append(_text(lx, ly + 14, fmt.percent(row.score), anchor=anchor, size=11,
                         fill=MUTED))
    area = points([r.score or 0.0 for r in figure.rows])
    out.append(f'<polygon points="{area}" fill="{BAR}" fill-opacity="0.25" stroke="{BLUE}"'
               f' stroke-width="2"/>')
    return "".join(out), width, height
