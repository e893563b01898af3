"""Held-out set 486 (#19): a Laravel application keeps Composer packages copied out of its
`vendor/` folder in a root folder named for their vendor (`acme/laravel-helper/`,
`acme/translation-manager/`), each with the composer.json Composer installed it with, naming
exactly that package (`"name": "acme/translation-manager"`, no type), its service provider,
models and migrations under `src/` and `database/`. They are libraries the application
installs, not backends (`vendored_tools`).

Counter-cases: a folder whose manifest names another package than its path spells, a
`"type": "project"` manifest, and one beside an `artisan` script stay backends.
"""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write

_APP = {
    "composer.json": json.dumps(
        {
            "name": "laravel/laravel",
            "type": "project",
            "require": {
                "php": ">=7.0",
                "laravel/framework": "5.4.*",
                "acme/translation-manager": "^0.4.1",
            },
            "require-dev": {"phpunit/phpunit": "~5.7"},
        },
        indent=2,
    ),
    "artisan": "#!/usr/bin/env php\n<?php\n",
    "bootstrap/app.php": "<?php\n\n$app = new Illuminate\\Foundation\\Application(\n);\n",
    "public/index.php": "<?php\n\nrequire __DIR__.'/../bootstrap/autoload.php';\n",
    "config/database.php": "<?php\n\nreturn ['default' => env('DB_CONNECTION', 'mysql')];\n",
    "app/User.php": "<?php\n\nnamespace App;\n\nuse Illuminate\\Database\\Eloquent\\Model;\n",
    "phpunit.xml": "<phpunit></phpunit>\n",
}


def _package(name: str, **extra: object) -> dict[str, str]:
    """A Laravel package with its manifest, a service provider, a model and a migration."""
    folder = name if "folder" not in extra else str(extra.pop("folder"))
    return {
        f"{folder}/composer.json": json.dumps(
            {
                "name": name,
                "require": {"php": ">=5.4.0", "illuminate/support": "5.*"},
                "autoload": {"psr-4": {"Acme\\Manager\\": "src"}},
                **extra,
            },
            indent=2,
        ),
        f"{folder}/src/Manager.php": (
            "<?php\n\nnamespace Acme\\Manager;\n\nuse Illuminate\\Foundation\\Application;\n"
            "use Illuminate\\Support\\Facades\\DB;\n\nclass Manager {}\n"
        ),
        f"{folder}/src/Models/Translation.php": (
            "<?php\n\nnamespace Acme\\Manager\\Models;\n\n"
            "use Illuminate\\Database\\Eloquent\\Model;\n\nclass Translation extends Model {}\n"
        ),
        f"{folder}/database/migrations/2014_04_02_193005_create_translations_table.php": (
            "<?php\n\nuse Illuminate\\Database\\Migrations\\Migration;\n"
        ),
    }


def test_packages_kept_as_composer_installs_them_are_libraries(tmp_path: Path) -> None:
    files = {
        **_APP,
        **_package("acme/translation-manager"),
        **_package("acme/laravel-helper"),
    }
    assert sorted(by_folder(write(tmp_path, files))) == ["."]


def test_a_package_in_a_folder_its_name_does_not_spell_is_left_alone(tmp_path: Path) -> None:
    files = {**_APP, **_package("acme/translation-manager", folder="modules/translations")}
    assert "modules/translations" in by_folder(write(tmp_path, files))


def test_a_project_manifest_is_left_alone(tmp_path: Path) -> None:
    files = {**_APP, **_package("acme/admin", type="project")}
    assert "acme/admin" in by_folder(write(tmp_path, files))


def test_a_package_beside_its_console_script_is_left_alone(tmp_path: Path) -> None:
    files = {
        **_APP,
        **_package("acme/admin"),
        "acme/admin/artisan": "#!/usr/bin/env php\n<?php\n",
    }
    assert "acme/admin" in by_folder(write(tmp_path, files))
