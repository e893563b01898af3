"""A Doctrine DBAL connection naming its driver class (#19): the engine of a Laminas or Mezzio
application's ORM, whose configuration names no `pdo_*` driver."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_COMPOSER = json.dumps(
    {
        "name": "olcs/backend",
        "require": {
            "php": "~8.2.0",
            "laminas/laminas-mvc": "^3.3",
            "doctrine/orm": "^2.19.5",
            "doctrine/doctrine-orm-module": "^5.3",
        },
    }
)


@pytest.mark.parametrize(
    ("driver", "engine"),
    [
        (r"\Doctrine\DBAL\Driver\PDO\MySQL\Driver::class", "MySQL"),
        (r"'Doctrine\DBAL\Driver\PDOMySql\Driver'", "MySQL"),
        (r"\Doctrine\DBAL\Driver\PDO\PgSQL\Driver::class", "PostgreSQL"),
        (r"'Doctrine\\DBAL\\Driver\\PDOSqlite\\Driver'", "SQLite"),
    ],
)
def test_the_driver_class_names_the_engine(tmp_path: Path, driver: str, engine: str) -> None:
    files = {
        "composer.json": _COMPOSER,
        "public/index.php": "<?php\nuse Laminas\\Mvc\\Application;\n\n"
        "Application::init(require 'config/application.config.php')->run();\n",
        "config/autoload/config.global.php": "<?php\nreturn [\n    'doctrine' => [\n"
        "        'connection' => [\n            'orm_default' => [\n"
        f"                'driverClass' => {driver},\n"
        "                'params' => $doctrine_connection_params,\n"
        "            ],\n        ],\n    ],\n];\n",
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.DATABASE)[0] == engine


def test_a_driver_class_named_outside_a_setting_says_nothing(tmp_path: Path) -> None:
    files = {
        "composer.json": _COMPOSER,
        "public/index.php": "<?php\nuse Laminas\\Mvc\\Application;\n\n"
        "Application::init(require 'config/application.config.php')->run();\n",
        "src/Db/Factory.php": "<?php\nuse Doctrine\\DBAL\\Driver\\PDO\\MySQL\\Driver;\n\n"
        "final class Factory {}\n",
    }
    backend = by_folder(write(tmp_path, files))["."]
    # The ORM module's own default driver may still name an engine (`doctrine_module_default`);
    # the class the code imports is no evidence of one.
    assert not [
        e
        for f in backend.findings
        if f.kind is K.DATABASE
        for e in f.evidence
        if e.path == "src/Db/Factory.php"
    ]
