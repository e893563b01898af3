"""Editors of a list beside the inner list of its highlighted item (GraphQL operations and
their arguments, gRPC services and their RPCs): the two panes, the highlighted item, the
problems under them and focusing the item a problem names. What the items are, how a row shows
one and what add / edit / delete do is each editor's own."""

from __future__ import annotations

from typing import Any, ClassVar

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Label, Static

from designer.tui.editors.listkeys import HeaderButton, focus_row, named_in
from designer.tui.editors.records import plain, problem_text, say
from designer.tui.editors.styled import StyleGate
from designer.tui.editors.tables import TablesEditor
from designer.tui.widgets.row_table import RowTable


class MasterDetailEditor(StyleGate, TablesEditor):
    """`TABLES` names the outer list's table, then the inner list's; the panes are
    `pane-<table>` and the inner list's label `<inner table>-label`."""

    TITLE: ClassVar[str] = ""
    """The editor's heading."""
    WHERE: ClassVar[str] = ""
    """Where the outer list is in the design (`api.grpc.services`), as problems name it."""
    OUTER: ClassVar[str] = ""
    """The outer pane's label (`Services`)."""
    INNER: ClassVar[str] = ""
    """The inner pane's label (`RPCs`), `… of <name>` for a highlighted item with a name."""
    EMPTY: ClassVar[str] = ""
    """The hint shown while the outer list is empty."""

    def items(self) -> list[Any]:
        """The live outer list."""
        raise NotImplementedError

    def row(self, index: int, item: Any) -> tuple[str, ...]:
        """The outer table's row of `item`."""
        raise NotImplementedError

    def inner_rows(self, item: Any) -> list[tuple[str, ...]]:
        """The inner table's rows of the highlighted `item`."""
        raise NotImplementedError

    def compose(self) -> ComposeResult:
        outer, inner = self.TABLES
        with Horizontal(classes="editor-header"):
            yield Label(self.TITLE, classes="editor-title")
            yield HeaderButton("Add", "add", tooltip="Add (a)")
            yield HeaderButton("Edit", "edit", tooltip="Edit (e)")
            yield HeaderButton("Delete", "delete", tooltip="Delete (d)")
        with Horizontal(classes="pane-row"):
            with Vertical(classes="pane", id=f"pane-{outer}"):
                yield Label(self.OUTER)
                yield RowTable(id=outer)
            with Vertical(classes="pane", id=f"pane-{inner}"):
                yield Label(self.INNER, id=f"{inner}-label")
                yield RowTable(id=inner)
        yield Static("", classes="editor-hint")
        yield Static("", classes="editor-problems")

    def highlighted(self) -> Any | None:
        """The highlighted item of the outer list."""
        items = self.items()
        table = self.table(self.TABLES[0])
        if not items or not table.row_count:
            return None
        return items[min(table.cursor_row, len(items) - 1)]

    def fill(self, row: int | None = None) -> None:
        """Re-read the tables and the problems."""
        self.gate()
        self.table(self.TABLES[0]).set_rows([
            (str(i), self.row(i, item)) for i, item in enumerate(self.items())], cursor=row)
        self.fill_inner()
        self.show_problems()

    def fill_inner(self) -> None:
        """The inner list of the highlighted item."""
        item = self.highlighted()
        label = f"{self.INNER} of {item.name}" if item is not None and item.name else self.INNER
        inner = self.TABLES[1]
        self.query_one(f"#{inner}-label", Label).update(plain(label))
        rows = self.inner_rows(item) if item is not None else []
        self.table(inner).set_rows([(str(i), row) for i, row in enumerate(rows)])

    def show_problems(self) -> None:
        """The problems of the outer list's items in red under the tables."""
        say(self.query_one(".editor-problems", Static), problem_text(self.problems()))
        say(self.query_one(".editor-hint", Static), "" if self.items() else self.EMPTY)

    def problems_changed(self) -> None:
        """The screen has newer problems: list them."""
        self.show_problems()

    def focus_item(self, item: str) -> bool:
        """Focus the item `item` names (`api.grpc.services[InventoryService]…`)."""
        name = named_in(item, self.WHERE)
        if name is None:
            return False
        names = [each.name for each in self.items()]
        row = names.index(name) if name in names else 0
        self.fill(row)
        return focus_row(self.table(self.TABLES[0]), row)

    def on_row_table_row_highlighted(self, event: RowTable.RowHighlighted) -> None:
        """Moving through the outer list shows each item's inner list."""
        if event.table.id == self.TABLES[0]:
            self.fill_inner()
