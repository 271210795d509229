"""Input and Select for the answer form that show another item's value without a layout
pass of the whole screen (issue 12: next item under 16 ms of CPU per key).

Moving to the next item puts that item's values in the form. In Textual 8.2 both widgets
ask for a layout of the screen when their value changes, although their size stays the
same in our form (a fixed row of ``width: 1fr``, one line high):

- ``Input`` sets its virtual size (the width of its text, its room to scroll sideways),
  a reactive that always asks for a layout;
- ``Select`` puts the chosen option's label in a ``Static``, whose ``update`` always asks
  for a layout.

That layout was a third of a key's work. Here the layout is left out only where it
cannot change anything: the Input's own size does not follow its text (no ``auto``
dimension), and the Select's new label fits on the one line the label has. Otherwise the
widgets behave as Textual's (the form's tests pin the keyboard behaviour).
"""

from __future__ import annotations

from typing import Any, TypeVar

from rich.cells import cell_len
from textual.content import Content
from textual.widgets import Input, Select, Static, TextArea
from textual.widgets._select import SelectCurrent

from bio2.tui.style_memo import StyleMemo
from bio2.tui.widgets.lean_select import LeanSelect

Compactable = TypeVar("Compactable", Input, Select[str], TextArea)


def compact(widget: Compactable) -> Compactable:
    """``widget`` in Textual's compact style (no borders), as ``compact=True`` makes it,
    styled once: ``compact=True`` sets the reactive while the widget is made, whose class
    toggle styles the widget (and its cursor, placeholder, ... parts) then, and the mount
    styles it again (15 fields of the assessment screen, issue 12)."""
    widget.set_reactive(type(widget).compact, True)
    widget.add_class("-textual-compact", update=False)
    return widget


class FormInput(Input):
    """An ``Input`` whose value changes repaint it without laying out the screen."""

    _setting_value = False

    def _watch_value(self, value: str) -> None:
        self._setting_value = True
        try:
            super()._watch_value(value)
        finally:
            self._setting_value = False

    def refresh(self, *regions: Any, repaint: bool = True, layout: bool = False,
                recompose: bool = False) -> FormInput:
        if layout and self._setting_value and not self.styles.auto_dimensions:
            # Only the virtual size (room to scroll sideways) changed; it is already
            # stored and our size does not depend on it.
            layout = False
        super().refresh(*regions, repaint=repaint, layout=layout, recompose=recompose)
        return self


def _text_of(content: object) -> str | None:
    if isinstance(content, str):
        return content
    if isinstance(content, Content):
        return content.plain
    plain = getattr(content, "plain", None)  # rich Text
    return plain if isinstance(plain, str) else None


class FormSelect(LeanSelect):
    """A ``Select`` (:class:`LeanSelect`: two widgets until it is opened) whose label
    changes repaint it without laying out the screen when the new label fits on its line,
    and whose first value is no change."""

    def _init_selected_option(self, hint: Any = Select.NULL) -> None:
        # Textual posts ``Changed`` for the value a list starts with when it is mounted;
        # the form took it for a choice and saved the first item on every open (no
        # write, the same answer, but the validation, panels and a layout for nothing).
        with self.prevent(Select.Changed):
            super()._init_selected_option(hint)

    def on_mount(self) -> None:
        label = self.query_one(SelectCurrent).query_one("#label", Static)
        update = label.update

        def fitting_update(content: Any = "", *, layout: bool = True) -> None:
            text = _text_of(content)
            size = label.content_size
            fits = (text is not None and "\n" not in text and size.height == 1
                    and cell_len(text) <= size.width)
            update(content, layout=layout and not fits)

        label.update = fitting_update  # type: ignore[method-assign]


class FormTextArea(StyleMemo, TextArea):
    """The explanation field: a ``TextArea`` that keeps its part styles between repaints
    while its styles stay the same (:mod:`bio2.tui.style_memo`); it restyled itself on
    every repaint, and another item's text repaints it on most keys."""
