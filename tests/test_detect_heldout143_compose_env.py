"""A Laravel 11+ application that keeps the skeleton's SQLite default for a developer's
checkout and an env file for its Compose deployment, as held-out set 143 showed
(benchmarks/detect_heldout143.yaml, #19): config/database.php's
`'default' => env('DB_CONNECTION', 'sqlite')` and `.env.example`'s `DB_CONNECTION=sqlite`
(with `APP_URL=https://localhost`), beside `.env.docker.example` setting
`DB_CONNECTION=mysql` and `docker-compose.yml` running `mysql:9` with the app's service reading
`env_file: .env` (the install guide copies the docker example there).

The docker env file is the Compose deployment's setting, as a service's own environment is: the
deployment configures the engine, and the local example's embedded pick stays a fallback. Without
that file the example and the settings agree on SQLite and keep it (a Sail-style Compose server
is one way to run the app, not its engine)."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_COMPOSER = (
    '{\n    "name": "acme/clips",\n    "require": {\n        "php": "^8.3",\n'
    '        "laravel/framework": "^13.0"\n    },\n    "require-dev": {\n'
    '        "phpunit/phpunit": "^12.0"\n    }\n}\n'
)

_DATABASE = (
    "<?php\n\nuse Illuminate\\Support\\Str;\n\nreturn [\n\n"
    "    'default' => env('DB_CONNECTION', 'sqlite'),\n\n"
    "    'connections' => [\n\n"
    "        'sqlite' => [\n            'driver' => 'sqlite',\n"
    "            'database' => env('DB_DATABASE', database_path('database.sqlite')),\n"
    "        ],\n\n"
    "        'mysql' => [\n            'driver' => 'mysql',\n"
    "            'host' => env('DB_HOST', '127.0.0.1'),\n        ],\n\n"
    "    ],\n\n];\n"
)

_APP = (
    "<?php\n\nuse Illuminate\\Foundation\\Application;\n\n"
    "return Application::configure(basePath: dirname(__DIR__))->create();\n"
)

_EXAMPLE = (
    "APP_NAME=Clips\nAPP_ENV=production\nAPP_DEBUG=false\nAPP_URL=https://localhost\n\n"
    "DB_CONNECTION=sqlite\n# DB_HOST=127.0.0.1\n# DB_PORT=3306\n"
)

_DOCKER_EXAMPLE = (
    "APP_URL=https://yourdomain.com\nAPP_NAME=Clips\nAPP_ENV=production\n\n"
    "DB_CONNECTION=mysql\nDB_HOST=mysqldb\nDB_PORT=3306\nDB_DATABASE=clips\n"
)

_COMPOSE = (
    "services:\n  mysqldb:\n    image: mysql:9\n    env_file:\n      - .env\n"
    "    environment:\n      MYSQL_DATABASE: ${DB_DATABASE}\n"
    "  clips:\n    build:\n      context: .\n    env_file:\n      - .env\n"
    "    depends_on:\n      - mysqldb\n"
)


def _tree(docker_env: bool) -> dict[str, str]:
    files = {
        "composer.json": _COMPOSER,
        "artisan": "#!/usr/bin/env php\n<?php\n",
        "bootstrap/app.php": _APP,
        "config/database.php": _DATABASE,
        "routes/web.php": "<?php\n\nuse Illuminate\\Support\\Facades\\Route;\n",
        "app/Models/Clip.php": (
            "<?php\n\nnamespace App\\Models;\n\nuse Illuminate\\Database\\Eloquent\\Model;\n\n"
            "class Clip extends Model\n{\n}\n"
        ),
        ".env.example": _EXAMPLE,
        "docker-compose.yml": _COMPOSE,
        "Dockerfile": "FROM php:8.4-fpm\nCOPY . /var/www/html\n",
    }
    if docker_env:
        files[".env.docker.example"] = _DOCKER_EXAMPLE
    return files


def test_the_compose_deployments_env_file_names_the_engine(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _tree(docker_env=True)))["."]
    assert first(backend, K.FRAMEWORK)[0] == "Laravel"
    assert first(backend, K.DATABASE)[0] == "MySQL"


def test_without_it_the_agreeing_sqlite_default_stays(tmp_path: Path) -> None:
    # Counter-case: the example and the settings agree on SQLite; the Compose server alone
    # does not outrank them (`laravel_base.keep_local_pick`).
    backend = by_folder(write(tmp_path, _tree(docker_env=False)))["."]
    assert first(backend, K.DATABASE)[0] == "SQLite"
