"""Stage 1: what the backend must do, for how many, and under which rules."""

from enum import StrEnum
from typing import Any

from pydantic import Field, SerializerFunctionWrapHandler, model_serializer

from designer.model.base import Part
from designer.model.factories import new_list


class Priority(StrEnum):
    """MoSCoW priority of a functional requirement."""

    MUST = "must"
    SHOULD = "should"
    COULD = "could"
    WONT = "wont"


class Feature(Part):
    """A functional requirement: a feature or user story."""

    name: str = ""
    """Short name, e.g. "Sign up"."""
    story: str = ""
    """The user story or description ("As a buyer I want …")."""
    priority: Priority = Priority.MUST
    """How much the first release needs it."""


class NonFunctional(Part):
    """Non-functional targets; the seeds' defaults are p95 < 200 ms, > 1000 RPS, 99.9%, < 0.1%."""

    expected_users: int | None = Field(default=None, ge=0)
    """Registered users expected in the first year."""
    concurrent_users: int | None = Field(default=None, ge=0)
    """Users (or connections) active at the same moment at peak."""
    peak_rps: int | None = Field(default=None, ge=0)
    """Requests per second at peak."""
    p95_latency_ms: int | None = Field(default=None, ge=0)
    """95th-percentile API response time target in milliseconds."""
    db_query_ms: int | None = Field(default=None, ge=0)
    """Target for a single database query in milliseconds."""
    availability: float | None = Field(default=None, ge=0, le=100)
    """Availability target in percent, e.g. 99.9."""
    error_rate: float | None = Field(default=None, ge=0, le=100)
    """Error-rate budget in percent of requests, e.g. 0.1."""
    data_volume_gb: float | None = Field(default=None, ge=0)
    """Data stored after the first year, in GB."""


class Consistency(StrEnum):
    """How fresh reads must be across the system."""

    STRONG = "strong"
    EVENTUAL = "eventual"
    MIXED = "mixed"


class Compliance(StrEnum):
    """Regulations the backend must satisfy."""

    GDPR = "gdpr"
    HIPAA = "hipaa"
    SOC2 = "soc2"
    PCI_DSS = "pci_dss"
    PIPA = "pipa"
    """Korea's Personal Information Protection Act (개인정보보호법)."""
    ECOMMERCE_ACT = "ecommerce_act"
    """Korea's Act on Consumer Protection in Electronic Commerce (전자상거래법)."""


class IntegrationKind(StrEnum):
    """What an external integration is for."""

    EXTERNAL_API = "external_api"
    PAYMENT = "payment"
    NOTIFICATION = "notification"
    WEBHOOK_IN = "webhook_in"
    WEBHOOK_OUT = "webhook_out"
    AUTH_PROVIDER = "auth_provider"
    STORAGE = "storage"
    PUBLIC_DATA = "public_data"
    OTHER = "other"


class Integration(Part):
    """A system outside the backend that it calls or that calls it."""

    name: str = ""
    """Display name, e.g. "Toss Payments"."""
    kind: IntegrationKind = IntegrationKind.EXTERNAL_API
    """What the integration is for."""
    provider: str = ""
    """Provider key, e.g. toss_payments, naver_pay, stripe, kakao_alimtalk, sms, s3."""
    description: str = ""
    """What the backend uses it for."""
    timeout_ms: int | None = Field(default=None, ge=0)
    """Timeout for one call; None means not decided."""
    retries: int | None = Field(default=None, ge=0)
    """Retries with backoff after a failed call; None means not decided."""
    circuit_breaker: bool = False
    """Whether calls go through a circuit breaker."""
    idempotent: bool = False
    """Whether calls carry an idempotency key so a retry cannot charge or send twice."""
    services: list[str] = Field(default_factory=new_list)
    """Services that call it or that it calls; empty means the whole backend."""


class Requirements(Part):
    """Everything the requirements stage asks."""

    name: str = ""
    """The system's name."""
    domain: str = ""
    """Business domain, e.g. e-commerce, fintech, chat."""
    description: str = ""
    """One paragraph: what the backend is for."""
    features: list[Feature] = Field(default_factory=new_list)
    """Functional requirements."""
    nfr: NonFunctional = Field(default_factory=NonFunctional)
    """Non-functional targets."""
    consistency: Consistency | None = None
    """Consistency the business needs."""
    consistency_notes: str = ""
    """Where strong consistency is needed (payments, stock) and where eventual is fine."""
    compliance: list[Compliance] = Field(default_factory=new_list)
    """Regulations in scope."""
    integrations: list[Integration] = Field(default_factory=new_list)
    """External systems."""
    locale: str = ""
    """Primary market and locale, e.g. ko-KR (time zone, currency, address format)."""
    spec_id: str = ""
    """The SPEC this design answers (`SPEC-AUTH-001`, seed 001's `.do/specs/SPEC-{ID}/`);
    empty when it was not started from one. Written to the file only when set (#14)."""

    @model_serializer(mode="wrap")
    def _sparse(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        data = handler(self)
        if data.get("spec_id") == "":
            del data["spec_id"]  # files made before the field existed stay byte for byte
        return data
