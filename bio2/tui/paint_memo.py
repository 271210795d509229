"""A widget whose picture did not change hands the compositor the same lines again
(issue 12: next item < 16 ms of CPU per key).

Textual repaints a region of the screen by asking every visible widget in it for its
lines (``Widget.render_lines``). Each widget keeps its painted lines in a styles cache and
only paints lines marked dirty again, but the way to that cache (the widget's background
through all its ancestors, its regions, title styles, filters) costs about 0.1 ms per
widget on a slow machine, and moving to the next item asks about 80 widgets of which a
handful changed: a third of a key's work.

:func:`install` wraps ``Widget.render_lines``: when the last answer was for the same crop,
no line of the crop is dirty and every cached line is still the very strip it was, the
same lines are the answer. That is exactly what Textual would compute, because its own
answer is built from those cached strips plus what is applied after the cache: the line
filters (only used here when there are none: no ``NO_COLOR``, no dimming), the crop (the
same) and the style of a hovered link (never used here while a link is hovered).
Everything that changes a picture in Textual marks the lines dirty or clears the cache,
or Textual's own cache would show stale lines too. tests/test_tui_paint.py compares the
terminal with a repaint from scratch after moving, editing, filtering, dialogs, the
audit view, a theme switch and a resize.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from textual.color import Color
from textual.filter import ANSIToTruecolor, LineFilter, Monochrome, NoColor
from textual.geometry import Region
from textual.strip import Strip
from textual.widget import Widget

from bio2.tui.no_controls import NoControlCharacters

_MEMO = "_bio2_memo"


class _Memo(NamedTuple):
    """The last answer of a widget and what it was computed from."""

    crop: Region
    filters: tuple[LineFilter, ...]
    #: The widget's background colours when the filters use them, else None.
    background: tuple[Color, Color] | None
    #: The strips of the styles cache the answer was made of (compared by identity).
    painted: list[Strip]
    strips: list[Strip]


def _needs_background(filters: tuple[LineFilter, ...], painted: list[Strip]) -> bool:
    """Whether the filters' output depends on the widget's background: the ANSI colour
    filter only uses it for dim text without a background colour of its own (which the
    styles cache rarely leaves), the monochrome filters and ours for control characters
    never; any other filter might."""
    for line_filter in filters:
        if isinstance(line_filter, (Monochrome, NoColor, NoControlCharacters)):
            continue
        if isinstance(line_filter, ANSIToTruecolor):
            if any(style is not None and style.dim and style.bgcolor is None
                   and style.color is not None
                   for strip in painted for _, style, _ in strip):
                return True
            continue
        return True
    return False


def _memo_render_lines(original: Any) -> Any:
    def render_lines(self: Widget, crop: Region) -> list[Strip]:
        if self.BLANK or (self.auto_links and self.hover_style._link_id):
            return original(self, crop)  # type: ignore[no-any-return]
        cache = self._styles_cache
        lines = cache._cache
        filters = tuple(self.app.get_line_filters())
        memo: _Memo | None = getattr(cache, _MEMO, None)
        if (memo is not None and memo.crop == crop and memo.filters == filters
                and not cache._dirty_lines
                and all(lines.get(y) is strip
                        for y, strip in zip(crop.line_range, memo.painted, strict=True))
                and (memo.background is None or memo.background == self.background_colors)):
            return list(memo.strips)
        strips: list[Strip] = original(self, crop)
        painted = [lines[y] for y in crop.line_range if y in lines]
        if len(painted) == crop.height and not cache._dirty_lines:
            background = (self.background_colors if _needs_background(filters, painted)
                          else None)
            setattr(cache, _MEMO, _Memo(crop, filters, background, painted, list(strips)))
        return strips

    render_lines.__wrapped__ = original  # type: ignore[attr-defined]
    return render_lines


def install() -> None:
    """Wrap ``Widget.render_lines`` once (for every widget of the app)."""
    if not hasattr(Widget.render_lines, "__wrapped__"):
        Widget.render_lines = _memo_render_lines(Widget.render_lines)  # type: ignore[method-assign]
