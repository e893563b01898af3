"""Shared helpers of the export tests: a rich sample design and the mermaid-js parser bridge.

No tests live here; the module is named so that it sits with the export tests.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from designer.model import Design

MERMAID_DIR = Path(__file__).parent / "mermaid"


def rich_design() -> Design:
    """A design that fills every stage, with a few hostile names mixed in."""
    return Design.model_validate({
        "requirements": {
            "name": "Shop | 주문 \"end\"",
            "domain": "e-commerce",
            "description": "Sells things.\n\n# not a heading\n- not a list",
            "features": [{"name": "Checkout", "story": "As a buyer I pay", "priority": "must"}],
            "nfr": {"expected_users": 100000, "peak_rps": 1200, "p95_latency_ms": 200,
                    "availability": 99.9, "error_rate": 0.1},
            "consistency": "mixed",
            "compliance": ["pipa", "pci_dss"],
            "integrations": [
                {"name": "Toss Payments", "kind": "payment", "provider": "toss_payments",
                 "timeout_ms": 3000, "retries": 2, "circuit_breaker": True,
                 "idempotent": True, "services": ["payments"]},
                {"name": "Kakao 알림톡 [end]", "kind": "notification"},
            ],
        },
        "architecture": {
            "style": "microservices",
            "gateway": "Kong",
            "broker": "kafka",
            "rationale": "Teams deploy on their own.",
            "services": [
                {"name": "orders", "responsibility": "Orders and checkout",
                 "depends_on": [{"target": "payments", "style": "sync", "protocol": "grpc"}],
                 "publishes": ["order.placed"]},
                {"name": "payments", "responsibility": "Charges",
                 "consumes": ["order.placed"]},
                {"name": "end", "responsibility": "A service named like a keyword"},
            ],
        },
        "stack": {"language": "Python", "language_version": "3.12", "framework": "FastAPI",
                  "framework_version": "0.115", "server": "Uvicorn", "cache": "Redis",
                  "test_framework": "pytest"},
        "api": {
            "style": "rest", "servers": ["https://api.example.com"], "versioning": "url",
            "rate_limit": {"requests": 100, "window_seconds": 60, "scope": "ip"},
            "cors_origins": ["https://app.example.com"], "idempotency": True,
            "schemas": [{"name": "LoginRequest", "fields": [
                {"name": "email", "type": "email"}, {"name": "password", "type": "string"}]},
                {"name": "TokenPair", "fields": [
                    {"name": "access_token"}, {"name": "refresh_token"}]},
                {"name": "RefreshRequest", "fields": [{"name": "refresh_token"}]}],
            "resources": [
                {"name": "orders", "entity": "Order", "endpoints": [
                    {"method": "GET", "path": "/orders", "summary": "List | orders",
                     "response": {"name": "Order", "many": True}, "paginated": True,
                     "roles": ["customer"], "service": "orders"},
                    {"method": "POST", "path": "/orders", "summary": "Place an order",
                     "request": {"name": "Order", "variant": "create"},
                     "response": {"name": "Order"}, "idempotency_key": True,
                     "service": "orders"},
                    {"method": "GET", "path": "/orders/{id}", "summary": "주문 조회",
                     "response": {"name": "Order"}, "service": "orders"},
                ]},
                {"name": "auth", "endpoints": [
                    {"method": "POST", "path": "/auth/login", "summary": "Log in",
                     "auth": "none", "request": {"name": "LoginRequest"},
                     "response": {"name": "TokenPair"}, "service": "orders",
                     "auth_step": "login"},
                    {"method": "GET", "path": "/auth/{provider}/start", "auth": "none",
                     "status_codes": [302], "service": "orders", "auth_step": "oauth_start"},
                    {"method": "GET", "path": "/auth/kakao/callback", "auth": "none",
                     "filters": ["code", "state"], "service": "orders",
                     "auth_step": "oauth_callback", "provider": "kakao"},
                    {"method": "POST", "path": "/auth/refresh", "auth": "none",
                     "request": {"name": "RefreshRequest"}, "response": {"name": "TokenPair"},
                     "service": "orders", "auth_step": "refresh"},
                    {"method": "POST", "path": "/auth/logout", "service": "orders",
                     "auth_step": "logout"}]},
            ],
        },
        "data": {
            "databases": [{"name": "main", "engine": "postgresql", "version": "16",
                           "service": "orders"}],
            "orm": "SQLAlchemy 2.0", "migration_tool": "Alembic",
            "entities": [
                {"name": "User", "fields": [
                    {"name": "id", "type": "uuid", "primary_key": True},
                    {"name": "email", "type": "email", "unique": True, "pii": True}]},
                {"name": "Order", "service": "orders", "fields": [
                    {"name": "id", "type": "uuid", "primary_key": True},
                    {"name": "user_id", "type": "uuid", "references": "User"},
                    {"name": "상태", "type": "enum", "enum_values": ["new", "paid"]}],
                 "indexes": [{"fields": ["user_id"]}]},
                {"name": "end", "fields": []},
            ],
            "relationships": [{"source": "User", "target": "Order", "name": "places"}],
            "caching": [{"target": "GET /orders/{id}", "ttl_seconds": 60}],
            "backups": {"strategy": "daily snapshots", "retention_days": 30},
        },
        "auth": {
            "methods": ["jwt", "oauth2", "session"],
            "oauth": {"providers": ["kakao", "google"]},
            "roles": [{"name": "customer"}, {"name": "admin", "inherits": ["customer"]}],
            "permissions": [
                {"role": "customer", "resource": "orders", "actions": ["list", "read"],
                 "own_only": True},
                {"role": "admin", "resource": "orders",
                 "actions": ["list", "read", "create", "update", "delete"]}],
            "password_hashing": "argon2id", "mfa": ["totp"], "secrets": "vault",
        },
        "testing": {"levels": ["unit", "integration", "e2e", "load"],
                    "tools": ["pytest", "pytest-asyncio"], "test_database": "testcontainers",
                    "load_tool": "k6", "ci_stages": ["lint", "unit", "integration"]},
        "operations": {
            "health_path": "/health", "readiness_path": "/ready", "metrics": "Prometheus",
            "tracing": "OpenTelemetry", "orchestration": "kubernetes", "cloud": "AWS",
            "rollout": "canary", "request_timeout_ms": 5000, "retry_attempts": 2,
            "circuit_breaker": "resilience4j-like",
            "start_command": "uvicorn app.main:app --host 0.0.0.0 --port $PORT",
            "migrate_command": "alembic upgrade head",
            "env": [{"name": "DATABASE_URL", "secret": True}, {"name": "CORS_ORIGINS"}],
        },
        "decisions": [{"id": "ADR-001", "title": "Use Kafka", "decision": "Kafka for events",
                       "alternatives": ["RabbitMQ"], "topics": ["broker"]}],
    })


def node_available() -> bool:
    """Whether Node and the pinned mermaid package are installed for tests/mermaid."""
    return shutil.which("node") is not None and (MERMAID_DIR / "node_modules" / "mermaid").is_dir()


def require_node() -> None:
    """Skip when Node or the mermaid package is missing — unless CI is set: then fail."""
    if node_available():
        return
    message = "Node or tests/mermaid/node_modules missing (run: npm ci --prefix tests/mermaid)"
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


def parse_mermaid(sources: list[str]) -> list[dict[str, object]]:
    """Parse every source with mermaid-js in one Node process; one result dict each."""
    require_node()
    done = subprocess.run(
        ["node", str(MERMAID_DIR / "parse.mjs")], input=json.dumps(sources),
        capture_output=True, text=True, timeout=120, check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    results: list[dict[str, object]] = json.loads(done.stdout)
    return results
