"""WebSocket / SSE channels as their HTTP handshake, and outgoing webhooks as OpenAPI 3.1
`webhooks`.

OpenAPI cannot describe the messages of a WebSocket, but it can describe the GET that opens
one (101 Switching Protocols) and an SSE stream (200 `text/event-stream`), which is what a
client needs to connect. Channel paths are used as written: they are where the channel is
served, not below the API base path.
"""

from __future__ import annotations

import re
from typing import Any

from designer.contract.naming import identifier, pascal
from designer.export import openapi_errors as errors
from designer.export.openapi_components import Components
from designer.model.api import Channel, ChannelKind, Webhook

REALTIME_TAG = "realtime"
WEBHOOK_TAG = "webhooks"

_EVENT_SCHEMA: dict[str, Any] = {
    "type": "object",
    "description": "Envelope of every webhook delivery.",
    "required": ["id", "type", "created_at", "data"],
    "properties": {
        "id": {
            "type": "string",
            "format": "uuid",
            "description": "Delivery id; the same on every retry (deduplicate on it).",
        },
        "type": {"type": "string", "description": "Event name, e.g. order.paid."},
        "created_at": {
            "type": "string",
            "format": "date-time",
            "description": "When the event happened (UTC).",
        },
        "data": {"type": "object", "description": "The event's payload."},
    },
}


def channel_operation(
    channel: Channel,
    operation_id: str,
    components: Components,
    security: list[dict[str, list[str]]],
) -> dict[str, Any]:
    """The GET operation that opens `channel`."""
    websocket = channel.kind is ChannelKind.WEBSOCKET
    kind = "WebSocket" if websocket else "Server-Sent Events"
    name = " ".join(channel.name.split()) or channel.path
    parts = [channel.description.strip()] if channel.description.strip() else []
    if websocket:
        parts.append(
            "Opens a WebSocket (RFC 6455): send `Connection: Upgrade` and "
            "`Upgrade: websocket`; messages then flow both ways on the socket."
        )
        ok: dict[str, Any] = {
            "101": {"description": "Switching Protocols: the connection is now a WebSocket."}
        }
    else:
        parts.append("Streams Server-Sent Events; reconnect with `Last-Event-ID` to resume.")
        ok = {
            "200": {
                "description": "An event stream.",
                "content": {
                    "text/event-stream": {
                        "schema": {"type": "string", "description": "Server-Sent Events."}
                    }
                },
            }
        }
    codes = [400, 401, 500] if security else [400, 500]
    responses = {**ok, **{str(c): components.error_response(c) for c in codes}}
    return {
        "tags": [REALTIME_TAG],
        "summary": f"{kind}: {name}",
        "description": "\n\n".join(parts),
        "operationId": operation_id,
        "responses": responses,
        "security": security,
    }


def channel_operation_id(channel: Channel) -> str:
    """connectChat for a WebSocket named chat, streamNotifications for an SSE channel."""
    noun = pascal(channel.name) or pascal(channel.path) or "Channel"
    return identifier(("connect" if channel.kind is ChannelKind.WEBSOCKET else "stream") + noun)


def webhook_operation(webhook: Webhook, operation_id: str, components: Components) -> dict:
    """The `post` a subscriber receives for `webhook`."""
    parts = [webhook.description.strip()] if webhook.description.strip() else []
    parts.append(
        f"Delivered as an HTTP POST to each subscriber URL; retried up to "
        f"{webhook.retries} times with exponential backoff until a 2xx answer."
    )
    op: dict[str, Any] = {
        "tags": [WEBHOOK_TAG],
        "summary": f"Event {webhook.event}",
        "description": "",
        "operationId": operation_id,
    }
    if webhook.signed:
        parts.append(
            "Verify `X-Signature` (HMAC-SHA256 of the raw body with the "
            "subscription's secret) before trusting the payload."
        )
        op["parameters"] = [
            {
                "name": "X-Signature",
                "in": "header",
                "required": True,
                "description": "Hex HMAC-SHA256 of the raw request body.",
                "schema": {"type": "string"},
            }
        ]
    op["description"] = "\n\n".join(parts)
    op["requestBody"] = {
        "required": True,
        "content": {
            "application/json": {"schema": components.shared_schema("WebhookEvent", _EVENT_SCHEMA)}
        },
    }
    op["responses"] = {"200": {"description": errors.phrase(200) + ": delivery accepted."}}
    op["security"] = []
    return op


_KEY_UNSAFE = re.compile(r"[{}\s\x00-\x1f\x7f/?#%]+")


def webhook_key(event: str, taken: set[str] | dict[str, Any]) -> str:
    """The `webhooks` key of an event: the event itself, or when it holds characters tools read
    as path syntax (`{a}`, `/`, spaces) a safe spelling; the original stays in the summary."""
    key = _KEY_UNSAFE.sub("-", event.strip()).strip("-") or "event"
    base, n = key, 2
    while key in taken:
        key, n = f"{base}-{n}", n + 1
    return key


def webhook_operation_id(webhook: Webhook) -> str:
    """orderPaidWebhook for order.paid."""
    noun = pascal(webhook.event) or "Event"
    return identifier(noun[:1].lower() + noun[1:] + "Webhook")
