"""Rust: a database URL naming no server is turned into a SQLite one (set 234, #19).

A Rust node server carries SeaORM with the features of three engines and a Compose file running
PostgreSQL and MySQL for those who choose them, while its settings default the URL to a bare
file name (`"app.db"`) and its main rewrites any URL naming neither server into a SQLite one
(`if !url.starts_with("postgres:") && !url.starts_with("mysql:") { url = format!("sqlite://…")
}`): as shipped it runs on SQLite, the program's own default, above the Compose servers. The
same block guarded the other way (taken when the URL names the server) chooses nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_CARGO = (
    '[package]\nname = "noded"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\n'
    'axum = "0.4.2"\ntokio = { version = "1", features = ["full"] }\n'
    'sea-orm = { version = "0.7.1", features = ["sqlx-mysql", "sqlx-postgres", "sqlx-sqlite",'
    ' "runtime-tokio-rustls"] }\n'
)

_COMPOSE = (
    'version: "3.8"\nservices:\n  postgres:\n    image: postgres\n    ports:\n'
    '      - "5432:5432"\n  mysql:\n    image: mysql:8\n    ports:\n      - "3306:3306"\n'
)


def _main(guard: str) -> str:
    return (
        "use axum::{routing::get, Router};\nuse sea_orm::{ConnectOptions, Database};\n\n"
        "#[tokio::main]\nasync fn main() {\n"
        "    let mut config = Config::load();\n"
        f"    if {guard} {{\n"
        '        let path = format!("{}/{}", data_dir, config.database_url);\n'
        '        config.database_url = format!("sqlite://{}?mode=rwc", path);\n'
        "    }\n"
        "    let db = Database::connect(ConnectOptions::new(config.database_url)).await;\n"
        '    let app = Router::new().route("/v1/nodes", get(list));\n'
        "}\n"
    )


@pytest.mark.parametrize(
    ("guard", "sqlite"),
    [
        (
            '!config.database_url.starts_with("postgres:")'
            ' && !config.database_url.starts_with("mysql:")',
            True,
        ),
        # Counter-case: the block is taken when the URL names the server: no default.
        ('config.database_url.starts_with("postgres:")', False),
    ],
)
def test_a_url_naming_no_server_runs_on_sqlite(tmp_path: Path, guard: str, sqlite: bool) -> None:
    files = {"Cargo.toml": _CARGO, "docker-compose.yml": _COMPOSE, "src/main.rs": _main(guard)}
    found = by_folder(write(tmp_path, files))
    assert first(found["."], K.FRAMEWORK)[0] == "Axum"
    assert (first(found["."], K.DATABASE)[0] == "SQLite") is sqlite
