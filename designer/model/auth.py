"""Stage 5: authentication methods, token settings, providers and the authorization model."""

from enum import StrEnum

from pydantic import Field

from designer.model.api import RateLimit, RateLimitScope
from designer.model.base import Part
from designer.model.factories import new_list


class AuthMethod(StrEnum):
    """A way callers prove who they are."""

    JWT = "jwt"
    OAUTH2 = "oauth2"
    SESSION = "session"
    API_KEY = "api_key"
    MTLS = "mtls"
    SAML = "saml"


class Revocation(StrEnum):
    """How an issued token is made invalid before it expires."""

    NONE = "none"
    DENYLIST = "denylist"
    TOKEN_VERSION = "token_version"
    REFRESH_STORE = "refresh_store"


class Jwt(Part):
    """Access + refresh token settings."""

    algorithm: str = "RS256"
    """Signing algorithm."""
    access_ttl_minutes: int = Field(default=15, ge=1)
    """Access-token lifetime."""
    refresh_ttl_days: int = Field(default=14, ge=0)
    """Refresh-token lifetime; 0 means no refresh token."""
    rotation: bool = True
    """A refresh token is single-use and replaced on every refresh."""
    revocation: Revocation = Revocation.REFRESH_STORE
    """How tokens are revoked (logout, password change)."""
    storage: str = "authorization_header"
    """Where clients keep the access token: authorization_header or http_only_cookie."""


class Provider(StrEnum):
    """OAuth 2.0 / OIDC identity provider."""

    GOOGLE = "google"
    GITHUB = "github"
    KAKAO = "kakao"
    NAVER = "naver"
    APPLE = "apple"
    MICROSOFT = "microsoft"
    FACEBOOK = "facebook"
    OTHER = "other"


class OAuthFlow(StrEnum):
    """OAuth 2.0 grant."""

    AUTHORIZATION_CODE = "authorization_code"
    CLIENT_CREDENTIALS = "client_credentials"


class Scope(Part):
    """An OAuth scope."""

    name: str = ""
    """Scope string, e.g. orders:read."""
    description: str = ""
    """What it grants."""


class OAuth(Part):
    """OAuth 2.0 / OpenID Connect settings."""

    providers: list[Provider] = Field(default_factory=new_list)
    """Identity providers for social login."""
    flows: list[OAuthFlow] = Field(default_factory=lambda: [OAuthFlow.AUTHORIZATION_CODE])
    """Grants supported."""
    pkce: bool = True
    """Authorization code with PKCE."""
    oidc: bool = True
    """OpenID Connect on top (ID token, userinfo)."""
    authorization_url: str = ""
    """Authorization endpoint of our own server (when we are the authorization server)."""
    token_url: str = ""
    """Token endpoint."""
    scopes: list[Scope] = Field(default_factory=new_list)
    """Scopes."""


class SessionStore(StrEnum):
    """Where server sessions live."""

    REDIS = "redis"
    DATABASE = "database"
    MEMORY = "memory"


class Session(Part):
    """Server-side session settings."""

    store: SessionStore = SessionStore.REDIS
    """Session store."""
    ttl_minutes: int = Field(default=30, ge=1)
    """Idle timeout."""
    cookie_name: str = "session_id"
    """Cookie carrying the session id (HttpOnly, Secure, SameSite=Lax)."""


class ApiKeys(Part):
    """API key settings."""

    header: str = "X-API-Key"
    """Header carrying the key."""
    rotation_days: int | None = Field(default=90, ge=1)
    """Rotation period; None means never."""


class Role(Part):
    """An RBAC role."""

    name: str = ""
    """Unique role name, e.g. admin."""
    description: str = ""
    """Who has it."""
    inherits: list[str] = Field(default_factory=new_list)
    """Roles whose permissions it includes."""


class Action(StrEnum):
    """What a permission allows on a resource."""

    LIST = "list"
    READ = "read"
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"


class Permission(Part):
    """One cell of the permission matrix: a role's actions on a resource."""

    role: str = ""
    """Role name."""
    resource: str = ""
    """Resource name (see the API stage)."""
    actions: list[Action] = Field(default_factory=new_list)
    """Allowed actions."""
    own_only: bool = False
    """Only on items the caller owns (an ABAC-style condition)."""


class Policy(Part):
    """An ABAC policy."""

    name: str = ""
    """Unique policy name."""
    description: str = ""
    """What it allows or denies."""
    effect: str = "allow"
    """allow or deny."""
    condition: str = ""
    """Condition over subject, resource and context attributes."""


class Hashing(StrEnum):
    """Password hashing algorithm."""

    ARGON2ID = "argon2id"
    BCRYPT = "bcrypt"
    SCRYPT = "scrypt"
    PBKDF2 = "pbkdf2"
    NONE = "none"


class Mfa(StrEnum):
    """Second factor."""

    TOTP = "totp"
    SMS = "sms"
    EMAIL = "email"
    WEBAUTHN = "webauthn"


class Secrets(StrEnum):
    """Where secrets are kept."""

    ENV = "env"
    VAULT = "vault"
    AWS_SECRETS_MANAGER = "aws_secrets_manager"
    GCP_SECRET_MANAGER = "gcp_secret_manager"
    AZURE_KEY_VAULT = "azure_key_vault"
    KUBERNETES = "kubernetes"
    NCP_SECRET_MANAGER = "ncp_secret_manager"


def _login_limit() -> RateLimit:
    return RateLimit(requests=5, window_seconds=60, scope=RateLimitScope.IP)


class Auth(Part):
    """Everything the auth stage decides."""

    methods: list[AuthMethod] = Field(default_factory=new_list)
    """Authentication methods in use."""
    jwt: Jwt = Field(default_factory=Jwt)
    """JWT settings (used when jwt is a method)."""
    oauth: OAuth = Field(default_factory=OAuth)
    """OAuth 2.0 / OIDC settings (used when oauth2 is a method)."""
    session: Session = Field(default_factory=Session)
    """Session settings (used when session is a method)."""
    api_keys: ApiKeys = Field(default_factory=ApiKeys)
    """API key settings (used when api_key is a method)."""
    saml_idp: str = ""
    """SAML identity provider for SSO (used when saml is a method)."""
    roles: list[Role] = Field(default_factory=new_list)
    """RBAC roles."""
    permissions: list[Permission] = Field(default_factory=new_list)
    """The permission matrix, one entry per role and resource."""
    policies: list[Policy] = Field(default_factory=new_list)
    """ABAC policies."""
    password_hashing: Hashing | None = None
    """Password hashing; None until decided (none when there are no passwords)."""
    password_min_length: int = Field(default=12, ge=0)
    """Minimum password length."""
    mfa: list[Mfa] = Field(default_factory=new_list)
    """Second factors offered."""
    mfa_required_roles: list[str] = Field(default_factory=new_list)
    """Roles that must use a second factor."""
    lockout_attempts: int | None = Field(default=5, ge=1)
    """Failed logins before the account locks; None means no lockout."""
    lockout_minutes: int = Field(default=15, ge=1)
    """How long the lock lasts."""
    login_rate_limit: RateLimit | None = Field(default_factory=_login_limit)
    """Rate limit on the login endpoint; None means none."""
    secrets: Secrets | None = None
    """Where signing keys, client secrets and passwords of other systems live."""

    def permission(self, role: str, resource: str) -> Permission | None:
        """The matrix cell for `role` on `resource`, if set."""
        return next(
            (p for p in self.permissions if p.role == role and p.resource == resource), None
        )
