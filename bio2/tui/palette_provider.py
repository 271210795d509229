"""The command palette (ctrl+p): every action of the assessment screen and every item by
number or title (diacritics-insensitive).

The start screen names ``StartCommands`` when its class is made, so this module is loaded
before the first paint: the domain and search modules (pydantic) are imported where they
are used, not here (the cold start doubled against a bare Textual app when they were).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any

from textual.command import DiscoveryHit, Hit, Hits, Provider

from bio2.i18n import t

if TYPE_CHECKING:
    from bio2.tui.screens.assessment import AssessmentScreen

ACTIONS = ("dashboard", "cbw", "next_unanswered", "jump", "filter", "vvt", "undo", "risk_profile",
           "history", "export", "report", "audit", "details", "training")


class AssessmentCommands(Provider):
    def _entries(self) -> list[tuple[str, str, Callable[[], Any]]]:
        from bio2.domain.base import CATEGORIES, LETTERS
        from bio2.usecases.search import ItemFilter

        screen: AssessmentScreen = self.screen  # type: ignore[assignment]
        entries: list[tuple[str, str, Callable[[], Any]]] = [
            (t(f"tui.key.{name}"), t("tui.cmd.action"), getattr(screen, f"action_{name}"))
            for name in ACTIONS
        ]
        filters = [ItemFilter(k) for k in ("all", "unanswered", "gaps", "overdue", "expired",
                                           "audit_differs")]
        filters += [ItemFilter("category", c) for c in CATEGORIES]
        filters += [ItemFilter("nis2", letter) for letter in LETTERS]
        for flt in filters:
            entries.append((t("tui.cmd.filter", filter=flt.label()), t("tui.cmd.action"),
                            partial(screen.set_filter, flt)))
        session = screen.session
        if session is not None:
            for item_id in session.catalog.items:
                entries.append((f"{item_id} {session.item_title(item_id)}", t("tui.cmd.item"),
                                partial(screen.go_to_item, item_id)))
        return entries

    async def discover(self) -> Hits:
        for name, help_text, callback in self._entries()[: len(ACTIONS)]:
            yield DiscoveryHit(name, callback, help=help_text)

    async def search(self, query: str) -> Hits:
        from bio2.usecases.search import fold

        matcher = self.matcher(fold(query))
        for name, help_text, callback in self._entries():
            match = matcher.match(fold(name))
            if match > 0:
                shown = matcher.highlight(name) if fold(name) == name.casefold() else name
                yield Hit(match, shown, callback, help=help_text)


class StartCommands(Provider):
    """The start screen's actions in the palette: the Cbw registration of the chosen
    organisation (issue 13)."""

    def _entries(self) -> list[tuple[str, str, Callable[[], Any]]]:
        screen: Any = self.screen
        return [(t("tui.cmd.registration"), t("tui.cmd.action"), screen.action_registration),
                (t("tui.cmd.incidents"), t("tui.cmd.action"), screen.action_incidents),
                (t("training.tui.cmd"), t("tui.cmd.action"), screen.action_training)]

    async def discover(self) -> Hits:
        for name, help_text, callback in self._entries():
            yield DiscoveryHit(name, callback, help=help_text)

    async def search(self, query: str) -> Hits:
        from bio2.usecases.search import fold

        matcher = self.matcher(fold(query))
        for name, help_text, callback in self._entries():
            match = matcher.match(fold(name))
            if match > 0:
                yield Hit(match, name, callback, help=help_text)
