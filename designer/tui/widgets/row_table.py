"""A read-only table with a row cursor that renders only the rows on screen.

Textual's `DataTable` measures every cell with Rich and rebuilds everything on each change,
which costs hundreds of milliseconds for a design with thousands of endpoints. `RowTable`
takes all rows in one call, sizes columns from plain text and draws just the visible lines
(the Line API), so a row costs little more than the tuple that describes it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import ClassVar

from rich.cells import cell_len, set_cell_size
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.cache import LRUCache
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from designer.tui.widgets.steady import Steady

Cell = str | Text
"""One cell: plain text (never read as markup) or a `Text` whose styles are kept."""

PADDING = 1
"""Blank cells either side of every column, as in DataTable."""

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def plain_of(cell: Cell) -> str:
    """The text of `cell` on one line: newlines, tabs and other control codes become spaces."""
    text = cell.plain if isinstance(cell, Text) else cell
    return text if text.isprintable() else _CONTROL.sub(" ", text)


def cells_of(text: str) -> int:
    """Terminal cells `text` takes (wide characters such as Korean or emoji take two)."""
    return len(text) if text.isascii() else cell_len(text)


def cut(plain: str, width: int) -> tuple[str, int]:
    """`plain` fitted to `width` cells with "…" where it was cut, and its size.

    Text is cut at the end. A path or a dotted location (one word holding / or .) is cut in
    the middle: what tells /auth/login from /auth/logout is at its end.
    """
    size = cells_of(plain)
    if size <= width:
        return plain, size
    if width <= 1:
        return "…"[:width], max(width, 0)
    if " " not in plain.strip() and ("/" in plain or "." in plain) and width >= 7:
        tail_width = (width - 1) // 2
        head = set_cell_size(plain, width - 1 - tail_width).rstrip(" ")
        tail = plain[-tail_width:]
        while cells_of(tail) > tail_width:
            tail = tail[1:]
        text = head + "…" + tail
        return text, cells_of(text)
    # set_cell_size pads a wide character cut in half with a space; drop it so the ellipsis
    # follows the text.
    head = set_cell_size(plain, width - 1).rstrip(" ")
    return head + "…", cells_of(head) + 1


def fit(cell: Cell, width: int) -> Text:
    """`cell` as exactly `width` cells: cut with "…" when longer, padded when shorter."""
    plain = plain_of(cell)
    if isinstance(cell, Text):
        text = cell.copy()
        text.plain = plain  # same length as before, so the spans still line up
    else:
        text = Text(plain)
    head, size = cut(plain, width)
    text.plain = head
    text.pad_right(width - size)
    return text


class RowMessage(Message):
    """Something happened to row `row` (key `key`) of `table`."""

    def __init__(self, table: RowTable, row: int, key: str) -> None:
        super().__init__()
        self.table = table
        """The table."""
        self.row = row
        """Index of the row."""
        self.key = key
        """Key of the row."""

    @property
    def control(self) -> RowTable:
        """The table, so `@on(RowTable.RowSelected, "#id")` works."""
        return self.table


class RowTable(Steady, ScrollView, can_focus=True):
    """Rows of cells under a fixed header, with a row cursor; only visible rows are drawn.

    Fill it with `set_columns` once and `set_rows` whenever the data changes. Up / down,
    page up / page down and home / end move the cursor (posting `RowHighlighted`); Enter, or
    a click on the highlighted row, posts `RowSelected`.
    """

    ALLOW_SELECT = False
    """Rows are picked with the cursor, not selected as text."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "row-table--header",
        "row-table--cursor",
        "row-table--even-row",
    }
    """
    | Class | Description |
    | :- | :- |
    | `row-table--header` | The header row. |
    | `row-table--cursor` | The highlighted row (stronger while the table has focus). |
    | `row-table--even-row` | Rows 0, 2, 4… when `zebra_stripes` is on. |
    """

    # The look of DataTable's DEFAULT_CSS, so the two kinds of table sit well side by side.
    DEFAULT_CSS = """
    RowTable {
        background: $surface;
        color: $foreground;
        height: auto;
        max-height: 100%;
        &:focus {
            background-tint: $foreground 5%;
            & > .row-table--cursor {
                background: $block-cursor-background;
                color: $block-cursor-foreground;
                text-style: $block-cursor-text-style;
            }
            & > .row-table--header { background-tint: $foreground 5%; }
        }
        &:dark > .row-table--even-row { background: $surface-darken-1 40%; }
        & > .row-table--header { text-style: bold; background: $panel; color: $foreground; }
        &:ansi > .row-table--header { background: ansi_bright_blue; color: ansi_default; }
        & > .row-table--even-row { background: $surface-lighten-1 50%; }
        & > .row-table--cursor {
            background: $block-cursor-blurred-background;
            color: $block-cursor-blurred-foreground;
            text-style: $block-cursor-blurred-text-style;
        }
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up", "cursor_up", "Cursor up", show=False),
        Binding("down", "cursor_down", "Cursor down", show=False),
        Binding("pageup", "cursor_page_up", "Page up", show=False),
        Binding("pagedown", "cursor_page_down", "Page down", show=False),
        Binding("home", "cursor_first", "First row", show=False),
        Binding("end", "cursor_last", "Last row", show=False),
        Binding("enter", "select_cursor", "Select", show=False),
    ]
    """Left / right (inherited) scroll sideways."""

    class RowHighlighted(RowMessage):
        """The cursor moved to another row (keys, a click or `cursor_row`)."""

    class RowSelected(RowMessage):
        """Enter, or a click on the highlighted row."""

    def __init__(
        self,
        *,
        zebra_stripes: bool = False,
        name: str | None = None,
        id: str | None = None,
        classes: str | None = None,
        disabled: bool = False,
    ) -> None:
        super().__init__(name=name, id=id, classes=classes, disabled=disabled)
        self.zebra_stripes = zebra_stripes
        """Shade every other row (set before the first `set_rows`)."""
        self._labels: list[Cell] = []
        self._max_widths: list[int | None] = []
        self._widths: list[int] = []
        self._keys: list[str] = []
        self._rows: list[Sequence[Cell]] = []
        self._index: dict[str, int] | None = None  # key → row, built on first look-up
        self._cursor = 0
        self._settling = False  # rows changed; scroll to the cursor once laid out
        self._lines: LRUCache[tuple[int, bool, bool, int, int], Strip] = LRUCache(256)

    # -- data -----------------------------------------------------------------------------

    def set_columns(self, labels: Sequence[Cell], max_widths: Sequence[int | None] | None = None
                    ) -> None:
        """Name the columns; a column is never wider than its `max_widths` entry (None: no cap)."""
        self._labels = list(labels)
        caps = list(max_widths or [])
        self._max_widths = (caps + [None] * len(self._labels))[: len(self._labels)]
        self._measure()

    def set_rows(self, rows: Sequence[tuple[str, Sequence[Cell]]], cursor: int | None = None
                 ) -> None:
        """Replace every row with `(key, cells)` pairs.

        The cursor goes to `cursor`, or stays at its index, clamped to the new rows. No
        message is posted: the caller knows what it changed.
        """
        self._keys = [key for key, _ in rows]
        self._rows = [cells for _, cells in rows]
        self._index = None
        target = self._cursor if cursor is None else cursor
        self._cursor = max(0, min(target, len(self._rows) - 1))
        self._measure()
        self._settling = True
        self.call_after_refresh(self._settle)

    def _measure(self) -> None:
        """Column widths from the plain text of every cell; the virtual size follows."""
        widths = [cells_of(plain_of(label)) for label in self._labels]
        count = len(widths)
        for cells in self._rows:
            for i, cell in zip(range(count), cells, strict=False):  # extra cells: ignored
                text = cell if isinstance(cell, str) else cell.plain
                # Inlined fast path: this loop is the only per-row cost of set_rows.
                size = len(text) if text.isascii() and text.isprintable() else \
                    cells_of(plain_of(text))
                if size > widths[i]:
                    widths[i] = size
        self._widths = [w if cap is None else min(w, cap)
                        for w, cap in zip(widths, self._max_widths, strict=True)]
        table_width = sum(w + 2 * PADDING for w in self._widths)
        self.virtual_size = Size(table_width, len(self._rows) + 1)
        self._lines.clear()
        self.refresh(layout=True)

    @property
    def row_count(self) -> int:
        """Number of rows (the header not counted)."""
        return len(self._rows)

    def row_key(self, index: int) -> str:
        """Key of the row at `index`."""
        return self._keys[index]

    def row_text(self, index: int) -> list[str]:
        """The cells of the row at `index`, as plain text."""
        return [plain_of(cell) for cell in self._rows[index]]

    def get_row_index(self, key: str) -> int:
        """Index of the row with `key` (KeyError when there is none)."""
        if self._index is None:
            self._index = {k: i for i, k in enumerate(self._keys)}
        return self._index[key]

    # -- cursor ---------------------------------------------------------------------------

    @property
    def cursor_row(self) -> int:
        """Index of the highlighted row (0 when the table is empty)."""
        return self._cursor

    @cursor_row.setter
    def cursor_row(self, row: int) -> None:
        row = max(0, min(row, len(self._rows) - 1))
        if row == self._cursor:
            return
        self._refresh_row(self._cursor)
        self._cursor = row
        self._refresh_row(row)
        if not self._settling:
            self._scroll_to_cursor()
        self.post_message(self.RowHighlighted(self, row, self._keys[row]))

    def move_cursor(self, *, row: int) -> None:
        """Highlight `row` (clamped) and scroll it into view."""
        self.cursor_row = row
        if not self._settling:
            self._scroll_to_cursor()

    def _settle(self) -> None:
        self._settling = False
        self._scroll_to_cursor()

    def _body_height(self) -> int:
        """Rows visible under the header."""
        return self.scrollable_content_region.height - 1

    def _scroll_to_cursor(self) -> None:
        body = self._body_height()
        if body < 1 or not self._rows:
            return
        top = self.scroll_offset.y
        if self._cursor < top:
            self.scroll_to(y=self._cursor, animate=False, force=True)
        elif self._cursor >= top + body:
            self.scroll_to(y=self._cursor - body + 1, animate=False, force=True)

    def _refresh_row(self, row: int) -> None:
        # Virtual line row + 1 sits at screen line row + 1 - scroll_y (the header is line 0).
        self.refresh_line(row + 1)

    # -- actions and mouse ----------------------------------------------------------------

    def action_cursor_up(self) -> None:
        """Highlight the row above."""
        self.cursor_row -= 1

    def action_cursor_down(self) -> None:
        """Highlight the row below."""
        self.cursor_row += 1

    def action_cursor_page_up(self) -> None:
        """Move up by a screenful of rows."""
        self.cursor_row -= max(1, self._body_height())

    def action_cursor_page_down(self) -> None:
        """Move down by a screenful of rows."""
        self.cursor_row += max(1, self._body_height())

    def action_cursor_first(self) -> None:
        """Highlight the first row."""
        self.cursor_row = 0

    def action_cursor_last(self) -> None:
        """Highlight the last row."""
        self.cursor_row = len(self._rows) - 1

    def action_select_cursor(self) -> None:
        """Post `RowSelected` for the highlighted row."""
        if self._rows:
            self.post_message(self.RowSelected(self, self._cursor, self._keys[self._cursor]))

    async def _on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None or offset.y == 0:  # outside the rows, or on the header
            return
        row = self.scroll_offset.y + offset.y - 1
        if not 0 <= row < len(self._rows):
            return
        event.stop()
        if row == self._cursor:
            self.action_select_cursor()  # as DataTable: a second click selects
        else:
            self.cursor_row = row

    # -- rendering ------------------------------------------------------------------------

    def notify_style_update(self) -> None:
        """Theme, focus or CSS changed: every cached line has stale colours."""
        super().notify_style_update()
        self._lines.clear()
        self.refresh()

    def render_line(self, y: int) -> Strip:
        """Line `y` of the widget: the header at 0, then rows from the scroll position."""
        scroll_x, scroll_y = self.scroll_offset
        width = self.size.width
        row = -1 if y == 0 else scroll_y + y - 1
        if row >= len(self._rows):
            return Strip.blank(width, self.rich_style)
        key = (row, row == self._cursor, self.has_focus, width, scroll_x)
        strip = self._lines.get(key)
        if strip is None:
            strip = self._render_row(row, scroll_x, width)
            self._lines[key] = strip
        return strip

    def _render_row(self, row: int, scroll_x: int, width: int) -> Strip:
        """Row `row` (-1: the header) cut to the `width` cells seen from `scroll_x`."""
        style = self.rich_style
        post = Style.null()
        if row < 0:
            style += self.get_component_rich_style("row-table--header")
            cells: Sequence[Cell] = self._labels
        else:
            if self.zebra_stripes and row % 2 == 0:
                style += self.get_component_rich_style("row-table--even-row")
            if row == self._cursor:
                cursor = self.get_component_rich_style("row-table--cursor")
                style += cursor
                # Cursor colours win over colours in the cells; their bold or italic stay.
                post = Style(color=cursor.color, bgcolor=cursor.bgcolor)
            cells = self._rows[row]
        # Plain cells are joined into one segment; Text cells keep their own styles.
        segments: list[Segment] = []
        pad = " " * PADDING
        plain: list[str] = []
        for i, column in enumerate(self._widths):
            cell = cells[i] if i < len(cells) else ""
            if isinstance(cell, Text):
                segments.append(Segment("".join(plain) + pad, style))
                plain = []
                styled = fit(cell, column)
                console = self.app.console
                # Text.render drops the base style of a Text without spans: add it here.
                base = style + console.get_style(styled.style) if styled.style else style
                segments += Segment.apply_style(styled.render(console), base, post)
                plain.append(pad)
            else:
                text, size = cut(plain_of(cell), column)
                plain += (pad, text, " " * (column - size + PADDING))
        segments.append(Segment("".join(plain), style))
        strip = Strip(segments, self.virtual_size.width)
        return strip.crop_extend(scroll_x, scroll_x + width, style)
