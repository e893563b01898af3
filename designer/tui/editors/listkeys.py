"""What every list editor shares with the keyboard: the table takes the focus, not the buttons.

Tab into a list editor lands on its table, whose highlighted row `a` / `e` / `d` and Enter act
on; the header buttons beside the title are for the mouse and never take the focus (with them
focused, the footer offered `a e d` while arrows scrolled the page and `e` edited whatever row
was highlighted last). After a dialog the focus returns to the table, on the row just edited.
"""

from __future__ import annotations

import re
from typing import Any

from textual.widgets import Button

from designer.tui.widgets.row_table import RowTable


class HeaderButton(Button, can_focus=False):
    """A button of an editor's header: clicked with the mouse, its key does the same."""

    def __init__(self, label: str, name: str, tooltip: str = "", **kwargs: Any) -> None:
        super().__init__(label, name=name, compact=True, tooltip=tooltip or None, **kwargs)


def back_to_row(table: RowTable, row: int | None) -> None:
    """Put the focus on `table` with `row` highlighted (after its dialog closed)."""
    if row is not None and table.row_count:
        table.move_cursor(row=max(0, min(row, table.row_count - 1)))
    if table.is_attached and table.screen.is_active:
        table.focus()
    else:  # the dialog is still on top for a moment: once it has gone
        table.call_after_refresh(table.focus)


def named_in(item: str, where: str) -> str | None:
    """The name in `item` right after `where`: `data.caching[User].ttl` → `User` for
    `data.caching`; "" for the list itself; None when `item` is not under `where`."""
    if item == where:
        return ""
    found = re.match(re.escape(where) + r"\[([^\]]*)\]", item)
    return found.group(1) if found else None


def focus_row(table: RowTable, row: int | None) -> bool:
    """Focus `table` on `row` (or its first row) and bring it into view; True."""
    back_to_row(table, row)
    table.call_after_refresh(table.scroll_visible, animate=False, top=True)
    return True
