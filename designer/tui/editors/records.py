"""A generic editor for a list of simple records: a table plus add / edit / delete forms.

Subclasses name the list (`items()`), the record type, the columns and the key field; the form
is generated from the record model (see `form.py`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from pydantic import BaseModel
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.widgets import Button, Label, Static

from designer.model.checks import Problem
from designer.model.places import place
from designer.tui.editors.base import Editor
from designer.tui.editors.dialogs import ConfirmScreen
from designer.tui.editors.fields import FormOptions, label_of, to_text
from designer.tui.editors.form import RecordForm
from designer.tui.editors.listkeys import HeaderButton, back_to_row, focus_row, named_in
from designer.tui.widgets.row_table import RowTable

CELL_WIDTH = 28
"""Widest column before its cells are cut with an ellipsis (keeps tables inside 80 columns)."""


def one_line(text: str) -> str:
    """`text` on one line: runs of spaces and newlines become one space."""
    return " ".join(text.split())


def plain(text: str, style: str = "") -> Text:
    """User text as a renderable that is never read as markup (`[Order]` stays visible)."""
    return Text(text, style=style, end="")


def say(widget: Static, text: str | Text) -> None:
    """Show `text` in a hint or problem line, hiding the line when there is nothing to say.

    A line that already says `text` is left alone: an update lays the screen out again, and
    every editor says its problems again whenever the problem list is checked."""
    if getattr(widget, "_said", None) == text and widget.display == bool(str(text)):
        return
    widget._said = text  # type: ignore[attr-defined]
    widget.update(text)
    widget.display = bool(str(text))


MAX_PROBLEMS = 6
"""Problems listed inline before the rest are summarised as a count."""


def problem_text(found: list[Problem]) -> Text:
    """Problems (as `Editor.problems()` gives them) as red lines, the surplus as a count."""
    lines = [f"⚠ {place(p.location)}: {p.message}" for p in found[:MAX_PROBLEMS]]
    if len(found) > MAX_PROBLEMS:
        lines.append(f"… and {len(found) - MAX_PROBLEMS} more")
    return plain("\n".join(lines))


EDITOR_CSS = """
.editor-header { height: 1; }
.editor-header > .editor-title { width: 1fr; text-style: bold; color: $accent; }
.editor-header > Button { margin-left: 1; width: auto; min-width: 8; }
.editor-hint { color: $text-muted; }
.editor-problems { color: $error; }
"""
"""Styles shared by every editor (header row with title and buttons, hints, problems)."""


class RecordListEditor(Editor):
    """A table of records with add (a), edit (e / Enter) and delete (d)."""

    DEFAULT_CSS = (
        EDITOR_CSS
        + """
    RecordListEditor { height: auto; margin-bottom: 1; }
    RecordListEditor > RowTable { height: auto; max-height: 12; }
    """
    )

    BINDINGS: ClassVar = [
        Binding("a", "add", "Add", id="editor.add", tooltip="Add a record"),
        Binding("e", "edit", "Edit", id="editor.edit", tooltip="Edit the highlighted record"),
        Binding("d", "delete", "Delete", id="editor.delete",
                tooltip="Delete the highlighted record (asks first)"),
    ]

    TITLE: ClassVar[str] = ""
    """Heading shown above the table."""
    ITEM: ClassVar[type[BaseModel]]
    """Record type."""
    WHERE: ClassVar[str] = ""
    """Model path of the list, e.g. `requirements.features` (for `DesignChanged.where`)."""
    COLUMNS: ClassVar[tuple[str, ...]] = ("name",)
    """Fields shown as columns."""
    KEY: ClassVar[str] = "name"
    """Field that must be unique and non-empty; "" when records have no key."""
    NOUN: ClassVar[str] = "record"
    """What one record is called in titles and questions."""
    SINGLE: ClassVar[bool] = False
    """One record edited in place (a setting, not a list): no Add or Delete to offer."""
    HELP: ClassVar[str] = ""
    """Markdown shown by the app's help screen while this editor has focus."""

    def items(self) -> list[Any]:
        """The live list in the design (edited in place)."""
        raise NotImplementedError

    def form_options(self, item: Any | None) -> FormOptions:
        """Which fields the form shows and where their choices come from."""
        return FormOptions()

    def suggestions(self) -> Mapping[str, list[str]]:
        """Completion lists for text fields."""
        return {}

    def new_item(self) -> Any | None:
        """A pre-filled record for "add", or None for the model defaults."""
        return None

    def renamed(self, old: str, new: str) -> None:
        """Hook: the key of a record changed from `old` to `new`."""

    def removed(self, item: Any) -> None:
        """Hook: `item` was deleted."""

    def stored(self, item: Any) -> None:
        """Hook: `item` was added or saved (e.g. a new service named in its dialog is made)."""

    def cell(self, item: Any, column: str) -> str:
        """Text of one cell (the table cuts it to `CELL_WIDTH`)."""
        value = getattr(item, column)
        if isinstance(value, bool):
            return "yes" if value else ""
        return one_line(to_text(value))

    def label(self, item: Any, index: int) -> str:
        """How a record is named in locations and questions."""
        key = str(getattr(item, self.KEY, "")) if self.KEY else ""
        return key or f"#{index + 1}"

    # -- widget ---------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        with Horizontal(classes="editor-header"):
            yield Label(self.TITLE, classes="editor-title")
            if not self.SINGLE:
                yield HeaderButton("Add", "add", tooltip=f"Add a {self.NOUN} (a)")
            yield HeaderButton("Edit", "edit", tooltip=f"Edit the {self.NOUN} (e)")
            if not self.SINGLE:
                yield HeaderButton("Delete", "delete", tooltip=f"Delete the {self.NOUN} (d)")
        yield RowTable(zebra_stripes=True)
        yield Static("", classes="editor-hint")

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """A single record has no add or delete: the footer leaves them out and the keys do
        nothing, rather than offering actions that cannot happen."""
        return not (self.SINGLE and action in ("add", "delete"))

    def on_mount(self) -> None:
        """Columns once; rows from the design."""
        self.query_one(RowTable).set_columns([label_of(c) for c in self.COLUMNS],
                                             [CELL_WIDTH] * len(self.COLUMNS))
        self.fill()

    def fill(self) -> None:
        """Re-read the rows from the design, keeping the cursor where it was."""
        table = self.query_one(RowTable)
        table.set_rows([(str(i), [self.cell(item, c) for c in self.COLUMNS])
                        for i, item in enumerate(self.items())])
        hint = "" if table.row_count else f"No {self.NOUN}s yet — press a to add one."
        say(self.query_one(".editor-hint", Static), hint)

    def reload(self) -> None:
        """Re-read the design after an outside change."""
        if not self.is_mounted:
            return
        self.fill()

    def focus_item(self, item: str) -> bool:
        """Focus the table on the record `item` names (`WHERE[label]…`)."""
        name = named_in(item, self.WHERE) if self.WHERE else None
        if name is None:
            return False
        labels = [self.label(record, i) for i, record in enumerate(self.items())]
        return focus_row(self.query_one(RowTable), labels.index(name) if name in labels else 0)

    def selected(self) -> int | None:
        """Index of the highlighted record."""
        table = self.query_one(RowTable)
        if not table.row_count:
            return None
        return table.cursor_row

    # -- actions --------------------------------------------------------------------------

    def _check(self, index: int | None) -> Any:
        def check(record: Any) -> dict[str, str]:
            if not self.KEY:
                return {}
            key = str(getattr(record, self.KEY)).strip()
            if not key:
                return {self.KEY: f"a {self.NOUN} needs a {label_of(self.KEY).lower()}"}
            taken = {str(getattr(x, self.KEY)) for i, x in enumerate(self.items()) if i != index}
            if key in taken:
                return {self.KEY: f"another {self.NOUN} is already called '{key}'"}
            return {}

        return check

    def _form(self, index: int | None) -> RecordForm[Any]:
        item = self.items()[index] if index is not None else self.new_item()
        verb = "Edit" if index is not None else "Add"
        return RecordForm(self.ITEM, item, title=f"{verb} {self.NOUN}",
                          options=self.form_options(item), suggestions=self.suggestions(),
                          check=self._check(index))

    def action_add(self) -> None:
        """Open an empty form; append the record when saved."""

        def done(record: Any | None) -> None:
            if record is None:
                return
            items = self.items()
            items.append(record)
            self.stored(record)
            self.fill()
            back_to_row(self.query_one(RowTable), len(items) - 1)
            self.changed(f"{self.WHERE}[{self.label(record, len(items) - 1)}]")

        self.app.push_screen(self._form(None), self._returning(done))

    def _returning(self, done: Any) -> Any:
        """`done`, then the focus back on the table at the highlighted row (also on cancel)."""

        def run(result: Any) -> None:
            table = self.query_one(RowTable)
            row = table.cursor_row if table.row_count else None
            done(result)
            if result is None or result is False:
                back_to_row(table, row)

        return run

    def action_edit(self) -> None:
        """Open the highlighted record in a form; replace it when saved."""
        index = self.selected()
        if index is None:
            self.action_add()
            return
        old = self.label(self.items()[index], index)

        def done(record: Any | None) -> None:
            if record is None:
                return
            self.items()[index] = record
            new = self.label(record, index)
            if self.KEY and old != new:
                self.renamed(old, new)
            self.stored(record)
            self.fill()
            back_to_row(self.query_one(RowTable), index)
            self.changed(f"{self.WHERE}[{new}]")

        self.app.push_screen(self._form(index), self._returning(done))

    def action_delete(self) -> None:
        """Ask, then remove the highlighted record."""
        index = self.selected()
        if index is None:
            return
        item = self.items()[index]
        name = self.label(item, index)

        def done(yes: bool | None) -> None:
            if not yes:
                return
            del self.items()[index]
            self.removed(item)
            self.fill()
            back_to_row(self.query_one(RowTable), index)
            self.changed(self.WHERE)

        self.app.push_screen(ConfirmScreen(f"Delete {self.NOUN} '{name}'?"),
                             self._returning(done))

    def on_row_table_row_selected(self, event: RowTable.RowSelected) -> None:
        """Enter or a click on the highlighted row edits it."""
        event.stop()
        self.action_edit()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        """Header buttons mirror the keys."""
        event.stop()
        {"add": self.action_add, "edit": self.action_edit, "delete": self.action_delete}[
            str(event.button.name)
        ]()
