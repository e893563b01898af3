"""PHP: a Doctrine configuration pinning a MySQL release names MySQL as the server (set 455,
#19).

A Symfony 4 application's `config/packages/doctrine.yaml` sets `driver: 'pdo_mysql'` and
`server_version: '5.7'` (a MySQL release; DBAL is told a MariaDB one as `mariadb-10.4.11`),
its `.env` the placeholder `mysql://` URL, while its development Compose file runs a
`mariadb:10.1` container. The driver and the URL name only the protocol MariaDB speaks too,
so the Compose image's MariaDB came first; the release the configuration pins every
environment to is the program's own choice of server: MySQL. Without the pin, or with a
MariaDB release pinned, MariaDB stays."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_COMPOSER = (
    '{\n    "name": "acme/portal",\n    "require": {\n        "php": "^7.1.3",\n'
    '        "symfony/framework-bundle": "^4.0",\n        "doctrine/orm": "^2.7",\n'
    '        "doctrine/doctrine-bundle": "^1.12"\n    }\n}\n'
)

_DOCTRINE = """parameters:
    env(DATABASE_URL): ''

doctrine:
    dbal:
        # configure these for your database server
        driver: 'pdo_mysql'
        server_version: '5.7'
        charset: utf8mb4

        url: '%env(resolve:DATABASE_URL)%'
    orm:
        auto_generate_proxy_classes: '%kernel.debug%'
"""

_COMPOSE = """version: "3.6"
services:
    webserver:
      build: .
    mysql:
      image: mariadb:10.1
      environment:
        - MYSQL_DATABASE=radius
"""


def _portal(doctrine: str) -> dict[str, str]:
    return {
        "composer.json": _COMPOSER,
        "config/packages/doctrine.yaml": doctrine,
        "config/bundles.php": "<?php\n\nreturn [\n"
        "    Symfony\\Bundle\\FrameworkBundle\\FrameworkBundle::class => ['all' => true],\n];\n",
        "src/Kernel.php": "<?php\n\nnamespace App;\n\n"
        "use Symfony\\Bundle\\FrameworkBundle\\Kernel\\MicroKernelTrait;\n",
        "public/index.php": "<?php\n\nuse App\\Kernel;\n",
        ".env": "APP_ENV=dev\n"
        "DATABASE_URL=mysql://db_user:db_password@127.0.0.1:3306/db_name\n",
        "docker-compose.yml": _COMPOSE,
    }


def test_a_pinned_mysql_release_names_mysql_over_a_compose_mariadb(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _portal(_DOCTRINE)))
    assert first(found["."], K.DATABASE)[0] == "MySQL"


def test_without_the_pin_the_compose_mariadb_stays(tmp_path: Path) -> None:
    doctrine = _DOCTRINE.replace("        server_version: '5.7'\n", "")
    found = by_folder(write(tmp_path, _portal(doctrine)))
    assert first(found["."], K.DATABASE)[0] == "MariaDB"


def test_a_pinned_mariadb_release_keeps_mariadb(tmp_path: Path) -> None:
    doctrine = _DOCTRINE.replace("'5.7'", "'mariadb-10.1.48'")
    found = by_folder(write(tmp_path, _portal(doctrine)))
    assert first(found["."], K.DATABASE)[0] == "MariaDB"
