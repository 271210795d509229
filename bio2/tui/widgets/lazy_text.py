"""A ``Static`` that lays out its text once and paints only the lines asked for (issue 12:
next item < 16 ms of CPU per key).

Textual paints a ``Static`` by turning all of its text into strips (``Visual.to_strips``)
as soon as one line is asked for, and measures its height with a second layout of the
same text. The item's guidance below the answer form is about 17 lines of which at most a
few are in view (none at 80x24), so most of that work is thrown away on every key.

:meth:`LazyStatic.show_text` wraps the text once, with the very call Textual's
``Content.render_strips`` makes, and hands back its height; :meth:`LazyStatic.render_line`
turns a wrapped line into a strip the first time the line is painted, the way
``Content.render_strips`` and ``Visual.to_strips`` do. Whenever that picture could differ
(another text shown through ``update``, another width, a text selection, links in the
text or an alignment other than top left) the line comes from Textual as before.
tests/test_tui_lazy_text.py compares every line with Textual's own.
"""

from __future__ import annotations

from typing import Any

from textual.content import Content
from textual.strip import Strip
from textual.widgets import Static


class _Wrapped:
    """A text wrapped at a width (its lines become strips when they are painted)."""

    __slots__ = ("content", "lines", "width")

    def __init__(self, content: Content, width: int, lines: list[Any]) -> None:
        self.content = content
        self.width = width
        self.lines = lines  # textual.content._FormattedLine


class LazyStatic(Static):
    """``Static`` with :meth:`show_wrapped`: one layout of the text, lines painted when
    they are asked for (Textual's styles cache keeps them until the next change)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._wrapped: _Wrapped | None = None

    def wrap(self, content: Content, width: int) -> list[Any]:
        """``content`` wrapped at ``width`` as ``Content.render_strips`` wraps it; the
        number of lines is its height."""
        get_rule = self.styles.get_rule
        return content._wrap_and_format(
            width,
            align=get_rule("text_align", "left"),  # type: ignore[arg-type]
            overflow=get_rule("text_overflow", "fold"),  # type: ignore[arg-type]
            no_wrap=get_rule("text_wrap", "wrap") == "nowrap",
            line_pad=get_rule("line_pad", 0),  # type: ignore[arg-type]
            tab_size=8,
            get_style=self._get_style,
        )

    def show_wrapped(self, content: Content, width: int, lines: list[Any],
                     layout: bool) -> None:
        """Show ``content`` with its ``lines`` from :meth:`wrap` at ``width`` (the content
        width). ``layout``: the widget's height changes, lay the screen out again."""
        self.update(content, layout=layout)
        self._wrapped = _Wrapped(content, width, lines)

    def update(self, content: Any = "", *, layout: bool = True) -> None:
        self._wrapped = None  # a text shown another way is painted by Textual
        super().update(content, layout=layout)

    def _lazy(self) -> _Wrapped | None:
        """The wrapped lines when painting them gives Textual's picture, else None."""
        wrapped = self._wrapped
        if (wrapped is None or self.visual is not wrapped.content
                or self.size.width != wrapped.width or self.text_selection is not None
                or self.styles.content_align != ("left", "top")):
            return None
        return wrapped

    def render_line(self, y: int) -> Strip:
        """Line ``y`` as ``Widget.render_line`` paints it from ``Visual.to_strips``."""
        wrapped = self._lazy()
        if wrapped is None:
            return super().render_line(y)
        self._dirty_regions.clear()
        style = self.visual_style
        if y >= len(wrapped.lines) or y >= self.size.height:
            return Strip.blank(self.size.width, style.rich_style)
        strip = Strip(*wrapped.lines[y].to_strip(style))
        # Strip._apply_link_style changes only segments with a click action or without a
        # style; the link style (worked out through every ancestor) only when it will.
        if self.auto_links and not self.screen._selecting and any(
                not seg_style or (seg_style._meta is not None and "@click" in seg_style.meta)
                for _, seg_style, _ in strip):
            strip = strip._apply_link_style(self.link_style)
        return strip
