"""The navigation tree: theme > control > measure, ISMS clauses as their own branch.

Each item shows a status mark (a symbol, so it reads without colour too); controls and
themes show "answered/items". After a change only the labels on the item's path are
redrawn, never the whole tree, unless a filter is on and the change alters which items
match it: then the tree is rebuilt (:meth:`ItemTree.rebuild`). Beside the status mark,
``≠`` marks an item where the auditor's status differs (:mod:`bio2.analysis.auditdiff`)
and ``✎`` one whose form holds input that could not be saved (a draft of the assessment
screen).

Two costs of Textual's own ``Tree`` are left out (issue 12, moving through the items must
stay well under 16 ms of CPU per key; both are pinned by tests/test_tui_tree_paint.py):

- a new label for a theme or control repaints that one line; Textual's ``set_label``
  repaints every line below the node too (a status change repainted the whole theme);
- a new size repaints the tree, without building its lines again (Textual's resize
  throws them away, although they do not depend on the size);
- scrolling by a few lines (the cursor moving past the edge) moves the lines already
  painted and paints only the lines that come into view; Textual paints every line again;
  its scrollbar paints its cells directly (:mod:`bio2.tui.widgets.scrollbar`).
"""

from __future__ import annotations

from collections.abc import Container

from rich.text import Text
from textual import events
from textual.scrollbar import ScrollBar
from textual.widgets import Tree
from textual.widgets.tree import TreeNode

from bio2.analysis.auditdiff import MARK as DIFFERS
from bio2.analysis.auditdiff import differs
from bio2.domain.base import THEMES
from bio2.domain.scorecard import GroupScore, ItemScore
from bio2.i18n import pick, t
from bio2.tui.style_memo import StyleMemo
from bio2.tui.widgets.bars import percent
from bio2.tui.widgets.scrollbar import lean_vertical_scrollbar
from bio2.usecases.editing import Session

MARKS = {"ja": "✔", "deels": "◐", "nee": "✘", "nvt": "–", "open": "·", "excluded": "⊘"}
STYLES = {"ja": "green", "deels": "yellow", "nee": "red", "nvt": "dim", "open": "",
          "excluded": "dim"}


def mark_of(score: ItemScore) -> str:
    return "excluded" if score.excluded_by_vvt else score.status


class ItemTree(StyleMemo, Tree[str]):
    """Tree whose node data is an item id, ``control:<id>`` or ``theme:<key>``; its
    part styles (cursor, guides, labels) are kept between repaints while its styles stay
    the same (:mod:`bio2.tui.style_memo`)."""

    def __init__(self, session: Session, **kwargs: object) -> None:
        super().__init__(t("tui.tree.root"), **kwargs)  # type: ignore[arg-type]
        self.session = session
        self.show_root = False
        self.guide_depth = 2
        self.auto_expand = False
        self.nodes_by_key: dict[str, TreeNode[str]] = {}
        #: Items with unsaved (invalid) form input; the assessment screen shares its dict.
        self.drafts: Container[str] = ()

    def build(self, visible: list[str], expand: bool = True) -> None:
        """(Re)build the tree with the items in ``visible`` and their parents."""
        self.clear()
        self.nodes_by_key = {}
        session = self.session
        card = session.scorecard()

        def label(key: str) -> Text:
            return self._label(key, card.items, card.controls, card.themes)

        shown = set(visible)
        for theme in (*THEMES, "isms"):
            items = [i for i in session.catalog.items.values()
                     if i.theme == theme and i.id in shown]
            if not items:
                continue
            key = f"theme:{theme}"
            theme_node = self.nodes_by_key[key] = self.root.add(label(key), data=key,
                                                                expand=True)
            for item in items:
                parent = theme_node
                if item.kind == "measure" and item.control:
                    key = f"control:{item.control}"
                    parent = self.nodes_by_key.get(key) or theme_node.add(
                        label(key), data=key, expand=expand)
                    self.nodes_by_key[key] = parent
                self.nodes_by_key[item.id] = parent.add_leaf(label(item.id), data=item.id)

    def _label(self, key: str, items: dict[str, ItemScore], controls: dict[str, GroupScore],
               themes: dict[str, GroupScore]) -> Text:
        catalog = self.session.catalog
        if key.startswith("theme:"):
            theme = key.split(":", 1)[1]
            g = themes[theme]
            label = Text(t(f"theme.{theme}"), style="bold")
            label.append(f"  {g.answered}/{g.items} {percent(g.score).strip()}", style="dim")
            return label
        if key.startswith("control:"):
            control_id = key.split(":", 1)[1]
            control = catalog.controls[control_id]
            g = controls[control_id]
            excluded = not self.session.control_applicable(control_id)
            label = Text(f"{MARKS['excluded']} " if excluded else "", style="dim")
            label.append(f"{control_id} {pick(control.title, control.title_en)}")
            label.append(f"  {g.answered}/{g.items}", style="dim")
            return label
        score = items[key]
        mark = mark_of(score)
        label = Text(MARKS[mark], style=STYLES[mark])
        if differs(self.session.answers.get(key), self.session.data.audit.get(key)):
            label.append(DIFFERS, style="bold magenta")
        if key in self.drafts:
            label.append("✎", style="bold red")
        label.append(f" {key} {self.session.item_title(key)}",
                     style="dim" if mark == "excluded" else "")
        return label

    def _on_resize(self, event: events.Resize) -> None:
        # Textual's Tree also throws every built and painted line away here and asks for
        # a layout: its lines are built without regard to the size and painted lines are
        # kept per width, and a widget whose size changed is repainted anyway. The first
        # layout of the assessment screen sends this, so each open built and painted the
        # whole tree twice (issue 12).
        event.prevent_default()  # Tree._on_resize
        self._line_cache.grow(event.size.height)

    def item_ids(self) -> list[str]:
        """The items shown, in catalog order."""
        return [key for key in self.nodes_by_key if ":" not in key]

    def refresh_item(self, item_id: str) -> None:
        """Redraw the labels of one item and its control and theme."""
        card = self.session.scorecard()
        item = self.session.catalog.items[item_id]
        for key in (item_id, f"control:{item.control}", f"theme:{item.theme}"):
            node = self.nodes_by_key.get(key)
            if node is not None:
                self._relabel(node, self._label(key, card.items, card.controls, card.themes))

    def _relabel(self, node: TreeNode[str], label: Text) -> None:
        """``node.set_label`` that repaints only the node's own line.

        Textual's version repaints the lines of all descendants as well. Their pictures do
        not depend on the label of a node above them (only on its place and whether it is
        hovered or selected), so they are left as painted."""
        node._updates += 1  # the line cache key of this node's line (and those below it)
        node._label = self.process_label(label)
        if node._line >= 0:
            self._refresh_line(node._line)

    @property
    def vertical_scrollbar(self) -> ScrollBar:
        return lean_vertical_scrollbar(self)

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        """Scrolled: move the painted lines instead of painting every line again."""
        if self.show_vertical_scrollbar:
            self.vertical_scrollbar.position = new_value
        delta = round(new_value) - round(old_value)
        if delta and not self._shift_painted(delta):
            self.refresh(self.size.region)

    def _shift_painted(self, delta: int) -> bool:
        """Move the painted lines ``delta`` rows up (down when negative); False when that
        is not possible and everything must be painted again.

        Textual keeps the painted lines of a widget per row in its styles cache, and a
        row's picture only depends on the tree line shown there (its data carries the tree
        line number, not the row). Rows that come into view, and rows still waiting for
        a repaint, are painted on the next frame; the screen is told that the whole tree
        changed, so the moved rows are drawn at their new place."""
        height = self.region.height
        if not (self.is_mounted and height and abs(delta) < height):
            return False
        if any(self.styles.gutter):  # rows are content lines only without border/padding
            return False
        cache = self._styles_cache
        rows = cache._cache
        cache._cache = {y - delta: strip for y, strip in rows.items()
                        if 0 <= y - delta < height}
        cache._dirty_lines = {y - delta for y in cache._dirty_lines
                              if 0 <= y - delta < height}
        self._repaint_regions.add(self.outer_size.region)
        self._repaint_required = True
        self.check_idle()
        return True

    def refresh_control(self, control_id: str) -> None:
        """Redraw a control and all its items (after a VvT change)."""
        for item in self.session.catalog.items_of_control(control_id):
            self.refresh_item(item.id)
        node = self.nodes_by_key.get(f"control:{control_id}")
        if node is not None:
            card = self.session.scorecard()
            self._relabel(node, self._label(node.data or "", card.items, card.controls,
                                            card.themes))

    def rebuild(self, visible: list[str], keep: str | None) -> bool:
        """Build the tree again for ``visible`` (a filter's items after a change made
        elsewhere: some match no more, others match now) with the cursor on ``keep`` when
        it is still shown; True when it is. Controls are expanded as in :meth:`build`.
        When ``keep`` is gone the tree has no cursor: nothing else is opened in its place
        (the form keeps the item the user was on until they move)."""
        self.build(visible)
        return keep is not None and self.go_to(keep)

    def refresh_all(self) -> None:
        card = self.session.scorecard()
        for key, node in self.nodes_by_key.items():
            self._relabel(node, self._label(key, card.items, card.controls, card.themes))

    def go_to(self, item_id: str) -> bool:
        """Move the cursor to an item (expanding its control); False when not shown."""
        node = self.nodes_by_key.get(item_id)
        if node is None:
            return False
        parent = node.parent
        if parent is not None and not parent.is_expanded:
            parent.expand()
            self.call_after_refresh(self.move_cursor, node)
        elif node.line < 0:
            self.call_after_refresh(self.move_cursor, node)
        else:
            self.move_cursor(node)
        return True
