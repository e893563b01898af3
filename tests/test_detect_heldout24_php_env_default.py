"""A PHP program whose connection driver is an environment lookup with a default (held-out
set 62, #19): Eloquent's Capsule opened outside Laravel, SQLite unless `DB_TYPE` says MySQL."""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_COMPOSER = json.dumps(
    {"require": {"php": ">=7.4", "slim/slim": "^4.0", "illuminate/database": "^8.0"}}, indent=2
)

_INDEX = (
    "<?php\nuse Slim\\Factory\\AppFactory;\n\n$app = AppFactory::create();\n$app->run();\n"
)

_DATABASE = (
    "<?php\nnamespace App\\Common\\Database;\n\n"
    "use Illuminate\\Database\\Capsule\\Manager as Capsule;\n\n"
    "class Database\n{\n    public static function getInstance(): Capsule\n    {\n"
    "        $capsule = new Capsule();\n"
    "        $driver = strtolower(Env::get('DB_TYPE', 'sqlite'));\n"
    "        if ($driver === 'sqlite') {\n"
    "            $capsule->addConnection(['driver' => 'sqlite', 'database' => $path]);\n"
    "        } else {\n"
    "            $capsule->addConnection(['driver' => 'mysql', 'host' => Env::get('DB_HOST')]);\n"
    "        }\n        $capsule->setAsGlobal();\n        return $capsule;\n    }\n}\n"
)


def test_env_lookup_default_names_the_engine(tmp_path: Path) -> None:
    root = write(
        tmp_path,
        {
            "composer.json": _COMPOSER,
            "index.php": _INDEX,
            "server/app/Common/Database/Database.php": _DATABASE,
        },
    )
    assert first(by_folder(root)["."], K.DATABASE)[0] == "SQLite"


def test_lookup_of_another_setting_names_no_engine(tmp_path: Path) -> None:
    # The default of a host or a path is not the engine's.
    text = _DATABASE.replace("Env::get('DB_TYPE', 'sqlite')", "Env::get('DB_HOST', 'sqlite')")
    text = text.replace("'driver' => 'sqlite', ", "").replace("'driver' => 'mysql', ", "")
    root = write(
        tmp_path,
        {
            "composer.json": _COMPOSER,
            "index.php": _INDEX,
            "server/app/Common/Database/Database.php": text,
        },
    )
    assert first(by_folder(root)["."], K.DATABASE)[0] != "SQLite"
