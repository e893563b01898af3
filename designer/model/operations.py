"""Stage 7: operations — health, observability, resilience, deployment, configuration."""

from enum import StrEnum

from pydantic import Field

from designer.model.base import Part
from designer.model.factories import new_list


class LogFormat(StrEnum):
    """Log line format."""

    JSON = "json"
    TEXT = "text"


class Orchestration(StrEnum):
    """Where containers run."""

    KUBERNETES = "kubernetes"
    ECS = "ecs"
    CLOUD_RUN = "cloud_run"
    DOCKER_COMPOSE = "docker_compose"
    SERVERLESS = "serverless"
    VM = "vm"
    PAAS = "paas"


class Rollout(StrEnum):
    """Deployment strategy."""

    ROLLING = "rolling"
    BLUE_GREEN = "blue_green"
    CANARY = "canary"
    RECREATE = "recreate"


class EnvVar(Part):
    """An environment variable the service reads."""

    name: str = ""
    """Variable name, e.g. DATABASE_URL."""
    description: str = ""
    """What it configures."""
    secret: bool = False
    """Holds a secret (comes from the secrets manager, never from the repository)."""
    required: bool = True
    """The service refuses to start without it."""
    example: str = ""
    """Example value (never a real secret)."""
    purpose: str = ""
    """The configuration it carries when the design implies one (`database:main`, `cache`,
    `jwt_signing_key` …): the variable stands for it, so no second name is derived."""


class Operations(Part):
    """Everything the operations stage decides."""

    health_path: str = ""
    """Liveness endpoint, e.g. /health; empty when not decided."""
    readiness_path: str = ""
    """Readiness endpoint, e.g. /ready."""
    log_format: LogFormat = LogFormat.JSON
    """Structured logs."""
    correlation_header: str = "X-Request-ID"
    """Header carrying the correlation id; empty means none."""
    pii_masking: bool = False
    """Personal data is masked in logs."""
    metrics: str = ""
    """Metrics stack, e.g. Prometheus + Grafana (RED metrics)."""
    tracing: str = ""
    """Tracing, e.g. OpenTelemetry → Jaeger."""
    error_tracking: str = ""
    """Error tracking, e.g. Sentry."""
    alerting: str = ""
    """Alert routing and on-call."""
    slos: list[str] = Field(default_factory=new_list)
    """Service level objectives, e.g. 99.9% of requests succeed over 30 days."""
    request_timeout_ms: int | None = Field(default=None, ge=0)
    """Server-side request timeout."""
    outbound_timeout_ms: int | None = Field(default=None, ge=0)
    """Default timeout of outbound calls."""
    retry_attempts: int | None = Field(default=None, ge=0)
    """Default retries of idempotent outbound calls (exponential backoff with jitter)."""
    circuit_breaker: str = ""
    """Circuit breaker library or mesh feature; empty means none."""
    containers: bool = True
    """Shipped as container images."""
    orchestration: Orchestration | None = None
    """Where it runs."""
    cloud: str = ""
    """Cloud provider, e.g. AWS, GCP, Azure, Naver Cloud Platform."""
    rollout: Rollout | None = None
    """Deployment strategy."""
    image: str = ""
    """Container image, e.g. ghcr.io/acme/shop; with services, the prefix their names follow
    (ghcr.io/acme/shop-orders) unless a service names its own."""
    port: int | None = Field(default=None, ge=1, le=65535)
    """Port an instance listens on; None until decided."""
    canary_steps: list[int] = Field(default_factory=new_list)
    """Share of traffic (percent) at each canary step, e.g. 5, 25, 50, 100."""
    canary_step_minutes: int | None = Field(default=None, ge=1)
    """How long each canary step is watched before the next one."""
    start_command: str = ""
    """Command that starts one instance, e.g. uvicorn app.main:app --host 0.0.0.0 --port $PORT."""
    migrate_command: str = ""
    """Command run before start, e.g. alembic upgrade head."""
    env: list[EnvVar] = Field(default_factory=new_list)
    """Environment variables."""
    runbook: str = ""
    """Where incident procedures live / the failure playbook summary."""
