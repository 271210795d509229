"""No control character from any text reaches the terminal (house rule: user text is data).

An organisation name with ESC ``[2J`` in it cleared the whole screen from the start
screen's table, and a dozen dialogs and titles show names, periods and board members'
names. The texts we know to hold user text show a control character as ``\\x1b``
(``bio2.tui.widgets.text.visible``); this line filter is the net under all of them: it
takes C0 and C1 control characters and DEL out of every line any widget paints, before
Textual writes it. Rich gives each of them a width of 0 cells, so what is left lines up
exactly as before; a line without one is handed back as it is (and Textual keeps the
filtered line per painted line, so a line is looked at once).
"""

from __future__ import annotations

import re

from rich.segment import Segment
from textual.color import Color
from textual.filter import LineFilter

CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")


class NoControlCharacters(LineFilter):
    """Drops control characters from the text of a painted line."""

    def apply(self, segments: list[Segment], background: Color) -> list[Segment]:
        if not any(CONTROL.search(segment.text) for segment in segments
                   if not segment.control):
            return segments
        return [segment if segment.control else Segment(CONTROL.sub("", segment.text),
                                                        segment.style)
                for segment in segments]


#: The one instance every widget gets (line filters are compared by identity).
NO_CONTROLS = NoControlCharacters()
