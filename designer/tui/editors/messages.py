"""The message catalogue: messages on the left, the payload fields and the headers of the
highlighted one on the right, each field in the typed-field dialog of entity and schema fields."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Label, Static

from designer.contract.types import type_text
from designer.model.events import Message, MessageField
from designer.tui.editors import renames
from designer.tui.editors.fields import FormOptions
from designer.tui.editors.members import member_flags, member_options
from designer.tui.editors.records import EDITOR_CSS, one_line, plain, problem_text, say
from designer.tui.editors.tables import TablesEditor
from designer.tui.widgets.row_table import RowTable

WHERE = "architecture.events.messages"


class MessagesEditor(TablesEditor):
    """Messages; payload fields and headers of the highlighted message."""

    DEFAULT_CSS = EDITOR_CSS + """
    MessagesEditor { height: auto; margin-bottom: 1; }
    MessagesEditor .pane-row { height: auto; }
    MessagesEditor .pane { height: auto; }
    MessagesEditor #pane-messages { width: 26; margin-right: 1; }
    MessagesEditor .pane > Label { color: $text-muted; text-style: bold; }
    MessagesEditor RowTable { height: auto; max-height: 8; }
    """

    TITLE = "Messages"
    PROBLEMS: ClassVar[tuple[str, ...]] = (WHERE,)
    TABLES: ClassVar[tuple[str, ...]] = ("messages", "message-fields", "message-headers")

    BINDINGS: ClassVar = [
        Binding("a", "add", "Add", id="messages.add",
                tooltip="Add to the focused table (a message, a field or a header)"),
        Binding("e", "edit", "Edit", id="messages.edit",
                tooltip="Edit the highlighted message, field or header"),
        Binding("d", "delete", "Delete", id="messages.delete",
                tooltip="Delete the highlighted message, field or header (asks first)"),
    ]

    HELP: ClassVar[str] = """\
## Messages
Events and commands that services publish and consume (`order.placed`). A payload is either a
named schema or entity (*Payload* in the message dialog) or the message's own fields.

- Left: the messages; right: the payload fields and the headers (event id, trace id …) of the
  highlighted one. **Tab** moves between the tables; **a** / **e** / **d** add, edit and
  delete in the focused one (**Enter** edits).
- Fields and headers use the dialog of entity fields: any type, list or map, constraints.
- *Source* names an integration that publishes the message from outside the design;
  *External consumers* the integrations outside it that consume it.
"""

    def compose(self) -> ComposeResult:
        with Horizontal(classes="editor-header"):
            yield Label("Messages", classes="editor-title")
            yield Button("Add", name="add", compact=True, tooltip="Add (a)")
            yield Button("Edit", name="edit", compact=True, tooltip="Edit (e)")
            yield Button("Delete", name="delete", compact=True, tooltip="Delete (d)")
        with Horizontal(classes="pane-row"):
            with Vertical(classes="pane", id="pane-messages"):
                yield Label("Messages")
                yield RowTable(id="messages")
            with Vertical(classes="pane", id="pane-message-parts"):
                yield Label("Payload fields", id="message-fields-label")
                yield RowTable(id="message-fields")
                yield Label("Headers", id="message-headers-label")
                yield RowTable(id="message-headers")
        yield Static("", classes="editor-hint")
        yield Static("", classes="editor-problems")

    def on_mount(self) -> None:
        """Columns once; rows from the design."""
        self.table("messages").set_columns(("Name", "Payload"), (15, 8))
        for name in ("message-fields", "message-headers"):
            self.table(name).set_columns(("Name", "Type", "Flags", "Description"),
                                         (14, 18, None, 12))
        self.fill()

    def messages(self) -> list[Message]:
        """The live catalogue."""
        return self.design.architecture.events.messages

    def message(self) -> Message | None:
        """The highlighted message."""
        messages = self.messages()
        table = self.table("messages")
        if not messages or not table.row_count:
            return None
        return messages[min(table.cursor_row, len(messages) - 1)]

    def fill(self, message_row: int | None = None) -> None:
        """Re-read the tables and the problems."""
        rows = [(str(i), (m.name or f"#{i + 1}",
                          m.payload or f"{len(m.fields)} fields"))
                for i, m in enumerate(self.messages())]
        self.table("messages").set_rows(rows, cursor=message_row)
        self.fill_parts()
        self.show_problems()

    def fill_parts(self) -> None:
        """Payload fields and headers of the highlighted message."""
        message = self.message()
        name = message.name if message else ""
        for part, title in (("fields", "Payload fields"), ("headers", "Headers")):
            members = getattr(message, part) if message else []
            label = f"{title} of {name}" if name else title
            if part == "fields" and message is not None and message.payload:
                label = f"Payload is {message.payload} (no own fields)"
            self.query_one(f"#message-{part}-label", Label).update(plain(label))
            self.table(f"message-{part}").set_rows([
                (str(i), (f.name, type_text(f), member_flags(f), one_line(f.description)))
                for i, f in enumerate(members)])

    def show_problems(self) -> None:
        """The catalogue's problems in red under the tables."""
        say(self.query_one(".editor-problems", Static), problem_text(self.problems()))
        empty = "" if self.messages() else "No messages yet — press a to add one (order.placed)."
        say(self.query_one(".editor-hint", Static), empty)

    def problems_changed(self) -> None:
        """The screen has newer problems: list them."""
        self.show_problems()

    def on_row_table_row_highlighted(self, event: RowTable.RowHighlighted) -> None:
        """Moving through the messages shows each one's fields and headers."""
        if event.table.id == "messages":
            self.fill_parts()

    def _act(self, verb: str, table: str) -> None:
        if table == "messages":
            self._message(verb)
            return
        message = self.message()
        if message is None:
            self.notify("Add a message first (a in the message list).", severity="warning")
            return
        part = "fields" if table == "message-fields" else "headers"
        if part == "fields" and message.payload and verb == "add":
            self.notify(f"The payload is {message.payload}: clear Payload to give the message "
                        "fields of its own.", severity="warning")
            return
        self.edit_rows(verb, table, getattr(message, part), MessageField,
                       member_options(MessageField, self.design),
                       noun="header" if part == "headers" else "field",
                       where=f"{WHERE}[{message.name}].{part}", name_of=lambda f: f.name,
                       unique="name", member=True, owner=message.name)

    def _message(self, verb: str) -> None:
        messages = self.messages()
        design = self.design
        payloads = [s.name for s in design.api.schemas if s.name] + [
            e.name for e in design.data.entities if e.name]
        outside = [x.name for x in design.requirements.integrations if x.name]
        # Always choices, even while empty: a field never changes kind under the user's hands.
        choices: dict[str, list[str]] = {"external_consumers": outside,
                                         "payload": ["", *payloads], "source": ["", *outside]}
        options = FormOptions(include=("name", "description", "payload", "key", "content_type",
                                       "version", "source", "external_consumers"),
                              choices=choices)
        self.edit_rows(verb, "messages", messages, Message, options, noun="message",
                       where=WHERE, name_of=lambda m: m.name, unique="name",
                       renamed=lambda old, new: renames.rename_message(design, old, new))
