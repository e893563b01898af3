"""How outgoing webhooks are delivered: the retry schedule, which answers are retried, when an
endpoint is disabled, the delivery log and redelivery (seed 002, "Webhook 패턴": delivery,
retry logic).

Every field starts undecided (None, empty or False), so a design that never set them reads
and exports as before; how many times one event is retried stays on the webhook
(`Webhook.retries`), this part says when and on what.
"""

from enum import StrEnum
from typing import Annotated

from pydantic import Field

from designer.model.base import Part
from designer.model.events import Backoff
from designer.model.factories import new_list

STATUS_PATTERN = r"^[1-5]([0-9]{2}|xx)$"
"""An HTTP status (`429`) or a class of them (`5xx`)."""


class GoneAction(StrEnum):
    """What a `410 Gone` answer does."""

    DISABLE = "disable"
    """The endpoint is disabled at once: the receiver said it is gone for good."""
    STOP = "stop"
    """This delivery stops (no further retries); the endpoint stays enabled."""
    RETRY = "retry"
    """Treated like any other failed attempt."""


class LogRecord(StrEnum):
    """What the delivery log records of each attempt."""

    REQUEST = "request"
    """The request sent: headers and body."""
    STATUS = "status"
    """The response status."""
    BODY = "body"
    """An excerpt of the response body."""
    ATTEMPT = "attempt"
    """The attempt number."""
    LATENCY = "latency"
    """How long the receiver took to answer."""


class WebhookDelivery(Part):
    """How every webhook delivery is attempted, retried, given up, logged and replayed."""

    schedule_seconds: list[Annotated[int, Field(ge=1)]] = Field(default_factory=new_list)
    """Waits before each retry, in seconds (5, 300, 1800 …); the last repeats for further
    retries. Empty: no explicit schedule (a backoff may apply)."""
    backoff: Backoff | None = None
    """How the wait grows when there is no explicit schedule; empty: not decided."""
    delay_seconds: int | None = Field(default=None, ge=1)
    """Seconds before the first retry when a backoff applies; empty: not decided."""
    max_delay_seconds: int | None = Field(default=None, ge=1)
    """Longest wait between two attempts, in seconds; empty: no cap."""
    max_age_hours: int | None = Field(default=None, ge=1)
    """Hours after its event when a still failing delivery is given up; empty: not decided."""
    retry_statuses: list[Annotated[str, Field(pattern=STATUS_PATTERN)]] = Field(
        default_factory=new_list)
    """Answers that are retried: statuses (408, 429) or classes (5xx); any other non-2xx is
    final. Empty: not decided."""
    retry_timeouts: bool = False
    """A timeout or a refused connection is retried."""
    gone: GoneAction | None = None
    """What a 410 Gone answer does; empty: not decided."""
    timeout_seconds: int | None = Field(default=None, ge=1)
    """Seconds one attempt waits for the receiver's answer; empty: not decided."""
    disable_after_failures: int | None = Field(default=None, ge=1)
    """Consecutive failed deliveries that disable an endpoint; empty: not by count."""
    disable_after_hours: int | None = Field(default=None, ge=1)
    """Hours of nothing but failures that disable an endpoint; empty: not by duration."""
    notify_on_disable: bool = False
    """The endpoint's owner is told when it is disabled."""
    log: bool | None = None
    """Every attempt is written to a delivery log; empty: not decided."""
    log_retention_days: int | None = Field(default=None, ge=1)
    """Days an attempt stays in the log; empty: not decided."""
    log_records: list[LogRecord] = Field(default_factory=new_list)
    """What each log entry records."""
    log_body_bytes: int | None = Field(default=None, ge=1)
    """Bytes of the response body the log keeps; empty: not decided."""
    redeliver: str = ""
    """Endpoint that replays a delivery on request, as `METHOD /path` of the design's
    endpoints (e.g. POST /deliveries/{id}/redeliver); empty: no manual redelivery."""

    def has_schedule(self) -> bool:
        """A retry schedule is decided: explicit waits, or a backoff."""
        return bool(self.schedule_seconds) or self.backoff is not None

    def has_disable_rule(self) -> bool:
        """Something decides when a failing endpoint is disabled."""
        return (self.disable_after_failures is not None or self.disable_after_hours is not None
                or self.gone is GoneAction.DISABLE)
