"""Human names of the model's choice values (`postgresql` → PostgreSQL, `pci_dss` → PCI-DSS).

The saved file keeps the stable machine values; documents and screens show these names.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

_NAMES: dict[str, str] = {
    # databases and stores
    "postgresql": "PostgreSQL",
    "mysql": "MySQL",
    "mariadb": "MariaDB",
    "sqlite": "SQLite",
    "mongodb": "MongoDB",
    "redis": "Redis",
    "elasticsearch": "Elasticsearch",
    "dynamodb": "DynamoDB",
    "cassandra": "Cassandra",
    "memcached": "Memcached",
    "in_memory": "in-memory",
    "cdn": "CDN",
    "http": "HTTP caching",
    # compliance
    "gdpr": "GDPR",
    "hipaa": "HIPAA",
    "soc2": "SOC 2",
    "pci_dss": "PCI-DSS",
    "pipa": "PIPA (개인정보보호법)",
    "ecommerce_act": "Korea e-commerce act (전자상거래법)",
    # API
    "rest": "REST",
    "graphql": "GraphQL",
    "grpc": "gRPC",
    "url": "URL path",
    "websocket": "WebSocket",
    "sse": "Server-Sent Events",
    "ip": "IP address",
    "api_key": "API key",
    # architecture and messaging
    "modular_monolith": "modular monolith",
    "event_driven": "event-driven",
    "kafka": "Kafka",
    "rabbitmq": "RabbitMQ",
    "sqs": "Amazon SQS",
    "redis_pubsub": "Redis pub/sub",
    "redis_streams": "Redis Streams",
    "nats": "NATS",
    "google_pubsub": "Google Pub/Sub",
    # auth
    "jwt": "JWT",
    "oauth2": "OAuth 2.0 / OIDC",
    "mtls": "mTLS",
    "saml": "SAML SSO",
    "google": "Google",
    "github": "GitHub",
    "kakao": "Kakao",
    "naver": "Naver",
    "apple": "Apple",
    "microsoft": "Microsoft",
    "facebook": "Facebook",
    "argon2id": "Argon2id",
    "bcrypt": "bcrypt",
    "scrypt": "scrypt",
    "pbkdf2": "PBKDF2",
    "totp": "TOTP",
    "sms": "SMS",
    "webauthn": "WebAuthn",
    "env": "environment variables",
    "vault": "HashiCorp Vault",
    "aws_secrets_manager": "AWS Secrets Manager",
    "gcp_secret_manager": "Google Secret Manager",
    "azure_key_vault": "Azure Key Vault",
    "kubernetes": "Kubernetes",
    "ncp_secret_manager": "Naver Cloud Secret Manager",
    "denylist": "deny-list",
    "refresh_store": "refresh-token store",
    # testing and operations
    "e2e": "E2E",
    "testcontainers": "Testcontainers",
    "json": "JSON",
    "ecs": "Amazon ECS",
    "cloud_run": "Cloud Run",
    "docker_compose": "Docker Compose",
    "vm": "VMs",
    "paas": "PaaS",
    "blue_green": "blue-green",
}


def label(value: StrEnum | str | None) -> str:
    """The human name of one choice value; unknown values read with spaces for underscores."""
    if value is None:
        return ""
    raw = value.value if isinstance(value, StrEnum) else str(value)
    return _NAMES.get(raw, raw.replace("_", " "))


def labels(values: Iterable[StrEnum | str]) -> str:
    """Comma-separated human names."""
    return ", ".join(label(v) for v in values)
