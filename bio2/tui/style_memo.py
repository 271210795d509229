"""Component styles worked out once per style change, not once per repaint (issue 12:
next item < 16 ms of CPU per key).

Textual throws a widget's Rich styles for its parts (``get_component_rich_style``: the
tree's cursor, guides and labels, the text area's cursor and gutter) away on every
``refresh``, and works each one out again from the widget's CSS and every ancestor's
background on the next repaint; the tree's own style (``rich_style``) is worked out for
every line it paints. Moving to the next item refreshes the tree and the explanation
field on every key, so about a tenth of the repaint went into styles that had not
changed.

:class:`StyleMemo` keeps those styles while the styles they come from stay the same: the
styles of the widget and of each ancestor, and of each of the widget's parts, all
compared by identity and by Textual's own change counter (``RenderStyles._cache_key``,
which moves on every change of a rule, from CSS, a theme, a pseudo-class or code). The
kept styles are only used while the widget paints (``render_lines``), where the counters
were just compared; anywhere else the widget asks Textual as before.
tests/test_tui_style_memo.py compares every kept style with Textual's own after focus
changes, a theme switch and a dialog.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rich.style import Style
from textual.geometry import Region
from textual.strip import Strip

if TYPE_CHECKING:
    from textual.widget import Widget as _Base
else:
    # Not a widget class itself: Textual takes a widget's CSS (its default CSS, type
    # selectors, part names) along the first widget class among the bases only.
    _Base = object


class StyleMemo(_Base):
    """Mixin for a Textual widget class (put it first in the bases)."""

    _memo_key: tuple[object, ...] | None = None
    _memo_painting = False

    def _style_fingerprint(self) -> tuple[object, ...]:
        nodes = tuple((id(node.styles), node.styles._cache_key)
                      for node in self.ancestors_with_self)
        parts = tuple((name, id(styles), styles._cache_key)
                      for name, styles in self._component_styles.items())
        return nodes, parts

    def render_lines(self, crop: Region) -> list[Strip]:
        key = self._style_fingerprint()
        if key != self._memo_key:
            self._memo_key = key
            self._memo_styles: dict[tuple[object, ...], Style] = {}
            self._memo_base: Style | None = None
        self._memo_painting = True
        try:
            return super().render_lines(crop)
        finally:
            self._memo_painting = False

    def get_component_rich_style(self, *names: str, partial: bool = False,
                                 default: Style | None = None) -> Style:
        if not self._memo_painting:
            return super().get_component_rich_style(*names, partial=partial, default=default)
        key = (names, partial, default)
        style = self._memo_styles.get(key)
        if style is None:
            style = super().get_component_rich_style(*names, partial=partial, default=default)
            self._memo_styles[key] = style
        return style

    @property
    def rich_style(self) -> Style:
        if not self._memo_painting:
            return super().rich_style
        if self._memo_base is None:
            self._memo_base = super().rich_style
        return self._memo_base

    def memo_entries(self) -> dict[Any, Style]:
        """The kept part styles (for tests)."""
        return dict(getattr(self, "_memo_styles", {}))
