"""The footer: Textual's, composed again only when the keys it shows change (issue 12).

Textual's ``Footer`` recomposes (removes and mounts all its keys) after every
``refresh_bindings`` of its screen: on every focus change, every reactive declared with
``bindings=True``, every resume. Opening an assessment asked for that six times before
the first frame, each time for the same keys (~10 widgets styled, laid out and painted
anew; a sixth of the open's CPU). Here requests that arrive before the next refresh are
one request, and a request for the keys already shown does nothing. What the footer
shows is exactly what Textual's compose would show: the check compares everything that
compose reads. A screen may have the keys composed before its first layout
(:meth:`Footer.compose_now`).
"""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING

from textual.widgets import Footer as TextualFooter
from textual.widgets._footer import FooterKey

if TYPE_CHECKING:
    from collections.abc import Hashable

    from textual.app import ComposeResult
    from textual.screen import Screen


class Footer(TextualFooter):
    """A ``Footer`` that recomposes once per change of the keys it shows."""

    _queued = False
    #: What the keys shown were composed from (``None``: nothing composed yet).
    _composed_from: Hashable | None = None

    def _keys(self) -> Hashable:
        """Everything :meth:`TextualFooter.compose` reads, in its order."""
        app = self.app
        palette = app.COMMAND_PALETTE_BINDING
        return (
            self.show_command_palette, app.ENABLE_COMMAND_PALETTE, palette,
            tuple((key, binding, app.get_key_display(binding), enabled, tooltip)
                  for key, (_, binding, enabled, tooltip)
                  in self.screen.active_bindings.items()
                  if binding.show or key == palette),
        )

    def compose(self) -> ComposeResult:
        self._composed_from = self._keys() if self._bindings_ready else None
        for widget in super().compose():
            if isinstance(widget, FooterKey):
                # Textual's key sets its ``compact`` (default True) when mounted and then
                # takes the footer's (data_bind): its class toggles twice and the key is
                # styled twice more. Given its value and class now, it is styled once. The
                # command palette's key is not bound to the footer and stays compact.
                value = self.compact or widget.has_class("-command-palette")
                widget.set_reactive(FooterKey.compact, value)
                widget.set_class(value, "-compact", update=False)
            yield widget

    def bindings_changed(self, screen: Screen[object]) -> None:
        self._bindings_ready = True
        if not screen.app.app_focus:
            return
        if self.is_attached and screen is self.screen and not self._queued:
            self._queued = True
            self.call_after_refresh(self._recompose_if_changed)

    async def _recompose_if_changed(self) -> None:
        self._queued = False
        if self.is_attached and self._keys() != self._composed_from:
            await self.recompose()

    async def compose_now(self) -> None:
        """Compose the keys now (in the footer's own task, as Textual's recompose must
        run) and wait for it: a screen that calls this from its ``on_mount``, after it set
        its focus, is laid out and painted once with its keys. Otherwise the keys come
        after the first frame and the screen is laid out twice more for them."""
        if not self.app.app_focus:
            return  # Textual's footer composes its keys once the app has focus
        done = asyncio.Event()

        async def compose_and_tell() -> None:
            try:
                await self._recompose_if_changed()
            finally:
                done.set()

        self.call_next(compose_and_tell)
        await done.wait()
