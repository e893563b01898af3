"""Generic gaps the thirty-third held-out set showed (benchmarks/detect_heldout33.yaml), each as
a small fixture of the real files' shape (#19): Composer applications taking Slim from a package
of the same repository (a path repository) and started by their front controller, the package
itself their library, Aura.Sql as the query layer; a Symfony application requiring the framework
only through its bundles, its version the lock's; the engine a Go program's shipped TOML
settings choose among drivers for every engine it supports; a Rails application's RSpec before
the Jest its JavaScript's package.json runs."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import go_mod, write

from designer.model.stack import FindingKind as K

# --- PHP -----------------------------------------------------------------------------------------


def _composer_lock(*packages: tuple[str, str]) -> str:
    entries = ",\n".join(
        f'        {{\n            "name": "{name}",\n            "version": "{version}"\n        }}'
        for name, version in packages
    )
    return f'{{\n    "packages": [\n{entries}\n    ],\n    "packages-dev": []\n}}\n'


def _composer(name: str, *requires: str, dev: tuple[str, ...] = ()) -> str:
    """A composer.json installing the repository's packages from its sibling folders."""
    required = ",\n".join(f'        "{r}": "{v}"' for r, v in (q.split(" ") for q in requires))
    development = ",\n".join(f'        "{r}": "{v}"' for r, v in (q.split(" ") for q in dev))
    return (
        f'{{\n    "name": "{name}",\n    "license": "EUPL-1.2",\n'
        '    "repositories": [\n        {\n            "type": "path",\n'
        '            "url": "../*",\n            "options": {\n                "symlink": true\n'
        "            }\n        }\n    ],\n"
        f'    "require": {{\n{required}\n    }},\n'
        f'    "require-dev": {{\n{development}\n    }}\n}}\n'
    )


_INDEX = "<?php\n// Do not add any functionality here\ninclude(__DIR__.'/../bootstrap.php');\n"
_RUN = "\\App::$slim->run();\n"
_PHPUNIT = '<?xml version="1.0"?>\n<phpunit bootstrap="tests/bootstrap.php"/>\n'


def _eappointment() -> dict[str, str]:
    """eappointment: zmsslim requires slim/slim and wraps its bootstrap; zmsbackend (Aura.Sql's
    ExtendedPdo on MySQL) and zmsadmin (an HTTP client of zmsbackend) require zmsslim and
    start from public/index.php; zmsclient (an API client library) and zmsmessaging (a mail
    worker run from cron) require it too but have no front controller."""
    slim_lock = ("slim/slim", "4.15.2"), ("phpunit/phpunit", "11.5.56")
    return {
        "package.json": '{\n  "name": "eappointment",\n  "private": true\n}\n',
        "zmsslim/composer.json": _composer(
            "eappointment/zmsslim",
            "php >=8.3",
            "slim/slim 4.*",
            "twig/twig 3.*",
            dev=("phpunit/phpunit ^11",),
        ),
        "zmsslim/composer.lock": _composer_lock(*slim_lock),
        "zmsslim/phpunit.xml": _PHPUNIT,
        "zmsslim/src/Slim/Bootstrap.php": (
            "<?php\n\nnamespace BO\\Slim;\n\nclass Bootstrap\n{\n"
            "    public static function init()\n    {\n"
            "        \\App::$slim = \\Slim\\Factory\\AppFactory::create();\n    }\n}\n"
        ),
        "zmsbackend/composer.json": _composer(
            "eappointment/zmsbackend",
            "php >=8.3",
            "ext-pdo *",
            "eappointment/zmsslim @dev",
            "eappointment/zmsentities @dev",
            "aura/sql ^5",
            dev=("phpunit/phpunit ^11",),
        ),
        "zmsbackend/composer.lock": _composer_lock(("aura/sql", "5.0.3"), *slim_lock),
        "zmsbackend/phpunit.xml": _PHPUNIT,
        "zmsbackend/Dockerfile": "FROM php:8.3-apache\nCOPY . /var/www/html\n",
        "zmsbackend/public/index.php": "<?php\n// Do not add any functionality here\n"
        "include('../bootstrap.php');\n" + _RUN,
        "zmsbackend/src/Zmsbackend/Application.php": (
            "<?php\n\nnamespace BO\\Zmsbackend;\n\n"
            "class Application extends \\BO\\Slim\\Application\n{\n"
            "    const string DB_DSN_READWRITE = 'mysql:dbname=zmsbo;host=127.0.0.1';\n}\n"
        ),
        "zmsbackend/src/Zmsbackend/Connection/Pdo.php": (
            "<?php\n\nnamespace BO\\Zmsbackend\\Connection;\n\n"
            "class Pdo extends \\Aura\\Sql\\ExtendedPdo\n{\n}\n"
        ),
        "zmsadmin/composer.json": _composer(
            "eappointment/zmsadmin",
            "php >=8.3",
            "eappointment/zmsclient @dev",
            "eappointment/zmsslim @dev",
            "twig/twig 3.*",
            dev=("phpunit/phpunit ^11",),
        ),
        "zmsadmin/composer.lock": _composer_lock(*slim_lock),
        "zmsadmin/phpunit.xml": _PHPUNIT,
        "zmsadmin/tests/Zmsadmin/IndexTest.php": "<?php\n\nclass IndexTest extends Base {}\n",
        "zmsadmin/Dockerfile": "FROM php:8.3-apache\nCOPY . /var/www/html\n",
        "zmsadmin/public/index.php": _INDEX + _RUN,
        "zmsclient/composer.json": _composer(
            "eappointment/zmsclient",
            "php >=8.3",
            "eappointment/zmsslim @dev",
            "slim/psr7 ^1.5",
            dev=("phpunit/phpunit ^11",),
        ),
        "zmsclient/composer.lock": _composer_lock(*slim_lock),
        "zmsmessaging/composer.json": _composer(
            "eappointment/zmsmessaging",
            "php >=8.3",
            "eappointment/zmsslim @dev",
            "eappointment/zmsclient @dev",
            dev=("phpunit/phpunit ^11",),
        ),
        "zmsmessaging/composer.lock": _composer_lock(*slim_lock),
        "zmsmessaging/Dockerfile": "FROM php:8.3-cli\nCOPY . /app\n",
        "zmsmessaging/bin/send": (
            "#!/usr/bin/env php\n<?php\nrequire __DIR__.'/../bootstrap.php';\n"
        ),
    }


def test_applications_take_slim_from_a_package_of_the_repository(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _eappointment()))
    assert sorted(found) == ["zmsadmin", "zmsbackend"]
    for folder in ("zmsadmin", "zmsbackend"):
        backend = found[folder]
        assert not backend.ambiguous
        assert first(backend, K.FRAMEWORK) == ("Slim", "4.15.2")
        assert first(backend, K.TEST)[0] == "PHPUnit"
    assert first(found["zmsbackend"], K.QUERY) == ("Aura.Sql", "5.0.3")
    assert first(found["zmsbackend"], K.DATABASE)[0] == "MySQL"
    assert first(found["zmsadmin"], K.QUERY) == ("", "")
    assert first(found["zmsadmin"], K.DATABASE) == ("", "")


def test_a_front_controller_that_runs_nothing_starts_no_application(tmp_path: Path) -> None:
    """The other side: a public/index.php that only includes a file is no front controller
    running an app; the package alone is what is left to report."""
    files = _eappointment()
    files["zmsadmin/public/index.php"] = _INDEX
    files["zmsbackend/public/index.php"] = "<?php\nphpinfo();\n"
    found = by_folder(write(tmp_path, files))
    assert "zmsadmin" not in found
    assert "zmsbackend" not in found


def _coopcycle(lock: bool) -> dict[str, str]:
    """coopcycle-web: composer.json requires Symfony's bundles with `*` (and conflicts with
    symfony/symfony), never symfony/framework-bundle; src/Kernel.php uses MicroKernelTrait;
    the lock resolves the bundle the others require."""
    packages = [("symfony/security-bundle", "v6.4.40"), ("doctrine/orm", "2.20.9")]
    if lock:
        packages.append(("symfony/framework-bundle", "v6.4.42"))
    return {
        "composer.json": (
            '{\n    "name": "coopcycle/coopcycle-web",\n    "type": "project",\n'
            '    "conflict": {\n       "symfony/symfony": "*"\n    },\n'
            '    "require": {\n        "php": ">=8.2",\n'
            '        "api-platform/core": "^3.0",\n        "doctrine/orm": "^2.7",\n'
            '        "symfony/flex": "*",\n        "symfony/security-bundle": "*",\n'
            '        "symfony/twig-bundle": "*"\n    },\n'
            '    "require-dev": {\n        "phpunit/phpunit": "^9.0"\n    }\n}\n'
        ),
        "composer.lock": _composer_lock(*packages),
        "src/Kernel.php": (
            "<?php\n\nnamespace AppBundle;\n\n"
            "use Symfony\\Bundle\\FrameworkBundle\\Kernel\\MicroKernelTrait;\n"
            "use Symfony\\Component\\HttpKernel\\Kernel as BaseKernel;\n\n"
            "class Kernel extends BaseKernel\n{\n    use MicroKernelTrait;\n}\n"
        ),
        "public/index.php": (
            "<?php\n\nuse AppBundle\\Kernel;\n\n"
            "require_once dirname(__DIR__).'/vendor/autoload_runtime.php';\n\n"
            "return function (array $context) {\n"
            "    return new Kernel($context['APP_ENV'], (bool) $context['APP_DEBUG']);\n};\n"
        ),
    }


def test_symfony_required_through_its_bundles_is_the_locks(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _coopcycle(lock=True)))["."]
    assert not backend.ambiguous
    assert first(backend, K.FRAMEWORK) == ("Symfony", "6.4.42")


def test_symfony_the_lock_does_not_resolve_is_left_to_confirm(tmp_path: Path) -> None:
    """The other side: a Kernel seen in code, with no lock resolving the framework's package,
    stays to be confirmed (vendored or sample code, perhaps)."""
    backend = by_folder(write(tmp_path, _coopcycle(lock=False)))["."]
    assert backend.ambiguous


# --- Go ------------------------------------------------------------------------------------------


def _anylink(db_type: str) -> dict[str, str]:
    """anylink's server/: gorilla/mux over XORM, the database package importing the MySQL,
    PostgreSQL and SQLite drivers; conf/server.toml, the settings it ships, names db_type."""
    return {
        "server/go.mod": go_mod(
            "github.com/gorilla/mux v1.8.1",
            "github.com/go-sql-driver/mysql v1.8.1",
            "github.com/lib/pq v1.10.9",
            "github.com/mattn/go-sqlite3 v1.14.24",
            "xorm.io/xorm v1.3.9",
        ),
        "server/main.go": (
            'package main\n\nimport (\n\t"net/http"\n\n\t"github.com/gorilla/mux"\n)\n\n'
            'func main() {\n\tr := mux.NewRouter()\n\t_ = http.ListenAndServe(":8800", r)\n}\n'
        ),
        "server/dbdata/db.go": (
            'package dbdata\n\nimport (\n\t_ "github.com/go-sql-driver/mysql"\n'
            '\t_ "github.com/lib/pq"\n\t_ "github.com/mattn/go-sqlite3"\n\t"xorm.io/xorm"\n)\n\n'
            "func Start(dbType, source string) (*xorm.Engine, error) {\n"
            "\treturn xorm.NewEngine(dbType, source)\n}\n"
        ),
        "server/conf/server.toml": (
            "#数据库\n"
            f'db_type = "{db_type}"\n'
            'db_source = "./conf/anylink.db"\n'
            "#证书文件\n"
            'cert_file = "./conf/vpn_cert.pem"\n'
        ),
    }


def test_the_engine_a_shipped_toml_setting_chooses(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _anylink("sqlite3")))["server"]
    assert first(backend, K.ORM)[0] == "XORM"
    assert first(backend, K.DATABASE)[0] == "SQLite"


def test_another_engine_the_toml_setting_chooses(tmp_path: Path) -> None:
    """The other side: the same settings choosing PostgreSQL."""
    backend = by_folder(write(tmp_path, _anylink("postgres")))["server"]
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"


# --- Ruby ----------------------------------------------------------------------------------------


def _search_gov(rspec: bool) -> dict[str, str]:
    """search-gov: a Rails app on mysql2 tested with RSpec beside Cucumber; its package.json
    (the browser code's) requires express and runs Jest as `npm test`."""
    tests = (
        "\ngroup :development, :test do\n  gem 'rspec-rails', '~> 6.1'\n"
        "  gem 'cucumber-rails', '~> 2.4', require: false\nend\n"
        if rspec
        else ""
    )
    files = {
        "Gemfile": (
            "source 'https://rubygems.org'\n\ngem 'rails', '~> 7.1.4'\ngem 'mysql2', '~> 0.5.7'\n"
            f"gem 'puma', '~> 5.6'\n{tests}"
        ),
        "config/application.rb": (
            "require_relative 'boot'\n\nrequire 'rails/all'\n\nmodule Usasearch\n"
            "  class Application < Rails::Application\n  end\nend\n"
        ),
        "config/database.yml": "default: &DEFAULT\n  adapter: mysql2\n  encoding: utf8mb4\n",
        "package.json": (
            '{\n  "name": "search-gov",\n  "private": true,\n'
            '  "scripts": {\n    "test": "jest"\n  },\n'
            '  "dependencies": {\n    "express": "^4.19",\n    "react": "^18.2.0"\n  },\n'
            '  "devDependencies": {\n    "jest": "^29.6.1",\n    "ts-jest": "^29.0.5"\n  }\n}\n'
        ),
        "jest.config.js": "module.exports = { preset: 'ts-jest' };\n",
        "spec/javascript/search.test.ts": "test('renders', () => { expect(1).toBe(1); });\n",
    }
    if rspec:
        files[".rspec"] = "--require spec_helper\n"
        files["spec/models/affiliate_spec.rb"] = (
            "require 'spec_helper'\n\ndescribe Affiliate do\n  it 'saves' do\n  end\nend\n"
        )
    return files


def test_a_rails_apps_rspec_before_its_javascripts_jest(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _search_gov(rspec=True)))["."]
    assert first(backend, K.FRAMEWORK)[0] == "Rails"
    assert first(backend, K.TEST)[0] == "RSpec"


def test_jest_alone_stays_the_test_framework(tmp_path: Path) -> None:
    """The other side: with no test tool of the Rails app's own, Jest is still the one named."""
    backend = by_folder(write(tmp_path, _search_gov(rspec=False)))["."]
    assert first(backend, K.FRAMEWORK)[0] == "Rails"
    assert first(backend, K.TEST)[0] == "Jest"
