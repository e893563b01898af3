"""`webhooks`: events delivered to subscribers, their signing, delivery policy and payloads."""

from __future__ import annotations

import re
from typing import Any

from pydantic import ValidationError

from designer.contract.webhook_delivery import DELIVERY_EXTENSION
from designer.importers.openapi.state import State, as_dict, as_list
from designer.model.api import SignatureEncoding, SigningScheme, Webhook
from designer.model.events import Message, MessageField
from designer.model.webhook_delivery import WebhookDelivery


class WebhookReader(State):
    """Reads webhooks, signing and the delivery policy."""

    def _webhooks(self) -> None:
        for key, item in as_dict(self.doc.get("webhooks")).items():
            op = as_dict(as_dict(item).get("post"))
            if not op:
                self.report.note(f"webhooks.{key}", "only POST webhooks are kept")
                continue
            summary = str(op.get("summary") or "")
            event = summary.removeprefix("Event ") if summary.startswith("Event ") else key
            parts = str(op.get("description") or "").split("\n\n")
            kept = [p for p in parts if not p.startswith(("Delivered as an HTTP POST",
                                                          "Signed "))]
            webhook = Webhook(event=event, description="\n\n".join(kept),
                              signed=bool(op.get("parameters")))
            text = "\n\n".join(parts)
            if "Delivered once" in text:
                webhook.retries = 0
            elif match := re.search(r"is retried (once|up to (\d+) times)", text):
                webhook.retries = 1 if match[1] == "once" else int(match[2])
            self.design.api.webhooks.append(webhook)
            if webhook.signed and not self.signing_read:
                self.signing_read = True
                self._signing(as_list(op.get("parameters")), text)
            self._payload(f"webhooks.{key}", event, op)
        self._delivery()

    def _delivery(self) -> None:
        """The delivery policy designer writes as a root extension, read back whole."""
        raw = self.doc.get(DELIVERY_EXTENSION)
        if raw is None:
            return
        try:
            self.design.api.webhook_delivery = WebhookDelivery.model_validate(raw)
        except ValidationError as error:
            first = error.errors()[0]
            where = ".".join(str(p) for p in first["loc"])
            self.report.note(f"{DELIVERY_EXTENSION}.{where}".rstrip("."),
                             f"not a delivery policy designer can read ({first['msg']}); "
                             "left out")

    def _signing(self, params: list[Any], text: str) -> None:
        """How deliveries are signed, read back from the signature headers designer wrote."""
        signing = self.design.api.webhook_signing
        headers = [(str(as_dict(p).get("name", "")), str(as_dict(p).get("description", "")))
                   for p in params]
        names = [n for n, _ in headers]
        tolerance = re.search(r"older than (\d+) s", text)
        if tolerance:
            signing.tolerance_seconds = max(1, int(tolerance[1]))
        if names == ["webhook-id", "webhook-timestamp", "webhook-signature"]:
            signing.scheme = SigningScheme.STANDARD_WEBHOOKS
        elif headers:
            signing.header, last = headers[-1]
            if len(headers) > 1:
                signing.timestamp_header = headers[0][0]
            if "Ed25519" in last:
                signing.scheme = SigningScheme.ED25519
            signing.encoding = SignatureEncoding.BASE64 if last.startswith("Base64") \
                else SignatureEncoding.HEX
        rotation = re.search(r"Secrets rotate every (\d+) days", text)
        signing.rotation_days = int(rotation[1]) if rotation else None

    def _payload(self, where: str, event: str, op: dict[str, Any]) -> None:
        """The `data` of a delivery envelope as the message named like the event."""
        content = as_dict(as_dict(op.get("requestBody")).get("content"))
        media = as_dict(content.get("application/json"))
        data = as_dict(as_dict(as_dict(media.get("schema")).get("properties")).get("data"))
        if not data or data.get("description") == "The event's payload (not designed yet).":
            return
        message = Message(name=event)
        name = self.type_name(str(data.get("$ref", "")))
        if name is not None:
            message.payload = name
        elif isinstance(data.get("properties"), dict):
            message.fields = [MessageField(**m.model_dump())
                              for m in self.reader.members(data, where)]
        else:
            self.report.note(where, "a payload that is not an object; left out")
            return
        example = as_dict(as_dict(media.get("example")).get("data"))
        self.payload_examples[event] = example
        self.design.architecture.events.messages.append(message)
