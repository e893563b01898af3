"""Architecture style and the services / bounded contexts (asked in the requirements stage)."""

from enum import StrEnum

from pydantic import Field

from designer.model.base import Part
from designer.model.events import Events
from designer.model.factories import new_list


class ArchitectureStyle(StrEnum):
    """Overall shape of the backend."""

    MONOLITH = "monolith"
    MODULAR_MONOLITH = "modular_monolith"
    MICROSERVICES = "microservices"
    SERVERLESS = "serverless"
    EVENT_DRIVEN = "event_driven"


class CallStyle(StrEnum):
    """How one service talks to another."""

    SYNC = "sync"
    ASYNC = "async"


class Protocol(StrEnum):
    """Wire protocol of a service dependency."""

    REST = "rest"
    GRPC = "grpc"
    GRAPHQL = "graphql"
    MESSAGE = "message"
    EVENT = "event"


class Dependency(Part):
    """A call or message from one service to another."""

    target: str = ""
    """Name of the service depended on."""
    style: CallStyle = CallStyle.SYNC
    """Synchronous call or asynchronous message."""
    protocol: Protocol = Protocol.REST
    """Protocol used."""
    description: str = ""
    """What flows along this edge."""


class Service(Part):
    """A deployable service or a bounded context of a modular monolith."""

    name: str = ""
    """Unique name, e.g. orders."""
    responsibility: str = ""
    """What this service alone is responsible for."""
    folder: str = ""
    """Folder of the service in the code base (links it to a detection result)."""
    depends_on: list[Dependency] = Field(default_factory=new_list)
    """Outgoing dependencies; the seeds ask that they point one way only."""
    publishes: list[str] = Field(default_factory=new_list)
    """Names of the messages (`architecture.events.messages`) this service publishes."""
    consumes: list[str] = Field(default_factory=new_list)
    """Names of the messages this service consumes."""
    image: str = ""
    """Its container image, when it does not follow `operations.image`."""
    port: int | None = Field(default=None, ge=1, le=65535)
    """Its port, when it differs from `operations.port`."""
    legacy: bool = False
    """The system being split up (strangler fig): its endpoints move to the other services
    step by step, and the rollout plan lists those steps."""


class Broker(StrEnum):
    """Message broker or event stream."""

    NONE = "none"
    KAFKA = "kafka"
    RABBITMQ = "rabbitmq"
    SQS = "sqs"
    REDIS_PUBSUB = "redis_pubsub"
    REDIS_STREAMS = "redis_streams"
    NATS = "nats"
    GOOGLE_PUBSUB = "google_pubsub"


class Architecture(Part):
    """Style, services and what connects them."""

    style: ArchitectureStyle | None = None
    """Overall style; None until chosen."""
    services: list[Service] = Field(default_factory=new_list)
    """Services or bounded contexts."""
    gateway: str = ""
    """API gateway in front of the services (Kong, NGINX, Envoy, AWS API Gateway …); empty: none."""
    broker: Broker = Broker.NONE
    """Broker used for asynchronous communication."""
    rationale: str = ""
    """Why this style (recorded as a decision in the document)."""
    events: Events = Field(default_factory=Events)
    """Messages, broker channels, consumers and flows."""
