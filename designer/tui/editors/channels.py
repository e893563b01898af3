"""Broker channels (topics, queues, streams) on the left, the consumers of the highlighted one
on the right; a consumer's settings (group, delivery, dedupe key, retries, dead letter) are
chosen in a dialog, never typed as a code."""

from __future__ import annotations

from typing import Any, ClassVar

from pydantic import BaseModel, Field
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Label, Static

from designer.model.events import Backoff, Consumer, Delivery, Retry, Topic
from designer.tui.editors.fields import FormOptions
from designer.tui.editors.records import EDITOR_CSS, plain, problem_text, say
from designer.tui.editors.tables import TablesEditor
from designer.tui.widgets.row_table import RowTable

WHERE = "architecture.events.topics"


class ConsumerRow(BaseModel):
    """A consumer as its dialog shows it: the retry policy's settings on the same level."""

    service: str = ""
    """The consuming service."""
    group: str = ""
    """Consumer group; empty: the service's name."""
    delivery: Delivery = Delivery.AT_LEAST_ONCE
    """at_most_once, at_least_once, or exactly_once (idempotent, with a dedupe key)."""
    dedupe_key: str = ""
    """Field the consumer drops duplicates by (an event id header)."""
    retries: int = Field(default=0, ge=0)
    """Further attempts after a failure; 0: none."""
    backoff: Backoff = Backoff.EXPONENTIAL
    """How the wait between attempts grows."""
    delay_ms: int = Field(default=1000, ge=1)
    """Wait before the first retry, in milliseconds."""
    max_delay_ms: int | None = Field(default=None, ge=1)
    """Longest wait between attempts; empty: no cap."""
    dead_letter: str = ""
    """Channel that takes a message whose retries are used up."""

    @classmethod
    def of(cls, consumer: Consumer) -> ConsumerRow:
        """The dialog's view of `consumer`."""
        r = consumer.retry
        return cls(service=consumer.service, group=consumer.group, delivery=consumer.delivery,
                   dedupe_key=consumer.dedupe_key, retries=r.attempts, backoff=r.backoff,
                   delay_ms=r.delay_ms, max_delay_ms=r.max_delay_ms,
                   dead_letter=consumer.dead_letter)

    def consumer(self) -> Consumer:
        """The model's consumer."""
        return Consumer(service=self.service, group=self.group, delivery=self.delivery,
                        dedupe_key=self.dedupe_key,
                        retry=Retry(attempts=self.retries, backoff=self.backoff,
                                    delay_ms=self.delay_ms, max_delay_ms=self.max_delay_ms),
                        dead_letter=self.dead_letter)


def consumer_text(c: Consumer) -> tuple[str, str, str, str]:
    """Service, delivery, retries and dead letter as table cells."""
    backoff = "exp" if c.retry.backoff is Backoff.EXPONENTIAL else "fixed"
    retries = f"{c.retry.attempts} {backoff}" if c.retry.attempts else "none"
    return c.service, c.delivery.value, retries, c.dead_letter or "—"


class TopicsEditor(TablesEditor):
    """Broker channels and who consumes each, how."""

    DEFAULT_CSS = EDITOR_CSS + """
    TopicsEditor { height: auto; margin-bottom: 1; }
    TopicsEditor .pane-row { height: auto; }
    TopicsEditor .pane { height: auto; }
    TopicsEditor #pane-topics { width: 27; margin-right: 1; }
    TopicsEditor .pane > Label { color: $text-muted; text-style: bold; }
    TopicsEditor RowTable { height: auto; max-height: 8; }
    """

    PROBLEMS: ClassVar[tuple[str, ...]] = (WHERE,)
    TABLES: ClassVar[tuple[str, ...]] = ("topics", "consumers")

    BINDINGS: ClassVar = [
        Binding("a", "add", "Add", id="topics.add", tooltip="Add a channel or a consumer"),
        Binding("e", "edit", "Edit", id="topics.edit", tooltip="Edit the channel or consumer"),
        Binding("d", "delete", "Delete", id="topics.delete",
                tooltip="Delete the channel or consumer (asks first)"),
    ]

    HELP: ClassVar[str] = """\
## Channels
Kafka topics, RabbitMQ exchanges or queues, SQS queues, Redis channels or streams, NATS
subjects: the messages each carries, partitions (order per key), retention and compaction.

- Left: the channels; right: the consumers of the highlighted one — group, delivery
  (at-most-once, at-least-once, exactly-once with a dedupe key), retries with backoff and the
  dead-letter channel. **Tab** moves between the tables; **a** / **e** / **d** add, edit and
  delete in the focused one.
- Which service publishes or consumes which message is set in the send/receive matrix below.
"""

    def compose(self) -> ComposeResult:
        with Horizontal(classes="editor-header"):
            yield Label("Channels", classes="editor-title")
            yield Button("Add", name="add", compact=True, tooltip="Add (a)")
            yield Button("Edit", name="edit", compact=True, tooltip="Edit (e)")
            yield Button("Delete", name="delete", compact=True, tooltip="Delete (d)")
        with Horizontal(classes="pane-row"):
            with Vertical(classes="pane", id="pane-topics"):
                yield Label("Channels")
                yield RowTable(id="topics")
            with Vertical(classes="pane", id="pane-consumers"):
                yield Label("Consumers", id="consumers-label")
                yield RowTable(id="consumers")
        yield Static("", classes="editor-hint")
        yield Static("", classes="editor-problems")

    def on_mount(self) -> None:
        """Columns once; rows from the design."""
        self.table("topics").set_columns(("Name", "Messages"), (13, 11))
        self.table("consumers").set_columns(("Service", "Delivery", "Retries", "Dead letter"),
                                            (10, 13, 7, 11))
        self.fill()

    def topics(self) -> list[Topic]:
        """The live channel list."""
        return self.design.architecture.events.topics

    def topic(self) -> Topic | None:
        """The highlighted channel."""
        topics = self.topics()
        table = self.table("topics")
        if not topics or not table.row_count:
            return None
        return topics[min(table.cursor_row, len(topics) - 1)]

    def fill(self) -> None:
        """Re-read both tables and the problems."""
        self.table("topics").set_rows([
            (str(i), (t.name or f"#{i + 1}", ", ".join(t.messages) or "—"))
            for i, t in enumerate(self.topics())])
        self.fill_consumers()
        self.show_problems()

    def fill_consumers(self) -> None:
        """Consumers of the highlighted channel."""
        topic = self.topic()
        label = f"Consumers of {topic.name}" if topic and topic.name else "Consumers"
        self.query_one("#consumers-label", Label).update(plain(label))
        self.table("consumers").set_rows([
            (str(i), consumer_text(c)) for i, c in enumerate(topic.consumers if topic else [])])

    def show_problems(self) -> None:
        """The channels' problems in red under the tables."""
        say(self.query_one(".editor-problems", Static), problem_text(self.problems()))
        empty = "" if self.topics() else "No channels yet — press a to add one (orders.events)."
        say(self.query_one(".editor-hint", Static), empty)

    def problems_changed(self) -> None:
        """The screen has newer problems: list them."""
        self.show_problems()

    def on_row_table_row_highlighted(self, event: RowTable.RowHighlighted) -> None:
        """Moving through the channels shows each one's consumers."""
        if event.table.id == "topics":
            self.fill_consumers()

    def _act(self, verb: str, table: str) -> None:
        if table == "topics":
            messages = [m.name for m in self.design.architecture.events.messages if m.name]
            options = FormOptions(
                include=("name", "address", "description", "messages", "partitions",
                         "replication", "retention_hours", "compacted"),
                choices={"messages": messages})
            self.edit_rows(verb, "topics", self.topics(), Topic, options, noun="channel",
                           where=WHERE, name_of=lambda t: t.name, unique="name")
            return
        topic = self.topic()
        if topic is None:
            self.notify("Add a channel first (a in the channel list).", severity="warning")
            return
        self._consumer(verb, topic)

    def _consumer(self, verb: str, topic: Topic) -> None:
        # The dialog edits a flat copy; the saved row becomes the model's consumer again.
        rows = [ConsumerRow.of(c) for c in topic.consumers]
        services = [s.name for s in self.design.architecture.services if s.name]
        others = [t.name for t in self.topics() if t.name and t.name != topic.name]
        options = FormOptions(
            include=tuple(ConsumerRow.model_fields),
            choices={"service": services, "dead_letter": ["", *others]},
            labels={"max_delay_ms": "Max delay ms", "delay_ms": "Delay ms"})

        def check(row: Any) -> dict[str, str]:
            if row.delivery is Delivery.EXACTLY_ONCE and not row.dedupe_key.strip():
                return {"dedupe_key": "exactly-once needs the field duplicates are dropped by"}
            return {}

        def write_back() -> None:
            topic.consumers[:] = [r.consumer() for r in rows]

        self.edit_rows(verb, "consumers", _Synced(rows, write_back), ConsumerRow, options,
                       noun="consumer", where=f"{WHERE}[{topic.name}].consumers",
                       name_of=lambda r: r.service, unique="service", check=check,
                       owner=topic.name)


class _Synced(list[Any]):
    """A list that writes itself back into the model after each change (the generic table
    editing appends, replaces and removes rows of the list it is given)."""

    def __init__(self, rows: list[Any], write_back: Any) -> None:
        super().__init__(rows)
        self._rows = rows
        self._write_back = write_back

    def _sync(self) -> None:
        self._rows[:] = list(self)
        self._write_back()

    def append(self, item: Any) -> None:
        super().append(item)
        self._sync()

    def remove(self, item: Any) -> None:
        super().remove(item)
        self._sync()

    def __setitem__(self, index: Any, item: Any) -> None:
        super().__setitem__(index, item)
        self._sync()
