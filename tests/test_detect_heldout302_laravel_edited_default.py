"""PHP: a Laravel default edited to PostgreSQL, with no Compose file at all (set 302, #19).

A Laravel 6 application's config/database.php defaults to `'pgsql'` (the skeleton ships
`'mysql'`), its `.env.example` keeps the skeleton's `DB_CONNECTION=mysql`, and no Compose file
runs any database. The edit is the program's own choice, the env example a development
template (`laravel_edited_default`). Counter-case: the skeleton's own default leaves the env
example's engine first."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K


def _app(default: str) -> dict[str, str]:
    return {
        "composer.json": '{\n    "require": {\n        "php": "^7.2",\n'
        '        "laravel/framework": "^6.0"\n    }\n}\n',
        "artisan": "#!/usr/bin/env php\n<?php\n",
        "bootstrap/app.php": "<?php\n\n$app = new Illuminate\\Foundation\\Application(\n);\n",
        "routes/web.php": "<?php\n\nRoute::get('/', function () {\n    return view('home');\n});\n",
        "config/database.php": "<?php\n\nreturn [\n\n"
        f"    'default' => env('DB_CONNECTION', '{default}'),\n\n"
        "    'connections' => [\n"
        "        'mysql' => ['driver' => 'mysql', 'host' => env('DB_HOST', '127.0.0.1')],\n"
        "        'pgsql' => ['driver' => 'pgsql', 'host' => env('DB_HOST', '127.0.0.1')],\n"
        "    ],\n];\n",
        ".env.example": "APP_ENV=local\nDB_CONNECTION=mysql\nDB_HOST=127.0.0.1\nDB_PORT=3306\n",
    }


def test_an_edited_default_with_no_compose_wins(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _app("pgsql")))
    assert first(found["."], K.FRAMEWORK)[0] == "Laravel"
    assert first(found["."], K.DATABASE)[0] == "PostgreSQL"


def test_the_skeletons_default_leaves_the_env_example_first(tmp_path: Path) -> None:
    # Counter-case: the skeleton's MySQL default is no edit; the env example's engine stays.
    files = _app("mysql")
    files[".env.example"] = files[".env.example"].replace("=mysql", "=pgsql")
    found = by_folder(write(tmp_path, files))
    assert first(found["."], K.DATABASE)[0] == "PostgreSQL"
