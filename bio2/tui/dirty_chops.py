"""A partial repaint asks only the widgets under the changed cells (issue 12: next item
< 16 ms of CPU per key).

Textual paints a partial update of the screen (``Compositor.render_partial_update``) by
taking the rectangle around all changed regions and asking every widget inside it for its
lines, then cutting each line of each widget into the pieces between widget edges
(``Strip.divide``) for every row that holds a change. Moving to the next item changes the
tree's cursor lines on the left and the item's head, fields and text on the right, so the
rectangle is nearly the whole screen: about 80 widgets are asked (most answer with the
same lines, :mod:`bio2.tui.paint_memo`) and a few hundred strips are divided, while only
the cells of the changed regions are ever written to the terminal (``ChopsUpdate`` skips
every piece outside its spans).

:func:`install` replaces that method with one that asks a widget only when its visible
part shares cells with a changed region, and divides its lines only on the rows where it
does. Every piece written to the terminal is the one Textual would write: a piece in a
span lies in a changed region, so the frontmost widget there shares cells with that
region on that row and is asked, in the same front-to-back order, with the same crop as
before (so widgets still find their lines in their caches). Pieces outside the spans are
left empty; Textual never writes those. tests/test_tui_paint.py compares the terminal
with a repaint from scratch after moving, editing, dialogs and resizing, and
tests/test_tui_dirty_chops.py each update with Textual's own.
"""

from __future__ import annotations

from typing import Any

from textual._compositor import ChopsUpdate, Compositor
from textual.geometry import Region
from textual.strip import Strip

Spans = list[tuple[int, int, int]]


def _subtract(intervals: list[tuple[int, int]], left: int, right: int) -> list[tuple[int, int]]:
    """``intervals`` without the cells ``left`` to ``right`` (exclusive)."""
    kept: list[tuple[int, int]] = []
    for x1, x2 in intervals:
        if right <= x1 or x2 <= left:
            kept.append((x1, x2))
            continue
        if x1 < left:
            kept.append((x1, left))
        if right < x2:
            kept.append((right, x2))
    return kept


def dirty_chops(compositor: Compositor, spans: Spans) -> list[dict[int, Strip | None]]:
    """The pieces of every row (keyed by the x of their cut) that the spans need; the
    pieces no span touches stay ``None``.

    Widgets come front to back (the compositor's order, in which the first piece for a
    cut wins); a widget is asked for its lines only when it shares cells with a part of a
    span that no widget in front of it has filled yet, and only those rows are divided."""
    cuts = compositor.cuts
    chops: list[dict[int, Strip | None]] = [dict.fromkeys(cut_set[:-1]) for cut_set in cuts]
    #: Per row, the cells of the spans not filled yet.
    open_cells: dict[int, list[tuple[int, int]]] = {}
    for y, x1, x2 in spans:
        open_cells.setdefault(y, []).append((x1, x2))
    contains_region = Region.contains_region
    intersection = Region.intersection
    for widget, (region, clip) in compositor.visible_widgets.items():
        if not open_cells:
            break
        render_region = intersection(region, clip)
        left, y0, width, height = render_region
        if not (width and height):
            continue
        right = left + width
        bottom = y0 + height
        rows = open_cells if len(open_cells) < height else range(y0, bottom)
        lines = sorted(y for y in rows if y0 <= y < bottom and any(
            x1 < right and left < x2 for x1, x2 in open_cells.get(y, ())))
        if not lines:
            continue
        if contains_region(clip, region):
            crop = Region(0, 0, region.width, region.height)
        else:
            crop = Region(left - region.x, y0 - region.y, width, height)
        strips = widget.render_lines(crop)
        for y in lines:
            if y - y0 >= len(strips):
                break
            strip = strips[y - y0]
            chops_line = chops[y]
            final_cuts = [cut for cut in cuts[y] if right >= cut >= left]
            pieces = strip.divide([cut - left for cut in final_cuts[1:]])
            # Front to back: the first piece for a cut wins (as in Textual).
            for cut, piece in zip(final_cuts, pieces, strict=False):
                if chops_line.get(cut) is None:
                    chops_line[cut] = piece
            remaining = _subtract(open_cells[y], left, min(right, left + strip.cell_length))
            if remaining:
                open_cells[y] = remaining
            else:
                del open_cells[y]
    return chops


def _render_partial_update(self: Compositor) -> ChopsUpdate | None:
    """``Compositor.render_partial_update`` built with :func:`dirty_chops`."""
    update_regions = self._dirty_regions.copy()
    self._dirty_regions.clear()
    if not update_regions:
        return None
    spans = list(self._regions_to_spans(update_regions))
    chops: Any = dirty_chops(self, spans)
    chop_ends = [cut_set[1:] for cut_set in self.cuts]
    return ChopsUpdate(chops, spans, chop_ends)


_render_partial_update.__wrapped__ = Compositor.render_partial_update  # type: ignore[attr-defined]


def install() -> None:
    """Use :func:`dirty_chops` for every partial update of the app (once)."""
    if not hasattr(Compositor.render_partial_update, "__wrapped__"):
        Compositor.render_partial_update = _render_partial_update  # type: ignore[method-assign]
