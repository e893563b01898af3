"""A gap the 398th held-out set showed in PHP (benchmarks/detect_heldout398.yaml), as a small
fixture of the real files' shape (#19): a Laminas MVC application whose Doctrine ORM module and
entities come from libraries of its own (its composer.json requires them and the framework, not
Doctrine), while its composer.lock resolves doctrine/orm beneath them and its own
`config/autoload/global.php` sets up the module's `orm_default` connection and entity manager:
Doctrine is its data layer."""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_GLOBAL = (
    "<?php\nuse Doctrine\\DBAL\\Driver\\PDO\\MySQL\\Driver;\n\nreturn [\n"
    "    'doctrine' => [\n        'connection' => [\n            'orm_default' => [\n"
    "                'driverClass' => Driver::class,\n"
    "                'params' => ['host' => 'localhost', 'port' => 3306],\n"
    "            ],\n        ],\n"
    "        'entitymanager' => [\n            'orm_default' => [\n"
    "                'connection' => 'orm_default',\n            ],\n        ],\n    ],\n];\n"
)


def _package(name: str, version: str, requires: dict[str, str]) -> dict[str, object]:
    return {"name": name, "version": version, "require": requires}


def _app(lock_orm: bool = True, configured: bool = True) -> dict[str, str]:
    packages = [
        _package("acme/core", "2.14.1", {"doctrine/doctrine-orm-module": "^5.0"}),
        _package("laminas/laminas-mvc", "3.8.0", {}),
    ]
    if lock_orm:
        packages += [
            _package("doctrine/doctrine-orm-module", "5.3.0", {"doctrine/orm": "^2.11"}),
            _package("doctrine/orm", "2.20.13", {}),
        ]
    files = {
        "composer.json": json.dumps(
            {
                "name": "acme/risk-app",
                "type": "project",
                "require": {
                    "php": "^8.0",
                    "acme/core": "^2.14.1",
                    "laminas/laminas-mvc": "^3.1",
                },
            }
        ),
        "composer.lock": json.dumps({"packages": packages, "packages-dev": []}, indent=4),
        "public/index.php": (
            "<?php\nuse Laminas\\Mvc\\Application;\n"
            "Application::init(require 'config/application.config.php')->run();\n"
        ),
        "config/application.config.php": "<?php\nreturn ['modules' => ['Acme\\\\Core']];\n",
    }
    if configured:
        files["config/autoload/global.php"] = _GLOBAL
    return files


def test_a_configured_orm_module_the_lock_installs_is_the_data_layer(tmp_path: Path) -> None:
    app = by_folder(write(tmp_path, _app()))["."]
    assert first(app, K.FRAMEWORK)[0] == "Laminas MVC"
    assert first(app, K.ORM) == ("Doctrine", "2.20.13")


def test_no_configuration_no_doctrine(tmp_path: Path) -> None:
    """A library's Doctrine the application never sets up is the library's business."""
    app = by_folder(write(tmp_path, _app(configured=False)))["."]
    assert first(app, K.ORM)[0] == ""


def test_no_locked_orm_no_doctrine(tmp_path: Path) -> None:
    app = by_folder(write(tmp_path, _app(lock_orm=False)))["."]
    assert first(app, K.ORM)[0] == ""
