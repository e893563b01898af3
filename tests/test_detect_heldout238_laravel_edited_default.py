"""PHP: a Laravel default connection edited to an engine no skeleton ships (set 238, #19).

A Laravel application's config/database.php defaults to `'pgsql'` (the skeleton ships `'mysql'`
or, since Laravel 11, `'sqlite'`), and a Compose file runs PostgreSQL; its env example and
Sail's docker-compose.yml keep MySQL for a developer's checkout. The edited default is the
application's engine (`laravel_edited_default`). Counter-cases: with no Compose file running
the edited engine, and with the skeleton's own default, the env example's MySQL stays first."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_COMPOSER = (
    '{\n    "name": "acme/register",\n    "require": {\n        "php": "^8.4",\n'
    '        "laravel/framework": "^12.0"\n    }\n}\n'
)

_SAIL = (
    "services:\n    laravel.test:\n        image: sail-8.4/app\n        depends_on:\n"
    "            - mysql\n    mysql:\n        image: 'mysql/mysql-server:8.0'\n"
)

_PG_COMPOSE = "services:\n  postgres:\n    image: postgres:16-alpine\n"


def _app(default: str = "pgsql") -> dict[str, str]:
    return {
        "composer.json": _COMPOSER,
        "artisan": "#!/usr/bin/env php\n<?php\n",
        "bootstrap/app.php": "<?php\n\n$app = new Illuminate\\Foundation\\Application(\n);\n",
        "routes/web.php": "<?php\n\nuse Illuminate\\Support\\Facades\\Route;\n\n"
        "Route::get('/', fn () => view('home'));\n",
        "config/database.php": "<?php\n\nreturn [\n\n"
        f"    'default' => env('DB_CONNECTION', '{default}'),\n\n"
        "    'connections' => [\n"
        "        'mysql' => ['driver' => 'mysql', 'host' => env('DB_HOST', '127.0.0.1')],\n"
        "        'pgsql' => ['driver' => 'pgsql', 'host' => env('PG_HOST', '127.0.0.1')],\n"
        "    ],\n];\n",
        ".env.example": "APP_ENV=local\nDB_CONNECTION=mysql\nDB_HOST=127.0.0.1\nDB_PORT=3306\n",
        "docker-compose.yml": _SAIL,
        "compose.db.yml": _PG_COMPOSE,
    }


def test_an_edited_default_beside_its_compose_database_wins(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _app()))
    assert first(found["."], K.FRAMEWORK)[0] == "Laravel"
    assert first(found["."], K.DATABASE)[0] == "PostgreSQL"


def test_without_a_compose_database_of_it_the_env_example_wins(tmp_path: Path) -> None:
    # Counter-case: nothing but the default names PostgreSQL.
    files = _app()
    del files["compose.db.yml"]
    found = by_folder(write(tmp_path, files))
    assert first(found["."], K.DATABASE)[0] == "MySQL"


def test_the_skeletons_default_leaves_the_env_example_first(tmp_path: Path) -> None:
    # Counter-case: the skeleton's SQLite default is no edit; the env example's MySQL stays.
    found = by_folder(write(tmp_path, _app("sqlite")))
    assert first(found["."], K.DATABASE)[0] == "MySQL"
