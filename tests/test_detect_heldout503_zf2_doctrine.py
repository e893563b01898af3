"""Gaps the 503rd held-out set showed in PHP (benchmarks/detect_heldout503.yaml), as small
fixtures of the real files' shape (#19): Zend Framework 2 applications whose entities and
services come from a product's core module installed by Composer.

- The engine is named only in the template of the uncommitted per-installation settings,
  `config/autoload/doctrine.local.php.dist` (`'driverClass' =>
  'Doctrine\\DBAL\\Driver\\PDOPgSql\\Driver'`): PostgreSQL, and a `*.local.php` there is each
  installation's settings, not a development run's.
- An application whose composer.json requires only ZfcUser's Doctrine ORM storage and the
  core module (no Doctrine package of its own) beside MongoDB's library (a reports module
  reading a log collection), while `config/application.config.php` loads DoctrineORMModule and
  the lock resolves doctrine/orm: Doctrine on PostgreSQL is its data layer, MongoDB a side
  store.
- A module's `test/` folder holding only `phpunit.xml` (naming a suite folder never written)
  and `bootstrap.php` holds no test: PHPUnit in require-dev is then no test framework.
"""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_DOCTRINE_LOCAL = (
    "<?php\n\nreturn array(\n    'doctrine' => array(\n        'connection' => array(\n"
    "            'orm_default' => array(\n"
    "                'driverClass' => 'Doctrine\\DBAL\\Driver\\PDOPgSql\\Driver',\n"
    "                'params' => array('host' => '127.0.0.1', 'port' => '5432'),\n"
    "            ),\n            'odm_default' => array('server' => 'localhost'),\n"
    "        ),\n    ),\n);\n"
)

_INDEX = (
    "<?php\nchdir(dirname(__DIR__));\nrequire 'init_autoloader.php';\n"
    "Zend\\Mvc\\Application::init(require 'config/application.config.php')->run();\n"
)


def _package(name: str, version: str) -> dict[str, object]:
    return {"name": name, "version": version, "require": {}}


def _app(
    requires: dict[str, str],
    modules: list[str],
    locked: list[tuple[str, str]],
    dev: dict[str, str] | None = None,
) -> dict[str, str]:
    listed = ",\n".join(f"        '{m}'" for m in modules)
    return {
        "composer.json": json.dumps(
            {
                "name": "zendframework/skeleton-application",
                "require": {"php": ">=5.4.0", "zendframework/zendframework": "~2.4", **requires},
                "require-dev": dev or {},
            }
        ),
        "composer.lock": json.dumps(
            {
                "packages": [_package(n, v) for n, v in locked],
                "packages-dev": [_package("phpunit/phpunit", "4.8.26")] if dev else [],
            },
            indent=4,
        ),
        "public/index.php": _INDEX,
        "config/application.config.php": (
            f"<?php\n\n$config = [\n    'modules' => [\n{listed}\n    ],\n];\nreturn $config;\n"
        ),
        "config/autoload/doctrine.local.php.dist": _DOCTRINE_LOCAL,
        "config/autoload/mongo.global.php": (
            "<?php\n\nreturn [\n    'mongo' => ['server' => '127.0.0.1', 'port' => 27017],\n];\n"
        ),
    }


_ZF = ("zendframework/zendframework", "2.4.9")


def test_the_template_driver_class_names_the_engine(tmp_path: Path) -> None:
    app = by_folder(
        write(
            tmp_path,
            _app(
                {"doctrine/doctrine-orm-module": "0.9.*"},
                ["DoctrineModule", "DoctrineORMModule", "Application"],
                [_ZF, ("doctrine/doctrine-orm-module", "0.9.2"), ("doctrine/orm", "v2.5.4")],
            ),
        )
    )["."]
    assert first(app, K.ORM)[0] == "Doctrine"
    assert first(app, K.DATABASE)[0] == "PostgreSQL"


def _lent(modules: list[str]) -> dict[str, str]:
    return _app(
        {"zf-commons/zfc-user-doctrine-orm": "^1.0", "mongodb/mongodb": "^0.2.0"},
        modules,
        [_ZF, ("doctrine/orm", "v2.5.4"), ("mongodb/mongodb", "0.2.0")],
    )


def test_a_loaded_orm_module_the_lock_installs_beside_a_store_client(tmp_path: Path) -> None:
    app = by_folder(
        write(tmp_path, _lent(["DoctrineModule", "DoctrineORMModule", "ZfcUser", "Reports"]))
    )["."]
    assert first(app, K.ORM) == ("Doctrine", "2.5.4")
    assert first(app, K.DATABASE)[0] == "PostgreSQL"


def test_no_loaded_orm_module_leaves_the_store_client(tmp_path: Path) -> None:
    app = by_folder(write(tmp_path, _lent(["ZfcUser", "Reports"])))["."]
    assert first(app, K.ORM)[0] == ""
    assert first(app, K.QUERY)[0] == "mongodb"


def test_a_test_folder_of_settings_and_bootstrap_holds_no_test(tmp_path: Path) -> None:
    files = _app(
        {"doctrine/doctrine-orm-module": "0.9.*"},
        ["DoctrineModule", "DoctrineORMModule", "Application"],
        [_ZF, ("doctrine/orm", "v2.5.4")],
        dev={"phpunit/phpunit": "^4.8"},
    )
    files["module/Application/test/phpunit.xml"] = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<phpunit bootstrap="bootstrap.php">\n'
        '    <testsuites>\n        <testsuite name="Application Test Suite">\n'
        '            <directory suffix="Test.php">./Application/Functional</directory>\n'
        "        </testsuite>\n    </testsuites>\n</phpunit>\n"
    )
    files["module/Application/test/bootstrap.php"] = "<?php\nchdir(dirname(__DIR__));\n"
    app = by_folder(write(tmp_path, files))["."]
    assert first(app, K.TEST)[0] == ""
    files["module/Application/test/ApplicationTest/IndexControllerTest.php"] = (
        "<?php\nclass IndexControllerTest extends PHPUnit_Framework_TestCase {}\n"
    )
    app = by_folder(write(tmp_path, files))["."]
    assert first(app, K.TEST)[0] == "PHPUnit"
