"""The asynchronous contract: `asyncapi.yaml` (AsyncAPI 3.0) for every design with messages,
broker channels, real-time channels or webhooks.

One module per job: `payloads` (message payloads, headers and examples as JSON Schema, shared
with the OpenAPI webhooks), `servers` (the broker and the API host), `bindings` (Kafka,
WebSocket, HTTP) and `document` (channels, operations, messages).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from designer.model.design import Design

ASYNCAPI_FILE = "asyncapi.yaml"


def asyncapi_files(design: Design) -> dict[str, str]:
    """`asyncapi.yaml` → its text, or nothing when the design has no message, channel or
    webhook."""
    from designer.contract.events import resolve
    from designer.export.asyncapi.document import render

    facts = resolve(design)
    if not facts.channels and not facts.messages:
        return {}
    return {ASYNCAPI_FILE: render(design, facts)}
