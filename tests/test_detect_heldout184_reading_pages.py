"""A Rust pages server that only reads the API's database is a UI (set 184, #19).

Beside the product's API (Actix Web over sqlx on PostgreSQL, its schema's migrations run by
`sqlx::migrate!`), a second Actix Web crate renders the single-page application's HTML shells
with Askama, fetches through reqwest, and opens a PostgreSQL pool of its own only to fill its
pages' titles and descriptions: its sqlx queries are `select`s, it keeps no migrations and
writes nothing. Only reading a store another program writes is no data of its own (HELDOUT.md):
`rust_pages` records it in `Unit.reads_only`, and the crate is a server-rendered front, not a
backend. The same crate writing a row (an `insert`) stays a backend, and so does one whose
tree holds no backend migrating that database.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write

_API = """[package]
name = "api"
version = "0.1.0"
edition = "2021"

[dependencies]
actix-web = "4.1.0"
tokio = { version = "1", features = ["macros"] }
sqlx = { version = "0.6.3", features = ["postgres", "runtime-tokio-rustls", "migrate"] }
"""

_API_MAIN = """use actix_web::{web, App, HttpServer};
use sqlx::postgres::PgPoolOptions;

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    let pool = PgPoolOptions::new().connect("postgres://localhost/app").await.unwrap();
    sqlx::migrate!("./migrations").run(&pool).await.unwrap();
    HttpServer::new(move || App::new().app_data(web::Data::new(pool.clone())))
        .bind(("0.0.0.0", 8080))?
        .run()
        .await
}
"""

_PAGES = """[package]
name = "pages"
version = "0.1.0"
edition = "2021"

[dependencies]
actix-web = "4.1.0"
askama = "0.10.5"
reqwest = { version = "0.11.17", default-features = false, features = ["rustls-tls"] }

[dependencies.sqlx]
default-features = false
features = ["runtime-tokio-rustls", "macros", "postgres"]
version = "0.6.3"
"""

_PAGES_MAIN = """mod db;

use actix_web::{web, App, HttpServer};

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    let pool = db::get_pool().await.unwrap();
    HttpServer::new(move || App::new().app_data(web::Data::new(pool.clone())))
        .bind(("0.0.0.0", 8081))?
        .run()
        .await
}
"""

_DB = """use sqlx::postgres::{PgPool, PgPoolOptions};

pub async fn get_pool() -> anyhow::Result<PgPool> {
    Ok(PgPoolOptions::new().max_connections(5).connect("postgres://localhost/app").await?)
}

pub async fn get_title(db: &PgPool, id: i64) -> sqlx::Result<Option<String>> {
    let row = sqlx::query!(
        r#"
            select display_name as "display_name!"
            from asset
            where asset.id = $1
        "#,
        id,
    )
    .fetch_optional(db)
    .await?;
    Ok(row.map(|row| row.display_name))
}
"""

_TEMPLATE = """use askama::Template;

#[derive(Template)]
#[template(path = "spa.html")]
pub struct Spa {
    pub title: String,
}
"""

_WRITE = """
pub async fn count_view(db: &PgPool, id: i64) -> sqlx::Result<()> {
    sqlx::query!("insert into asset_view (asset_id) values ($1)", id)
        .fetch_optional(db)
        .await?;
    Ok(())
}
"""


def _tree(db: str = _DB, migrations: bool = True) -> dict[str, str]:
    files = {
        "backend/api/Cargo.toml": _API,
        "backend/api/src/main.rs": _API_MAIN,
        "backend/pages/Cargo.toml": _PAGES,
        "backend/pages/src/main.rs": _PAGES_MAIN,
        "backend/pages/src/db.rs": db,
        "backend/pages/src/templates.rs": _TEMPLATE,
        "backend/pages/templates/spa.html": "<html><head><title>{{ title }}</title></head>\n",
    }
    if migrations:
        files["backend/api/migrations/20200101000000_init.sql"] = (
            "create table asset (id bigint primary key, display_name text not null);\n"
        )
    else:
        files["backend/api/src/main.rs"] = _API_MAIN.replace(
            '    sqlx::migrate!("./migrations").run(&pool).await.unwrap();\n', ""
        )
    return files


def test_a_pages_server_reading_the_apis_database_is_a_ui(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree()))
    assert "backend/pages" not in found
    assert "backend/api" in found


def test_a_pages_server_writing_a_row_stays_a_backend(tmp_path: Path) -> None:
    # Counter-case: an insert of its own is data it keeps.
    found = by_folder(write(tmp_path, _tree(db=_DB + _WRITE)))
    assert "backend/pages" in found


def test_no_migrating_backend_beside_it_keeps_it_a_backend(tmp_path: Path) -> None:
    # Counter-case: nothing of the tree owns the schema it reads: its database may be its own.
    found = by_folder(write(tmp_path, _tree(migrations=False)))
    assert "backend/pages" in found
