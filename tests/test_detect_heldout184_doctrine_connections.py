"""PHP: of several Doctrine connections, the default one's driver names the engine (set 184,
#19).

A Symfony application keeps its entities on the `default` connection (`driver: pdo_mysql`,
hosts from the environment) and measurement logs on a second one whose whole URL an env
variable gives (`url: '%env(resolve:DATABASE_TSDB_URL)%'`, a time-series PostgreSQL). The
committed `.env` sets that URL and the Compose file runs both servers, so PostgreSQL, seen in
two files, outweighed the driver. The connection `default_connection` names is what the entity
manager works on: its written driver is the program's own choice (`doctrine_connections`). A
configuration with one connection is left to the ranking as before."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_COMPOSER = (
    '{\n    "name": "acme/cloud",\n    "require": {\n        "php": ">=8.2",\n'
    '        "symfony/framework-bundle": "^5.4",\n        "doctrine/orm": "^2.5",\n'
    '        "doctrine/doctrine-bundle": "^2.7"\n    }\n}\n'
)

_CONNECTIONS = """doctrine:
  dbal:
    connections:
      default:
        driver: pdo_mysql
        host: '%env(DATABASE_HOST)%'
        port: '%env(int:DATABASE_PORT)%'
        dbname: '%env(DATABASE_NAME)%'
      logs_tsdb:
        url: '%env(resolve:DATABASE_TSDB_URL)%'
    default_connection: default
  orm:
    default_entity_manager: default
"""

_SINGLE = """doctrine:
  dbal:
    url: '%env(resolve:DATABASE_TSDB_URL)%'
    driver: pdo_mysql
"""

_COMPOSE = """services:
  db:
    image: mariadb:11.7.2
  tsdb:
    image: timescale/timescaledb:2.20.1-pg17
"""


def _cloud(doctrine: str) -> dict[str, str]:
    return {
        "composer.json": _COMPOSER,
        "config/packages/doctrine.yaml": doctrine,
        "config/bundles.php": "<?php\n\nreturn [\n"
        "    Symfony\\Bundle\\FrameworkBundle\\FrameworkBundle::class => ['all' => true],\n];\n",
        "src/Kernel.php": "<?php\n\nnamespace App;\n\n"
        "use Symfony\\Bundle\\FrameworkBundle\\Kernel\\MicroKernelTrait;\n",
        "public/index.php": "<?php\n\nuse App\\Kernel;\n",
        ".env": "DATABASE_HOST=127.0.0.1\n"
        "DATABASE_TSDB_URL=postgresql://postgres:postgres@127.0.0.1:5432/app\n",
        "docker-compose.yml": _COMPOSE,
    }


def test_the_default_connections_driver_names_the_engine(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _cloud(_CONNECTIONS)))
    assert first(found["."], K.DATABASE)[0] in ("MySQL", "MariaDB")


def test_another_default_connection_names_its_engine(tmp_path: Path) -> None:
    # Counter-case: the default is the time-series connection, written with its own driver.
    doctrine = _CONNECTIONS.replace("driver: pdo_mysql", "driver: pdo_sqlite").replace(
        "url: '%env(resolve:DATABASE_TSDB_URL)%'", "driver: pdo_pgsql"
    ).replace("default_connection: default", "default_connection: logs_tsdb")
    found = by_folder(write(tmp_path, _cloud(doctrine)))
    assert first(found["."], K.DATABASE)[0] == "PostgreSQL"


def test_one_connection_is_left_to_the_ranking(tmp_path: Path) -> None:
    # Counter-case: a single connection is not asked; nothing is raised to the program's
    # choice, so the driver stays a driver beside the URL.
    from designer.detect import doctrine_connections

    assert doctrine_connections._default_driver(_SINGLE) is None
    assert doctrine_connections._default_driver(_CONNECTIONS) == ("MySQL", 5)
