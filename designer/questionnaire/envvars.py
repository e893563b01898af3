"""Environment variables a design implies, suggested for the operations stage's env editor.

Environment variables are records with their own editor, not questions, so this is not a
computed default of a question: the editor (or an exporter) calls `suggested_env(design)` and
offers the variables not yet listed. Names follow the seeds' hand-off to DevOps (DATABASE_URL,
REDIS_URL, SECRET_KEY, CORS_ORIGINS).
"""

from __future__ import annotations

from designer.model.architecture import Broker
from designer.model.auth import AuthMethod, Provider, SessionStore
from designer.model.data import Engine
from designer.model.design import Design
from designer.model.operations import EnvVar

_BROKER_URLS: dict[Broker, tuple[str, str]] = {
    Broker.KAFKA: ("KAFKA_BOOTSTRAP_SERVERS", "kafka-1:9092,kafka-2:9092"),
    Broker.RABBITMQ: ("RABBITMQ_URL", "amqp://user:password@rabbitmq:5672/"),
    Broker.SQS: ("SQS_QUEUE_URL", "https://sqs.ap-northeast-2.amazonaws.com/123456789012/jobs"),
    Broker.NATS: ("NATS_URL", "nats://nats:4222"),
    Broker.GOOGLE_PUBSUB: ("PUBSUB_PROJECT_ID", "my-project"),
}


def _var(
    name: str, description: str, example: str = "", *, secret: bool = False, required: bool = True
) -> EnvVar:
    return EnvVar(
        name=name, description=description, secret=secret, required=required, example=example
    )


def _uses_redis(design: Design) -> bool:
    auth = design.auth
    return (
        design.stack.cache.strip().lower() == "redis"
        or any(db.engine is Engine.REDIS for db in design.data.databases)
        or (AuthMethod.SESSION in auth.methods and auth.session.store is SessionStore.REDIS)
        or design.architecture.broker in (Broker.REDIS_PUBSUB, Broker.REDIS_STREAMS)
    )


def suggested_env(design: Design) -> list[EnvVar]:
    """Variables the design needs, in a stable order; examples never hold real secrets."""
    found = [_var("PORT", "Port the server listens on", "8080")]
    relational = [db for db in design.data.databases if db.engine is not Engine.REDIS]
    if relational or design.data.orm:
        found.append(
            _var(
                "DATABASE_URL",
                "Main database connection URL",
                "postgresql://app:password@db:5432/app",
                secret=True,
            )
        )
    if _uses_redis(design):
        found.append(
            _var(
                "REDIS_URL",
                "Redis for cache, sessions and rate limits",
                "redis://redis:6379/0",
                secret=True,
            )
        )
    if design.architecture.broker in _BROKER_URLS:
        name, example = _BROKER_URLS[design.architecture.broker]
        found.append(_var(name, "Message broker", example))
    auth = design.auth
    if AuthMethod.JWT in auth.methods:
        if auth.jwt.algorithm.upper().startswith("HS"):
            found.append(_var("SECRET_KEY", "JWT signing secret", secret=True))
        else:
            found.append(_var("JWT_PRIVATE_KEY", "JWT signing key (PEM)", secret=True))
            found.append(_var("JWT_PUBLIC_KEY", "JWT verification key (PEM)"))
    if AuthMethod.SESSION in auth.methods:
        found.append(_var("SESSION_SECRET", "Key signing the session cookie", secret=True))
    if AuthMethod.OAUTH2 in auth.methods:
        for provider in auth.oauth.providers:
            if provider is Provider.OTHER:
                continue
            prefix = provider.value.upper()
            found.append(_var(f"{prefix}_CLIENT_ID", f"OAuth client id at {provider.value}"))
            found.append(
                _var(
                    f"{prefix}_CLIENT_SECRET",
                    f"OAuth client secret at {provider.value}",
                    secret=True,
                )
            )
    if AuthMethod.SAML in auth.methods:
        found.append(_var("SAML_IDP_METADATA_URL", "Metadata of the SAML identity provider"))
    if design.api.cors_origins:
        found.append(
            _var(
                "CORS_ORIGINS",
                "Allowed browser origins, comma-separated",
                ",".join(design.api.cors_origins),
            )
        )
    ops = design.operations
    found.append(_var("LOG_LEVEL", "Log level", "info", required=False))
    if "sentry" in ops.error_tracking.lower():
        found.append(_var("SENTRY_DSN", "Sentry project DSN", secret=True, required=False))
    if "opentelemetry" in ops.tracing.lower():
        found.append(
            _var(
                "OTEL_EXPORTER_OTLP_ENDPOINT",
                "OpenTelemetry collector endpoint",
                "http://otel-collector:4317",
                required=False,
            )
        )
    for integration in design.requirements.integrations:
        if integration.provider:
            key = "".join(c if c.isalnum() else "_" for c in integration.provider).upper()
            found.append(
                _var(f"{key}_SECRET_KEY", f"Credentials for {integration.name or key}", secret=True)
            )
    unique: dict[str, EnvVar] = {}
    for var in found:
        unique.setdefault(var.name, var)
    return list(unique.values())


_COVERED = frozenset({"SECRET_KEY", "JWT_PRIVATE_KEY", "JWT_PUBLIC_KEY", "SESSION_SECRET",
                      "CORS_ORIGINS", "PORT", "DATABASE_URL", "REDIS_URL"})
"""Suggested names the export's implied variables already stand for (under their own names)."""


def missing_env(design: Design) -> list[EnvVar]:
    """Variables the design implies that its env list does not hold yet, to offer for adding.

    First the ones the export derives (each with the `purpose` it carries, so adding it
    replaces the derived name rather than doubling it), then the further ones a service of this
    design reads (log level, tracing, error tracking, broker, integration credentials).
    """
    from designer.export.facts import implied_env  # the export layer loads on first use

    env = design.operations.env
    names = {v.name for v in env if v.name}
    carried = {v.purpose for v in env if v.purpose}
    offered = [v for v in implied_env(design)
               if v.purpose not in carried and v.name not in names]
    implied = {v.name for v in implied_env(design)}
    oauth = {f"{p.value.upper()}_CLIENT_{part}" for p in design.auth.oauth.providers
             for part in ("ID", "SECRET")}
    for var in suggested_env(design):
        if var.name in names | implied | _COVERED | oauth:
            continue
        if var.name.endswith("_URL") and any(v.name.endswith("_URL") and v.purpose.startswith(
                ("broker", "queue")) for v in offered + env):
            continue
        offered.append(var)
    unique: dict[str, EnvVar] = {}
    for var in offered:
        unique.setdefault(var.name, var)
    return list(unique.values())
