"""A ``DataTable`` for many one-line rows in columns of fixed width (the start screen).

Textual's ``DataTable`` measures every cell of every new row when it next goes idle
(``_update_dimensions``), for auto-sized columns and rows of automatic height; with
1,000 assessments that was about 6,000 measurements (0.7 s under load) in one go, the
longest freeze of the start screen. When every column has an explicit width and every
row is one line high, those measurements change nothing: this table then only sets the
scrollable size (row count plus header by total column width). In any other case it
measures as ``DataTable`` does.

Decision: a subclass that overrides one private method of the pinned Textual version
(``textual==8.2.8`` in pyproject.toml) rather than a list widget of our own, so cursor,
keys, mouse, zebra stripes and every test that reads the table keep working. A test
compares the scrollable size with a plain ``DataTable`` holding the same rows, so an
upgrade that changes the method's contract fails there, not on a user's screen.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from textual.geometry import Size
from textual.widgets import DataTable
from textual.widgets.data_table import RowKey


class FixedTable(DataTable[Any]):
    """``DataTable`` that skips measuring cells when widths and heights are fixed."""

    def _update_dimensions(self, new_rows: Iterable[RowKey]) -> None:
        new_rows = list(new_rows)
        fixed = all(not column.auto_width for column in self.columns.values())
        if not fixed or any(row.auto_height or row.label is not None
                            for key in new_rows if (row := self.rows.get(key)) is not None):
            super()._update_dimensions(new_rows)
            return
        width = sum(column.get_render_width(self) for column in self.columns.values())
        header = self.header_height if self.show_header else 0
        self.virtual_size = Size(width + self._row_label_column_width,
                                 self._total_row_height + header)
