"""SSE channels as the GET that opens their stream, and outgoing webhooks as OpenAPI 3.1
`webhooks`.

OpenAPI cannot describe the messages of a WebSocket, so WebSocket channels are in the AsyncAPI
contract (`designer.export.asyncapi`); an SSE stream is a GET answering `text/event-stream`,
which OpenAPI states well. Channel paths are used as written: they are where the channel is
served, not below the API base path. A webhook's body is the envelope of its message's payload
and its headers are exactly the signature headers the design chose (both shared with the
AsyncAPI contract).
"""

from __future__ import annotations

import re
from typing import Any

from designer.contract.events import (
    resolve,
    signature_headers,
    signature_text,
    webhook_message,
)
from designer.contract.naming import identifier, pascal
from designer.contract.webhook_delivery import gone_text, policy
from designer.contract.webhook_delivery import retry_text as webhook_retry_text
from designer.export import openapi_errors as errors
from designer.export.asyncapi.payloads import Payloads
from designer.export.openapi_components import Components
from designer.model.api import Channel, ChannelKind, Webhook
from designer.model.design import Design

REALTIME_TAG = "realtime"
WEBHOOK_TAG = "webhooks"

def openapi_channels(channels: list[Channel]) -> list[Channel]:
    """The channels OpenAPI describes: SSE streams (a GET answering `text/event-stream`).
    A WebSocket's messages are beyond OpenAPI (only a 101 answer could be written), so
    WebSocket channels are in the AsyncAPI contract instead."""
    return [c for c in channels if c.kind is ChannelKind.SSE]


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
    design = components.design
    parts = [webhook.description.strip()] if webhook.description.strip() else []
    parts.append("Delivered as an HTTP POST to each subscriber URL. "
                 + " ".join([webhook_retry_text(design, webhook), *policy(design)]))
    op: dict[str, Any] = {
        "tags": [WEBHOOK_TAG],
        "summary": f"Event {webhook.event}",
        "description": "",
        "operationId": operation_id,
    }
    if webhook.signed:
        parts.append(signature_text(design))
        op["parameters"] = [
            {"name": h.name, "in": "header", "required": True, "description": h.description,
             "schema": {"type": "string"}}
            for h in signature_headers(design)
        ]
    op["description"] = "\n\n".join(parts)
    payloads = Payloads(design, components)
    message = resolve(design).messages.get(webhook_message(webhook))
    op["requestBody"] = {
        "required": True,
        "content": {
            "application/json": {
                "schema": payloads.envelope(webhook.event, message),
                "example": payloads.envelope_example(webhook.event, message),
            }
        },
    }
    op["responses"] = {"200": {"description": errors.phrase(200) + ": delivery accepted."},
                       **_failures(design)}
    op["security"] = []
    return op


def _failures(design: Design) -> dict[str, Any]:
    """The answers the delivery policy names: retried statuses and 410 Gone."""
    delivery = design.api.webhook_delivery
    out: dict[str, Any] = {}
    for status in delivery.retry_statuses:
        key = status.upper()  # OpenAPI spells a class of statuses 5XX
        what = f"Any {status} answer" if "x" in status else errors.phrase(int(status))
        out.setdefault(key, {"description": f"{what}: the delivery is retried."})
    if delivery.gone is not None:
        out["410"] = {"description": gone_text(delivery)}
    return dict(sorted(out.items()))


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
