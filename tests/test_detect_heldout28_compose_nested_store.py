"""Held-out set 95 (#19): an Actix Web server keeping its data in Redis beside a Django admin.

The repository's root crate serves its endpoints from Redis alone (`web::Data<redis::Client>`,
`redis::Cmd::hget(…)`); a Django admin in `admin/` (psycopg2, a PostgreSQL `ENGINE`) is a
backend of its own. The production Compose file runs both from published images (nothing is
built) with a PostgreSQL service only the admin depends on. That database is the admin's: the
root, which names no data of its own, does not take it, and Redis, whose client its code
opens, is its engine. Counter-cases: a root whose code opens no Redis client has no engine;
with no nested service naming PostgreSQL, or a root naming data of its own, the Compose
database stays the root's.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import cargo, write

from designer.model.stack import FindingKind as K

_MAIN = """use actix_web::{web, App, HttpServer};

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    HttpServer::new(|| App::new()).bind(("0.0.0.0", 8080))?.run().await
}
"""

_LIB = """use actix_web::{get, web, HttpResponse};

#[get("/list")]
pub async fn list(redis: web::Data<redis::Client>) -> HttpResponse {
    let mut conn = redis.get_connection_manager().await.unwrap();
    let keys: Vec<String> = redis::Cmd::hkeys("app:entities").query_async(&mut conn).await.unwrap();
    HttpResponse::Ok().json(keys)
}
"""

_COMPOSE = """services:
  ta:
    image: example.org/app:0.3.0
    depends_on:
      redis:
        condition: service_healthy
    command: ./app -c config.toml
  db:
    image: postgres:14-alpine
  redis:
    image: redis:7-alpine
  admin:
    image: example.org/app-admin:0.3.0
    depends_on:
      db:
        condition: service_healthy
      redis:
        condition: service_healthy
    environment:
      - PRODUCTION=true
"""

_ADMIN = {
    "admin/pyproject.toml": (
        '[project]\nname = "admin"\nversion = "0.1.0"\n'
        'dependencies = [\n    "django",\n    "psycopg2-binary",\n]\n'
    ),
    "admin/manage.py": (
        'import os\n\nos.environ.setdefault("DJANGO_SETTINGS_MODULE", "admin.settings")\n'
    ),
    "admin/admin/settings.py": (
        "DATABASES = {\n"
        '    "default": {\n'
        '        "ENGINE": "django.db.backends.postgresql",\n'
        '        "NAME": "postgres",\n'
        "    }\n"
        "}\n"
    ),
    "admin/admin/wsgi.py": (
        "from django.core.wsgi import get_wsgi_application\n\n"
        "application = get_wsgi_application()\n"
    ),
}


def _tree(*, client: bool = True, admin: bool = True, sqlx: bool = False) -> dict[str, str]:
    deps = ['actix-web = "4.10.2"', 'redis = { version = "0.30.0", features = ["tokio-comp"] }']
    if sqlx:
        deps.append('sqlx = { version = "0.8", features = ["postgres"] }')
    files = {
        "Cargo.toml": cargo(*deps),
        "src/main.rs": _MAIN,
        "src/lib.rs": _LIB if client else "pub fn ping() {}\n",
        "docker-compose.yml": _COMPOSE,
    }
    if admin:
        files.update(_ADMIN)
    return files


def test_the_nested_admins_database_is_not_the_roots(tmp_path: Path) -> None:
    backends = by_folder(write(tmp_path, _tree()))
    assert first(backends["."], K.DATABASE)[0] == "Redis"
    assert first(backends["admin"], K.DATABASE)[0] == "PostgreSQL"


def test_a_root_opening_no_redis_client_has_no_engine(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _tree(client=False)))["."]
    assert first(backend, K.DATABASE)[0] == ""


def test_without_a_nested_service_the_compose_database_stays(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _tree(admin=False)))["."]
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"


def test_a_root_naming_data_of_its_own_keeps_the_compose_database(tmp_path: Path) -> None:
    backends = by_folder(write(tmp_path, _tree(sqlx=True)))
    assert first(backends["."], K.DATABASE)[0] == "PostgreSQL"
    assert any(
        e.path == "docker-compose.yml"
        for f in backends["."].findings
        if f.kind is K.DATABASE
        for e in f.evidence
    )
