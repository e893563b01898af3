"""What the document says that is derived rather than typed in: summaries, tables, gaps.

Templates only lay text out; every decision about what a design implies (the middleware
stack, the environment variables a devops team needs, what is still undecided) lives here.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from designer.contract.access import required_scopes
from designer.export import openapi_errors as errors
from designer.export.openapi_operations import status_codes
from designer.model import Design
from designer.model.api import Endpoint, EndpointAuth, ErrorFormat, Resource
from designer.model.architecture import Broker
from designer.model.auth import Action, AuthMethod
from designer.model.data import Engine
from designer.model.labels import label
from designer.model.operations import EnvVar


@dataclass(frozen=True)
class Row:
    """One endpoint of the contract table."""

    resource: Resource
    endpoint: Endpoint
    status: str
    access: str


def framework(design: Design) -> str:
    """Framework with language, e.g. `FastAPI 0.115 (Python 3.12)`; empty when undecided."""
    stack = design.stack
    name = stack.framework_other if stack.framework.lower() == "other" else stack.framework
    if not name:
        return ""
    out = f"{name} {stack.framework_version}".strip()
    language = f"{stack.language} {stack.language_version}".strip()
    return f"{out} ({language})" if language else out


def auth_summary(design: Design) -> str:
    """Authentication methods in one phrase."""
    names = {
        AuthMethod.JWT: "JWT (access + refresh tokens)" if design.auth.jwt.refresh_ttl_days
        else "JWT (access tokens)",
        AuthMethod.OAUTH2: "OAuth 2.0 authorization code"
        + (" with PKCE" if design.auth.oauth.pkce else ""),
        AuthMethod.SESSION: f"server sessions ({label(design.auth.session.store)})",
        AuthMethod.API_KEY: f"API keys ({design.auth.api_keys.header})",
        AuthMethod.MTLS: "mutual TLS",
        AuthMethod.SAML: "SAML SSO",
    }
    return ", ".join(names[m] for m in design.auth.methods)


def error_example(design: Design) -> str:
    """The JSON body of a validation error: the same example the spec's 400 response shows."""
    problem_json = design.api.error_format is ErrorFormat.PROBLEM_JSON
    return json.dumps(errors.example(400, problem_json), ensure_ascii=False, indent=2)


def endpoint_rows(design: Design) -> list[Row]:
    """Every endpoint with its codes (the same the OpenAPI spec lists) and who may call it,
    in design order."""
    rows = []
    for resource, endpoint in design.api.endpoints():
        if endpoint.auth is EndpointAuth.NONE:
            access = "public"
        else:
            scopes = required_scopes(design, resource, endpoint)
            who = ", ".join([*endpoint.roles, *scopes]) or "any signed-in caller"
            access = who + (" (optional)" if endpoint.auth is EndpointAuth.OPTIONAL else "")
        codes = ", ".join(str(c) for c in status_codes(design, endpoint))
        rows.append(Row(resource, endpoint, codes, access))
    return rows


def middleware(design: Design) -> list[str]:
    """The request pipeline in order, as in seed 001's step-5 summary."""
    api, auth, ops = design.api, design.auth, design.operations
    out = []
    if ops.correlation_header:
        out.append(f"Request id ({ops.correlation_header}) and structured access log")
    if api.cors_origins:
        out.append("CORS (allow-list " + ", ".join(api.cors_origins) + ")")
    if api.rate_limit:
        limit = api.rate_limit
        out.append(f"Rate limit ({limit.requests} requests per {limit.window_seconds} s per "
                   f"{label(limit.scope)})")
    if ops.request_timeout_ms:
        out.append(f"Request timeout ({ops.request_timeout_ms} ms)")
    if auth.methods:
        out.append(f"Authentication: {auth_summary(design)}")
    if auth.roles or auth.policies:
        out.append("Authorization (" + ("RBAC" if auth.roles else "")
                   + (" + " if auth.roles and auth.policies else "")
                   + ("ABAC policies" if auth.policies else "") + ")")
    if api.idempotency or any(e.idempotency_key for _, e in api.endpoints()):
        out.append("Idempotency-Key check on unsafe operations")
    out.append("Error handler (" + ("RFC 9457 problem+json" if api.error_format
                                     is ErrorFormat.PROBLEM_JSON else "standard error JSON")
               + ")")
    return out


def _db_scheme(engine: Engine) -> str:
    return {Engine.POSTGRESQL: "postgresql://user:pass@host:5432/app",
            Engine.MYSQL: "mysql://user:pass@host:3306/app",
            Engine.MARIADB: "mysql://user:pass@host:3306/app",
            Engine.MONGODB: "mongodb://host:27017/app",
            Engine.REDIS: "redis://host:6379/0"}.get(engine, "")


def env_vars(design: Design) -> list[EnvVar]:
    """Variables as designed, plus the ones the design implies, sorted by name."""
    found = {v.name: v for v in design.operations.env if v.name}
    implied: list[EnvVar] = []
    for db in design.data.databases:
        suffix = "" if len(design.data.databases) == 1 else "_" + "".join(
            c if c.isalnum() else "_" for c in db.name.upper())
        implied.append(EnvVar(name=f"DATABASE_URL{suffix}", secret=True,
                              description=f"Connection URL of {db.name or 'the database'}",
                              example=_db_scheme(db.engine)))
    if design.stack.cache or design.data.caching:
        implied.append(EnvVar(name="REDIS_URL", secret=True, description="Cache connection",
                              example="redis://host:6379/0"))
    if design.architecture.broker is not Broker.NONE:
        implied.append(EnvVar(name="BROKER_URL", secret=True,
                              description=f"{label(design.architecture.broker)} connection"))
    if AuthMethod.JWT in design.auth.methods:
        implied.append(EnvVar(name="JWT_SIGNING_KEY", secret=True,
                              description=f"JWT signing key ({design.auth.jwt.algorithm})"))
    if AuthMethod.SESSION in design.auth.methods:
        implied.append(EnvVar(name="SESSION_SECRET", secret=True,
                              description="Signs the session cookie"))
    for provider in design.auth.oauth.providers if AuthMethod.OAUTH2 in design.auth.methods \
            else []:
        key = provider.value.upper()
        implied.append(EnvVar(name=f"OAUTH_{key}_CLIENT_ID", description=f"{label(provider)} app"))
        implied.append(EnvVar(name=f"OAUTH_{key}_CLIENT_SECRET", secret=True,
                              description=f"{label(provider)} app secret"))
    if design.api.cors_origins:
        implied.append(EnvVar(name="CORS_ORIGINS", description="Allowed browser origins",
                              example=",".join(design.api.cors_origins)))
    implied.append(EnvVar(name="PORT", description="Port the server listens on", example="8000"))
    for var in implied:
        found.setdefault(var.name, var)
    return [found[name] for name in sorted(found)]


def permission_matrix(design: Design) -> tuple[list[str], list[tuple[str, list[str]]]]:
    """Resources (columns) and, per role, the cell text for each resource."""
    resources = sorted({p.resource for p in design.auth.permissions if p.resource}
                       | {r.name for r in design.api.resources if r.name})
    rows = []
    for role in [r.name for r in design.auth.roles] or sorted(
            {p.role for p in design.auth.permissions}):
        cells = []
        for resource in resources:
            cell = design.auth.permission(role, resource)
            if cell is None or not cell.actions:
                cells.append("-")
            else:
                actions = [a.value for a in Action if a in cell.actions]
                cells.append(", ".join(actions) + (" (own)" if cell.own_only else ""))
        rows.append((role, cells))
    return resources, rows


def open_questions(design: Design) -> list[str]:
    """What is still undecided, stage by stage (the document lists it instead of empty parts)."""
    d, q = design, []
    req = d.requirements
    if not req.description:
        q.append("Requirements: what is the backend for (description)?")
    if not req.features:
        q.append("Requirements: which features or user stories must the first release have?")
    if req.nfr.peak_rps is None or req.nfr.p95_latency_ms is None:
        q.append("Requirements: peak requests per second and p95 latency targets.")
    if req.nfr.availability is None:
        q.append("Requirements: availability target.")
    if req.consistency is None:
        q.append("Requirements: where is strong consistency needed?")
    if d.architecture.style is None:
        q.append("Architecture: monolith, modular monolith, microservices, serverless or "
                 "event-driven?")
    if not framework(d):
        q.append("Stack: which framework (run framework detection or choose one)?")
    if d.api.style is None:
        q.append("API: REST, GraphQL, gRPC or mixed?")
    if not d.api.endpoints():
        q.append("API: which resources and endpoints?")
    if not d.api.cors_origins:
        q.append("API: which browser origins may call the API (CORS)?")
    if d.api.rate_limit is None:
        q.append("API: default rate limit.")
    if not d.data.databases:
        q.append("Data: which database(s)?")
    if not d.data.orm or not d.data.migration_tool:
        q.append("Data: ORM and migration tool.")
    if not d.data.entities:
        q.append("Data: which entities and fields?")
    if not d.data.backups.strategy:
        q.append("Data: backup strategy, RPO and RTO.")
    if not d.auth.methods:
        q.append("Auth: how do callers authenticate (JWT, OAuth 2.0, sessions, API keys)?")
    if d.auth.password_hashing is None:
        q.append("Auth: password hashing (argon2id or bcrypt), or no passwords at all?")
    if d.auth.secrets is None:
        q.append("Auth: where are secrets kept?")
    if not d.testing.levels:
        q.append("Testing: which test levels and tools?")
    if d.testing.test_database is None:
        q.append("Testing: how do tests get a database?")
    if not d.operations.health_path:
        q.append("Operations: health and readiness endpoints.")
    if not d.operations.metrics or not d.operations.tracing:
        q.append("Operations: metrics and tracing stack.")
    if d.operations.orchestration is None or d.operations.rollout is None:
        q.append("Operations: where it runs and how releases roll out.")
    if not d.operations.start_command:
        q.append("Operations: the command that starts one instance.")
    return q


def technology(design: Design) -> list[tuple[str, str, str]]:
    """Technology choices: area, choice, rationale (from decisions where one names it)."""
    d = design
    rows = [
        ("Architecture style", label(d.architecture.style)
         if d.architecture.style else "", d.architecture.rationale),
        ("Framework", framework(d), ""),
        ("Application server", d.stack.server, ""),
        ("API style", label(d.api.style), ""),
        ("Databases", ", ".join(f"{label(db.engine)} {db.version}".strip()
                                for db in d.data.databases), ""),
        ("ORM", d.data.orm, ""),
        ("Migrations", d.data.migration_tool, ""),
        ("Cache", d.stack.cache, ""),
        ("Broker", "" if d.architecture.broker is Broker.NONE else label(d.architecture.broker),
         ""),
        ("API gateway", d.architecture.gateway, ""),
        ("Password hashing", label(d.auth.password_hashing),
         ""),
        ("Secrets", label(d.auth.secrets), ""),
        ("Tests", ", ".join(d.testing.tools) or d.stack.test_framework, ""),
        ("Metrics", d.operations.metrics, ""),
        ("Tracing", d.operations.tracing, ""),
    ]
    out = []
    for area, choice, why in rows:
        if not choice:
            continue
        if not why:
            why = next((x.decision or x.context for x in d.decisions
                        if choice.lower().split(" ")[0] in (x.title + " " + x.decision).lower()),
                       "")
        out.append((area, choice, why))
    return out
