"""Editors made of several tables (entities, schemas): a / e / d act on the focused table, the
header buttons on the table focused last, Enter edits; one generic add / edit / delete of a list.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

from textual import events
from textual.widgets import Button

from designer.tui.editors.base import Editor
from designer.tui.editors.dialogs import ConfirmScreen
from designer.tui.editors.fields import FormOptions
from designer.tui.editors.form import RecordForm
from designer.tui.editors.members import MemberForm
from designer.tui.widgets.row_table import RowTable


def move(items: list[Any], index: int, by: int) -> int:
    """Move `items[index]` by `by` places (clamped); the item's new index."""
    target = max(0, min(len(items) - 1, index + by))
    if target != index:
        items.insert(target, items.pop(index))
    return target


class TablesEditor(Editor):
    """Base of an editor whose RowTables have the ids in `TABLES` (the first is the default)."""

    TABLES: ClassVar[tuple[str, ...]] = ()
    """Table ids, in focus order."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._last_table = self.TABLES[0]
        """Table the header buttons act on: the one focused last."""

    def table(self, name: str) -> RowTable:
        """One of the tables."""
        return self.query_one(f"#{name}", RowTable)

    def fill(self) -> None:
        """Re-read every table from the design."""
        raise NotImplementedError

    def _act(self, verb: str, table: str) -> None:
        """Run `verb` (add, edit, delete) on `table`."""
        raise NotImplementedError

    def reload(self) -> None:
        """Re-read the design."""
        if self.is_mounted:
            self.fill()

    def on_row_table_row_selected(self, event: RowTable.RowSelected) -> None:
        """Enter or a click on the highlighted row edits it."""
        event.stop()
        self._act("edit", str(event.table.id))

    def focused_table(self) -> str:
        """The table a / e / d act on: the focused one, else the first."""
        focused = self.app.focused
        if isinstance(focused, RowTable) and focused.id in self.TABLES and focused in self.query(
            RowTable
        ):
            return str(focused.id)
        return self.TABLES[0]

    def action_add(self) -> None:
        """Add to the focused table."""
        self._act("add", self.focused_table())

    def action_edit(self) -> None:
        """Edit the highlighted row of the focused table."""
        self._act("edit", self.focused_table())

    def action_delete(self) -> None:
        """Delete the highlighted row of the focused table."""
        self._act("delete", self.focused_table())

    def on_button_pressed(self, event: Button.Pressed) -> None:
        """Header buttons act on the table that had focus last."""
        event.stop()
        self._act(str(event.button.name), self._last_table)

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        """Remember the last focused table for the header buttons."""
        if isinstance(event.widget, RowTable) and event.widget.id in self.TABLES:
            self._last_table = str(event.widget.id)

    def edit_rows(
        self,
        verb: str,
        table: str,
        items: list[Any],
        model: type[Any],
        options: FormOptions,
        *,
        noun: str,
        where: str,
        name_of: Callable[[Any], str],
        unique: str = "",
        check: Callable[[Any], dict[str, str]] | None = None,
        member: bool = False,
        owner: str = "",
        renamed: Callable[[str, str], None] | None = None,
    ) -> None:
        """Add / edit / delete the highlighted row of `items`, shown in `table`.

        `unique` names an attribute that must be set and unique in the list; `member` edits the
        record in the typed-field dialog; `where` is the design location reported as changed;
        `owner` names what the list belongs to in the dialog's title; `renamed(old, new)` runs
        when an edit changes the name, so references elsewhere follow it.
        """
        row = self.table(table).cursor_row if items else None

        def full_check(index: int | None) -> Callable[[Any], dict[str, str]]:
            def run(record: Any) -> dict[str, str]:
                if unique:
                    value = getattr(record, unique)
                    if not value.strip():
                        return {unique: f"a {noun} needs a {unique}"}
                    if any(getattr(x, unique) == value for i, x in enumerate(items) if i != index):
                        return {unique: f"another {noun} is already called '{value}'"}
                return check(record) if check else {}

            return run

        if verb == "delete":
            if row is None:
                return
            item = items[row]

            def deleted(yes: bool | None) -> None:
                if yes:
                    items.remove(item)
                    self.fill()
                    self.changed(where)

            self.app.push_screen(ConfirmScreen(f"Delete {noun} '{name_of(item)}'?"), deleted)
            return
        index = row if verb == "edit" else None
        current = items[index] if index is not None else None

        def saved(record: Any | None) -> None:
            if record is None:
                return
            if index is None:
                items.append(record)
            else:
                old = name_of(items[index])
                items[index] = record
                if renamed is not None and old != name_of(record):
                    renamed(old, name_of(record))
            self.fill()
            target = len(items) - 1 if index is None else index
            self.table(table).move_cursor(row=target)
            self.changed(f"{where}[{name_of(record)}]")

        title = f"{'Edit' if current is not None else 'Add'} {noun}" + (
            f" of {owner}" if owner else "")
        if member:
            form: RecordForm[Any] = MemberForm(model, current, self.design, title=title,
                                               options=options, check=full_check(index))
        else:
            form = RecordForm(model, current, title=title, options=options,
                              check=full_check(index))
        self.app.push_screen(form, saved)
