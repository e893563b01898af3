"""The design-wide event settings: which services publish through a transactional outbox, and
the schema registry with its compatibility mode; one record, edited in place."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

from designer.model.events import Compatibility
from designer.tui.editors.fields import FormOptions
from designer.tui.editors.records import RecordListEditor


class EventSettings(BaseModel):
    """The dialog's view of `architecture.events`' single settings."""

    outbox: list[str] = Field(default_factory=list)
    """Services that publish through a transactional outbox."""
    registry: str = ""
    """Schema registry that holds the payload schemas; empty: none."""
    compatibility: Compatibility | None = None
    """Which schema changes the registry accepts."""


class EventSettingsEditor(RecordListEditor):
    """Outbox, registry and compatibility mode."""

    TITLE = "Event settings"
    ITEM = EventSettings
    WHERE = "architecture.events"
    COLUMNS = ("outbox", "registry", "compatibility")
    KEY = ""
    SINGLE = True
    NOUN = "event setting"
    HELP = """\
## Event settings
*Outbox*: services whose database change and message commit together (a relay publishes the
message), so a crash loses neither. *Registry*: where payload schemas live (Confluent Schema
Registry, Apicurio); *Compatibility*: which changes it accepts — backward (new consumers read
old messages), forward, full or none.

- **e** / **Enter** edit (one record, edited in place).
"""

    def items(self) -> list[EventSettings]:
        events = self.design.architecture.events
        return [EventSettings(outbox=list(events.outbox), registry=events.registry,
                              compatibility=events.compatibility)]

    def form_options(self, item: Any | None) -> FormOptions:
        services = [s.name for s in self.design.architecture.services if s.name]
        return FormOptions(include=("outbox", "registry", "compatibility"),
                           choices={"outbox": services})

    def action_edit(self) -> None:
        """Edit the settings; the saved record is written into the design."""
        def done(record: EventSettings | None) -> None:
            if record is not None:
                events = self.design.architecture.events
                events.outbox = list(record.outbox)
                events.registry = record.registry.strip()
                events.compatibility = record.compatibility
                self.fill()
                self.changed(self.WHERE)

        self.app.push_screen(self._form(0), done)
