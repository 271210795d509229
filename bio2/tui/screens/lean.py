"""Screens that style and paint themselves once when they open (issue 12).

Textual 8.2 does two things twice for every screen that is pushed:

- styles: every widget gets its CSS when it is mounted, and the screen's first
  ``ScreenResume`` applies the stylesheet to the whole screen again (meant for a screen
  that comes back, e.g. after a theme change while it was covered). For a screen that
  has just been mounted the result is the same styles (a test compares them with a
  full restyle), at a quarter of the CPU of opening an assessment;
- painting: after that first resume has laid the screen out and painted every line
  of it, Textual asks for a repaint of the whole screen once more.

(The first layout also sends the screen a ``Resize`` to its own size, which Textual
answers with a second full layout. That one stays: the explanation field wraps its text
for the width it has after the panel's scroll bar appeared, and without it the first
item kept a wrap two columns too wide.)

Put :class:`LeanScreen` before ``Screen`` in the bases: Textual calls the handlers of
every class in the method resolution order, most derived first, so this one sees the
``ScreenResume`` before ``Screen`` does.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from textual import events
    from textual.screen import Screen

    _Base = Screen[object]
else:
    _Base = object


class LeanScreen(_Base):
    """Mixin for a ``Screen``: no second styling and no second full paint on its first
    resume."""

    _resumed_before = False

    def _on_screen_resume(self, event: events.ScreenResume) -> None:
        if self._resumed_before:
            return  # Textual's handler (Screen._on_screen_resume) runs next
        self._resumed_before = True
        # The first resume as Textual's handler does it (textual 8.2.8), less the restyle
        # and the repaint after the first layout, which has just painted every line.
        event.prevent_default()
        if self.app.SUSPENDED_SCREEN_CLASS:
            self.remove_class(self.app.SUSPENDED_SCREEN_CLASS)
        self.stack_updates += 1
        self.app._refresh_notifications()
        size = self.app.size
        self._update_auto_focus()
        if self.is_attached:
            if self._size != size:
                self._refresh_layout(size)
            else:
                self.refresh()
