"""Held-out set 93 (#19): a Slim 4 API whose model class opens its connection through mysqli
(`return new mysqli($this->db_host, …)`) from constants `config/config.php` defines
(`define('DB_HOST', …)`, under a comment naming MySQL) and writes its SQL by hand.

mysqli speaks only MySQL's protocol: the engine is MySQL. The same app opening no connection
(its model reading a JSON file) names no engine.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_COMPOSER = """{
    "name": "slim/slim-skeleton",
    "require": {
        "php": "^7.2",
        "slim/slim": "4.*",
        "slim/psr7": "^1.0"
    }
}
"""

_INDEX = """<?php
use Slim\\Factory\\AppFactory;

require __DIR__ . '/../vendor/autoload.php';
require __DIR__ . '/../config/config.php';

$app = AppFactory::create();
require __DIR__ . '/../routes/routes.php';
$app->run();
"""

_CONFIG = """<?php
# Access to MySQL Database
define('DB_HOST', 'db.example.org');
define('DB_NAME', 'cockpit');
define('DB_USER', 'cockpit');
"""

_MODEL = """<?php
namespace App\\Http\\Models;

class DatabaseOps
{
    private $db_host = DB_HOST;

    protected function get_db_connection()
    {
        return %s;
    }
}
"""


def _engine(tmp_path: Path, opened: str) -> str:
    files = {
        "composer.json": _COMPOSER,
        "public/index.php": _INDEX,
        "config/config.php": _CONFIG,
        "app/Http/Models/DatabaseOps.php": _MODEL % opened,
    }
    return first(by_folder(write(tmp_path, files))["."], K.DATABASE)[0]


def test_a_mysqli_connection_names_mysql(tmp_path: Path) -> None:
    assert _engine(tmp_path, "new mysqli($this->db_host, DB_USER, '', DB_NAME)") == "MySQL"


def test_the_procedural_connect_names_mysql(tmp_path: Path) -> None:
    assert _engine(tmp_path, "mysqli_connect($this->db_host, DB_USER, '', DB_NAME)") == "MySQL"


def test_without_a_connection_no_engine_is_named(tmp_path: Path) -> None:
    assert _engine(tmp_path, "json_decode(file_get_contents('data.json'))") == ""
