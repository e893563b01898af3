"""Database engines named by configuration: connection URLs, `.env` keys, container images.

A driver says which engine a backend talks to; configuration says it too, and only
configuration says which version (`image: postgres:16` → PostgreSQL 16). These helpers turn
such text into an engine name; the readers of each kind of file live elsewhere.
"""

from __future__ import annotations

import re

from designer.detect.signals import LazyPattern, Scope, SourceRule, rule
from designer.model.stack import FindingKind

_SCHEMES = {
    "postgres": "PostgreSQL",
    "postgresql": "PostgreSQL",
    "pgsql": "PostgreSQL",
    # GeoDjango's backends as dj-database-url and django-environ name them (`postgis:///app`).
    "postgis": "PostgreSQL",
    "spatialite": "SQLite",
    "mysql": "MySQL",
    "mariadb": "MariaDB",
    "mongodb": "MongoDB",
    "sqlite": "SQLite",
    "sqlserver": "SQL Server",
    "mssql": "SQL Server",
    "oracle": "Oracle",
    "cockroachdb": "CockroachDB",
}
"""URL scheme (before any `+driver`) → engine."""

_DRIVER_NAMES = {
    **_SCHEMES,
    "pg": "PostgreSQL",
    "mysql2": "MySQL",
    "sqlite3": "SQLite",
    "better-sqlite3": "SQLite",
    "mongo": "MongoDB",
    "sqlsrv": "SQL Server",
    # Doctrine DBAL's and PHP's PDO driver names (`DB_DRIVER=pdo_pgsql`).
    "pdo_pgsql": "PostgreSQL",
    "pdo_mysql": "MySQL",
    "mysqli": "MySQL",
    "pdo_sqlite": "SQLite",
    "pdo_sqlsrv": "SQL Server",
    # PostgreSQL's client, as engine settings name the server too (`DATABASE_TYPE=psql`).
    "psql": "PostgreSQL",
}
"""Values of `DB_CONNECTION`, `dialect:`, `client:` and the like → engine."""

ENGINE_KEYS = frozenset(
    {
        "db_connection",
        "db_client",
        "db_dialect",
        "db_type",
        "db_driver",
        "db_engine",
        "database_engine",
        "database_driver",
        "database_type",
        "database_dialect",
        "typeorm_connection",
        "db_adapter",
        "database_adapter",
    }
)
"""Environment keys whose value is an engine's short name (Laravel, Knex, TypeORM …)."""

_PREFIXED = tuple("_" + k for k in ENGINE_KEYS if k.startswith(("db_", "database_")))


PRISMA_PROVIDERS: tuple[tuple[str, str], ...] = (
    ("postgresql|postgres", "PostgreSQL"),
    ("mysql", "MySQL"),
    ("sqlite", "SQLite"),
    ("mongodb", "MongoDB"),
    ("sqlserver", "SQL Server"),
    ("cockroachdb", "CockroachDB"),
)
"""The providers a Prisma schema's datasource names (alternatives of a pattern) → the engine:
one schema language, read by the Node client and by the clients generated for other languages."""


def is_engine_key(key: str) -> bool:
    """Whether the environment key `key` (lower case) names the engine: one of `ENGINE_KEYS`,
    or a generic one behind the application's own prefix (`MYAPP_DATABASE_ADAPTER`, read by
    its `database.yml`), not behind an engine's name."""
    if key in ENGINE_KEYS:
        return True
    suffix = next((p for p in _PREFIXED if key.endswith(p)), None)
    # A prefix naming an engine (`MSSQL_DB_ENGINE`) sets what that engine's setup uses, and
    # one naming the tests (`TEST_DB_ENGINE`) their database: not the application's engine.
    return suffix is not None and not any(
        engine_of_name(word) or word in _TEST_WORDS for word in key[: -len(suffix)].split("_")
    )

_IMAGES = {
    "postgres": "PostgreSQL",
    "postgresql": "PostgreSQL",
    "postgis": "PostgreSQL",
    "timescaledb": "PostgreSQL",
    "mysql": "MySQL",
    "mysql-server": "MySQL",
    "mariadb": "MariaDB",
    "mongo": "MongoDB",
    "mongodb": "MongoDB",
    "mongodb-community-server": "MongoDB",
    "cockroach": "CockroachDB",
    "couchdb": "CouchDB",
    # SurrealDB's official image (`surrealdb/surrealdb:v2`).
    "surrealdb": "SurrealDB",
}
"""Last path part of a container image → engine."""

_URL = LazyPattern(r"(?<![\w+])([a-z][a-z0-9]*+)(?:\+[a-z0-9]++)*+://", re.IGNORECASE)
"""A URL's scheme (`postgresql+asyncpg://`), from its first letter only: tried again at every
part of a long `a+b+c…` run, the scan read the rest of the run from each."""
_VERSION = LazyPattern(r"\d+(?:\.\d+)*")


def engine_of_url(text: str) -> str:
    """The engine of the first database URL in `text`, or ""."""
    for match in _URL.finditer(text):
        engine = _SCHEMES.get(match.group(1).lower())
        if engine == "MySQL" and _MARIADB.match(text, match.end()):
            # Doctrine is told the server is MariaDB (`?serverVersion=10.5.8-MariaDB`).
            return "MariaDB"
        if engine:
            return engine
    return ""


_MARIADB = LazyPattern(r"[^\s\"']*[?&]serverVersion=[^&\s\"']*mariadb", re.IGNORECASE)


_JDBC = LazyPattern(r"\b(?:jdbc|r2dbc)(?::pool)?:(\w+):")
_JDBC_SCHEMES = {
    **_SCHEMES,
    "h2": "H2",
    "hsqldb": "HSQLDB",
    "derby": "Derby",
    # PostGIS's JDBC wrapper (`org.postgis.DriverWrapper`) takes PostgreSQL URLs under a scheme
    # of its own, adding the geometry types to the PostgreSQL driver's connections.
    "postgresql_postgis": "PostgreSQL",
}


def engine_of_jdbc(text: str) -> str:
    """The engine of a JDBC or R2DBC URL in `text` (`jdbc:h2:mem:`, `r2dbc:pool:mysql://`),
    or ""."""
    match = _JDBC.search(text)
    return _JDBC_SCHEMES.get(match.group(1).lower(), "") if match else ""


def engine_of_name(value: str) -> str:
    """The engine a short name (`pgsql`, `mysql2`, `postgres`) stands for, or ""."""
    return _DRIVER_NAMES.get(value.strip().strip("'\"").lower(), "")


def engine_of_image(image: str) -> tuple[str, str]:
    """(engine, version) of a container image such as `postgres:16-alpine`, or ("", "").
    Compose's `${POSTGRES_IMAGE:-postgres:16}` counts as its default, the image a deployment
    that sets nothing runs."""
    if "${" in image:
        image = _INTERPOLATION.sub(lambda m: m.group(1), image)
    image = image.split("@", 1)[0]
    path, _, tag = image.rpartition(":") if ":" in image.rsplit("/", 1)[-1] else (image, "", "")
    parts = path.lower().split("/")
    engine = _IMAGES.get(parts[-1], "")
    if not engine and "mssql" in parts:
        engine = "SQL Server"
    if not engine:
        return "", ""
    version = _VERSION.match(tag)
    return engine, version.group(0) if version else ""


_INTERPOLATION = LazyPattern(r"\$\{\w+(?::?[-=])([^}]*)\}")
"""Compose's `${VAR:-default}`: the value used when the variable is unset."""

MAX_ENVIRONMENT = 200
"""Entries of one service's `environment` looked at."""


def engines_of_environment(environment: object) -> list[tuple[str, str]]:
    """(key, engine) of the settings of a Compose service's `environment` (a mapping or a list
    of `KEY=value`) that name a database engine: an engine key given a short name
    (`DB_ENGINE: sqlite`), or a database URL (`DATABASE_URL: postgres://…`, a JDBC URL);
    `${VAR:-default}` counts as its default. Redis settings name a cache."""
    if isinstance(environment, dict):
        pairs = list(environment.items())[:MAX_ENVIRONMENT]
    elif isinstance(environment, list):
        pairs = [
            tuple(item.split("=", 1))
            for item in environment[:MAX_ENVIRONMENT]
            if isinstance(item, str) and "=" in item
        ]
    else:
        return []
    found = []
    for key, value in pairs:
        if not isinstance(key, str) or not isinstance(value, str) or "REDIS" in key.upper():
            continue
        if set(_WORDS.findall(key.lower())) & _TEST_WORDS:
            continue  # `TEST_DATABASE_URL`: the test suite's database
        value = _INTERPOLATION.sub(lambda m: m.group(1), value)
        if is_engine_key(key.strip().lower()):
            engine = engine_of_name(value) or _qualified_engine(value)
        else:
            engine = engine_of_url(value) or engine_of_jdbc(value)
        if engine:
            found.append((key.strip(), engine))
    return found


_QUALIFIED = LazyPattern(r"([A-Za-z0-9]+)[-_](?:local|remote|external|internal|server)$")
"""An engine's short name with where its server runs (`psql-local`, `mysql-remote`): a
deployment script's choice among the engines it can set up, named by the engine first."""


def _qualified_engine(value: str) -> str:
    """The engine an engine setting's qualified value names (`DATABASE_TYPE=psql-local`)."""
    match = _QUALIFIED.match(value.strip().strip("'\""))
    return engine_of_name(match.group(1)) if match else ""


def url_rules(endings: tuple[str, ...]) -> tuple[SourceRule, ...]:
    """Rules naming the engine of a database URL written as a string literal in code, such
    as a `DATABASE_URL` default in a settings module."""
    by_engine: dict[str, list[str]] = {}
    for scheme, engine in _SCHEMES.items():
        by_engine.setdefault(engine, []).append(scheme)
    return tuple(
        rule(
            FindingKind.DATABASE,
            engine,
            rf"""["'`](?:{"|".join(schemes)})(?:\+\w+)?://""",
            endings=endings,
        )
        for engine, schemes in by_engine.items()
    )


def setting_rules(
    endings: tuple[str, ...], names: tuple[str, ...] = ()
) -> tuple[SourceRule, ...]:
    """Rules naming the engine a settings module picks by default: an engine setting given a
    short name, directly or as an environment lookup's default (`DB_ENGINE: str = "sqlite"`,
    `os.getenv("LD_DB_ENGINE", "sqlite")`). Beside drivers for every engine the service
    supports, that default is the one it runs on unless told otherwise."""
    by_engine: dict[str, list[str]] = {}
    for name, engine in _DRIVER_NAMES.items():
        by_engine.setdefault(engine, []).append(re.escape(name))
    return tuple(
        rule(
            FindingKind.DATABASE,
            engine,
            r"(?i)^[ \t]*\w*(?:db|database)_(?:engine|driver|type|dialect|provider)\b[^=\n]*="
            r"[ \t]*(?:[\w.]+\([ \t]*[\"'][\w.-]+[\"'][ \t]*,[ \t]*)?"
            rf"""["'](?:{"|".join(aliases)})["']""",
            endings=endings,
            names=names,
            scope=Scope.CHOSEN,
        )
        for engine, aliases in by_engine.items()
    )


_SERVER_NAMES = (
    ("postgres|postgresql|pg", "PostgreSQL"),
    ("mysql", "MySQL"),
    ("mariadb", "MariaDB"),
    ("mongo|mongodb", "MongoDB"),
)
"""How settings name the server engines a program may be switched to."""


def opt_in_rules(endings: tuple[str, ...], names: tuple[str, ...]) -> tuple[SourceRule, ...]:
    """Rules naming a server engine a program supports but leaves off by default: its
    settings' defaults in code (`impl Default for Postgresql { … enabled: false`, in files of
    `endings`) or in the default settings file (`[postgresql]` … `enabled = false`, in files
    called one of `names`). Beside the embedded engine the program falls back to, that server
    is the operator's opt-in, not what it runs on."""
    found: list[SourceRule] = []
    for aliases, engine in _SERVER_NAMES:
        in_code = (
            rf"(?i)\bimpl[ \t]+Default[ \t]+for[ \t]+(?:{aliases})(?:config|settings)?[ \t]*\{{"
            r"[^}]{0,400}?\benabled[ \t]*:[ \t]*false\b"
        )
        # The section's lines up to its `enabled` key (never past the next section).
        in_file = (
            rf"(?im)^\[(?:{aliases})\][ \t]*\r?\n(?:[ \t]*(?:[^\[\s][^\n]*)?\r?\n){{0,30}}?"
            r"[ \t]*enabled[ \t]*=[ \t]*false\b"
        )
        found.append(rule(FindingKind.DATABASE, engine, in_code, endings=endings, opt_in=True))
        found.append(rule(FindingKind.DATABASE, engine, in_file, names=names, opt_in=True))
    return tuple(found)


def env_test_rules(endings: tuple[str, ...]) -> tuple[SourceRule, ...]:
    """Rules naming a server engine the code uses only when an environment variable names
    it (`const isPgsql = process.env.DB_TYPE === 'postgres'`, `os.getenv("DB_TYPE") ==
    "postgres"`): with the variable unset the other branch, the program's own default, runs.
    The server is the operator's opt-in."""
    # One lookup shape per language, each starting with a literal: a pattern that starts
    # with an alternation is tried at every position of every file.
    if ".py" in endings:
        lookup = (
            r"os\.(?:(?:getenv|environ\.get)[ \t]*\([ \t]*[\"']\w+[\"'][^)\n]*\)"
            r"|environ[ \t]*\[[ \t]*[\"']\w+[\"'][ \t]*\])"
        )
    else:
        lookup = r"process\.env(?:\.\w+|\[[ \t]*[\"'`]\w+[\"'`][ \t]*\])"
    return tuple(
        rule(
            FindingKind.DATABASE,
            engine,
            rf"""{lookup}[ \t]*={{2,3}}[ \t]*[\"'`](?:{aliases})[\"'`]""",
            endings=endings,
            opt_in=True,
        )
        for aliases, engine in _SERVER_NAMES
    )


REPOSITORY_ENDINGS = {
    "dotnet": ("Repository.cs", "RepositoryImpl.cs"),
    "jvm": ("Repository.java", "Repository.kt", "RepositoryImpl.java", "RepositoryImpl.kt"),
    "go": ("repository.go", "repo.go"),
    "python": ("repository.py", "repositories.py"),
    # A Laravel application's storage classes are stores as often as repositories
    # (`TokenStore` behind the interface the service provider binds).
    "php": ("Repository.php", "Store.php"),
    # Rust modules are named for what they keep (`session.rs` keeps the sessions).
    "rust": ("repository.rs", "repo.rs", "store.rs", "storage.rs", "session.rs"),
    "node": tuple(
        f"{stem}.{ext}" for stem in ("repository", "Repository") for ext in ("ts", "js")
    ),
}
"""How the files of a repository class end, per ecosystem: the layer that keeps a service's
data, whatever store it talks to."""


def redis_store_rules(ecosystem: str, client: str) -> tuple[SourceRule, ...]:
    """Rules naming Redis as a database engine: a repository (the layer that keeps the
    service's data) talking to a Redis client (`client`, a pattern), as a basket service keeps
    its baskets in Redis. Redis there is the store, not a cache in front of one; elsewhere its
    client names a cache only."""
    return (
        rule(FindingKind.DATABASE, "Redis", client, endings=REPOSITORY_ENDINGS[ecosystem]),
    )


KEY_VALUE = frozenset({"Redis", "Memcached"})
"""Engines that are key-value stores: a service's database only where nothing else is seen as
strongly (beside a relational or document engine they hold sessions, tokens, queues)."""


SEARCH_ENGINES = frozenset({"Elasticsearch", "OpenSearch", "Typesense"})
"""Search engines: a service's database only where no relational or document engine is seen
as strongly (beside one, they hold an index of its records: a Doctrine application on MariaDB
with an Elasticsearch client, an sbt build whose Doobie runs on PostgreSQL beside elastic4s).
They still rank before a key-value store seen as strongly."""


EMBEDDED = frozenset(
    {"SQLite", "H2", "HSQLDB", "Derby", "BoltDB", "BuntDB", "LiteDB", "redb", "BadgerDB"}
)
"""Engines embedded in the process: beside a server engine seen as strongly, they are the
development or test stand-in."""

_WORDS = LazyPattern(r"[a-z]+")
_TEST_WORDS = frozenset({"test", "tests", "testing", "spec", "ci", "e2e"})
_TEST_FOLDER_WORDS = frozenset({"test", "tests", "testing", "ci", "suites"})
_DEV_WORDS = frozenset({"dev", "development", "local", "override", "sample", "debug"})
_PRODUCTION_WORDS = frozenset({"prod", "production", "deploy", "deployment", "live"})
_MAIN_COMPOSE = frozenset(
    {"docker-compose.yml", "docker-compose.yaml", "compose.yml", "compose.yaml"}
)
_LOOKUP = LazyPattern(
    r"\bgetenv\b|\benviron\b|\benv\s*\(|\bENV\s*(?:\.fetch|\[)|process\.env|\$\{\w+:"
    r"|\bEnvironment\.GetEnvironmentVariable\b"
)
"""An environment lookup on the evidence line: the engine written there is its default."""

_SETS_DEFAULT = LazyPattern(r"\benviron\.setdefault[ \t]*\([ \t]*[\"']\w*DATABASE_UR[IL]\w*[\"']")
"""The program setting its own database URL when the environment leaves it unset
(`os.environ.setdefault("DATABASE_URL", "sqlite:///…")` before it loads its settings): not a
lookup's fallback but the connection it installs itself with."""


_SCRATCH = LazyPattern(
    r"(?i)\bsqlite(?:\+\w+)?://(?:[\"'`]|/*:memory:|//?\{?\w*(?:tmp|temp)\w*[}/])"
)
"""A SQLite database that outlives no process: in memory (`sqlite://`, `sqlite:///:memory:`,
django-environ's `sqlite:////:memory:`) or in a temporary directory
(`sqlite+aiosqlite:///{tmp_dir}/job.db`, `sqlite:////tmp/app.db`)."""


def scratch(text: str) -> bool:
    """Whether `text` names a SQLite database that outlives no process (`_SCRATCH`)."""
    return _SCRATCH.search(text) is not None


def production_named(path: str) -> bool:
    """Whether the file at `path` is named for production (`docker-compose.prod.yaml`,
    `compose.production.yml`) and for no test nor development run."""
    name = path.lower().rpartition("/")[2]
    words = set(_WORDS.findall(name.rsplit(".", 1)[0] if "." in name[1:] else name))
    return bool(words & _PRODUCTION_WORDS) and not words & (_TEST_WORDS | _DEV_WORDS)


def _installation_settings(folders: str, words: set[str]) -> bool:
    """Whether a file named `local` (with `words` from its name) in `folders` is a Zend
    Framework or Laminas application's `config/autoload/*.local.php` (or the `.dist` template
    of it): the settings of each installation, production's too, kept out of the repository,
    not a development run's."""
    return (folders == "config/autoload" or folders.endswith("/config/autoload")) and (
        words & _DEV_WORDS == {"local"}
    )


def scope(path: str, text: str, from_config: bool) -> Scope:
    """The scope of a database signal seen at `path` (line `text`), from the file's name and
    the line; `from_config` tells a signal from a Compose or env example file (see
    `sidefiles`) from one in code or settings."""
    folders, _, name = path.lower().rpartition("/")
    words = set(_WORDS.findall(name.rsplit(".", 1)[0] if "." in name[1:] else name))
    # A folder's words too: `scripts/test-environments/postgres/compose.yml` is a test setup,
    # and so is an integration suite's (`internal/suites/…/mysql/compose.yml`).
    if words & _TEST_WORDS or set(_WORDS.findall(folders)) & _TEST_FOLDER_WORDS:
        return Scope.TEST
    if words & _DEV_WORDS and not _installation_settings(folders, words):
        return Scope.FALLBACK
    if not from_config and _SCRATCH.search(text):
        # Code opening a database that is gone when the process ends keeps nothing: a test
        # fixture's or a local run's stand-in (or a check for one), not the service's store.
        return Scope.FALLBACK
    compose = name in _MAIN_COMPOSE or name.startswith(("docker-compose", "compose."))
    if words & _PRODUCTION_WORDS:
        return Scope.DEPLOYED if from_config and compose else Scope.PRODUCTION
    if from_config:
        if name.startswith((".env", "env")) or name.endswith(".env"):
            return Scope.PRODUCTION
        if name in _MAIN_COMPOSE:
            return Scope.DEPLOYED
        return Scope.RUNTIME  # a variant Compose file (docker-compose.document.yml)
    if _LOOKUP.search(text):
        return Scope.CHOSEN if _SETS_DEFAULT.search(text) else Scope.FALLBACK
    return Scope.RUNTIME
