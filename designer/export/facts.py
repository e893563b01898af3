"""What the document says that is derived rather than typed in: summaries, tables, gaps.

Templates only lay text out; every decision about what a design implies (the middleware
stack, the environment variables a devops team needs, what is still undecided) lives here.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from designer.contract import auth_steps as steps
from designer.contract.access import required_scopes
from designer.contract.components import components, database_purpose
from designer.contract.types import type_text
from designer.contract.variants import is_stored_secret, is_write_only
from designer.export import openapi_errors as errors
from designer.export.openapi_operations import status_codes
from designer.model import Design
from designer.model.api import AuthStep, Endpoint, EndpointAuth, ErrorFormat, Method, Resource
from designer.model.architecture import Broker
from designer.model.auth import Action, AuthMethod
from designer.model.data import Engine
from designer.model.decisions import DecisionStatus, Topic
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


_SCHEMES = {Engine.POSTGRESQL: "postgresql://user:pass@host:5432/app",
            Engine.MYSQL: "mysql://user:pass@host:3306/app",
            Engine.MARIADB: "mysql://user:pass@host:3306/app",
            Engine.MONGODB: "mongodb://user:pass@host:27017/app",
            Engine.REDIS: "redis://host:6379/0"}


def _suffix(name: str) -> str:
    return "_" + "".join(c if c.isalnum() else "_" for c in name.upper())


def _component_vars(design: Design) -> list[EnvVar]:
    """One connection variable per component (a Redis that caches and brokers is one URL)."""
    dbs = {database_purpose(db): db for db in design.data.databases}
    relational = [db for db in design.data.databases if db.engine is not Engine.REDIS]
    redis = [db for db in design.data.databases if db.engine is Engine.REDIS]
    out = []
    for component in components(design):
        db = dbs.get(component.purpose)
        uses = ", ".join(component.roles)
        if db is not None and db.engine is Engine.REDIS:
            name = "REDIS_URL" + (_suffix(db.name) if len(redis) > 1 else "")
            example = _SCHEMES[Engine.REDIS]
        elif db is not None:
            name = "DATABASE_URL" + (_suffix(db.name) if len(relational) > 1 else "")
            example = _SCHEMES.get(db.engine, "")
        elif component.technology.lower().startswith("redis"):
            name, example = "REDIS_URL", _SCHEMES[Engine.REDIS]
        else:
            name, example = component.key.upper() + "_URL", ""
        out.append(EnvVar(name=name, secret=True, example=example, purpose=component.purpose,
                          description=f"Connection URL of {component.title}"
                          if db is not None else f"Connection URL of the {uses}"))
    return out


def implied_env(design: Design) -> list[EnvVar]:
    """A variable for each configuration the design implies, with its conventional name."""
    implied = _component_vars(design)
    if AuthMethod.JWT in design.auth.methods:
        implied.append(EnvVar(name="JWT_SIGNING_KEY", secret=True, purpose="jwt_signing_key",
                              description=f"JWT signing key ({design.auth.jwt.algorithm})"))
    if AuthMethod.SESSION in design.auth.methods:
        implied.append(EnvVar(name="SESSION_SECRET", secret=True, purpose="session_secret",
                              description="Signs the session cookie"))
    for provider in design.auth.oauth.providers if AuthMethod.OAUTH2 in design.auth.methods \
            else []:
        key = provider.value.upper()
        implied.append(EnvVar(name=f"OAUTH_{key}_CLIENT_ID", description=f"{label(provider)} app",
                              purpose=f"oauth:{provider.value}:client_id"))
        implied.append(EnvVar(name=f"OAUTH_{key}_CLIENT_SECRET", secret=True,
                              description=f"{label(provider)} app secret",
                              purpose=f"oauth:{provider.value}:client_secret"))
    if design.api.cors_origins:
        implied.append(EnvVar(name="CORS_ORIGINS", description="Allowed browser origins",
                              example=",".join(design.api.cors_origins), purpose="cors_origins"))
    port = design.operations.port
    implied.append(EnvVar(name="PORT", description="Port the server listens on",
                          example=str(port) if port else "", purpose="port"))
    return implied


def env_vars(design: Design) -> list[EnvVar]:
    """Variables as designed, plus each implied one that no designed variable carries (by
    `purpose`, or by the same name), sorted by name: one row per configuration."""
    found = {v.name: v for v in design.operations.env if v.name}
    carried = {v.purpose for v in found.values() if v.purpose}
    for var in implied_env(design):
        if var.purpose not in carried:
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


def _reasons(design: Design, topic: Topic) -> str:
    """The decision records that argue for `topic`, as the design links them."""
    live = [x for x in design.decisions if topic in x.topics
            and x.status not in {DecisionStatus.REJECTED, DecisionStatus.SUPERSEDED}]
    return "; ".join(f"{x.decision or x.context or x.title} ({x.id})" if x.id
                     else x.decision or x.context or x.title for x in live)


def technology(design: Design) -> list[tuple[str, str, str]]:
    """Technology choices: area, choice, rationale (the decision records linked to the area)."""
    d = design
    rows = [
        (Topic.ARCHITECTURE_STYLE, "Architecture style", label(d.architecture.style)
         if d.architecture.style else "", d.architecture.rationale),
        (Topic.FRAMEWORK, "Framework", framework(d), ""),
        (Topic.SERVER, "Application server", d.stack.server, ""),
        (Topic.API_STYLE, "API style", label(d.api.style), ""),
        (Topic.DATABASES, "Databases", ", ".join(f"{label(db.engine)} {db.version}".strip()
                                                 for db in d.data.databases), ""),
        (Topic.ORM, "ORM", d.data.orm, ""),
        (Topic.MIGRATIONS, "Migrations", d.data.migration_tool, ""),
        (Topic.CACHE, "Cache", d.stack.cache, ""),
        (Topic.BROKER, "Broker", "" if d.architecture.broker is Broker.NONE
         else label(d.architecture.broker), ""),
        (Topic.GATEWAY, "API gateway", d.architecture.gateway, ""),
        (Topic.AUTH, "Authentication", auth_summary(d), ""),
        (Topic.PASSWORD_HASHING, "Password hashing", label(d.auth.password_hashing), ""),
        (Topic.SECRETS, "Secrets", label(d.auth.secrets), ""),
        (Topic.TESTS, "Tests", ", ".join(d.testing.tools) or d.stack.test_framework, ""),
        (Topic.METRICS, "Metrics", d.operations.metrics, ""),
        (Topic.TRACING, "Tracing", d.operations.tracing, ""),
        (Topic.DEPLOYMENT, "Deployment", label(d.operations.orchestration)
         if d.operations.orchestration else "", ""),
    ]
    out = []
    for topic, area, choice, why in rows:
        if choice:
            out.append((area, choice, "; ".join(x for x in (why, _reasons(d, topic)) if x)))
    return out


@dataclass(frozen=True)
class Cors:
    """What a browser client's cross-origin requests need, as the design's endpoints use it."""

    origins: list[str]
    methods: list[str]
    request_headers: list[str]
    exposed_headers: list[str]
    credentials: bool


def cors(design: Design) -> Cors:
    """Methods the endpoints use, headers they read or send, and whether cookies cross over
    (session cookies or a JWT kept in an HttpOnly cookie)."""
    api, auth, ops = design.api, design.auth, design.operations
    endpoints = [e for _, e in api.endpoints()]
    used = {e.method.value for e in endpoints}
    methods = [m.value for m in Method if m.value in used]
    if methods:
        methods.append("OPTIONS")  # the preflight itself
    headers = ["Content-Type"] if any(e.request is not None for e in endpoints) else []
    cookie_jwt = auth.jwt.storage == "http_only_cookie"
    if (AuthMethod.JWT in auth.methods and not cookie_jwt) or AuthMethod.OAUTH2 in auth.methods:
        headers.append("Authorization")
    if any(e.idempotency_key for e in endpoints):
        headers.append("Idempotency-Key")
    if ops.correlation_header.strip():
        headers.append(ops.correlation_header.strip())
    exposed = [ops.correlation_header.strip()] if ops.correlation_header.strip() else []
    limited = api.rate_limit is not None or auth.login_rate_limit is not None
    if limited and any(429 in status_codes(design, e) for e in endpoints):
        exposed.append("Retry-After")
    credentials = AuthMethod.SESSION in auth.methods or (
        AuthMethod.JWT in auth.methods and cookie_jwt)
    return Cors(list(api.cors_origins), methods, headers, exposed, credentials)


@dataclass(frozen=True)
class TokenStep:
    """A step of the client's token life cycle and the endpoint that serves it."""

    what: str
    call: str


def token_steps(design: Design) -> list[TokenStep]:
    """Sign-in, refresh and sign-out as the frontend calls them: only the design's endpoints."""
    out = []
    for step, what in ((AuthStep.REGISTER, "Sign up"), (AuthStep.LOGIN, "Sign in"),
                       (AuthStep.OAUTH_START, "Start social sign-in"),
                       (AuthStep.OAUTH_CALLBACK, "Finish social sign-in"),
                       (AuthStep.REFRESH, "Refresh when a call answers 401"),
                       (AuthStep.LOGOUT, "Sign out")):
        for endpoint in steps.endpoints(design, step):
            suffix = f" ({label(endpoint.provider)})" if endpoint.provider else ""
            out.append(TokenStep(what + suffix, steps.url(design, endpoint)))
    return out


@dataclass(frozen=True)
class PersonalField:
    """A field marked as personal data, who receives it, and how it is handled."""

    entity: str
    field: str
    type: str
    returned_by: list[str]
    handling: list[str]


def personal_data(design: Design) -> list[PersonalField]:
    """Every PII field in design order, with the endpoints whose responses carry it and the
    handling the design decides (write-only fields never leave; logs are masked or not)."""
    base = design.api.base_path.rstrip("/")
    returning: dict[str, list[str]] = {}  # response name → endpoints, in design order
    for _, e in design.api.endpoints():
        if e.response is not None:
            returning.setdefault(e.response.name, []).append(f"{e.method.value} {base}{e.path}")
    out = []
    for entity in design.data.entities:
        readers = list(returning.get(entity.name, []))
        for field in entity.fields:
            if not field.pii:
                continue
            hidden = is_write_only(field) or is_stored_secret(field)
            handling = ["never returned (write-only)"] if hidden else []
            handling.append("masked in logs" if design.operations.pii_masking
                            else "not masked in logs (operations: PII masking is off)")
            out.append(PersonalField(entity.name, field.name, type_text(field),
                                     [] if hidden else readers, handling))
    return out
