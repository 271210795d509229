"""Typography, colours and text hygiene of the verantwoordingsrapportage.

One font family (DejaVu Sans, registered by :mod:`bio2.report.fonts`) for body text,
tables and chart labels. The sector PDF uses the same styles (:func:`make_styles`) and
table look (:func:`grid_style`). Numbers and dates are not formatted here: every renderer
formats through the :class:`bio2.i18n.numbers.Formatter` of its language.

User text reaches a ``Paragraph`` only through :func:`bio2.report.pdf.markup`, which
escapes every run of the report model: ReportLab reads Paragraph text as markup, so an
explanation holding ``<font size=80>`` would otherwise change the layout.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle

from bio2.report import fonts
from bio2.report.fonts import BOLD, ITALIC, MONO, REGULAR
from bio2.report.runs import tn

__all__ = ["tn"]  # the plural helper, kept importable from here

# Colours close to the Rijkshuisstijl: dark blue headings, light blue-grey table heads.
INK = colors.HexColor("#1a1a1a")
BLUE = colors.HexColor("#154273")
LIGHT = colors.HexColor("#dce3ea")
STRIPE = colors.HexColor("#f3f6f9")
GRID = colors.HexColor("#9aa9b8")
MUTED = colors.HexColor("#5a6672")
MARK = colors.HexColor("#a90061")
#: The same colour as markup for Paragraph text (overdue dates, cut markers).
ALERT = "#a90061"
STATUS_FILL = {
    "ja": colors.HexColor("#d9ead3"),
    "deels": colors.HexColor("#fff2cc"),
    "nee": colors.HexColor("#f4cccc"),
    "open": colors.HexColor("#e8e8e8"),
    "nvt": colors.HexColor("#eeeeee"),
    "excluded": colors.HexColor("#eeeeee"),
}
BAR = colors.HexColor("#01689b")


def table_look(font_size: float = 7.8, rows: int = 2) -> list[tuple[Any, ...]]:
    """The TableStyle commands every bio2 table shares (report and sector PDF): bold
    header row on light blue with a blue rule, striped body rows (when there are two or
    more), a thin rule at the end. ``rows`` counts the body rows."""
    look: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), REGULAR, font_size),
        ("FONT", (0, 0), (-1, 0), BOLD, font_size),
        ("TEXTCOLOR", (0, 0), (-1, 0), BLUE),
        ("BACKGROUND", (0, 0), (-1, 0), LIGHT),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, BLUE),
        ("LINEBELOW", (0, -1), (-1, -1), 0.5, GRID),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.6),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    if rows > 1:
        look.append(("ROWBACKGROUNDS", (0, 1), (-1, -1), ["white", STRIPE]))
    return look


@dataclass(frozen=True)
class Styles:
    """Paragraph styles. Headings do not use keepWithNext: ReportLab then keeps the
    heading and the whole next table together and, when that table fits a page, pushes
    both to a new page and leaves half a page empty. Headings are preceded by a
    conditional page break instead (``Ctx.heading``, ``Ctx.subheading``)."""

    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_right: ParagraphStyle
    cell_right_bold: ParagraphStyle
    head: ParagraphStyle
    head_right: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    mark: ParagraphStyle
    mono: ParagraphStyle
    note: ParagraphStyle
    toc1: ParagraphStyle
    toc2: ParagraphStyle
    center: ParagraphStyle


def make_styles() -> Styles:
    fonts.register()
    body = ParagraphStyle("body", fontName=REGULAR, fontSize=9.5, leading=13.5, textColor=INK,
                          spaceAfter=5, alignment=TA_LEFT, splitLongWords=1)
    small = ParagraphStyle("small", parent=body, fontSize=8, leading=10.5, textColor=MUTED)
    cell = ParagraphStyle("cell", parent=body, fontSize=7.8, leading=9.8, spaceAfter=0)
    head = ParagraphStyle("head", parent=cell, fontName=BOLD, fontSize=7.4, leading=9.2,
                          textColor=BLUE)
    return Styles(
        body=body,
        small=small,
        cell=cell,
        cell_bold=ParagraphStyle("cell_bold", parent=cell, fontName=BOLD),
        cell_right=ParagraphStyle("cell_right", parent=cell, alignment=TA_RIGHT),
        cell_right_bold=ParagraphStyle("cell_right_bold", parent=cell, fontName=BOLD,
                                       alignment=TA_RIGHT),
        head=head,
        head_right=ParagraphStyle("head_right", parent=head, alignment=TA_RIGHT),
        h1=ParagraphStyle("h1", parent=body, fontName=BOLD, fontSize=16, leading=20,
                          textColor=BLUE, spaceBefore=0, spaceAfter=10),
        h2=ParagraphStyle("h2", parent=body, fontName=BOLD, fontSize=11.5, leading=15,
                          textColor=BLUE, spaceBefore=10, spaceAfter=5),
        h3=ParagraphStyle("h3", parent=body, fontName=BOLD, fontSize=9.5, leading=13,
                          textColor=INK, spaceBefore=6, spaceAfter=3),
        title=ParagraphStyle("title", parent=body, fontName=BOLD, fontSize=24, leading=30,
                             textColor=BLUE, spaceAfter=8),
        subtitle=ParagraphStyle("subtitle", parent=body, fontSize=13, leading=18,
                                textColor=INK, spaceAfter=4),
        mark=ParagraphStyle("mark", parent=body, fontName=BOLD, fontSize=10, leading=13,
                            textColor=MARK, alignment=TA_CENTER),
        mono=ParagraphStyle("mono", parent=body, fontName=MONO, fontSize=8.5, leading=11),
        note=ParagraphStyle("note", parent=body, fontSize=8.5, leading=11.5, textColor=MUTED,
                            fontName=ITALIC),
        toc1=ParagraphStyle("toc1", parent=body, fontName=BOLD, fontSize=10, leading=14),
        toc2=ParagraphStyle("toc2", parent=body, fontSize=9, leading=12.5, leftIndent=14),
        center=ParagraphStyle("center", parent=body, alignment=TA_CENTER),
    )
