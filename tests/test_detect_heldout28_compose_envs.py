"""Held-out set 88 (#19): a Laravel back-end whose Compose files live one per environment in
folders named for them (`resources/docker/dev/`, `resources/docker/producao/`), each building a
PHP runtime image from its own folder (`build: {context: ., dockerfile: Dockerfile-php}`) and
bind-mounting the application beside it (`../../../back-end:/var/www`).

The production file's MySQL server is the engine the application runs on; the development
file's MariaDB container is a local stand-in, and a MariaDB image another installation kit
pulls does not outrank the production server. Without the production folder the MariaDB those
files run stays the answer, as before.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.detect.compose_envs import scope
from designer.detect.signals import Scope
from designer.model.stack import FindingKind as K

_COMPOSER = """{
    "name": "example/platform",
    "require": {
        "php": "^8.1",
        "laravel/framework": "^10.0"
    }
}
"""

_ARTISAN = """#!/usr/bin/env php
<?php

use Illuminate\\Foundation\\Application;

$app = require_once __DIR__.'/bootstrap/app.php';
"""

_DATABASE = """<?php

return [
    'default' => env('DB_CONNECTION', 'mysql'),
    'connections' => [
        'mysql' => [
            'driver' => 'mysql',
            'host' => env('DB_HOST', '127.0.0.1'),
        ],
    ],
];
"""

_MODEL = """<?php

namespace App\\Models;

use Illuminate\\Database\\Eloquent\\Model;

class Plan extends Model
{
}
"""

_COMPOSE = """services:
  app_db:
    image: %(image)s
    environment:
      MYSQL_DATABASE: app
  app_php:
    build:
      context: .
      dockerfile: Dockerfile-php
    working_dir: /var/www
    env_file:
      - ../../../back-end/.env
    depends_on:
      - app_db
    volumes:
      - ../../../back-end:/var/www
"""

_KIT = """services:
  mariadb:
    image: mariadb:latest
  app:
    image: example/platform:latest
    depends_on:
      - mariadb
"""


def _tree(production_folder: str | None) -> dict[str, str]:
    files = {
        "back-end/composer.json": _COMPOSER,
        "back-end/artisan": _ARTISAN,
        "back-end/config/database.php": _DATABASE,
        "back-end/app/Models/Plan.php": _MODEL,
        "resources/docker/dev/docker-compose.yml": _COMPOSE % {"image": "mariadb:latest"},
        "resources/docker/dev/Dockerfile-php": "FROM php:8.2-apache\n",
        "resources/install-public/docker-compose.yml": _KIT,
    }
    if production_folder is not None:
        folder = f"resources/docker/{production_folder}"
        files[f"{folder}/docker-compose.yml"] = _COMPOSE % {"image": "mysql:8-debian"}
        files[f"{folder}/Dockerfile-php"] = "FROM php:8.2-apache\n"
    return files


def test_the_production_folders_server_is_the_engine(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _tree("producao")))["back-end"]
    assert first(backend, K.DATABASE)[0] == "MySQL"


def test_without_a_production_folder_the_mariadb_stays(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _tree(None)))["back-end"]
    assert first(backend, K.DATABASE)[0] == "MariaDB"


def test_the_folders_environment_ranks_its_compose_file() -> None:
    assert scope("docker/producao/docker-compose.yml", Scope.DEPLOYED) is Scope.DEPLOYED
    assert scope("docker/prod/docker-compose.yml", Scope.RUNTIME) is Scope.DEPLOYED
    assert scope("docker/dev/docker-compose.yml", Scope.DEPLOYED) is Scope.FALLBACK
    assert scope("docker/tests/prod/compose.yml", Scope.TEST) is Scope.TEST
    # A folder not named for an environment leaves the file name's scope.
    assert scope("docker/mysql/docker-compose.yml", Scope.DEPLOYED) is Scope.DEPLOYED
