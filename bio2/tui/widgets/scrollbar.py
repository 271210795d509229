"""A vertical scrollbar that paints its cells directly (issue 12: next item < 16 ms CPU).

Moving the cursor past the edge of the item tree scrolls it by a line, which moves the
scrollbar's thumb. Textual's ``ScrollBar`` hands a Rich renderable to the general line
machinery: the renderable is rendered through a console into lines, and every line then
goes through the styles cache again (a fifth of a key's work). The cells are simply one
segment per row, made by the same ``ScrollBarRender.render_bar`` with the same colours and
mouse actions, so :class:`LeanScrollBar` puts those segments in strips itself; anything
else (a horizontal bar, a renderer of another kind) is painted by Textual as before.
"""

from __future__ import annotations

from rich.color import Color
from rich.segment import Segment
from rich.style import Style
from textual.geometry import Region
from textual.scrollbar import ScrollBar, ScrollBarRender
from textual.strip import Strip
from textual.widget import Widget


class LeanScrollBar(ScrollBar):
    """``ScrollBar`` whose vertical bar is painted without the Rich round trip."""

    def render_lines(self, crop: Region) -> list[Strip]:
        width, height = self.size
        bar = self.render()
        if not (self.vertical and type(bar) is ScrollBarRender
                and isinstance(bar.style, Style) and width and height):
            return super().render_lines(crop)
        style = bar.style
        segments = bar.render_bar(
            size=height, virtual_size=bar.virtual_size, window_size=bar.window_size,
            position=bar.position, thickness=width, vertical=True,
            back_color=style.bgcolor or Color.parse("#555555"),
            bar_color=style.color or Color.parse("bright_magenta")).segments
        # Under the bar's own styles, as Textual puts the widget's style under its content.
        base = self.visual_style.rich_style
        strips = [Strip([Segment(segment.text, base + segment.style)], width)
                  for segment in segments[crop.y:crop.bottom]]
        if crop.x or crop.right != width:
            strips = [strip.crop(crop.x, crop.right) for strip in strips]
        return strips


def lean_vertical_scrollbar(widget: Widget) -> ScrollBar:
    """The body of ``Widget.vertical_scrollbar`` with a :class:`LeanScrollBar`."""
    if widget._vertical_scrollbar is None:
        bar = widget._vertical_scrollbar = LeanScrollBar(
            vertical=True, name="vertical", thickness=widget.scrollbar_size_vertical)
        bar.display = False
        widget.app._start_widget(widget, bar)
    return widget._vertical_scrollbar
