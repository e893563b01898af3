"""Gaps the 339th held-out set showed in a Symfony API (benchmarks/detect_heldout339.yaml), as a
small fixture of the real files' shape (#19): API Platform's Flex pack lends Doctrine (it
requires orm-pack), and the `env(DATABASE_URL)` parameter Doctrine's configuration gives its URL
variable is the program's own default engine, above a Compose file running another server."""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_DOCTRINE = (
    "parameters:\n"
    "    env(DATABASE_URL): 'postgres://api-platform:!ChangeMe!@db/api?serverVersion=10.1'\n\n"
    "doctrine:\n    dbal:\n        # driver: 'pdo_pgsql'\n"
    "        url: '%env(resolve:DATABASE_URL)%'\n"
    "    orm:\n        auto_mapping: true\n"
)


def _api(extra: dict[str, str]) -> dict[str, str]:
    """An API Platform service in api/, a root Compose file running MySQL for it."""
    return {
        "api/composer.json": json.dumps(
            {
                "type": "project",
                "require": {
                    "php": "^7.4.0",
                    "api-platform/api-pack": "^1.1",
                    "symfony/framework-bundle": "^5.1",
                    "symfony/flex": "^1.1",
                },
                "require-dev": {"phpunit/phpunit": "^9.3"},
            }
        ),
        "api/config/bundles.php": (
            "<?php\nreturn [\n    Symfony\\Bundle\\FrameworkBundle\\FrameworkBundle::class"
            " => ['all' => true],\n];\n"
        ),
        "api/public/index.php": "<?php\nuse App\\Kernel;\n$kernel = new Kernel('prod', false);\n",
        "api/src/Entity/Certificate.php": (
            "<?php\nnamespace App\\Entity;\nuse Doctrine\\ORM\\Mapping as ORM;\n"
            "/** @ORM\\Entity */\nclass Certificate {}\n"
        ),
        "api/config/packages/doctrine.yaml": _DOCTRINE,
        "docker-compose.yml": (
            "services:\n  php:\n    build: ./api\n    environment:\n"
            "      - DATABASE_URL=mysql://api-platform:!ChangeMe!@db/api?serverVersion=10.1\n"
            "  db:\n    image: mysql:5.7\n"
        ),
        **extra,
    }


def test_the_api_pack_lends_doctrine(tmp_path: Path) -> None:
    api = by_folder(write(tmp_path, _api({})))["api"]
    assert first(api, K.ORM)[0] == "Doctrine"


def test_the_url_variables_default_outranks_the_compose_database(tmp_path: Path) -> None:
    api = by_folder(write(tmp_path, _api({})))["api"]
    assert first(api, K.DATABASE)[0] == "PostgreSQL"


def test_a_committed_env_file_setting_the_variable_keeps_its_say(tmp_path: Path) -> None:
    """Symfony's `.env` overrides the parameter's default: the default is not the choice."""
    files = _api({"api/.env": "DATABASE_URL=mysql://app:app@db/app?serverVersion=5.7\n"})
    api = by_folder(write(tmp_path, files))["api"]
    assert first(api, K.DATABASE)[0] == "MySQL"


def test_an_empty_default_names_no_engine(tmp_path: Path) -> None:
    doctrine = _DOCTRINE.replace(
        "'postgres://api-platform:!ChangeMe!@db/api?serverVersion=10.1'", "''"
    )
    files = _api({"api/config/packages/doctrine.yaml": doctrine})
    api = by_folder(write(tmp_path, files))["api"]
    assert first(api, K.DATABASE)[0] == "MySQL"
