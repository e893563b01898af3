"""Security and auth rules: passwords, tokens, PII, compliance, least privilege (seed 000, 001)."""

from __future__ import annotations

from collections.abc import Iterator

from designer.model.api import EndpointAuth
from designer.model.auth import AuthMethod, Hashing, OAuthFlow, Revocation, SessionStore
from designer.model.design import Design
from designer.model.progress import Stage
from designer.model.requirements import Compliance
from designer.review.facts import (
    endpoints,
    entity_location,
    has_login,
    has_pii,
    is_distributed,
    password_fields,
    uses_passwords,
)
from designer.review.registry import Hit, Severity, rule

CHECK = "000 보안 체크"
LIST = "000 보안 체크리스트"
QUALITY = "001 아키텍처 품질 체크리스트 (인증)"
LAW = "000 법적 요구사항 (개인정보보호법, GDPR)"
PERSONAL_LAW = {Compliance.GDPR, Compliance.PIPA, Compliance.HIPAA}


@rule(
    "SEC-001",
    Severity.ERROR,
    "endpoints need authentication but no method is chosen",
    category="security",
    seed=CHECK,
    stage=Stage.AUTH,
    fix="Choose JWT, OAuth 2.0 / OIDC, sessions, API keys …, or mark the endpoints public.",
)
def _no_method(d: Design) -> Iterator[Hit]:
    # Without a method the contract cannot say how a caller proves who it is: every protected
    # endpoint would be exported as if it were public.
    protected = [e for _, e in endpoints(d) if e.auth is not EndpointAuth.NONE]
    if not d.auth.methods and protected:
        yield Hit(
            "auth.methods",
            f"{len(protected)} endpoint{'s' if len(protected) != 1 else ''} require a caller "
            "identity, but no authentication method is chosen",
        )


@rule(
    "SEC-002",
    Severity.ERROR,
    "login without a rate limit",
    category="security",
    seed=LIST,
    stage=Stage.AUTH,
    fix="Limit login attempts (e.g. 5 per minute per IP and per account).",
)
def _login_unlimited(d: Design) -> Iterator[Hit]:
    if has_login(d) and d.auth.login_rate_limit is None:
        yield Hit(
            "auth.login_rate_limit", "password login has no rate limit: brute force is unthrottled"
        )


@rule(
    "SEC-003",
    Severity.ERROR,
    "passwords stored without hashing",
    category="security",
    seed=QUALITY,
    stage=Stage.AUTH,
    fix="Hash passwords with argon2id (or bcrypt).",
)
def _plaintext(d: Design) -> Iterator[Hit]:
    if d.auth.password_hashing is Hashing.NONE:
        for entity, name in password_fields(d):
            yield Hit(entity_location(entity, name), "password hashing is 'none'")


@rule(
    "SEC-004",
    Severity.WARNING,
    "password hashing other than argon2id or bcrypt",
    category="security",
    seed=QUALITY,
    stage=Stage.AUTH,
    fix="Prefer argon2id (or bcrypt) with tuned cost parameters.",
)
def _weak_hash(d: Design) -> Iterator[Hit]:
    if d.auth.password_hashing in {Hashing.SCRYPT, Hashing.PBKDF2}:
        yield Hit("auth.password_hashing", f"{d.auth.password_hashing.value} is chosen")


@rule(
    "SEC-005",
    Severity.WARNING,
    "password hashing not decided",
    category="security",
    seed=QUALITY,
    stage=Stage.AUTH,
    fix="Choose argon2id (or bcrypt).",
)
def _hash_undecided(d: Design) -> Iterator[Hit]:
    if d.auth.password_hashing is None and password_fields(d):
        entity, name = password_fields(d)[0]
        yield Hit(
            "auth.password_hashing",
            f"{entity.name}.{name} stores a password but no hashing is chosen",
        )


@rule(
    "SEC-006",
    Severity.WARNING,
    "JWT without refresh rotation or revocation",
    category="security",
    seed=QUALITY,
    stage=Stage.AUTH,
    fix="Rotate refresh tokens on every use and keep a revocation store (logout, password change).",
)
def _jwt_unrevocable(d: Design) -> Iterator[Hit]:
    if AuthMethod.JWT not in d.auth.methods:
        return
    jwt = d.auth.jwt
    if jwt.refresh_ttl_days > 0 and not jwt.rotation:
        yield Hit("auth.jwt.rotation", "refresh tokens are reusable: a stolen one lives on")
    if jwt.revocation is Revocation.NONE:
        yield Hit("auth.jwt.revocation", "issued tokens cannot be revoked")


@rule(
    "SEC-007",
    Severity.WARNING,
    "long-lived access tokens",
    category="security",
    seed=QUALITY,
    stage=Stage.AUTH,
    fix="Keep access tokens short (5–60 minutes) and use refresh tokens.",
)
def _long_access(d: Design) -> Iterator[Hit]:
    ttl = d.auth.jwt.access_ttl_minutes
    if AuthMethod.JWT in d.auth.methods and ttl > 60:
        yield Hit("auth.jwt.access_ttl_minutes", f"access tokens live {ttl} minutes")


@rule(
    "SEC-008",
    Severity.ERROR,
    "unsigned JWTs",
    category="security",
    seed=QUALITY,
    stage=Stage.AUTH,
    fix="Sign tokens (RS256 / ES256, or HS256 in a single service).",
)
def _alg_none(d: Design) -> Iterator[Hit]:
    if AuthMethod.JWT in d.auth.methods and d.auth.jwt.algorithm.strip().lower() in {"none", ""}:
        yield Hit("auth.jwt.algorithm", "tokens are not signed: anyone can forge one")


@rule(
    "SEC-009",
    Severity.WARNING,
    "no account lockout",
    category="security",
    seed=LIST,
    stage=Stage.AUTH,
    fix="Lock the account (or add a growing delay) after a few failures.",
)
def _no_lockout(d: Design) -> Iterator[Hit]:
    if has_login(d) and d.auth.lockout_attempts is None:
        yield Hit("auth.lockout_attempts", "failed logins never lock the account")


@rule(
    "SEC-010",
    Severity.WARNING,
    "weak password policy",
    category="security",
    seed=LIST,
    stage=Stage.AUTH,
    fix="Require at least 8 characters (12 is the default here).",
)
def _short_password(d: Design) -> Iterator[Hit]:
    if uses_passwords(d) and d.auth.password_min_length < 8:
        yield Hit(
            "auth.password_min_length",
            f"passwords may be {d.auth.password_min_length} characters long",
        )


@rule(
    "SEC-011",
    Severity.WARNING,
    "personal data not masked in logs",
    category="security",
    seed=CHECK,
    stage=Stage.OPERATIONS,
    fix="Mask personal data in logs (and encrypt it at rest where the law asks).",
)
def _pii_logged(d: Design) -> Iterator[Hit]:
    if has_pii(d) and not d.operations.pii_masking:
        yield Hit(
            "operations.pii_masking", "fields are marked personal data but logs are not masked"
        )


@rule(
    "SEC-012",
    Severity.WARNING,
    "privacy law in scope without a retention policy",
    category="security",
    seed=LAW,
    stage=Stage.DATA,
    fix="Write the retention and deletion policy: what is deleted or anonymised, when, and "
    "how a user's deletion request is served.",
)
def _no_retention(d: Design) -> Iterator[Hit]:
    laws = sorted(c.value for c in PERSONAL_LAW & set(d.requirements.compliance))
    if laws and not d.data.retention.strip():
        yield Hit(
            "data.retention", f"{', '.join(laws)} in scope but no retention or deletion story"
        )


@rule(
    "SEC-013",
    Severity.WARNING,
    "privacy law in scope but no personal data marked",
    category="security",
    seed=LAW,
    stage=Stage.DATA,
    fix="Mark the fields that hold personal data (names, e-mails, phone numbers, addresses).",
)
def _pii_unmarked(d: Design) -> Iterator[Hit]:
    laws = PERSONAL_LAW & set(d.requirements.compliance)
    if laws and any(e.fields for e in d.data.entities) and not has_pii(d):
        yield Hit("data.entities", "no field is marked as personal data")


@rule(
    "SEC-014",
    Severity.WARNING,
    "no secrets management",
    category="security",
    seed=LIST,
    stage=Stage.AUTH,
    fix="Keep signing keys and credentials in a secrets manager (Vault, cloud secret "
    "manager, Kubernetes secrets).",
)
def _no_secrets(d: Design) -> Iterator[Hit]:
    if d.auth.methods and d.auth.secrets is None:
        yield Hit("auth.secrets", "keys and credentials have no decided home")


@rule(
    "SEC-015",
    Severity.WARNING,
    "admin role without MFA",
    category="security",
    seed=LIST,
    stage=Stage.AUTH,
    fix="Require a second factor (TOTP, WebAuthn) for administrative roles.",
)
def _admin_mfa(d: Design) -> Iterator[Hit]:
    for role in d.auth.roles:
        if "admin" in role.name.lower() and role.name not in d.auth.mfa_required_roles:
            yield Hit(f"auth.roles[{role.name}]", f"'{role.name}' signs in with one factor")


@rule(
    "SEC-016",
    Severity.WARNING,
    "protected resource missing from the permission matrix",
    category="security",
    seed="000 보안 체크리스트 (최소 권한 원칙)",
    stage=Stage.AUTH,
    fix="Give each role its allowed actions on the resource (least privilege).",
)
def _matrix_gap(d: Design) -> Iterator[Hit]:
    if not d.auth.roles:
        return
    granted = {p.resource for p in d.auth.permissions}
    for resource in d.api.resources:
        # Sign-in steps (login, refresh, logout …) are open to anyone holding the credential
        # they take: no role is granted them, so they do not ask for a matrix row.
        protected = any(e.auth is EndpointAuth.REQUIRED and e.auth_step is None
                        for e in resource.endpoints)
        if resource.name and protected and resource.name not in granted:
            yield Hit(
                f"auth.permissions[{resource.name}]",
                f"no role is granted anything on '{resource.name}'",
            )


@rule(
    "SEC-017",
    Severity.WARNING,
    "OAuth authorization code without PKCE",
    category="security",
    seed="001 단계 3 (OAuth2)",
    stage=Stage.AUTH,
    fix="Use PKCE with the authorization code flow (required for public clients).",
)
def _no_pkce(d: Design) -> Iterator[Hit]:
    oauth = d.auth.oauth
    if (
        AuthMethod.OAUTH2 in d.auth.methods
        and OAuthFlow.AUTHORIZATION_CODE in oauth.flows
        and not oauth.pkce
    ):
        yield Hit("auth.oauth.pkce", "authorization codes can be intercepted and replayed")


@rule(
    "SEC-018",
    Severity.WARNING,
    "sessions kept in process memory",
    category="security",
    seed="002 Behavioral Traits (stateless)",
    stage=Stage.AUTH,
    fix="Store sessions in Redis or the database so instances stay stateless.",
)
def _memory_sessions(d: Design) -> Iterator[Hit]:
    if AuthMethod.SESSION in d.auth.methods and d.auth.session.store is SessionStore.MEMORY:
        yield Hit("auth.session.store", "sessions vanish on restart and pin users to one instance")


@rule(
    "SEC-019",
    Severity.WARNING,
    "shared-secret JWTs across services",
    category="security",
    seed="002 인증 & 인가",
    stage=Stage.AUTH,
    fix="Sign with an asymmetric key (RS256 / ES256) so services verify without the secret.",
)
def _hs_distributed(d: Design) -> Iterator[Hit]:
    alg = d.auth.jwt.algorithm.upper()
    if AuthMethod.JWT in d.auth.methods and alg.startswith("HS") and is_distributed(d):
        yield Hit(
            "auth.jwt.algorithm", f"{alg} means every verifying service holds the signing secret"
        )
