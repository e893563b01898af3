"""Engines named where the detector did not look (held-out set 82, #19).

- A Laravel config/database.php whose default connection is a constant of a shared package
  (`'default' => Connection::APPLICATION`) and whose listed connections all have the driver
  `pgsql` runs on PostgreSQL; connections of two drivers leave it unread.
- Python code importing one SQLAlchemy dialect's types (`from sqlalchemy.dialects import
  postgresql`) is written for that engine, even when the requirements name no driver.
- A PHP application whose PDO switch names several engines alike writes its queries with
  PostgreSQL's `ILIKE` in several files: PostgreSQL; a file or two leaves the tie as it was.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_LARAVEL_COMPOSER = """{
    "name": "example/portal-api",
    "require": {
        "php": "^8.2",
        "laravel/framework": "^10.0"
    }
}
"""

_ARTISAN = """#!/usr/bin/env php
<?php

use Illuminate\\Foundation\\Application;

$app = require_once __DIR__.'/bootstrap/app.php';
"""

_CONNECTION = """        %s => [
            'driver' => '%s',
            'host' => env('DB_%s_HOST', '127.0.0.1'),
        ],
"""

_DATABASE = """<?php

use Example\\Shared\\Models\\Connection;

return [

    'default' => Connection::FORMS,

    'connections' => [
//        Connection::USERS => [
//            'driver' => 'mysql',
//        ],
%s    ],

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

class Form extends Model
{
}
"""


def _laravel_engine(tmp_path: Path, *drivers: str) -> str:
    connections = "".join(
        _CONNECTION % (f"Connection::C{i}", driver, f"C{i}") for i, driver in enumerate(drivers)
    )
    files = {
        "composer.json": _LARAVEL_COMPOSER,
        "artisan": _ARTISAN,
        "config/database.php": _DATABASE % connections,
        "app/Models/Form.php": _MODEL,
        ".env.example": "APP_NAME=portal\nDB_FORMS_HOST=forms-db\nDB_FORMS_PORT=5432\n",
    }
    return first(by_folder(write(tmp_path, files))["."], K.DATABASE)[0]


def test_laravel_constant_default_over_pgsql_connections_is_postgresql(tmp_path: Path) -> None:
    assert _laravel_engine(tmp_path, "pgsql", "pgsql") == "PostgreSQL"


def test_laravel_constant_default_over_two_drivers_names_no_engine(tmp_path: Path) -> None:
    assert _laravel_engine(tmp_path, "pgsql", "mysql") == ""


_FLASK_APP = """from flask import Flask

app = Flask(__name__)
"""

_OFFER = """import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import ARRAY

from shop.models.db import Model


class Offer(Model):
    tags = sa.Column(ARRAY(sa.Text()), nullable=True)
"""

_VERSION = """from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql


def upgrade():
    op.add_column("offer", sa.Column("rules", postgresql.JSONB(), nullable=True))
"""


def _flask_engine(tmp_path: Path, files: dict[str, str]) -> str:
    base = {
        "api/requirements.txt": "Flask==1.1.*\nFlask-SQLAlchemy==2.4.4\nSQLAlchemy==1.3.*\n",
        "api/src/shop/app.py": _FLASK_APP,
    }
    return first(by_folder(write(tmp_path, {**base, **files}))["api"], K.DATABASE)[0]


def test_sqlalchemy_postgresql_dialect_import_names_postgresql(tmp_path: Path) -> None:
    assert _flask_engine(tmp_path, {"api/src/shop/models/offer.py": _OFFER}) == "PostgreSQL"


def test_sqlalchemy_dialect_module_import_names_postgresql(tmp_path: Path) -> None:
    files = {"api/src/shop/alembic/versions/0001_rules.py": _VERSION}
    assert _flask_engine(tmp_path, files) == "PostgreSQL"


def test_sqlalchemy_without_a_dialect_import_names_no_engine(tmp_path: Path) -> None:
    plain = _OFFER.replace("from sqlalchemy.dialects.postgresql import ARRAY\n", "")
    assert _flask_engine(tmp_path, {"api/src/shop/models/offer.py": plain}) == ""


_SLIM_COMPOSER = """{
    "require": {
        "slim/slim": "^4.14",
        "php-di/php-di": "^7.0"
    }
}
"""

_INDEX = """<?php

use Slim\\Factory\\AppFactory;

$app = AppFactory::create();
$app->run();
"""

_DB = """<?php

namespace App\\Database;

use PDO;

class Db
{
    public static function createDsn(array $config): string
    {
        switch ($config['db_type']) {
            case 'pgsql':
                return "pgsql:host={$config['db_host']};dbname={$config['db_name']}";
            case 'mysql':
                return "mysql:host={$config['db_host']};dbname={$config['db_name']}";
        }
        throw new \\Exception('Database type not supported');
    }

    public function open(string $dsn): PDO
    {
        return new PDO($dsn);
    }
}
"""

_QUERY = """<?php

namespace App\\Modules;

class Search%d
{
    public function where(string $term): string
    {
        return " AND items.name ILIKE :pattern";
    }
}
"""


def _slim_engine(tmp_path: Path, querying: int) -> str:
    files = {
        "composer.json": _SLIM_COMPOSER,
        "index.php": _INDEX,
        "src/Database/Db.php": _DB,
        **{f"src/Modules/Search{i}.php": _QUERY % i for i in range(querying)},
    }
    return first(by_folder(write(tmp_path, files))["."], K.DATABASE)[0]


def test_pdo_switch_with_ilike_queries_runs_on_postgresql(tmp_path: Path) -> None:
    assert _slim_engine(tmp_path, 3) == "PostgreSQL"


def test_pdo_switch_with_few_ilike_queries_keeps_the_tie(tmp_path: Path) -> None:
    assert _slim_engine(tmp_path, 2) == "MySQL"
