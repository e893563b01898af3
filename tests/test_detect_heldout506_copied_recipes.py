"""Held-out set 506 (#19): a self-hosted feed reader keeps its Symfony API in backend/, an
Angular UI in frontend/ and the images' recipes in docker/ (docker/php/Dockerfile beside the
worker's PDO health check, docker/mysql/init.sql). Both Compose files build the PHP image from
the repository's root with `dockerfile: docker/php/Dockerfile`, whose production stage copies
the project (`COPY backend/ ./`); the development one also bind-mounts ./backend, the production
one only named volumes. Their DATABASE_URL is MySQL (the bundled mysql:8.4), while backend/.env,
for a developer's own machine, says SQLite. The service's build went to docker/ (a folder
holding code but no manifest), and the engine fell to the .env's SQLite.

A Compose service whose Dockerfile lies in a folder with no manifest builds the one project with
a manifest its Dockerfile copies from the context. Counter-case: a recipe copying two projects
names neither.
"""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_DOCKERFILE = """FROM php:8.4-fpm-alpine AS base
COPY --from=composer:2 /usr/bin/composer /usr/bin/composer
WORKDIR /app

FROM base AS dev
COPY docker/php/conf.d/app.ini /usr/local/etc/php/conf.d/app.ini

FROM base AS prod
COPY backend/composer.json backend/composer.lock ./
RUN composer install --no-dev --no-scripts
COPY backend/ ./
COPY docker/php/entrypoint-prod.sh /usr/local/bin/entrypoint-prod.sh
CMD ["php-fpm"]
"""

_COMPOSE = """name: reader-prod
services:
  mysql:
    image: mysql:8.4
    profiles: [mysql]
    environment:
      MYSQL_DATABASE: feedreader
  php:
    build:
      context: .
      dockerfile: docker/php/Dockerfile
      target: prod
    environment:
      DATABASE_URL: "${DATABASE_URL:-mysql://feedreader:${MYSQL_PASSWORD}@mysql:3306/feedreader}"
    volumes:
      - php-var:/app/var
    depends_on:
      - mysql
volumes:
  php-var: {}
"""


def _tree() -> dict[str, str]:
    composer = {
        "name": "reader/backend",
        "require": {
            "php": ">=8.4",
            "symfony/framework-bundle": "7.4.*",
            "doctrine/orm": "^3.6",
            "doctrine/doctrine-bundle": "^2.18",
        },
    }
    return {
        "backend/composer.json": json.dumps(composer, indent=2),
        "backend/config/bundles.php": (
            "<?php\nreturn [\n    Symfony\\Bundle\\FrameworkBundle\\FrameworkBundle::class"
            " => ['all' => true],\n];\n"
        ),
        "backend/config/packages/doctrine.yaml": (
            "doctrine:\n  dbal:\n    url: '%env(DATABASE_URL)%'\n"
        ),
        "backend/.env": 'APP_ENV=dev\nDATABASE_URL="sqlite:///%kernel.project_dir%/var/data.db"\n',
        "backend/src/Kernel.php": (
            "<?php\nnamespace App;\n\n"
            "use Symfony\\Bundle\\FrameworkBundle\\Kernel\\MicroKernelTrait;\n"
            "use Symfony\\Component\\HttpKernel\\Kernel as BaseKernel;\n\n"
            "class Kernel extends BaseKernel\n{\n    use MicroKernelTrait;\n}\n"
        ),
        "docker/php/Dockerfile": _DOCKERFILE,
        # The worker's health check reads the heartbeat row itself: PHP code in docker/php.
        "docker/php/worker-healthcheck.php": (
            "<?php\n$dsn = sprintf('mysql:host=%s;dbname=%s', getenv('DB_HOST'), 'feedreader');\n"
            "$connection = new PDO($dsn, getenv('DB_USER'), getenv('DB_PASSWORD'));\n"
            "exit($connection->query('SELECT 1')->fetchColumn() ? 0 : 1);\n"
        ),
        "docker/mysql/init.sql": "CREATE DATABASE IF NOT EXISTS feedreader_test;\n",
        "docker-compose.prod.yml": _COMPOSE,
        "frontend/package.json": json.dumps(
            {"name": "reader-ui", "dependencies": {"@angular/core": "^20.0.0"}}
        ),
        "frontend/src/main.ts": (
            "import { bootstrapApplication } from '@angular/platform-browser';\n"
        ),
    }


def test_a_root_built_recipe_copying_one_project_gives_it_the_compose_engine(
    tmp_path: Path,
) -> None:
    backend = by_folder(write(tmp_path, _tree()))["backend"]
    assert first(backend, K.DATABASE)[0] == "MySQL"


def test_a_recipe_copying_two_projects_names_neither(tmp_path: Path) -> None:
    files = _tree()
    files["worker/composer.json"] = json.dumps({"name": "reader/worker"})
    files["docker/php/Dockerfile"] = _DOCKERFILE.replace(
        "COPY backend/ ./\n", "COPY backend/ ./\nCOPY worker/ ./worker/\n"
    )
    backend = by_folder(write(tmp_path, files))["backend"]
    assert first(backend, K.DATABASE)[0] == "SQLite"
