"""How webhook deliveries are signed (the message catalogue, the channels, the send/receive
matrix and the flows have modules of their own: messages, channels, traffic, flows)."""

from __future__ import annotations

from typing import Any

from designer.model.api import WebhookSigning
from designer.tui.editors.records import RecordListEditor


class WebhookSigningEditor(RecordListEditor):
    """How webhook deliveries are signed: one record, edited in place."""

    TITLE = "Webhook signature"
    ITEM = WebhookSigning
    WHERE = "api.webhook_signing"
    COLUMNS = ("scheme", "header", "timestamp_header", "tolerance_seconds", "encoding")
    KEY = ""
    SINGLE = True
    NOUN = "signature scheme"
    HELP = """\
## Webhook signature
How receivers verify a delivery: the algorithm (HMAC-SHA256, Ed25519 or Standard Webhooks),
the header with the signature, the header with the signed timestamp (replay protection) and
how old a delivery may be. The OpenAPI, the AsyncAPI and the document print exactly this.

- **e** / **Enter** edit (one scheme, edited in place).
"""

    def items(self) -> list[WebhookSigning]:
        return [self.design.api.webhook_signing]

    def action_edit(self) -> None:
        """Edit the scheme; the saved record replaces the design's."""
        def done(record: Any | None) -> None:
            if record is not None:
                self.design.api.webhook_signing = record
                self.fill()
                self.changed(self.WHERE)

        self.app.push_screen(self._form(0), done)
