"""A PHP service built on a house package over Slim (#19): its front controller constructs the
project's own application class (`new \\App\\App(…)`), which extends the package's; its DAO
classes extend the package's PDO-opening base and catch PDO's exception. Framework Slim at the
release the lock resolves, data layer PDO."""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

COMPOSER = {
    "name": "acme/review",
    "require": {"php": ">=5.3.7", "acme/starter": "0.9.2"},
    "require-dev": {"phpunit/phpunit": "~4.8"},
    "autoload": {"psr-4": {"Acme\\Review\\": "src/"}},
}
LOCK = {
    "packages": [
        {
            "name": "acme/starter",
            "version": "v0.9.2",
            "require": {"php": ">=5.6.4", "slim/slim": "~2.4"},
            "autoload": {"psr-4": {"Acme\\Starter\\": "src/"}},
        },
        {"name": "slim/slim", "version": "2.6.3", "autoload": {"psr-0": {"Slim": "."}}},
    ]
}
FRONT = (
    "<?php\nrequire_once dirname(__DIR__) . '/vendor/autoload.php';\n"
    "$app = new \\Acme\\Review\\App( dirname(__DIR__) );\n$app->run();\n"
)
APP = (
    "<?php\nnamespace Acme\\Review;\n\nuse Acme\\Starter\\AbstractApp;\n\n"
    "class App extends AbstractApp {\n\tprotected function configureRoutes( \\Slim\\Slim $slim )"
    " {\n\t}\n}\n"
)
DAO = (
    "<?php\nnamespace Acme\\Review\\Dao;\n\nuse Acme\\Starter\\Dao\\AbstractDao;\n"
    "use \\PDOException;\n\nclass Reviews extends AbstractDao {\n"
    "\tpublic function insert( $row ) {\n\t\ttry {\n"
    "\t\t\treturn $this->insert( 'INSERT INTO reviews VALUES (?)', $row );\n"
    "\t\t} catch ( PDOException $e ) {\n\t\t\treturn false;\n\t\t}\n\t}\n}\n"
)


def _tree(tmp_path: Path, front: str) -> Path:
    return write(
        tmp_path,
        {
            "composer.json": json.dumps(COMPOSER, indent=2),
            "composer.lock": json.dumps(LOCK, indent=2),
            "public/index.php": front,
            "src/App.php": APP,
            "src/Dao/Reviews.php": DAO,
        },
    )


def test_own_app_class_extending_a_house_package_takes_its_framework(tmp_path: Path) -> None:
    backend = by_folder(_tree(tmp_path, FRONT))["."]
    assert first(backend, K.FRAMEWORK) == ("Slim", "2.6.3")
    assert first(backend, K.QUERY)[0] == "PDO"


def test_front_constructing_nothing_of_the_package_takes_nothing(tmp_path: Path) -> None:
    front = "<?php\n$app = new \\ArrayObject( [] );\n"
    assert "." not in by_folder(_tree(tmp_path, front))
