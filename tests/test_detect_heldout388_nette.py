"""PHP: Nette applications, Nettrine, Nette Tester and neon database settings (set 388, #19).

A Nette application requires nette/application (presenters, routing) beside nette/bootstrap, and
its front controller runs `Nette\\Application\\Application`; the version is the lock file's.
Nettrine registers Doctrine's ORM in the DI container (as doctrine-bundle does for Symfony): the
data layer is Doctrine at doctrine/orm's locked version. Its tests run on Nette Tester. The engine
is the PDO driver its `.neon` configuration names (`database: driver: pdo_pgsql`), each
environment's file adding only the host."""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K


def _lock(*packages: tuple[str, str], dev: tuple[tuple[str, str], ...] = ()) -> str:
    def rows(items: tuple[tuple[str, str], ...]) -> list[dict[str, str]]:
        return [{"name": name, "version": version} for name, version in items]

    return json.dumps({"packages": rows(packages), "packages-dev": rows(dev)}, indent=4)


def _app(driver: str = "pdo_pgsql") -> dict[str, str]:
    composer = {
        "name": "acme/herbarium",
        "type": "project",
        "require": {
            "php": ">= 8.4",
            "nette/application": "^3.2.3",
            "nette/bootstrap": "^3.2",
            "nette/database": "^3.2",
            "nettrine/orm": "^0.8",
            "nettrine/dbal": "^0.8.2",
        },
        "require-dev": {"nette/tester": "^2.5"},
    }
    return {
        "htdocs/composer.json": json.dumps(composer, indent=4),
        "htdocs/composer.lock": _lock(
            ("nette/application", "v3.2.6"),
            ("nettrine/orm", "v0.8.4"),
            ("doctrine/orm", "2.20.2"),
            dev=(("nette/tester", "v2.5.4"),),
        ),
        "htdocs/www/index.php": "<?php\n\ndeclare(strict_types=1);\n\n"
        "require __DIR__ . '/../vendor/autoload.php';\n\n"
        "$configurator = App\\Bootstrap::boot();\n"
        "$container = $configurator->createContainer();\n"
        "$application = $container->getByType(Nette\\Application\\Application::class);\n"
        "$application->run();\n",
        "htdocs/config/app/parameters.neon": "parameters:\n    database:\n"
        f"        dbname: herbarium\n        driver: {driver}\n        port: 5432\n",
        "htdocs/config/env/prod.neon": "parameters:\n    database:\n        host: db-cluster-rw\n",
        "htdocs/config/ext/nettrine.neon": "nettrine.dbal:\n\tconnection:\n"
        "\t\tdriver: %database.driver%\n\t\thost: %database.host%\n",
        "htdocs/App/Model/Photo.php": "<?php\n\nnamespace App\\Model;\n\n"
        "use Doctrine\\ORM\\Mapping as ORM;\n\n#[ORM\\Entity]\nclass Photo {}\n",
        "htdocs/tests/Cases/Unit/PhotoTest.phpt": "<?php\n\nuse Tester\\Assert;\n\n"
        "test('', function () {\n    Assert::true(true);\n});\n",
    }


def test_a_nette_application_is_a_backend(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _app()))
    assert set(found) == {"htdocs"}
    backend = found["htdocs"]
    assert first(backend, K.FRAMEWORK) == ("Nette", "3.2.6")
    assert first(backend, K.ORM) == ("Doctrine", "2.20.2")
    assert first(backend, K.TEST)[0] == "Nette Tester"
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"


def test_the_neon_driver_names_the_engine(tmp_path: Path) -> None:
    # Counter-case: another PDO driver, another engine; a `%parameter%` reference names none.
    found = by_folder(write(tmp_path, _app("pdo_mysql")))
    assert first(found["htdocs"], K.DATABASE)[0] == "MySQL"
