"""The nested fields of an inline object (`address: object` with street, city …), edited in a
dialog of their own: a table with add, edit and delete, each field in the same typed-field form
as any other, so an object inside an object works the same way one level down."""

from __future__ import annotations

from typing import Any, ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import DataTable, Footer, Label

from designer.contract.types import short_text
from designer.model.design import Design
from designer.model.types import Member


class NestedFieldsScreen(ModalScreen[list[Member] | None]):
    """Edit a list of nested fields; dismissed with the new list (ctrl+s) or None (escape)."""

    DEFAULT_CSS = """
    NestedFieldsScreen { align: center middle; }
    NestedFieldsScreen #dialog { width: 80%; height: auto; max-height: 90%;
                                 border: round $accent; padding: 0 1; background: $surface; }
    NestedFieldsScreen DataTable { height: auto; max-height: 20; }
    NestedFieldsScreen #hint { color: $text-muted; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("a", "add", "Add", id="nested.add", tooltip="Add a nested field"),
        Binding("e", "edit", "Edit", id="nested.edit", tooltip="Edit the nested field"),
        Binding("d", "delete", "Delete", id="nested.delete", tooltip="Delete the nested field"),
        Binding("ctrl+s", "done", "Done", id="nested.done", tooltip="Keep these fields"),
        Binding("escape", "cancel", "Cancel", id="nested.cancel", tooltip="Discard changes"),
    ]

    def __init__(self, fields: list[Member], design: Design, owner: str) -> None:
        super().__init__()
        self.fields = [f.model_copy(deep=True) for f in fields]
        self.design = design
        self.owner = owner
        # Kept as an attribute: children of the dialog box mount after the screen's own Mount.
        self.table: DataTable[Text] = DataTable(cursor_type="row", zebra_stripes=True,
                                                id="nested-table")

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Label(Text(f"Nested fields of {self.owner or 'the object'}"), id="title")
            yield self.table
            yield Label("a add · e edit · d delete · ctrl+s done · esc cancel", id="hint")
        yield Footer()

    def on_mount(self) -> None:
        """Fill the table and put the keyboard in it."""
        self.table.add_columns("Field", "Type")
        self.fill()
        self.call_after_refresh(self.table.focus)

    def fill(self, row: int = 0) -> None:
        """Show the fields, the cursor on `row`."""
        table = self.table
        table.clear()
        for field in self.fields:
            table.add_row(Text(field.name), Text(short_text(field)))
        if self.fields:
            table.move_cursor(row=min(row, len(self.fields) - 1))

    def _row(self) -> int | None:
        return self.table.cursor_row if self.fields else None

    def _open(self, index: int | None) -> None:
        # Imported here: the member form imports this module for its nested-fields button.
        from designer.tui.editors.members import MemberForm, member_options

        current = self.fields[index] if index is not None else None

        def saved(record: Any | None) -> None:
            if record is None:
                return
            if index is None:
                self.fields.append(record)
            else:
                self.fields[index] = record
            self.fill(len(self.fields) - 1 if index is None else index)

        title = ("Edit" if current is not None else "Add") + f" a field of {self.owner}"
        self.app.push_screen(MemberForm(Member, current, self.design, title=title,
                                        options=member_options(Member, self.design),
                                        check=self._unique(index)), saved)

    def _unique(self, index: int | None) -> Any:
        taken = {f.name for i, f in enumerate(self.fields) if i != index}

        def check(member: Member) -> dict[str, str]:
            return {"name": f"'{member.name}' is already a field here"} \
                if member.name in taken else {}

        return check

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        """Enter on a row edits it."""
        event.stop()
        self._open(event.cursor_row)

    def action_add(self) -> None:
        """Add a nested field."""
        self._open(None)

    def action_edit(self) -> None:
        """Edit the nested field under the cursor."""
        row = self._row()
        if row is not None:
            self._open(row)

    def action_delete(self) -> None:
        """Delete the nested field under the cursor."""
        row = self._row()
        if row is not None:
            del self.fields[row]
            self.fill(row)

    def action_done(self) -> None:
        """Keep the fields."""
        self.dismiss(self.fields)

    def action_cancel(self) -> None:
        """Discard the changes."""
        self.dismiss(None)
