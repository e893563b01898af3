"""A gap the 483rd held-out set showed (benchmarks/detect_heldout483.yaml), as a small fixture
of the real files' shape (#19): a Laravel application whose config/database.php takes its
default connection from `env('APP_ENV')` (no fallback), its connections named after the
environments and all of driver mysql: MySQL is its engine, above the Elasticsearch client it
builds a search index with. Connections of several drivers leave the default unread."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind

_COMPOSER = (
    '{\n  "name": "laravel/laravel",\n  "require": {\n    "php": ">=5.5.9",\n'
    '    "laravel/framework": "~5.2.0",\n    "elasticsearch/elasticsearch": "~2.1.5"\n  }\n}\n'
)


def _connection(name: str, driver: str) -> str:
    return (
        f"\t\t'{name}' => [\n\t\t\t'driver'    => '{driver}',\n"
        "\t\t\t'host'      => env('DB_HOST', 'localhost'),\n"
        "\t\t\t'database'  => env('DB_DATABASE', 'forge'),\n\t\t],\n\n"
    )


def _settings(*drivers: tuple[str, str]) -> str:
    connections = "".join(_connection(name, driver) for name, driver in drivers)
    return (
        "<?php\n\nreturn [\n\n\t'fetch' => PDO::FETCH_CLASS,\n\n"
        "\t'default' => env('APP_ENV'),\n\n"
        f"\t'connections' => [\n\n{connections}\t\t'travis' => [\n\n\t\t],\n\n\t],\n\n"
        "\t'migrations' => 'migrations',\n\n];\n"
    )


def _tree(settings: str) -> dict[str, str]:
    return {
        "composer.json": _COMPOSER,
        "bootstrap/app.php": "<?php\n$app = new Illuminate\\Foundation\\Application(\n"
        "    realpath(__DIR__.'/../')\n);\nreturn $app;\n",
        "config/database.php": settings,
        "app/Http/routes.php": "<?php\nRoute::get('/', 'HomeController@index');\n",
    }


def test_connections_of_one_driver_under_an_env_named_default_give_the_engine(
    tmp_path: Path,
) -> None:
    settings = _settings(("production", "mysql"), ("dev", "mysql"), ("testing", "mysql"))
    backend = by_folder(write(tmp_path, _tree(settings)))["."]
    assert first(backend, FindingKind.DATABASE)[0] == "MySQL"


def test_connections_of_several_drivers_leave_it_unread(tmp_path: Path) -> None:
    settings = _settings(("production", "mysql"), ("testing", "pgsql"))
    backend = by_folder(write(tmp_path, _tree(settings)))["."]
    engines = {f.name for f in backend.findings if f.kind is FindingKind.DATABASE}
    assert not engines & {"MySQL", "PostgreSQL"}
