"""Flows (sagas and other interactions) on the left, the ordered steps of the highlighted one on
the right: who acts, what, the message it publishes and the compensation that undoes it; steps
move up and down with the keyboard."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Label, Static

from designer.model.events import Flow, FlowStep
from designer.tui.editors.fields import FormOptions
from designer.tui.editors.records import EDITOR_CSS, one_line, plain, problem_text, say
from designer.tui.editors.tables import TablesEditor, move
from designer.tui.widgets.row_table import RowTable

WHERE = "architecture.events.flows"


class FlowsEditor(TablesEditor):
    """Flows and their ordered steps."""

    DEFAULT_CSS = EDITOR_CSS + """
    FlowsEditor { height: auto; margin-bottom: 1; }
    FlowsEditor .pane-row { height: auto; }
    FlowsEditor .pane { height: auto; }
    FlowsEditor #pane-flows { width: 26; margin-right: 1; }
    FlowsEditor .pane > Label { color: $text-muted; text-style: bold; }
    FlowsEditor RowTable { height: auto; max-height: 9; }
    """

    PROBLEMS: ClassVar[tuple[str, ...]] = (WHERE,)
    TABLES: ClassVar[tuple[str, ...]] = ("flows", "flow-steps")

    BINDINGS: ClassVar = [
        Binding("a", "add", "Add", id="flows.add", tooltip="Add a flow or a step"),
        Binding("e", "edit", "Edit", id="flows.edit", tooltip="Edit the flow or step"),
        Binding("d", "delete", "Delete", id="flows.delete",
                tooltip="Delete the flow or step (asks first)"),
        Binding("shift+up,[", "move(-1)", "Step up", id="flows.up",
                tooltip="Move the highlighted step one place earlier"),
        Binding("shift+down,]", "move(1)", "Step down", id="flows.down",
                tooltip="Move the highlighted step one place later"),
    ]

    HELP: ClassVar[str] = """\
## Flows
Sagas (orchestrated by one service, or choreographed through events) and other interactions
worth a sequence diagram. Each step names who acts (a service or an integration), what it
does, the message it publishes, and its compensation: what undoes it when a later step fails.

- Left: the flows; right: the steps of the highlighted one, in order. **Tab** moves between
  the tables; **a** / **e** / **d** add, edit and delete in the focused one.
- **[** / **]** (or **shift+↑** / **shift+↓**) move the highlighted step earlier or later.
"""

    def compose(self) -> ComposeResult:
        with Horizontal(classes="editor-header"):
            yield Label("Flows", classes="editor-title")
            yield Button("Add", name="add", compact=True, tooltip="Add (a)")
            yield Button("Edit", name="edit", compact=True, tooltip="Edit (e)")
            yield Button("Delete", name="delete", compact=True, tooltip="Delete (d)")
        with Horizontal(classes="pane-row"):
            with Vertical(classes="pane", id="pane-flows"):
                yield Label("Flows")
                yield RowTable(id="flows")
            with Vertical(classes="pane", id="pane-flow-steps"):
                yield Label("Steps", id="flow-steps-label")
                yield RowTable(id="flow-steps")
        yield Static("", classes="editor-hint")
        yield Static("", classes="editor-problems")

    def on_mount(self) -> None:
        """Columns once; rows from the design."""
        self.table("flows").set_columns(("Name", "Kind"), (10, 13))
        self.table("flow-steps").set_columns(("#", "Service", "Action", "Message", "Undo"),
                                             (2, 9, 12, 12, 10))
        self.fill()

    def flows(self) -> list[Flow]:
        """The live flow list."""
        return self.design.architecture.events.flows

    def flow(self) -> Flow | None:
        """The highlighted flow."""
        flows = self.flows()
        table = self.table("flows")
        if not flows or not table.row_count:
            return None
        return flows[min(table.cursor_row, len(flows) - 1)]

    def fill(self) -> None:
        """Re-read both tables and the problems."""
        self.table("flows").set_rows([(str(i), (f.name or f"#{i + 1}", f.kind.value))
                                      for i, f in enumerate(self.flows())])
        self.fill_steps()
        self.show_problems()

    def fill_steps(self, at: int | None = None) -> None:
        """Steps of the highlighted flow."""
        flow = self.flow()
        label = f"Steps of {flow.name}" if flow and flow.name else "Steps"
        self.query_one("#flow-steps-label", Label).update(plain(label))
        self.table("flow-steps").set_rows([
            (str(i), (str(i + 1), s.service, one_line(s.action), s.message or "—",
                      one_line(s.compensation) or "—"))
            for i, s in enumerate(flow.steps if flow else [])], cursor=at)

    def show_problems(self) -> None:
        """The flows' problems in red under the tables."""
        say(self.query_one(".editor-problems", Static), problem_text(self.problems()))
        empty = "" if self.flows() else "No flows yet — press a to add one (checkout saga)."
        say(self.query_one(".editor-hint", Static), empty)

    def problems_changed(self) -> None:
        """The screen has newer problems: list them."""
        self.show_problems()

    def on_row_table_row_highlighted(self, event: RowTable.RowHighlighted) -> None:
        """Moving through the flows shows each one's steps."""
        if event.table.id == "flows":
            self.fill_steps()

    def _act(self, verb: str, table: str) -> None:
        if table == "flows":
            self.edit_rows(verb, "flows", self.flows(), Flow,
                           FormOptions(include=("name", "kind", "description")), noun="flow",
                           where=WHERE, name_of=lambda f: f.name, unique="name")
            return
        flow = self.flow()
        if flow is None:
            self.notify("Add a flow first (a in the flow list).", severity="warning")
            return
        design = self.design
        actors = [s.name for s in design.architecture.services if s.name] + [
            x.name for x in design.requirements.integrations if x.name]
        messages = [m.name for m in design.architecture.events.messages if m.name]
        options = FormOptions(include=("service", "action", "message", "compensation"),
                              choices={"service": actors, "message": ["", *messages]})
        self.edit_rows(verb, "flow-steps", flow.steps, FlowStep, options, noun="step",
                       where=f"{WHERE}[{flow.name}].steps",
                       name_of=lambda s: s.action or s.service, owner=flow.name)

    def action_move(self, by: int) -> None:
        """Move the highlighted step of the highlighted flow."""
        flow = self.flow()
        if flow is None or not flow.steps or self.focused_table() != "flow-steps":
            return
        at = move(flow.steps, self.table("flow-steps").cursor_row, by)
        self.fill_steps(at=at)
        self.changed(f"{WHERE}[{flow.name}].steps")
