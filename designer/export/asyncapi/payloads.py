"""Message payloads and headers as JSON Schema, with examples, from the shared type system.

Named schemas and entities become `#/components/schemas/…` through the same builder the
OpenAPI uses (`openapi_components.Components`), so a payload reads the same in both contracts
and a schema only an event uses is still written. Webhook deliveries wrap a message's payload
in the envelope their signing scheme implies; the OpenAPI webhooks use the same envelope.
"""

from __future__ import annotations

from typing import Any

from designer.contract.events import signature_headers
from designer.contract.variants import Body, BodyContext
from designer.export.openapi_components import Components
from designer.export.openapi_fields import object_schema
from designer.model.api import SigningScheme
from designer.model.design import Design
from designer.model.events import Message


class Payloads:
    """Payload schemas and examples of one design's messages."""

    def __init__(self, design: Design, components: Components | None = None) -> None:
        self.design = design
        self.components = components or Components(design)

    def schema(self, message: Message) -> dict[str, Any] | None:
        """The payload schema of `message`; None when the design gives no payload."""
        c = self.components
        if message.payload:
            found = c.entity_ref(message.payload)
            return found or None
        if message.fields:
            return {"type": "object", **object_schema(list(message.fields), c.types,
                                                       c.entity_ref)}
        return None

    def example(self, message: Message) -> Any:
        """The example payload of `message` (None without a payload)."""
        c = self.components
        if message.payload in c.types.schemas:
            return c.examples.schema(c.types.schemas[message.payload])
        if message.payload in c.types.entities:
            return c.examples.entity(c.types.entities[message.payload], BodyContext(Body.READ))
        if message.fields:
            return c.examples.object(list(message.fields), owner=message.name)
        return None

    def headers(self, message: Message) -> dict[str, Any] | None:
        """The headers schema of `message` (an object), or None without headers."""
        if not message.headers:
            return None
        c = self.components
        return {"type": "object", **object_schema(list(message.headers), c.types,
                                                   c.entity_ref)}

    def header_example(self, message: Message) -> dict[str, Any] | None:
        """Example headers of `message`."""
        if not message.headers:
            return None
        return self.components.examples.object(list(message.headers), owner=message.name)

    # ----- webhooks -------------------------------------------------------------------------

    def envelope(self, event: str, message: Message | None) -> dict[str, Any]:
        """The body of a webhook delivery of `event`: the envelope with the payload as `data`."""
        data = (self.schema(message) if message else None) or {
            "type": "object", "description": "The event's payload (not designed yet)."}
        if self.design.api.webhook_signing.scheme is SigningScheme.STANDARD_WEBHOOKS:
            return {
                "type": "object",
                "description": "A Standard Webhooks payload.",
                "required": ["type", "timestamp", "data"],
                "properties": {
                    "type": {"type": "string", "const": event,
                             "description": "Event name."},
                    "timestamp": {"type": "string", "format": "date-time",
                                  "description": "When the event happened (UTC)."},
                    "data": data,
                },
            }
        return {
            "type": "object",
            "description": "Envelope of every webhook delivery.",
            "required": ["id", "type", "created_at", "data"],
            "properties": {
                "id": {"type": "string", "format": "uuid",
                       "description": "Delivery id; the same on every retry (deduplicate on it)."},
                "type": {"type": "string", "const": event, "description": "Event name."},
                "created_at": {"type": "string", "format": "date-time",
                               "description": "When the event happened (UTC)."},
                "data": data,
            },
        }

    def envelope_example(self, event: str, message: Message | None) -> dict[str, Any]:
        """An example delivery of `event`."""
        data = (self.example(message) if message else None) or {}
        if self.design.api.webhook_signing.scheme is SigningScheme.STANDARD_WEBHOOKS:
            return {"type": event, "timestamp": "2025-03-14T09:30:00Z", "data": data}
        return {"id": "7d4b2a9e-3f1c-4c8e-9a51-2b6f0d8e4c17", "type": event,
                "created_at": "2025-03-14T09:30:00Z", "data": data}

    def signature_headers(self) -> dict[str, Any]:
        """The headers schema of a signed delivery: exactly the design's signature headers."""
        headers = signature_headers(self.design)
        return {"type": "object",
                "required": [h.name for h in headers],
                "properties": {h.name: {"type": "string", "description": h.description}
                               for h in headers}}
