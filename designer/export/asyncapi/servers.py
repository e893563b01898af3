"""AsyncAPI servers: the design's broker, the host serving WebSocket / SSE channels, and the
subscribers' endpoints that receive webhooks.

A host the design does not give (no broker URL example, no API server) is a server variable
described by where it comes from, never an invented name.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from designer.contract.components import components
from designer.contract.events import EventFacts, Kind
from designer.model.architecture import Broker
from designer.model.design import Design
from designer.model.labels import label

PROTOCOLS = {
    Broker.KAFKA: "kafka",
    Broker.RABBITMQ: "amqp",
    Broker.SQS: "sqs",
    Broker.REDIS_PUBSUB: "redis",
    Broker.REDIS_STREAMS: "redis",
    Broker.NATS: "nats",
    Broker.GOOGLE_PUBSUB: "googlepubsub",
}
"""Broker → AsyncAPI protocol name."""

BROKER, WEBSOCKET, HTTP, SUBSCRIBERS = "broker", "websocket", "http", "subscribers"
"""Server keys."""


def _broker_host(design: Design) -> tuple[str, str]:
    """(host, variable it comes from): the example of the variable that reaches the broker."""
    broker = next((c for c in components(design) if "broker" in c.roles), None)
    purpose = broker.purpose if broker else "broker"
    from designer.export.facts import env_vars  # the one list of environment variables

    var = next((v for v in env_vars(design) if v.purpose == purpose), None)
    if var is None:
        return "", ""
    hosts = []
    for part in var.example.split(","):
        split = urlsplit(part.strip() if "://" in part else "//" + part.strip())
        if split.hostname:
            hosts.append(split.netloc.rpartition("@")[2])
    return ",".join(hosts), var.name


def _variable(description: str) -> dict[str, Any]:
    return {"host": {"description": description}}


def servers(design: Design, facts: EventFacts) -> dict[str, Any]:
    """Server key → AsyncAPI server object, for each kind of channel the design has."""
    kinds = {c.kind for c in facts.channels}
    out: dict[str, Any] = {}
    broker = design.architecture.broker
    if Kind.BROKER in kinds and broker is not Broker.NONE:
        host, var = _broker_host(design)
        server: dict[str, Any] = {"host": host or "{host}", "protocol": PROTOCOLS[broker],
                                  "title": label(broker),
                                  "description": f"The design's {label(broker)} broker"
                                                 + (f" (`{var}`)." if var else ".")}
        if not host:
            server["variables"] = _variable(
                f"Broker address, from `{var}`." if var else "Broker address.")
        out[BROKER] = server
    api = urlsplit(design.api.servers[0]) if design.api.servers else None
    secure = api is None or api.scheme != "http"
    for kind, key, protocol in ((Kind.WEBSOCKET, WEBSOCKET, "wss" if secure else "ws"),
                                (Kind.SSE, HTTP, "https" if secure else "http")):
        if kind in kinds:
            server = {"host": api.netloc if api and api.netloc else "{host}",
                      "protocol": protocol,
                      "description": "The host that serves the API."}
            if not (api and api.netloc):
                server["variables"] = _variable("Host of the API (the design names no server).")
            out[key] = server
    if Kind.WEBHOOK in kinds:
        out[SUBSCRIBERS] = {"host": "{host}", "protocol": "https",
                            "description": "Each subscriber's endpoint, registered with its "
                                           "subscription; webhooks are POSTed there.",
                            "variables": _variable("Host of the subscriber's URL.")}
    return out


def server_for(kind: Kind, available: dict[str, Any]) -> str:
    """The key of the server a channel of `kind` lives on, or empty when there is none."""
    key = {Kind.BROKER: BROKER, Kind.WEBSOCKET: WEBSOCKET, Kind.SSE: HTTP,
           Kind.WEBHOOK: SUBSCRIBERS}[kind]
    return key if key in available else ""
