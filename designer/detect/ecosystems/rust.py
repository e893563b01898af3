"""Rust: Cargo.toml, and the entry points of Axum, Actix Web, Rocket, Poem, Dropshot…"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from designer.detect import defaults, tomlfile
from designer.detect.engines import opt_in_rules, redis_store_rules, url_rules
from designer.detect.signals import (
    Catalog,
    Lines,
    ManifestResult,
    Signal,
    SourceRule,
    Strength,
    dependency_signals,
    entries,
    rule,
)
from designer.model.stack import Evidence
from designer.model.stack import FindingKind as K

LANGUAGE = "Rust"

CATALOG: Catalog = {
    "axum": entries((K.FRAMEWORK, "Axum")),
    "actix-web": entries((K.FRAMEWORK, "Actix Web")),
    "rocket": entries((K.FRAMEWORK, "Rocket")),
    "warp": entries((K.FRAMEWORK, "warp")),
    "poem": entries((K.FRAMEWORK, "Poem")),
    "salvo": entries((K.FRAMEWORK, "Salvo")),
    "tide": entries((K.FRAMEWORK, "Tide")),
    # Oxide's OpenAPI-first server (`HttpServerStarter`, `ServerBuilder`), on Hyper.
    "dropshot": entries((K.FRAMEWORK, "Dropshot")),
    # Gotham, ntex (Actix's fork: its `web::HttpServer`), Loco (on Axum: `assemble.ABSORBED`),
    # Trillium, Pavex.
    "gotham": entries((K.FRAMEWORK, "Gotham")),
    "ntex": entries((K.FRAMEWORK, "ntex")),
    "loco-rs": entries((K.FRAMEWORK, "Loco")),
    "trillium": entries((K.FRAMEWORK, "Trillium")),
    "pavex": entries((K.FRAMEWORK, "Pavex")),
    # Iron, the middleware-chain framework of Rust's first years on Hyper 0.10 (`Chain::new`,
    # `Iron::new(chain).http(addr)`), which swagger-codegen's Rust server template targets.
    "iron": entries((K.FRAMEWORK, "Iron")),
    "sqlx": entries((K.QUERY, "sqlx")),
    # Neo4j's Bolt client (`Graph::new`, `query("MATCH …")`): Cypher written by hand over the
    # driver, so the driver is the data layer and Neo4j the engine.
    "neo4rs": entries((K.DATABASE, "Neo4j"), (K.QUERY, "neo4rs")),
    # MongoDB's official driver, used without an ODM: the raw driver is the data layer.
    "mongodb": entries((K.DATABASE, "MongoDB"), (K.QUERY, "mongodb")),
    # wither, an ODM over that driver (`Model` derives, `wither::mongodb` re-exported): the
    # models it maps are the data layer, MongoDB the engine, with no `mongodb` of its own.
    "wither": entries((K.ORM, "wither"), (K.DATABASE, "MongoDB")),
    # SQLite's binding: the engine is embedded in the crate, queried through raw SQL.
    "rusqlite": entries((K.DATABASE, "SQLite"), (K.QUERY, "rusqlite")),
    # sea-query's driver bindings (`RusqliteBinder`, `PostgresBinder`): they run the statements
    # sea-query builds on the engine's own client, which the code then holds (`rusqlite::Row`),
    # so that client is the data layer and its engine the database, though no manifest of the
    # workspace names the client itself (sea-query-rusqlite brings rusqlite in).
    "sea-query-rusqlite": entries((K.DATABASE, "SQLite"), (K.QUERY, "rusqlite")),
    "sea-query-postgres": entries((K.DATABASE, "PostgreSQL"), (K.QUERY, "tokio-postgres")),
    # r2d2's connection managers for one engine each: the pool hands out the engine's own
    # client (rusqlite's, mysql's), on which the code writes raw SQL. r2d2_postgres re-exports
    # the synchronous postgres crate whose Client it pools (`use r2d2_postgres::postgres`), and
    # a program rarely declares that crate beside it: the client is the layer the SQL is
    # written on, as sea-query's bindings stand for theirs.
    "r2d2_sqlite": entries((K.DATABASE, "SQLite"), (K.QUERY, "r2d2_sqlite")),
    "r2d2_mysql": entries((K.DATABASE, "MySQL"), (K.QUERY, "r2d2_mysql")),
    "r2d2_postgres": entries((K.DATABASE, "PostgreSQL"), (K.QUERY, "postgres")),
    # The asynchronous PostgreSQL and MySQL clients (and their pools), used without sqlx or an
    # ORM: raw SQL through the driver.
    "tokio-postgres": entries((K.DATABASE, "PostgreSQL"), (K.QUERY, "tokio-postgres")),
    "deadpool-postgres": entries((K.DATABASE, "PostgreSQL"), (K.QUERY, "tokio-postgres")),
    "mysql_async": entries((K.DATABASE, "MySQL"), (K.QUERY, "mysql_async")),
    # SQL Server's TDS client (`Client::connect`, `client.query("SELECT …")`, often pooled by
    # bb8-tiberius): raw SQL through the driver, the data layer over SQL Server.
    "tiberius": entries((K.DATABASE, "SQL Server"), (K.QUERY, "tiberius")),
    "diesel": entries((K.ORM, "Diesel")),
    # rbatis: a compile-time ORM whose rbdc driver crates name the engine.
    "rbatis": entries((K.ORM, "rbatis")),
    "rbdc-pg": entries((K.DATABASE, "PostgreSQL")),
    "rbdc-mysql": entries((K.DATABASE, "MySQL")),
    "rbdc-sqlite": entries((K.DATABASE, "SQLite")),
    "rbdc-mssql": entries((K.DATABASE, "SQL Server")),
    "diesel_migrations": entries((K.MIGRATIONS, "Diesel migrations")),
    "sea-orm": entries((K.ORM, "SeaORM")),
    "sea-orm-migration": entries((K.MIGRATIONS, "SeaORM migrations")),
    # Prisma's Rust client: the code queries through the client generated from schema.prisma.
    "prisma-client-rust": entries((K.ORM, "Prisma")),
    # ClickHouse's official client: a column store the service writes to through raw SQL.
    "clickhouse": entries((K.DATABASE, "ClickHouse")),
    # RocksDB's bindings (the crates.io crate and its maintained fork): an embedded key-value
    # store the service reads and writes through the binding itself.
    "rocksdb": entries((K.DATABASE, "RocksDB"), (K.QUERY, "rocksdb")),
    "rust-rocksdb": entries((K.DATABASE, "RocksDB"), (K.QUERY, "rust-rocksdb")),
    # sled: an embedded key-value store used through its own trees, as RocksDB's binding is.
    "sled": entries((K.DATABASE, "sled"), (K.QUERY, "sled")),
    # fjall: an embedded LSM-tree key-value store (keyspaces and partitions the program opens
    # itself), the store and its own API at once, as sled is.
    "fjall": entries((K.DATABASE, "fjall"), (K.QUERY, "fjall")),
    # redb: an embedded key-value store in one file, used through its tables directly; and
    # native_db, which maps the program's structs (`#[native_db]` models with primary and
    # secondary keys) onto redb, the store it bundles: the data layer over that engine.
    "redb": entries((K.DATABASE, "redb"), (K.QUERY, "redb")),
    "native_db": entries((K.ORM, "native_db"), (K.DATABASE, "redb")),
    # SurrealDB's Rust SDK (`Surreal::new::<Ws>(…)`, or the engine embedded through its
    # `kv-*` features): records and SurrealQL through the client, the data layer over SurrealDB.
    "surrealdb": entries((K.DATABASE, "SurrealDB"), (K.QUERY, "surrealdb")),
    # The AWS SDK's DynamoDB client, used bare (items built and read by hand, or through
    # serde_dynamo's conversions): the engine only, no data layer, as Go's and Java's SDKs.
    "aws-sdk-dynamodb": entries((K.DATABASE, "DynamoDB")),
    # ScyllaDB's CQL driver (`SessionBuilder::new().known_nodes(…)`, `session.query(…)`): raw
    # CQL through the driver, the data layer over ScyllaDB (whose driver it is, as Go's fork of
    # gocql); charybdis, an ORM over that driver (`#[charybdis_model(table_name = …)]` structs,
    # `.insert().execute(db_session)`): the models it maps are the data layer.
    "scylla": entries((K.DATABASE, "ScyllaDB"), (K.QUERY, "scylla")),
    "charybdis": entries((K.ORM, "charybdis"), (K.DATABASE, "ScyllaDB")),
    "redis": entries((K.CACHE, "Redis")),
    # Pools over the redis crate, which they re-export (`deadpool_redis::redis::AsyncCommands`):
    # a service may declare the pool alone.
    "deadpool-redis": entries((K.CACHE, "Redis")),
    "bb8-redis": entries((K.CACHE, "Redis")),
    "memcache": entries((K.CACHE, "Memcached")),
    "rdkafka": entries((K.BROKER, "Kafka")),
    "lapin": entries((K.BROKER, "RabbitMQ")),
    "hyper": entries((K.SERVER, "Hyper")),
}

BOUND_CLIENTS = {
    "sea-query-rusqlite": "rusqlite",
    "sea-query-postgres": "tokio-postgres",
    "r2d2_postgres": "postgres",
}
"""Bindings of a query builder to an engine's client → that client, the data layer they
stand for (see `CATALOG`)."""

_RS = (".rs",)
RUNTIME = "Tokio"
"""The server finding of a binary whose main starts the async runtime."""
RUNTIME_START = (
    r"#\[tokio::main\b|\btokio::runtime::(?:Builder::new_(?:multi|current)_thread|Runtime::new)\b"
    r"|\bBuilder::new_(?:multi|current)_thread\s*\("
)
"""How a binary's main starts that runtime (see the rule below, and `rust_bin_runtimes`): with
`#[tokio::main]`, or by hand with tokio's runtime builder, spelled in full or imported (`use
tokio::runtime::Builder;` then `Builder::new_multi_thread()`, a main sizing its worker pool)."""
RULES: tuple[SourceRule, ...] = (
    # Any `use axum::` but of `axum::http` alone: that is the `http` crate's types re-exported
    # (`use axum::http::HeaderValue;` in a WebSocket client's handshake), which no server needs
    # Axum for.
    rule(
        K.FRAMEWORK,
        "Axum",
        r"\baxum::serve\s*\(|\baxum::Server::bind|^use axum::(?!http::)",
        endings=_RS,
    ),
    rule(K.FRAMEWORK, "Actix Web", r"\bHttpServer::new\s*\(|#\[actix_web::main\]", endings=_RS),
    # Rocket 0.5 builds (`#[launch]`, `rocket::build()`); 0.4 ignites (`rocket::ignite()`) or
    # starts from a configuration (`rocket::custom(config)`). A binary's main run on Rocket's
    # runtime (`#[rocket::main]`) launches the instance a library of the crate builds.
    rule(
        K.FRAMEWORK,
        "Rocket",
        r"#\[launch\]|\brocket::(?:build|ignite|custom)\s*\(|#\[rocket::main\]",
        endings=_RS,
    ),
    rule(K.FRAMEWORK, "warp", r"\bwarp::serve\s*\(", endings=_RS),
    rule(K.FRAMEWORK, "Poem", r"^use poem::", endings=_RS),
    rule(K.FRAMEWORK, "Salvo", r"^use salvo::", endings=_RS),
    rule(K.FRAMEWORK, "Tide", r"\btide::(?:new|with_state)\s*\(", endings=_RS),
    rule(K.FRAMEWORK, "Dropshot", r"^use dropshot::", endings=_RS),
    rule(K.FRAMEWORK, "Gotham", r"\bgotham::(?:start|init_server|plain::init_server)\s*\(",
         endings=_RS),
    rule(K.FRAMEWORK, "ntex", r"#\[ntex::main\]", endings=_RS),
    # A Loco application's binary hands its command line to the framework's.
    rule(K.FRAMEWORK, "Loco", r"\bcli::main::<", endings=_RS),
    rule(K.FRAMEWORK, "Trillium", r"\btrillium_(?:smol|tokio|async_std)::(?:run|config)\s*\(",
         endings=_RS),
    rule(K.FRAMEWORK, "Pavex", r"^use pavex::server::", endings=_RS),
    rule(K.FRAMEWORK, "Iron", r"\bIron::new\s*\(", endings=_RS),
    # The async runtime a binary's main starts (`#[tokio::main]`, or built by hand for a
    # larger worker stack: `tokio::runtime::Builder::new_multi_thread()…block_on(run())`): the
    # program serves something itself, unlike a main that prints a crate's OpenAPI document
    # (see monorepo).
    rule(K.SERVER, RUNTIME, RUNTIME_START, names=("main.rs",)),
    rule(K.MIGRATIONS, "sqlx migrations", r"\bsqlx::migrate!\s*\(", endings=_RS),
    *url_rules(_RS),
    *defaults.url_function_rules(_RS, "fn"),
    *defaults.driver_function_rules(_RS),
    *defaults.else_url_rules(_RS),
    *defaults.unmatched_url_rules(_RS),
    *defaults.impl_default_rules(_RS),
    # A server engine whose settings default to off (kellnr: `impl Default for Postgresql`
    # with `enabled: false`, once `[postgresql] enabled = false` in config/default.toml).
    *opt_in_rules(_RS, ("default.toml",)),
    # The engine the shipped defaults pick (`default.toml`, the settings a program's config
    # loader starts from: `[database]` / `type = "sqlite"`, a `[database.postgres]` section
    # beside for those who switch): what runs unless the operator says otherwise.
    *defaults.ini_section_rules(("default.toml",)),
    *redis_store_rules("rust", r"^use redis::|\bredis::(?:Client|aio::)"),
    # The built-in harness: `#[test]`, and the attributes async runtimes and frameworks wrap
    # it in (`#[tokio::test]`, `#[actix_rt::test]`, `#[rocket::async_test]`, `#[sqlx::test]`),
    # also given the runtime's arguments (`#[tokio::test(flavor = "multi_thread")]`, a crate
    # whose only tests are integration tests under tests/ run on a threaded runtime).
    rule(K.TEST, "cargo test", r"#\[(?:\w+::)*(?:async_)?test\]", endings=_RS),
    rule(K.TEST, "cargo test", r"#\[(?:\w+::)*(?:async_)?test\([^)\]\n]*\)\]", endings=_RS),
)

SECTIONS = (("dependencies", False), ("dev-dependencies", True), ("build-dependencies", True))


def is_manifest(name: str, parent: str) -> bool:
    """Whether the file is a Cargo manifest."""
    return name == "Cargo.toml"


_ENGINE_FEATURES = {
    "postgres": "PostgreSQL",
    "sqlx-postgres": "PostgreSQL",
    "mysql": "MySQL",
    "sqlx-mysql": "MySQL",
    "sqlite": "SQLite",
    "sqlx-sqlite": "SQLite",
    "postgresql": "PostgreSQL",
    "mongodb": "MongoDB",
    "mssql": "SQL Server",
}
"""Features of sqlx, Diesel, SeaORM and Prisma's client that choose the database engine."""


_DATA_CRATES = ("sqlx", "diesel", "sea-orm", "prisma-client-rust")
"""The data layers whose features choose the engine."""


_POOL_CRATES = ("rocket_sync_db_pools", "rocket_db_pools", "rocket_contrib")
"""Rocket's database pool crates: a feature names the pool the application opens, and so its
engine (`features = ["diesel_postgres_pool"]` beside a plain `diesel` whose own features name
none)."""

_POOL_FEATURE = re.compile(
    r"^(?:diesel_|sqlx_|deadpool_)?(postgres|mysql|sqlite|mongodb)(?:_pool)?$"
)
"""A pool feature of Rocket's crates naming a SQL or document engine (`diesel_postgres_pool`,
`sqlite_pool`, `sqlx_mysql`, `deadpool_postgres`, `mongodb`); the cache pools (`redis_pool`,
`memcache_pool`) name no database."""


def _pool_engines(features: list[Any]) -> list[str]:
    """The engines the features of one of Rocket's pool crates open pools to."""
    found = [_POOL_FEATURE.match(f) for f in features if isinstance(f, str)]
    return [_ENGINE_FEATURES[m.group(1)] for m in found if m]


def _engines(name: str, spec: Any, dev: bool, evidence: Evidence) -> list[Signal]:
    if name not in _DATA_CRATES + _POOL_CRATES or not isinstance(spec, dict):
        return []
    features = spec.get("features")
    if not isinstance(features, list):
        return []
    strength = Strength.DEV if dev else Strength.DEPENDENCY
    if name in _POOL_CRATES:
        engines = dict.fromkeys(_pool_engines(features))
    else:
        engines = dict.fromkeys(_ENGINE_FEATURES[f] for f in features if f in _ENGINE_FEATURES)
    return [
        Signal(K.DATABASE, engine, strength, evidence, package=name) for engine in engines
    ]


def parse(lines: Lines) -> ManifestResult:
    """Read a Cargo.toml: package metadata, dependencies and workspace members."""
    data = tomlfile.load(lines)
    result = ManifestResult(language=LANGUAGE)
    package = data.get("package")
    if isinstance(package, dict) and isinstance(package.get("name"), str):
        result.name = package["name"]
    if isinstance(package, dict):
        for key in ("rust-version", "edition"):
            value = package.get(key)
            if isinstance(value, str):
                result.language_version = value if key == "rust-version" else f"edition {value}"
                result.version_evidence = lines.evidence(key)
                break
    # Binaries kept elsewhere than `src/main.rs` (`[[bin]] path = "main.rs"`): the crate's
    # program all the same.
    bins = data.get("bin")
    if isinstance(bins, list):
        result.program = [
            b["path"] for b in bins if isinstance(b, dict) and isinstance(b.get("path"), str)
        ]
    tables: list[tuple[Any, bool, str]] = [
        (data.get(section), dev, f"[{section}]") for section, dev in SECTIONS
    ]
    # A platform's dependencies (`[target.'cfg(not(windows))'.dependencies]`: the same crate
    # with a TLS feature per platform) are the crate's dependencies all the same.
    targets = data.get("target")
    if isinstance(targets, dict):
        for platform, table in targets.items():
            if isinstance(table, dict):
                tables += [
                    (table.get(section), dev, _target_header(lines, platform, section))
                    for section, dev in SECTIONS
                ]
    workspace = data.get("workspace")
    if isinstance(workspace, dict):
        tables.append((workspace.get("dependencies"), False, "[workspace.dependencies]"))
        members = workspace.get("members")
        if isinstance(members, list):
            result.modules = [m for m in members if isinstance(m, str)]
    if isinstance(workspace, dict) and isinstance(workspace.get("dependencies"), dict):
        own = {
            name
            for table, _, _ in tables[:-1]
            if isinstance(table, dict)
            for name in table
        }
        result.offered = [n for n in workspace["dependencies"] if n not in own]
        # A binding's layer is kept under its client's name (`BOUND_CLIENTS`): offered alike.
        result.offered += [BOUND_CLIENTS[n] for n in result.offered if n in BOUND_CLIENTS]
    on = _default_dependencies(data.get("features"))
    patched = _patched_paths(data.get("patch"))
    for table, dev, header in tables:
        if not isinstance(table, dict):
            continue
        start = lines.section(header)
        for name, spec in table.items():
            version = spec if isinstance(spec, str) else ""
            # An optional dependency is built only when a feature asks for it (a library's
            # `axum` integration): it makes no application of the crate, unless a default
            # feature turns it on (a database crate's `default = ["mongodb"]`).
            optional = (
                isinstance(spec, dict) and spec.get("optional") is True and name not in on
            )
            if isinstance(spec, dict):
                version = str(spec.get("version", ""))
            if not dev:
                result.runtime_dependencies += 1
                if (
                    (isinstance(spec, dict) and ("path" in spec or spec.get("workspace") is True))
                    or name in patched
                ) and not optional:
                    # A crate of the workspace, perhaps (see monorepo). One only a feature the
                    # default leaves off builds (a server's PostgreSQL storage crate beside the
                    # SQLite one its `default` turns on) lends the program as built nothing.
                    result.uses.append(name)
            if name == "tauri" and not dev:
                result.desktop = True
            evidence = lines.evidence(name, start)
            found = dependency_signals(CATALOG, name, version, dev or optional, evidence)
            if name in BOUND_CLIENTS:
                # The client's own release is the layer's (rusqlite 0.32 beneath
                # sea-query-rusqlite 0.7), which the lock resolves beneath the binding.
                found = [
                    s.replace(version="", package=BOUND_CLIENTS[name]) if s.kind is K.QUERY else s
                    for s in found
                ]
            # An optional crate's engine features are built only when a feature asks for it
            # (an error crate's `sqlx` conversions): no engine of the crates using it.
            engines = _engines(name, spec, dev or optional, evidence)
            if len(engines) == 1:
                # A data layer built for one engine only (sqlx with `features = ["sqlite"]`
                # reading tile files) serves that engine, not another the service runs on.
                found = [
                    s.replace(engine=engines[0].name) if s.kind in (K.ORM, K.QUERY) else s
                    for s in found
                ]
            result.signals += found + engines
    result.signals += _default_engines(data, lines)
    return result


def _patched_paths(patch: object) -> frozenset[str]:
    """The crates a `[patch.<registry>]` table replaces by a folder of the tree
    (`[patch.crates-io] app-web = { path = "./app-web" }`): a dependency declared by registry
    version (`app-web = "=0.0.0"`) is then built from that folder, a path dependency in all
    but its spelling."""
    if not isinstance(patch, dict):
        return frozenset()
    return frozenset(
        name
        for table in patch.values()
        if isinstance(table, dict)
        for name, spec in table.items()
        if isinstance(spec, dict) and isinstance(spec.get("path"), str)
    )


def _default_engines(data: dict[str, Any], lines: Lines) -> list[Signal]:
    """The engines the crate's `default` feature builds its data layer for, through features
    of its own (`default = ["sqlite"]`, `sqlite = ["diesel/sqlite"]`, `mysql` and `postgres`
    left optional): the engine the program runs on unless built otherwise. Read only for a
    data layer the crate depends on at run time."""
    features = data.get("features")
    runtime = data.get("dependencies")
    if not isinstance(features, dict) or not isinstance(runtime, dict):
        return []
    start = lines.section("[features]")
    found: dict[str, Signal] = {}
    for item in _default_items(features):
        crate, slash, wanted = item.partition("/")
        crate = crate.removesuffix("?")
        engine = _ENGINE_FEATURES.get(wanted) if slash else None
        if engine is None or engine in found or crate not in _DATA_CRATES:
            continue
        if crate not in runtime:
            continue
        found[engine] = Signal(K.DATABASE, engine, Strength.DEPENDENCY,
                               lines.evidence(f'"{item}"', start), package=crate)
    return list(found.values())


def _target_header(lines: Lines, platform: str, section: str) -> str:
    """The header line of a platform's dependency table as the file spells it (quoted with
    either quote, or bare for a target triple), for the evidence's line; the plain spelling
    where none is found."""
    for quote in ("'", '"', ""):
        header = f"[target.{quote}{platform}{quote}.{section}]"
        if lines.section(header):
            return header
    return f"[target.'{platform}'.{section}]"


def _default_dependencies(features: Any) -> set[str]:
    """The optional dependencies the `default` feature turns on, through the features it
    names (`default = ["mongodb"]`, `mongodb = ["dep:mongodb"]`) or directly."""
    if not isinstance(features, dict):
        return set()
    # `crate/feature` turns on a feature of another crate, not a dependency.
    return {item.removeprefix("dep:") for item in _default_items(features) if "/" not in item}


def _default_items(features: dict[str, Any]) -> Iterator[str]:
    """Every item the `default` feature turns on, directly or through the features of the
    crate it names (`default = ["sqlite"]`, `sqlite = ["diesel/sqlite", "dep:x"]`)."""
    seen: set[str] = set()
    todo = ["default"]
    while todo:
        feature = todo.pop()
        if feature in seen:
            continue
        seen.add(feature)
        for item in features.get(feature) or ():
            if not isinstance(item, str):
                continue
            yield item
            if "/" not in item and not item.startswith("dep:"):
                todo.append(item)
