"""The send/receive matrix: services × broker channels, each cell the messages of the channel
the service publishes (S) and consumes (R)."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.coordinate import Coordinate
from textual.screen import ModalScreen
from textual.widgets import Button, DataTable, Footer, Label, SelectionList, Static

from designer.model.architecture import Service
from designer.model.events import Topic
from designer.tui.editors.base import Editor
from designer.tui.editors.records import EDITOR_CSS, plain, problem_text, say


def cell_text(service: Service, topic: Topic) -> str:
    """`S2 R1`: how many of the channel's messages the service sends and receives; `·` none."""
    sent = sum(1 for n in topic.messages if n in service.publishes)
    taken = sum(1 for n in topic.messages if n in service.consumes)
    return f"{f'S{sent}' if sent else '··'} {f'R{taken}' if taken else '··'}"


def set_cell(service: Service, topic: Topic, sends: list[str], receives: list[str]) -> None:
    """Make the service send exactly `sends` and receive exactly `receives` of the channel's
    messages, keeping what it does on other channels; a service that no longer receives here
    loses its consumer settings on the channel."""
    carried = set(topic.messages)
    service.publishes = [n for n in service.publishes if n not in carried or n in sends] + [
        n for n in sends if n not in service.publishes]
    service.consumes = [n for n in service.consumes if n not in carried or n in receives] + [
        n for n in receives if n not in service.consumes]
    if not receives:
        topic.consumers = [c for c in topic.consumers if c.service != service.name]


class TrafficCellScreen(ModalScreen[tuple[list[str], list[str]] | None]):
    """Choose the messages a service sends and receives on one channel."""

    DEFAULT_CSS = """
    TrafficCellScreen { align: center middle; }
    TrafficCellScreen > Vertical {
        width: 60; max-width: 100%; height: auto; max-height: 100%;
        border: round $accent; background: $surface; padding: 0 1;
    }
    TrafficCellScreen SelectionList { height: auto; max-height: 7; }
    TrafficCellScreen .caption { color: $text-muted; text-style: bold; }
    TrafficCellScreen .buttons { height: auto; align-horizontal: right; }
    TrafficCellScreen .buttons Button { margin-left: 1; width: auto; min-width: 8; }
    """

    BINDINGS: ClassVar = [
        Binding("escape", "cancel", "Cancel", id="traffic-cell.cancel",
                tooltip="Keep the cell as it was"),
        Binding("ctrl+s", "save", "Save", id="traffic-cell.save", tooltip="Save the cell"),
    ]

    def __init__(self, service: Service, topic: Topic) -> None:
        super().__init__()
        self.service = service
        self.topic = topic

    def compose(self) -> ComposeResult:
        names = [n for n in self.topic.messages if n.strip()]
        with Vertical():
            yield Label(Text.assemble((self.service.name, "bold"), " on ",
                                      (self.topic.name, "bold")))
            yield Label("Sends (publishes)", classes="caption")
            yield SelectionList[str](*[(Text(n), n, n in self.service.publishes) for n in names],
                                     id="sends", compact=True)
            yield Label("Receives (consumes)", classes="caption")
            yield SelectionList[str](*[(Text(n), n, n in self.service.consumes) for n in names],
                                     id="receives", compact=True)
            with Horizontal(classes="buttons"):
                yield Button("Save", variant="primary", id="save", compact=True)
                yield Button("Cancel", id="cancel", compact=True)
        yield Footer()

    def action_save(self) -> None:
        """Dismiss with (sends, receives)."""
        self.dismiss((list(self.query_one("#sends", SelectionList).selected),
                      list(self.query_one("#receives", SelectionList).selected)))

    def action_cancel(self) -> None:
        """Dismiss without a change."""
        self.dismiss(None)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        """Save / Cancel."""
        event.stop()
        self.action_save() if event.button.id == "save" else self.action_cancel()


class TrafficMatrixEditor(Editor):
    """Services × channels; Enter or space on a cell chooses what the service sends and
    receives there."""

    DEFAULT_CSS = EDITOR_CSS + """
    TrafficMatrixEditor { height: auto; margin-bottom: 1; }
    TrafficMatrixEditor > DataTable { height: auto; max-height: 12; }
    """

    PROBLEMS: ClassVar[tuple[str, ...]] = ("architecture.services",)

    BINDINGS: ClassVar = [
        Binding("space", "edit", "Edit cell", id="traffic.edit",
                tooltip="Choose what this service sends and receives on this channel"),
        Binding("s", "send_all", "Sends all", id="traffic.send",
                tooltip="This service publishes every message of the channel"),
        Binding("r", "receive_all", "Receives all", id="traffic.receive",
                tooltip="This service consumes every message of the channel"),
        Binding("x", "clear", "Clear", id="traffic.clear",
                tooltip="This service neither sends nor receives on the channel"),
    ]

    HELP: ClassVar[str] = """\
## Send / receive matrix
Rows are services, columns are broker channels (see *Channels*). A cell shows how many of the
channel's messages the service sends (**S**) and receives (**R**); it writes the services'
*publishes* and *consumes*.

- **Enter** / **space** choose the messages of the cell, **s** sends all of them, **r**
  receives all of them, **x** clears the cell.
"""

    def compose(self) -> ComposeResult:
        with Horizontal(classes="editor-header"):
            yield Label("Send / receive", classes="editor-title")
        yield DataTable(cursor_type="cell", fixed_columns=1)
        yield Static("", classes="editor-hint")
        yield Static("", classes="editor-problems")

    def on_mount(self) -> None:
        """Build the table from the design."""
        self.fill()

    def services(self) -> list[Service]:
        """Row records."""
        return [s for s in self.design.architecture.services if s.name]

    def topics(self) -> list[Topic]:
        """Column records: channels that carry messages."""
        return [t for t in self.design.architecture.events.topics if t.name and t.messages]

    def fill(self) -> None:
        """Rebuild rows and columns (services and channels change in other editors)."""
        table = self.query_one(DataTable)
        at = table.cursor_coordinate
        table.clear(columns=True)
        services, topics = self.services(), self.topics()
        table.add_column("Service")
        for topic in topics:
            table.add_column(plain(topic.name))
        for service in services:
            table.add_row(plain(service.name), *(plain(cell_text(service, t)) for t in topics))
        if services and topics:
            table.cursor_coordinate = Coordinate(min(at.row, len(services) - 1),
                                                 min(max(at.column, 1), len(topics)))
        if not services:
            hint = "No services yet — add them under Services."
        elif not topics:
            hint = "No channel carries messages yet — add one under Channels."
        else:
            hint = "S sends · R receives (counts of the channel's messages)"
        say(self.query_one(".editor-hint", Static), hint)
        self.problems_changed()

    def problems_changed(self) -> None:
        """List the publish / consume problems under the matrix."""
        found = [p for p in self.problems()
                 if ".publishes" in p.location or ".consumes" in p.location]
        say(self.query_one(".editor-problems", Static), problem_text(found))

    def reload(self) -> None:
        """Re-read the design."""
        if self.is_mounted:
            self.fill()

    def cell(self) -> tuple[Service, Topic] | None:
        """(service, channel) under the cursor; None on the service column."""
        services, topics = self.services(), self.topics()
        at = self.query_one(DataTable).cursor_coordinate
        if not services or not topics or at.column < 1:
            return None
        return services[at.row], topics[at.column - 1]

    def write(self, service: Service, topic: Topic, sends: list[str],
              receives: list[str]) -> None:
        """Store a cell, redraw, tell the screen."""
        set_cell(service, topic, sends, receives)
        self.fill()
        self.changed(f"architecture.services[{service.name}]")

    def action_edit(self) -> None:
        """Open the cell under the cursor."""
        at = self.cell()
        if at is None:
            return
        service, topic = at

        def done(chosen: tuple[list[str], list[str]] | None) -> None:
            if chosen is not None:
                self.write(service, topic, *chosen)

        self.app.push_screen(TrafficCellScreen(service, topic), done)

    def action_send_all(self) -> None:
        """The service publishes every message of the channel."""
        if (at := self.cell()) is not None:
            service, topic = at
            self.write(service, topic, list(topic.messages),
                       [n for n in topic.messages if n in service.consumes])

    def action_receive_all(self) -> None:
        """The service consumes every message of the channel."""
        if (at := self.cell()) is not None:
            service, topic = at
            self.write(service, topic, [n for n in topic.messages if n in service.publishes],
                       list(topic.messages))

    def action_clear(self) -> None:
        """The service does nothing on the channel."""
        if (at := self.cell()) is not None:
            self.write(*at, [], [])

    def on_data_table_cell_selected(self, event: DataTable.CellSelected) -> None:
        """Enter or a click on the highlighted cell edits it."""
        event.stop()
        self.action_edit()
