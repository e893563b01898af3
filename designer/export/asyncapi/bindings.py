"""Protocol bindings where the design says something a protocol can carry: Kafka partitions,
replicas, retention, compaction, consumer groups and message keys; the HTTP method of a
WebSocket handshake and of a webhook delivery."""

from __future__ import annotations

from typing import Any

from designer.contract.events import EventChannel, Kind, Operation
from designer.model.architecture import Broker
from designer.model.design import Design

KAFKA = "0.5.0"
WS = "0.1.0"
HTTP = "0.3.0"


def channel(design: Design, chan: EventChannel, address: str) -> dict[str, Any]:
    """Channel bindings of `chan` (empty when the protocol takes nothing the design says)."""
    if chan.kind is Kind.WEBSOCKET:
        return {"ws": {"method": "GET", "bindingVersion": WS}}
    topic = chan.topic
    if chan.kind is not Kind.BROKER or design.architecture.broker is not Broker.KAFKA:
        return {}
    kafka: dict[str, Any] = {"topic": address}
    if topic is not None:
        if topic.partitions:
            kafka["partitions"] = topic.partitions
        if topic.replication:
            kafka["replicas"] = topic.replication
        config: dict[str, Any] = {}
        if topic.compacted:
            config["cleanup.policy"] = ["compact"]
        if topic.retention_hours:
            config["retention.ms"] = topic.retention_hours * 3_600_000
        if config:
            kafka["topicConfiguration"] = config
    kafka["bindingVersion"] = KAFKA
    return {"kafka": kafka}


def operation(design: Design, op: Operation) -> dict[str, Any]:
    """Operation bindings of `op`: the consumer group of a Kafka consumer, the POST of a
    webhook delivery."""
    if op.channel.kind is Kind.WEBHOOK:
        return {"http": {"method": "POST", "bindingVersion": HTTP}}
    if op.channel.kind is Kind.BROKER and design.architecture.broker is Broker.KAFKA \
            and op.action == "receive" and not op.external:
        group = (op.consumer.group.strip() if op.consumer else "") or op.actor
        return {"kafka": {"groupId": {"type": "string", "enum": [group]},
                          "bindingVersion": KAFKA}}
    return {}


def message(design: Design, key_schema: dict[str, Any] | None) -> dict[str, Any]:
    """Message bindings: the Kafka key's schema when the message has a key."""
    if key_schema is None or design.architecture.broker is not Broker.KAFKA:
        return {}
    return {"kafka": {"key": key_schema, "bindingVersion": KAFKA}}
