"""Strapi's generated SQLite default, yielding to the client its Compose deployment sets.

`create-strapi-app` writes a `config/database.js` (or `.ts`) whose client is
`env('DATABASE_CLIENT', 'sqlite')`, with connections for MySQL, PostgreSQL and SQLite beside
it, and declares `better-sqlite3`. That default is the template's, kept in every generated app,
not the program's choice: an application deployed on a server engine sets the variable there.
Where a Compose file running that server engine for the app also sets `DATABASE_CLIENT` to it
(`DATABASE_CLIENT: postgres`, or `DATABASE_CLIENT=${STRAPI_DATABASE_CLIENT}` with the env
example beside the file naming `postgres`, or an `env_file: .env` whose example beside the file
sets `DATABASE_CLIENT=postgres`: the `.env` itself is never committed), the default is a
fallback, as Laravel's skeleton default is (`laravel_base`), and the deployed engine is the
application's. A deployment setting `sqlite` itself, or one naming no client, leaves the
default as it is.

Terraform deploying the app sets it the same way, in the environment it hands the app's
platform (`DATABASE_CLIENT = "postgres"` beside `DATABASE_HOST = module.postgresql.host`): where
the tree's `.tf` files set the client to one server engine only, and the app declares that
engine's driver (`pg`), the default is a fallback too.
"""

from __future__ import annotations

import posixpath
import re

from designer.detect import lambda_tools
from designer.detect.assemble import CONFIG, Unit
from designer.detect.sidefiles import ENV_EXAMPLES
from designer.detect.signals import LazyPattern, Scope, Signal
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

LANGUAGE = "node"

_STRAPI = frozenset({"@strapi/strapi", "strapi"})
"""Strapi's packages (v4 and later, and v3's unscoped one)."""

_SETTINGS = ("config/database.js", "config/database.ts")
"""The generated settings file holding the client's env lookup."""

_SETTING = LazyPattern(
    r"\b\w*DATABASE_CLIENT[\"']?[ \t]*[:=][ \t]*[\"']?(?:\$\{(\w+)[^}\n]*\}|([\w-]+))"
)
"""A Compose file's or env example's `DATABASE_CLIENT` value, or the variable it is read from
(`DATABASE_CLIENT=${STRAPI_DATABASE_CLIENT}`)."""

_CLIENTS = {
    "postgres": "PostgreSQL",
    "pg": "PostgreSQL",
    "postgresql": "PostgreSQL",
    "mysql": "MySQL",
    "mysql2": "MySQL",
    "mariadb": "MariaDB",
}
"""Strapi's (Knex's) server clients and the engines they reach."""

_ENV_FILE = LazyPattern(r"^[ \t]*env_file[ \t]*:", re.MULTILINE)
"""A Compose service loading its settings from an env file (`env_file: .env`, or a list of
them): the variables the file's committed example sets are the service's."""

_TF_SETTING = LazyPattern(r"^[ \t]*\"?DATABASE_CLIENT\"?[ \t]*=[ \t]*\"([\w-]+)\"", re.MULTILINE)
"""A Terraform map's `DATABASE_CLIENT = "postgres"` (an app's environment)."""


def _terraform_engines(top: str) -> set[str]:
    """The engines the tree's Terraform files set `DATABASE_CLIENT` to (`sqlite` and unknown
    clients named as themselves, so that they make the set ambiguous)."""
    found: set[str] = set()

    def holds(top: str, relative: str, lower: str) -> bool:
        if lower.endswith(".tf"):
            for match in _TF_SETTING.finditer(read_text(top, relative)[0] or ""):
                client = match.group(1).lower()
                found.add(_CLIENTS.get(client, client))
        return False

    lambda_tools.any_file(top, holds)
    return found


def _client_values(top: str, path: str) -> set[str]:
    """The `DATABASE_CLIENT` values the Compose file at `path` sets, a variable it reads
    resolved from the env examples beside it."""
    text = read_text(top, path)[0] or ""
    values: set[str] = set()
    variables: set[str] = set()
    for match in _SETTING.finditer(text):
        if match.group(1):
            variables.add(match.group(1))
        else:
            values.add(match.group(2).lower())
    env_file = bool(_ENV_FILE.search(text))
    if variables or env_file:
        folder = posixpath.dirname(path)
        for name in sorted(ENV_EXAMPLES):
            example = read_text(top, posixpath.join(folder, name) if folder else name)[0] or ""
            for match in _SETTING.finditer(example):
                key = match.group(0).split("=", 1)[0].split(":", 1)[0].strip(" \t\"'")
                if match.group(2) and (key in variables or (env_file and key == "DATABASE_CLIENT")):
                    values.add(match.group(2).lower())
    return values


def _template_default(signal: Signal) -> bool:
    """Whether `signal` is the generated settings file's SQLite default."""
    return (
        signal.kind is FindingKind.DATABASE
        and signal.name == "SQLite"
        and signal.scope is Scope.CHOSEN
        and signal.evidence is not None
        and signal.evidence.path.endswith(_SETTINGS)
    )


def demote(top: str, units: dict[str, Unit]) -> None:
    """Make each Strapi application's generated SQLite default a fallback where a Compose
    file running a server engine for it, or the tree's Terraform, sets the client to that
    engine."""
    terraform: set[str] | None = None
    for unit in units.values():
        signals = unit.signals.get(LANGUAGE)
        config = unit.signals.get(CONFIG) or []
        if not signals:
            continue
        if not any(s.kind is FindingKind.FRAMEWORK and s.package in _STRAPI for s in signals):
            continue
        if not any(_template_default(s) for s in signals):
            continue
        deployed = {
            s.name
            for s in config
            if s.kind is FindingKind.DATABASE
            and s.scope is Scope.DEPLOYED
            and s.evidence is not None
            and s.name in {_CLIENTS[c] for c in _client_values(top, s.evidence.path)
                           if c in _CLIENTS}
        }
        if not deployed:
            if terraform is None:
                terraform = _terraform_engines(top)
            drivers = {s.name for s in signals if s.kind is FindingKind.DATABASE}
            if len(terraform) == 1 and terraform <= drivers:
                deployed = terraform
        if deployed:
            unit.signals[LANGUAGE] = [
                s.replace(scope=Scope.FALLBACK) if _template_default(s) else s for s in signals
            ]
