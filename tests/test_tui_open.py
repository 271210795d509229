"""Opening an assessment does its work once (issue 12): the footer composes its keys once
per change, the screen keeps the styles a full restyle gives, the form saves nothing
it was not given. The figures are in make bench (tests/bench/bench_tui.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.geometry import Region
from textual.widgets import Footer as TextualFooter

from bio2.tui.app import Bio2App
from bio2.tui.screens.assessment import AssessmentScreen
from bio2.tui.widgets.footer import Footer
from tests.conftest import wait_until
from tests.paint import Terminal, stale_rows
from tests.test_tui import drive, open_first, seeded


def _shown(footer: TextualFooter) -> list[tuple[str, str]]:
    return [(str(k.key), str(k.description)) for k in footer.query("FooterKey")]


def _looks(footer: TextualFooter) -> list[tuple[str, bool, list[str]]]:
    """Each key's compact setting and classes (Textual sets them after mounting)."""
    return [(str(k.key), bool(k.compact), sorted(k.classes))  # type: ignore[attr-defined]
            for k in footer.query("FooterKey")]


async def _textual_keys(pilot: Any, screen: Any) -> list[tuple[str, str]]:
    """The keys Textual's own footer shows for the screen as it is now."""
    reference = TextualFooter(id="reference")
    await screen.mount(reference)
    reference.call_later(reference.bindings_changed, screen)  # in its own context
    await wait_until(pilot, lambda: reference.query("FooterKey"), what="Textual's footer")
    keys = _shown(reference)
    assert _looks(screen.query_one(Footer)) == _looks(reference)
    await reference.remove()
    return keys


def test_footer_composes_once_per_change_of_its_keys(db_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    seeded(db_path)
    composed: list[str] = []
    compose = Footer.compose

    def counting(self: Footer) -> Any:
        composed.append(type(self.screen).__name__)
        return compose(self)

    monkeypatch.setattr(Footer, "compose", counting)

    async def steps(pilot: Any, app: Bio2App) -> None:
        composed.clear()
        screen = await open_first(pilot, app)
        footer = screen.query_one(Footer)
        await wait_until(pilot, lambda: _shown(footer), what="the footer's keys")
        # Textual's footer composed seven times here: empty, then once per focus and
        # bindings change before the first frame, each time the same keys.
        assert composed == ["AssessmentScreen", "AssessmentScreen"]
        assert _shown(footer) == await _textual_keys(pilot, screen)
        assert ("e", "formulier") in _shown(footer)
        # In the search field letters are text: the keys that are letters leave the
        # footer, and come back with the tree.
        await pilot.press("slash")
        await wait_until(pilot, lambda: ("e", "formulier") not in _shown(footer),
                         what="the footer without letter keys")
        assert _shown(footer) == await _textual_keys(pilot, screen)
        await pilot.press("escape")
        await wait_until(pilot, lambda: ("e", "formulier") in _shown(footer),
                         what="the footer with letter keys")
        assert _shown(footer) == await _textual_keys(pilot, screen)
        assert len(composed) == 4
        assert isinstance(screen, AssessmentScreen)

    drive(db_path, steps)


def _styles(screen: Any) -> list[tuple[str, object, list[object]]]:
    """Every node's CSS rules and those of its component classes."""
    return [(repr(node), node._css_styles.get_rules(),
             [node.get_component_styles(name).get_rules()
              for name in sorted(node.COMPONENT_CLASSES)])
            for node in screen.walk_children(with_self=True)]


def test_open_styles_once_as_a_full_restyle_would(db_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """The screen skips Textual's restyle on its first resume (bio2.tui.screens.lean):
    the styles it has are those a restyle of the whole screen gives, and opening saves
    nothing (the status list's first value is no choice)."""
    seeded(db_path)
    commits: list[str] = []
    commit = AssessmentScreen.commit

    def counting(self: AssessmentScreen, *args: Any, **kwargs: Any) -> bool:
        commits.append(self.current)
        return commit(self, *args, **kwargs)

    monkeypatch.setattr(AssessmentScreen, "commit", counting)

    async def steps(pilot: Any, app: Bio2App) -> None:
        screen = await open_first(pilot, app)
        await wait_until(pilot, lambda: screen.query("FooterKey"), what="the footer")
        assert commits == []
        fields = screen.query("Input, Select, TextArea")
        assert len(fields) == 15
        assert all(f.compact and f.has_class("-textual-compact") for f in fields)
        mounted = _styles(screen)
        app.stylesheet.update(screen)
        assert _styles(screen) == mounted
        for size in ((80, 24), (120, 36)):  # a resize still lays the screen out
            await pilot.resize_terminal(*size)
            detail = screen.query_one("#detail")
            await wait_until(pilot, lambda s=size, d=detail: (
                screen.size == s and d.region.right == s[0]), what="the new size laid out")

    drive(db_path, steps)


def test_first_frame_has_the_footer_keys_and_focus_goes_to_the_tree_only(
        db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The tree has focus from the start (the search field never had it, as Textual's
    default focus gave it on compose), and the footer's keys are composed before the
    first layout: the first frame of the screen already shows them."""
    seeded(db_path)
    focused: list[str] = []
    set_focus = AssessmentScreen.set_focus

    def recording(self: AssessmentScreen, widget: Any, *args: Any, **kwargs: Any) -> None:
        focused.append(getattr(widget, "id", None) or type(widget).__name__)
        set_focus(self, widget, *args, **kwargs)

    monkeypatch.setattr(AssessmentScreen, "set_focus", recording)
    first_frame: list[str] = []

    async def steps(pilot: Any, app: Bio2App) -> None:
        terminal = Terminal(app)
        display = app._display

        def recording_frame(screen: Any, update: Any) -> None:
            display(screen, update)  # the terminal applies it
            if isinstance(screen, AssessmentScreen) and update is not None and not first_frame:
                first_frame.append(terminal.text(Region(0, 0, *app.size))[-1])

        app._display = recording_frame  # type: ignore[method-assign]
        screen = await open_first(pilot, app)
        assert app.focused is screen.item_tree
        assert set(focused) == {"tree"}  # while opening
        footer = screen.query_one(Footer)
        assert _shown(footer) == await _textual_keys(pilot, screen)

    drive(db_path, steps)
    assert first_frame and "e formulier" in first_frame[0]  # the footer's line


@pytest.mark.parametrize("size", [(80, 24), (120, 36), (120, 160)])
def test_scroll_bars_are_what_textual_decides_after_opening(db_path: Path,
                                                            size: tuple[int, int]) -> None:
    """The tree and the detail pane start with a scroll bar (the screen is laid out once
    with the widths they end with). Afterwards each has one exactly where its content
    overflows, as Textual decides, also where the guess was wrong (at 160 lines the
    first item and its form fit), and the screen equals a repaint from scratch."""
    seeded(db_path)
    stale: list[str] = []

    async def steps(pilot: Any, app: Bio2App) -> None:
        terminal = Terminal(app)
        screen = await open_first(pilot, app)
        await wait_until(pilot, lambda: screen.query("FooterKey"), what="the footer")
        for widget in (screen.item_tree, screen.query_one("#detail")):
            overflows = widget.virtual_size.height > widget.container_size.height
            assert widget.show_vertical_scrollbar == overflows, widget
            assert widget.vertical_scrollbar.display == overflows, widget
            shown = widget.show_vertical_scrollbar
            widget._refresh_scrollbars()  # Textual's own decision, made again
            assert widget.show_vertical_scrollbar == shown, widget
        detail = screen.query_one("#detail")
        assert detail.show_vertical_scrollbar == (size[1] < 100)
        stale.extend(await stale_rows(pilot, terminal, Region(0, 0, *size)))

    drive(db_path, steps, size=size)
    assert not stale
