"""A ``Select`` made of two widgets until it is opened (issue 12: opening an assessment).

Textual 8.2's ``Select`` composes six widgets: the line that shows the value
(``SelectCurrent``, a container) with the value's label and two arrows (▼, and ▲ hidden
until the list opens) as widgets of their own, and the pop-up list (``SelectOverlay``, an
``OptionList``) hidden until it opens. The answer form has four lists: 24 widgets composed,
mounted and styled on every open of an assessment, although a list is seldom opened.

:class:`LeanSelect` looks and behaves as Textual's ``Select`` (the tests compare the two
cell by cell and key by key), with two changes inside:

- the arrow is drawn by the value's line itself (:class:`LeanSelectCurrent`), in the
  column and style the arrow widget had (``.arrow``: one column of padding, then the
  arrow, ``$foreground 50%``);
- the pop-up list is made when the list first opens (Enter, Space, Up, Down or a click),
  with the options and the compact setting Textual's ``compose`` gives it.

Everything else (the ``value``, ``Changed``, type to search, Escape, the list's keys) is
Textual's own code. Leans on the pinned Textual 8.2.8: the methods of ``Select`` that
look up the pop-up list are the ones overridden here.
"""

from __future__ import annotations

from typing import Any, ClassVar

from textual import on
from textual.content import Content
from textual.css.query import NoMatches
from textual.widgets import OptionList, Select
from textual.widgets._select import NonSelectableStatic, SelectCurrent, SelectOverlay

ARROWS = {False: "▼", True: "▲"}


class LeanSelectCurrent(SelectCurrent):
    """The line that shows the value: its label as a child, the arrow drawn in its own
    content right of it."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {"lean-select-current--arrow"}
    DEFAULT_CSS: ClassVar[str] = """
    LeanSelectCurrent { text-align: right; }
    LeanSelectCurrent > #label { margin-right: 2; }
    LeanSelectCurrent > .lean-select-current--arrow { color: $foreground 50%; }
    """

    def compose(self) -> Any:
        yield NonSelectableStatic(self.placeholder, id="label")

    def render(self) -> Content:
        parent = self.parent
        arrow = ARROWS[isinstance(parent, Select) and parent.has_class("-expanded")]
        style = self.get_visual_style("lean-select-current--arrow")
        return Content(arrow).stylize(style)


class LeanSelect(Select[Any]):
    """Textual's ``Select`` with the arrow drawn by its value's line and the pop-up list
    made on the first opening."""

    _overlay: SelectOverlay | None = None

    def compose(self) -> Any:
        yield LeanSelectCurrent(self.prompt)

    async def _make_overlay(self) -> None:
        """The pop-up list as Textual's ``compose`` makes it, with its options."""
        if self._overlay is not None:
            return
        overlay = SelectOverlay(type_to_search=self._type_to_search)
        overlay.set_reactive(OptionList.compact, self.compact)
        overlay.set_class(self.compact, "-textual-compact", update=False)
        self.watch(self, "compact", self._compact_changed, init=False)
        self._overlay = overlay
        await self.mount(overlay)
        super()._setup_options_renderables()

    def _compact_changed(self, compact: bool) -> None:
        if self._overlay is not None:
            self._overlay.compact = compact  # as Textual's data_bind does

    def _setup_options_renderables(self) -> None:
        if self._overlay is not None:  # otherwise made with the list
            super()._setup_options_renderables()

    def _watch_value(self, value: Any) -> None:
        # Select._watch_value, the list's highlight only when the list exists (opening
        # it highlights the value again).
        self._value = value
        try:
            current = self.query_one(SelectCurrent)
        except NoMatches:
            return
        if value == self.NULL:
            current.update(self.NULL)
        else:
            for index, (prompt, option) in enumerate(self._options):
                if option == value:
                    if self._overlay is not None:
                        self._overlay.highlighted = index
                    current.update(prompt)
                    break
        self.post_message(self.Changed(self, value))

    def _watch_expanded(self, expanded: bool) -> None:
        super()._watch_expanded(expanded)
        for current in self.query(LeanSelectCurrent):
            current.refresh()  # its arrow turns

    def _watch_prompt(self, prompt: str) -> None:
        if self._overlay is not None or not self.is_mounted:
            super()._watch_prompt(prompt)
            return
        current = self.query_one(SelectCurrent)
        current.placeholder = prompt
        if self._allow_blank and self.value == self.NULL:
            current.update(self.NULL)

    async def action_show_overlay(self) -> None:  # type: ignore[override]
        # Textual awaits an action that is a coroutine: the list exists before it opens.
        await self._make_overlay()
        super().action_show_overlay()

    @on(SelectCurrent.Toggle)
    async def _lean_toggle(self, event: SelectCurrent.Toggle) -> None:
        # Select._select_current_toggle once the list exists (a click opens it).
        event.stop()
        event.prevent_default()
        await self._make_overlay()
        self.expanded = not self.expanded
