"""PHP: a Laravel application whose own image keeps its SQLite file (set 474, #19).

A Laravel 11 application's config/database.php keeps the skeleton's `'sqlite'` default, its
env example and Sail's docker-compose.yml name MySQL for a developer's checkout, and the
project's own image (`.docker/Dockerfile`) copies in init scripts that migrate and own
`/app/database/database.sqlite`: the deployed engine is SQLite (`laravel_image_sqlite`).
Counter-cases: an image naming no SQLite file of its own (installing the `sqlite` package,
copying the skeleton's composer.json whose create-project script touches the file), and a
default of MySQL, leave the env example's MySQL first."""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_TOUCH = "@php -r \"file_exists('database/database.sqlite') || touch('database/database.sqlite');\""

_COMPOSER = json.dumps(
    {
        "name": "acme/shots",
        "require": {"php": "^8.3", "laravel/framework": "^11.0"},
        "scripts": {"post-create-project-cmd": [_TOUCH]},
    },
    indent=4,
)

_SAIL = (
    "services:\n    app:\n        image: sail-8.3/app\n        depends_on:\n"
    "            - mysql\n    mysql:\n        image: 'mysql/mysql-server:8.0'\n"
)

_DOCKERFILE = (
    "FROM php:8.3-fpm-alpine\n\nWORKDIR /app\n\nRUN apk add --no-cache sqlite\n\n"
    "COPY composer.json composer.lock ./\n"
    "COPY --chown=www-data . /app\n\nRUN composer install --no-interaction\n\n"
    "COPY --chown=www-data ./.docker/init/* /docker-init/\n"
)

_MIGRATE = (
    "#!/bin/sh\n\nphp artisan migrate --no-interaction --force\n\n"
    "chown -R www-data:www-data /app/database/database.sqlite\n"
)


def _app(default: str = "sqlite", migrate: bool = True) -> dict[str, str]:
    files = {
        "composer.json": _COMPOSER,
        "artisan": "#!/usr/bin/env php\n<?php\n",
        "bootstrap/app.php": "<?php\n\n$app = new Illuminate\\Foundation\\Application(\n);\n",
        "routes/web.php": "<?php\n\nuse Illuminate\\Support\\Facades\\Route;\n\n"
        "Route::get('/', fn () => view('home'));\n",
        "config/database.php": "<?php\n\nreturn [\n\n"
        f"    'default' => env('DB_CONNECTION', '{default}'),\n\n"
        "    'connections' => [\n"
        "        'sqlite' => ['driver' => 'sqlite', 'database' => env('DB_DATABASE')],\n"
        "        'mysql' => ['driver' => 'mysql', 'host' => env('DB_HOST', '127.0.0.1')],\n"
        "    ],\n];\n",
        ".env.example": "APP_ENV=local\nDB_CONNECTION=mysql\nDB_HOST=mysql\nDB_PORT=3306\n",
        "docker-compose.yml": _SAIL,
        ".docker/Dockerfile": _DOCKERFILE,
        ".docker/init/01_generate_env": "#!/bin/sh\n\necho APP_KEY= >> /app/.env\n",
    }
    if migrate:
        files[".docker/init/02_migrate"] = _MIGRATE
    return files


def test_an_image_migrating_the_sqlite_file_runs_sqlite(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _app()))
    assert first(found["."], K.FRAMEWORK)[0] == "Laravel"
    assert first(found["."], K.DATABASE)[0] == "SQLite"


def test_an_image_naming_no_sqlite_file_leaves_the_env_example_first(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _app(migrate=False)))
    assert first(found["."], K.DATABASE)[0] == "MySQL"


def test_a_mysql_default_leaves_the_env_example_first(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _app(default="mysql")))
    assert first(found["."], K.DATABASE)[0] == "MySQL"


def test_a_copy_from_outside_the_tree_is_never_read(tmp_path: Path) -> None:
    # The image copies a script from beyond the scanned folder: detect reads nothing there.
    files = _app(migrate=False)
    files[".docker/Dockerfile"] = _DOCKERFILE + "COPY ../outside/* /docker-init/\n"
    (tmp_path / "outside").mkdir()
    (tmp_path / "outside" / "02_migrate").write_text(_MIGRATE, encoding="utf-8")
    found = by_folder(write(tmp_path / "app", files))
    assert first(found["."], K.DATABASE)[0] == "MySQL"
