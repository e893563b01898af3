"""Rust data layers the held-out sets 435 and 436 showed (benchmarks/detect_heldout435.yaml,
detect_heldout436.yaml), each as a small fixture of the real files' shape (#19): an ORM declared
for several engines, the primary one among them, beside a query library a library crate binds
to that engine alone; and a Leptos app whose server half (axum, sqlx) is optional, turned on by
its `ssr` feature, with the code running sqlx's migrations."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import DetectedBackend
from designer.model.stack import FindingKind as K


def _data_layer(backend: DetectedBackend) -> str:
    """The data layer as measured: the first ORM or query finding, in the detector's order."""
    return next((f.name for f in backend.findings if f.kind in (K.ORM, K.QUERY)), "")


# --- An ORM declared for every engine, beside a query library bound to one ------------------

_ROOT = (
    '[workspace]\nmembers = [".", "crates/capture"]\n\n'
    '[package]\nname = "pbx"\nversion = "0.1.0"\nedition = "2024"\n\n'
    "[dependencies]\n"
    'axum = { version = "0.8.9", features = ["ws"] }\n'
    'tokio = { version = "1", features = ["full"] }\n'
    'capture = { path = "crates/capture" }\n'
    'sqlx = { version = "0.9.0", features = [\n    "runtime-tokio",\n    "postgres",\n'
    '    "sqlite",\n    "mysql",\n] }\n'
    'sea-orm = { version = "2", features = [\n    "runtime-tokio-rustls",\n'
    '    "sqlx-sqlite",\n    "sqlx-mysql",\n    "sqlx-postgres",\n] }\n'
    'sea-orm-migration = { version = "2", features = [\n    "sqlx-sqlite",\n'
    '    "sqlx-mysql",\n    "sqlx-postgres",\n] }\n'
)

_CAPTURE = (
    '[package]\nname = "capture"\nversion = "0.1.0"\nedition = "2024"\n\n'
    "[dependencies]\n"
    'sqlx = { version = "0.9.0", features = ["runtime-tokio", "sqlite"] }\n'
)


def _orm_project(tmp_path: Path) -> Path:
    return write(
        tmp_path,
        {
            "Cargo.toml": _ROOT,
            "crates/capture/Cargo.toml": _CAPTURE,
            "crates/capture/src/lib.rs": "pub fn open() {}\n",
            "src/main.rs": (
                "use axum::Router;\n\n#[tokio::main]\nasync fn main() {\n"
                '    let listener = tokio::net::TcpListener::bind("0.0.0.0:8080").await.unwrap();\n'
                "    axum::serve(listener, Router::new()).await.unwrap();\n}\n"
            ),
            "src/config.rs": (
                "pub fn default_database_url() -> String {\n"
                '    "sqlite://pbx.sqlite3".to_string()\n}\n'
            ),
            "src/models/user.rs": (
                "use sea_orm::entity::prelude::*;\n\n#[derive(Clone, Debug, DeriveEntityModel)]\n"
                '#[sea_orm(table_name = "users")]\npub struct Model {\n'
                "    #[sea_orm(primary_key)]\n    pub id: i64,\n}\n"
            ),
        },
    )


def test_orm_declared_for_the_primary_engine_stays_before_a_bound_query_library(
    tmp_path: Path,
) -> None:
    backend = by_folder(_orm_project(tmp_path))["."]
    assert first(backend, K.DATABASE)[0] == "SQLite"
    assert _data_layer(backend) == "SeaORM"


def test_orm_declared_for_other_engines_only_yields_to_the_bound_query_library(
    tmp_path: Path,
) -> None:
    # The rule needs the primary engine among the ORM's own features: built for PostgreSQL
    # and MySQL alone, it is kept for the other providers, and the SQLite layer leads.
    root = _orm_project(tmp_path)
    text = (root / "Cargo.toml").read_text(encoding="utf-8")
    text = text.replace('    "sqlx-sqlite",\n', "")
    (root / "Cargo.toml").write_text(text, encoding="utf-8")
    backend = by_folder(root)["."]
    assert first(backend, K.DATABASE)[0] == "SQLite"
    assert _data_layer(backend) == "sqlx"


# --- A Leptos app's optional server half ----------------------------------------------------

_LEPTOS = (
    "[dependencies]\n"
    'leptos = {version = "0.8.8"}\n'
    'axum = {version = "0.8.4", optional = true}\n'
    'leptos_axum = {version = "0.8.6", optional = true}\n'
    'tokio = {version = "1", features = ["rt-multi-thread"], optional = true}\n'
    'sqlx = {version = "0.8.5", features = ["runtime-tokio", "sqlite"], optional = true}\n\n'
    "[features]\n"
    'hydrate = ["leptos/hydrate"]\n'
    'ssr = ["dep:axum", "dep:tokio", "dep:leptos_axum", "leptos/ssr", "dep:sqlx"]\n\n'
    '[lib]\ncrate-type = ["cdylib", "rlib"]\n\n'
    '[package]\nname = "tally"\nversion = "1.0.0"\nedition = "2021"\n\n'
    "[package.metadata.leptos]\n"
    'site-addr = "0.0.0.0:3000"\nbin-features = ["ssr"]\nlib-features = ["hydrate"]\n'
)

_MAIN = (
    '#[cfg(feature = "ssr")]\n#[tokio::main]\nasync fn main() {\n'
    "    use axum::Router;\n"
    '    let listener = tokio::net::TcpListener::bind("0.0.0.0:3000").await.unwrap();\n'
    "    axum::serve(listener, Router::new().into_make_service()).await.unwrap();\n}\n"
)

_DB = (
    "use sqlx::SqlitePool;\n\npub async fn open(path: &str) -> SqlitePool {\n"
    '    let url = String::new() + "sqlite://" + path;\n'
    "    let pool = SqlitePool::connect(&url).await.unwrap();\n"
    '    sqlx::migrate!("./migrations").run(&pool).await.unwrap();\n    pool\n}\n'
)


def _leptos_files(db: str) -> dict[str, str]:
    return {
        "Cargo.toml": _LEPTOS,
        "src/main.rs": _MAIN,
        "src/lib.rs": "pub mod backend;\n",
        "src/backend/db.rs": db,
        "migrations/20250101000000_articles.sql": "CREATE TABLE articles (id INTEGER);\n",
    }


def test_optional_query_library_whose_migrations_the_code_runs_is_the_data_layer(
    tmp_path: Path,
) -> None:
    backend = by_folder(write(tmp_path, _leptos_files(_DB)))["."]
    assert first(backend, K.FRAMEWORK)[0] == "Axum"
    assert _data_layer(backend) == "sqlx"
    assert first(backend, K.DATABASE)[0] == "SQLite"


def test_optional_query_library_never_migrated_stays_no_data_layer(tmp_path: Path) -> None:
    # Declared and only connected (no migrations run): left as a feature's crate.
    unmigrated = _DB.replace('    sqlx::migrate!("./migrations").run(&pool).await.unwrap();\n', "")
    backends = by_folder(write(tmp_path, _leptos_files(unmigrated)))
    backend = backends.get(".")
    assert backend is None or _data_layer(backend) == ""
