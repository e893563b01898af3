"""A gap the 473rd held-out set showed (benchmarks/detect_heldout473.yaml), as a small fixture
of the real files' shape (#19): a Laravel application whose env example and database settings
name MySQL (`DB_CONNECTION=mysql`, `'default' => env('DB_CONNECTION', 'mysql')`) keeps
Laravel Sail's `docker-compose.yml`, the developer's environment, running `mariadb:10`. The
engine is MySQL: Sail's database is a development one. A Compose file deploying the
application itself (built from the project) on MariaDB still makes MariaDB the server."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind

_COMPOSER = (
    '{\n  "name": "acme/journal",\n  "type": "project",\n'
    '  "require": {"php": "^8.2", "laravel/framework": "^10.0"},\n'
    '  "require-dev": {"laravel/sail": "^1.18", "phpunit/phpunit": "^9.3.3"}\n}\n'
)

_DATABASE = (
    "<?php\n\nreturn [\n\n    'default' => env('DB_CONNECTION', 'mysql'),\n\n"
    "    'connections' => [\n        'sqlite' => [\n            'driver' => 'sqlite',\n"
    "        ],\n        'mysql' => [\n            'driver' => 'mysql',\n"
    "            'host' => env('DB_HOST', '127.0.0.1'),\n        ],\n    ],\n];\n"
)

_ENV = "APP_NAME=journal\nAPP_ENV=production\nDB_CONNECTION=mysql\nDB_HOST=db\nDB_PORT=3306\n"

_SAIL = (
    "services:\n    app:\n        build:\n"
    "            context: ./vendor/laravel/sail/runtimes/8.2\n"
    "            dockerfile: Dockerfile\n        image: sail-8.2/app\n"
    "        environment:\n            LARAVEL_SAIL: 1\n"
    "        volumes:\n            - '.:/var/www/html'\n        depends_on:\n            - db\n"
    "    db:\n        image: 'mariadb:10'\n        environment:\n"
    "            MARIADB_DATABASE: '${DB_DATABASE:-journal}'\n"
)

_DEPLOYED = (
    "services:\n    app:\n        build: .\n        ports:\n            - '80:80'\n"
    "        depends_on:\n            - db\n"
    "    db:\n        image: 'mariadb:10'\n"
)


def _tree(compose: str) -> dict[str, str]:
    return {
        "composer.json": _COMPOSER,
        "artisan": "#!/usr/bin/env php\n<?php\n",
        "bootstrap/app.php": "<?php\n$app = new Illuminate\\Foundation\\Application(\n"
        "    $_ENV['APP_BASE_PATH'] ?? dirname(__DIR__)\n);\nreturn $app;\n",
        "config/database.php": _DATABASE,
        ".env.example": _ENV,
        "docker-compose.yml": compose,
        "Dockerfile": "FROM php:8.2-fpm\nCOPY . /var/www/html\n",
    }


def test_the_mariadb_sail_runs_for_a_developer_is_not_the_engine(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree(_SAIL)))
    assert first(found["."], FindingKind.DATABASE)[0] == "MySQL"


def test_a_compose_file_deploying_the_app_on_mariadb_keeps_mariadb(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree(_DEPLOYED)))
    assert first(found["."], FindingKind.DATABASE)[0] == "MariaDB"
