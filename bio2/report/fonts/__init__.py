"""The one font registration of every PDF bio2 writes (report, sector PDF, charts).

One family, DejaVu Sans (the TTF files beside this module, licence in ``LICENSE``),
embedded as a subset: the PDF then holds no base-14 font at all, and "ĳ", "€", "ë" and
"’" print on any machine. ReportLab keeps a process-wide registry, so :func:`register`
registers each face once and may be called by every renderer before it builds.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONT_DIR = Path(__file__).resolve().parent
REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
MONO = "DejaVuSansMono"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf",
          ITALIC: "DejaVuSans-Oblique.ttf", MONO: "DejaVuSansMono.ttf"}


def register() -> None:
    """Register the DejaVu faces once per process; ``<b>``/``<i>`` markup finds them."""
    registered = set(pdfmetrics.getRegisteredFontNames())
    for name, file in _FILES.items():
        if name not in registered:
            pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / file)))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=ITALIC,
                                  boldItalic=BOLD)
