"""Strapi's generated SQLite default beside a Compose file loading its settings from `.env`, as
set 327 showed it (#19): `config/database.ts` keeps create-strapi-app's
`env('DATABASE_CLIENT', 'sqlite')`, and the Compose file beside the app runs it with
`env_file: .env` next to a PostGIS database; the `.env` is never committed, its example beside
the file sets `DATABASE_CLIENT=postgres`. The template's default is a fallback then. An example
setting `sqlite`, or a Compose file loading no env file, keeps SQLite."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_heldout309_strapi_clients import _DATABASE_JS
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_ENV_FILE = "    env_file:\n      - .env\n"


def _tree(client: str, env_file: str = _ENV_FILE) -> dict[str, str]:
    compose = (
        "services:\n"
        "  cms:\n"
        "    build:\n"
        "      context: .\n"
        f"{env_file}"
        "    depends_on:\n"
        "      - db\n"
        "  db:\n"
        "    image: postgis/postgis:16-3.4\n"
        f"{env_file}"
    )
    return {
        "cms/package.json": (
            '{"name": "cms", "scripts": {"develop": "strapi develop", "start": "strapi start"},'
            ' "dependencies": {"@strapi/strapi": "4.14.5", "pg": "8.8.0"}}'
        ),
        "cms/config/database.js": _DATABASE_JS,
        "cms/src/index.js": "module.exports = { register() {}, bootstrap() {} };\n",
        "cms/docker-compose.yml": compose,
        "cms/.env.example": f"HOST=0.0.0.0\nDATABASE_CLIENT={client}\nDATABASE_PORT=5432\n",
    }


def test_the_env_files_example_client_outranks_the_default(tmp_path: Path) -> None:
    backends = by_folder(write(tmp_path, _tree("postgres")))
    assert first(backends["cms"], K.DATABASE)[0] == "PostgreSQL"


def test_an_example_setting_sqlite_keeps_it(tmp_path: Path) -> None:
    backends = by_folder(write(tmp_path, _tree("sqlite")))
    assert first(backends["cms"], K.DATABASE)[0] == "SQLite"


def test_a_compose_file_loading_no_env_file_keeps_it(tmp_path: Path) -> None:
    backends = by_folder(write(tmp_path, _tree("postgres", env_file="")))
    assert first(backends["cms"], K.DATABASE)[0] == "SQLite"
