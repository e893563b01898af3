"""Laravel: a default connection named outright picks the engine (set 166, #19).

Laravel 4 and 5.0 shipped config/database.php with `'default' => 'mysql',`, a literal and not an
`env('DB_CONNECTION', …)` lookup, and applications of that age keep it, edited to the server
they run (`'default' => 'pgsql',`), with env files that set only host and credentials. The
literal names the engine as the lookup's fallback would; a Redis section's `'default' => [`
names nothing."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_COMPOSER = (
    '{\n    "name": "acme/registry",\n    "require": {\n'
    '        "laravel/framework": "5.2.14"\n    }\n}\n'
)


def _settings(default: str) -> str:
    return (
        "<?php\n\nreturn [\n\n\t'fetch' => PDO::FETCH_CLASS,\n\n"
        f"\t'default' => {default},\n\n\t'connections' => [\n\n"
        "\t\t'sqlite' => [\n\t\t\t'driver'   => 'sqlite',\n\t\t],\n\n"
        "\t\t'mysql' => [\n\t\t\t'driver'    => 'mysql',\n\t\t],\n\n"
        "\t\t'pgsql' => [\n\t\t\t'driver'   => 'pgsql',\n\t\t],\n\n\t],\n\n"
        "\t'redis' => [\n\n\t\t'cluster' => false,\n\n"
        "\t\t'default' => [\n\t\t\t'host' => env('REDIS_HOST', 'localhost'),\n\t\t],\n"
        "\n\t],\n\n];\n"
    )


def _registry(default: str) -> dict[str, str]:
    return {
        "composer.json": _COMPOSER,
        "artisan": "#!/usr/bin/env php\n<?php\n",
        "bootstrap/app.php": "<?php\n\n$app = new Illuminate\\Foundation\\Application(\n);\n",
        "app/Http/routes.php": "<?php\n\nRoute::get('/', 'HomeController@index');\n",
        "config/database.php": _settings(default),
        ".env.server": "DB_HOST=%db_host%\nDB_DATABASE=%db_name%\n",
    }


def test_a_literal_default_connection_names_the_engine(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _registry("'pgsql'")))
    assert first(found["."], K.DATABASE)[0] == "PostgreSQL"


def test_the_lookup_fallback_is_read_as_before(tmp_path: Path) -> None:
    # Counter-case: the lookup names its own fallback.
    found = by_folder(write(tmp_path, _registry("env('DB_CONNECTION', 'mysql')")))
    assert first(found["."], K.DATABASE)[0] == "MySQL"
