"""A Laravel 11+ application whose config/database.php lists its connections but names no
default runs on the framework's own default, `env('DB_CONNECTION', 'sqlite')`: Laravel merges
its configuration files under the application's (held-out set 71, #19). Laravel 10 merges
nothing: no engine is read from such a file."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_COMPOSER = """{
    "name": "example/platform",
    "require": {
        "php": "^8.3",
        "laravel/framework": "%s"
    }
}
"""

_ARTISAN = """#!/usr/bin/env php
<?php

use Illuminate\\Foundation\\Application;

$app = require_once __DIR__.'/bootstrap/app.php';
"""

_DATABASE = """<?php

return [

    'connections' => [
        'mysql' => [
            'driver' => 'mysql',
            'host' => env('DB_HOST', '127.0.0.1'),
        ],
        'pgsql' => [
            'driver' => 'pgsql',
            'host' => env('DB_HOST', '127.0.0.1'),
        ],
    ],

    'redis' => [
        'default' => [
            'host' => env('REDIS_HOST', '127.0.0.1'),
        ],
    ],
];
"""

_MODEL = """<?php

namespace App\\Models;

use Illuminate\\Database\\Eloquent\\Model;

class Service extends Model
{
}
"""


def _engine(tmp_path: Path, constraint: str) -> str:
    files = {
        "composer.json": _COMPOSER % constraint,
        "artisan": _ARTISAN,
        "config/database.php": _DATABASE,
        "app/Models/Service.php": _MODEL,
    }
    return first(by_folder(write(tmp_path, files))["."], K.DATABASE)[0]


def test_laravel_13_without_a_default_connection_runs_the_frameworks_default(
    tmp_path: Path,
) -> None:
    assert _engine(tmp_path, "^13.7") == "SQLite"


def test_laravel_10_merges_no_framework_default(tmp_path: Path) -> None:
    assert _engine(tmp_path, "^10.0") == ""
