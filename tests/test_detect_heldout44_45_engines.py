"""Held-out sets 44 and 45's engine misses (benchmarks/detect_heldout44.yaml and
detect_heldout45.yaml), as small fixtures of the real files' shape (#19): Symfony 3's
Doctrine configuration naming the DBAL driver, a Laravel application whose release env file
sets SQLite over the skeleton's MySQL default, Go code opening SQLite on a file it names
beside a MySQL driver opened on a connection string handed in, and a Go module whose default
connection (SQLite when none is configured) is set in a file the walk's quota never reaches."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

# --- Symfony's Doctrine configuration -------------------------------------------------------

_SYMFONY_COMPOSER = (
    '{\n    "require": {\n        "php": ">=7.0",\n        "symfony/symfony": "3.2.*",\n'
    '        "doctrine/orm": "^2.5",\n        "doctrine/doctrine-bundle": "^1.6"\n    }\n}\n'
)
_KERNEL = (
    "<?php\n\nuse Symfony\\Component\\HttpKernel\\Kernel;\n"
    "use Symfony\\Component\\Config\\Loader\\LoaderInterface;\n\n"
    "class AppKernel extends Kernel\n{\n}\n"
)


@pytest.mark.parametrize(
    ("driver", "engine"), [("pdo_mysql", "MySQL"), ("pdo_pgsql", "PostgreSQL")]
)
def test_symfony_doctrine_configuration_names_the_engine(
    tmp_path: Path, driver: str, engine: str
) -> None:
    files = {
        "composer.json": _SYMFONY_COMPOSER,
        "app/AppKernel.php": _KERNEL,
        "app/config/config.yml": "imports:\n    - { resource: parameters.yml }\n\n"
        "# Doctrine Configuration\ndoctrine:\n    dbal:\n"
        f"        driver:   {driver}\n"
        '        host:     "%database_host%"\n        dbname:   "%database_name%"\n'
        "        charset: utf8mb4\n    orm:\n        auto_mapping: true\n",
        "app/config/parameters.yml.dist": "parameters:\n    database_host:     127.0.0.1\n"
        "    database_name:     symfony\n    database_user:     root\n",
    }
    found = by_folder(write(tmp_path, files))
    assert first(found["."], K.DATABASE)[0] == engine


def test_a_driver_key_of_another_section_is_no_engine(tmp_path: Path) -> None:
    # Only a `pdo_…` driver is Doctrine DBAL's: a mailer's or a cache's driver names no engine.
    files = {
        "composer.json": _SYMFONY_COMPOSER,
        "app/AppKernel.php": _KERNEL,
        "app/config/config.yml": "swiftmailer:\n    transport: smtp\n"
        "cache:\n    driver: redis\n",
    }
    found = by_folder(write(tmp_path, files))
    assert first(found["."], K.DATABASE)[0] == ""


# --- A Laravel application's release env file -----------------------------------------------

_LARAVEL = {
    "composer.json": '{\n    "require": {\n        "php": "^8.1",\n'
    '        "laravel/framework": "^10.10"\n    },\n'
    '    "require-dev": {\n        "phpunit/phpunit": "^10.1"\n    }\n}\n',
    "artisan": "#!/usr/bin/env php\n<?php\n",
    "bootstrap/app.php": "<?php\n\n$app = new Illuminate\\Foundation\\Application(\n"
    "    $_ENV['APP_BASE_PATH'] ?? dirname(__DIR__)\n);\n\nreturn $app;\n",
    "config/database.php": "<?php\n\nreturn [\n\n"
    "    'default' => env('DB_CONNECTION', 'mysql'),\n\n    'connections' => [\n"
    "        'sqlite' => [\n            'driver' => 'sqlite',\n        ],\n"
    "        'mysql' => [\n            'driver' => 'mysql',\n        ],\n    ],\n];\n",
    "database/migrations/2014_10_12_000000_create_users_table.php": "<?php\n\n"
    "use Illuminate\\Database\\Migrations\\Migration;\n"
    "use Illuminate\\Database\\Schema\\Blueprint;\n"
    "use Illuminate\\Support\\Facades\\Schema;\n\nreturn new class extends Migration\n{\n};\n",
    ".env.example": "APP_NAME=Laravel\nAPP_ENV=local\nAPP_DEBUG=true\n\n"
    "DB_CONNECTION=sqlite\nDB_DATABASE=/var/www/html/.infrastructure/volume_data/database.sqlite\n",
}


@pytest.mark.parametrize("name", [".env.release", ".env.production", ".env.prod"])
def test_a_release_env_file_sets_the_production_engine(tmp_path: Path, name: str) -> None:
    files = {
        **_LARAVEL,
        name: 'APP_NAME="Ledger"\nAPP_ENV=production\n\n'
        'APP_DEBUG=false # Change to "true" for development\n\n'
        "DB_CONNECTION=sqlite\n"
        "DB_DATABASE=/var/www/html/.infrastructure/volume_data/database.sqlite\n",
    }
    found = by_folder(write(tmp_path, files))
    assert first(found["."], K.DATABASE)[0] == "SQLite"


def test_without_a_release_env_file_the_settings_default_stays(tmp_path: Path) -> None:
    # The local example's SQLite stands in for the server the settings default to.
    found = by_folder(write(tmp_path, _LARAVEL))
    assert first(found["."], K.DATABASE)[0] == "MySQL"


def test_a_production_env_files_password_is_masked(tmp_path: Path) -> None:
    files = {
        **_LARAVEL,
        ".env.production": "APP_ENV=production\n"
        "DATABASE_URL=postgres://ledger:s3cret@db.internal:5432/ledger\n",
    }
    backend = by_folder(write(tmp_path, files))["."]
    shown = [e.text for f in backend.findings if f.kind is K.DATABASE for e in f.evidence]
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"
    assert not any("s3cret" in text for text in shown)


# --- Go: SQLite opened on a file the program names ------------------------------------------

_GIN_MAIN = (
    'package main\n\nimport (\n\t"github.com/gin-gonic/gin"\n\t"example.com/garage/db"\n)\n\n'
    "func main() {\n\tdb.Init()\n\tr := gin.Default()\n\tr.Run()\n}\n"
)
_GARAGE_MOD = (
    "module example.com/garage\n\ngo 1.16\n\nrequire (\n"
    "\tgithub.com/gin-gonic/gin v1.7.1\n\tgorm.io/driver/mysql v1.0.5\n"
    "\tgorm.io/driver/sqlite v1.1.4\n\tgorm.io/gorm v1.21.3\n)\n"
)
_CLARKSON = (
    'package db\n\nimport (\n\t"gorm.io/driver/mysql"\n\t"gorm.io/gorm"\n)\n\n'
    "func CanMigrate(connectionString string) (bool, error) {\n"
    "\tcdb, err := gorm.Open(mysql.Open(connectionString), &gorm.Config{})\n"
    "\t_ = cdb\n\treturn err == nil, err\n}\n"
)


@pytest.mark.parametrize(
    "opened",
    [
        '\tdbPath := path.Join(configPath, "garage.db")\n'
        "\tdb, err := gorm.Open(sqlite.Open(dbPath), &gorm.Config{})\n",
        '\tdb, err := gorm.Open(sqlite.Open("garage.db"), &gorm.Config{})\n',
    ],
)
def test_go_code_opening_sqlite_on_its_own_file_keeps_its_data_there(
    tmp_path: Path, opened: str
) -> None:
    files = {
        "server/go.mod": _GARAGE_MOD,
        "server/main.go": _GIN_MAIN,
        "server/db/clarkson.go": _CLARKSON,
        "server/db/db.go": 'package db\n\nimport (\n\t"os"\n\t"path"\n\n'
        '\t"gorm.io/driver/sqlite"\n\t"gorm.io/gorm"\n)\n\nvar DB *gorm.DB\n\n'
        'func Init() (*gorm.DB, error) {\n\tconfigPath := os.Getenv("CONFIG")\n'
        f"{opened}\tDB = db\n\treturn DB, err\n}}\n",
    }
    found = by_folder(write(tmp_path, files))
    assert first(found["server"], K.DATABASE)[0] == "SQLite"


def test_a_bbolt_file_beside_sqlite_imported_names_no_sqlite_file(tmp_path: Path) -> None:
    # A `.db` file opened by bbolt in a file that opens no SQLite: the server driver's engine
    # (the one the program is written around) stays first.
    files = {
        "server/go.mod": _GARAGE_MOD,
        "server/main.go": _GIN_MAIN,
        "server/db/clarkson.go": _CLARKSON,
        "server/db/cache.go": 'package db\n\nimport (\n\t"path"\n\n\tbolt "go.etcd.io/bbolt"\n'
        '\t_ "gorm.io/driver/sqlite"\n)\n\nfunc Open(dir string) (*bolt.DB, error) {\n'
        '\treturn bolt.Open(path.Join(dir, "cache.db"), 0600, nil)\n}\n',
    }
    found = by_folder(write(tmp_path, files))
    assert first(found["server"], K.DATABASE)[0] == "MySQL"


# --- Go: the default connection set in a file past the walk's quota ------------------------

_NODE_MOD = (
    "module example.com/node\n\ngo 1.26\n\nrequire (\n"
    "\tgithub.com/labstack/echo/v4 v4.15.4\n\tgorm.io/gorm v1.31.2\n"
    "\tgorm.io/driver/mysql v1.6.0\n\tgorm.io/driver/postgres v1.6.2\n"
    "\tgorm.io/driver/sqlserver v1.6.4\n\tmodernc.org/sqlite v1.56.0\n)\n"
)
_ENGINE = (
    'package storage\n\nimport (\n\t"errors"\n\t"path"\n\t"strings"\n\n'
    '\t"gorm.io/driver/mysql"\n\t"gorm.io/driver/postgres"\n\t"gorm.io/driver/sqlserver"\n'
    '\t"gorm.io/gorm"\n\t_ "modernc.org/sqlite"\n)\n\n'
    "func (e *engine) initSQLDatabase(strictmode bool) error {\n"
    "\tconnectionString := e.config.SQL.ConnectionString\n"
    "\tif len(connectionString) == 0 {\n\t\tif strictmode {\n"
    '\t\t\treturn errors.New("no database configured")\n\t\t}\n'
    "\t\t// non-strictmode uses SQLite as default\n"
    "\t\tconnectionString = sqliteConnectionString(e.datadir)\n\t}\n"
    '\tdbType := strings.Split(connectionString, ":")[0]\n'
    "\tswitch dbType {\n"
    '\tcase "mysql":\n\t\te.db, _ = gorm.Open(mysql.Open(connectionString))\n'
    '\tcase "postgres":\n\t\te.db, _ = gorm.Open(postgres.Open(connectionString))\n'
    '\tcase "sqlserver":\n\t\te.db, _ = gorm.Open(sqlserver.Open(connectionString))\n'
    "\t}\n\treturn nil\n}\n\n"
    "func sqliteConnectionString(datadir string) string {\n"
    '\treturn "sqlite:file:" + path.Join(datadir, "sqlite.db")\n}\n'
)


def _node_tree(engine_file: str) -> dict[str, str]:
    files = {
        "go.mod": _NODE_MOD,
        "cmd/root.go": 'package cmd\n\nimport "github.com/labstack/echo/v4"\n\n'
        "func Start() {\n\te := echo.New()\n\te.Start(\":8080\")\n}\n",
        "storage/engine.go": engine_file,
    }
    # Packages enough that the walk's quota is spent before `storage/` is reached.
    for index in range(40):
        files[f"auth/handler{index:02}.go"] = f"package auth\n\nfunc Handle{index}() {{}}\n"
    return files


def test_go_default_connection_set_past_the_quota_is_the_engine(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _node_tree(_ENGINE)))
    assert first(found["."], K.DATABASE)[0] == "SQLite"


def test_a_strict_branch_alone_sets_no_default(tmp_path: Path) -> None:
    # The empty setting only refused (no assignment to it): no engine is the default.
    strict = _ENGINE.replace(
        "\t\t// non-strictmode uses SQLite as default\n"
        "\t\tconnectionString = sqliteConnectionString(e.datadir)\n",
        "",
    )
    found = by_folder(write(tmp_path, _node_tree(strict)))
    assert first(found["."], K.DATABASE)[0] != "SQLite"
