"""Data-layer and test-tool gaps held-out set 50 showed (benchmarks/detect_heldout50.yaml),
each as a small fixture of the real files' shape (#19)."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

# --- Go: Jet's generated tables queried over a pgx pool --------------------------------------

_GO_MOD = (
    "module example.com/drive\n\ngo 1.25.0\n\nrequire (\n"
    "\tgithub.com/go-chi/chi/v5 v5.2.3\n{extra}"
    "\tgithub.com/jackc/pgx/v5 v5.9.1\n)\n"
)
_MAIN = (
    'package main\n\nimport (\n\t"net/http"\n\n\t"github.com/go-chi/chi/v5"\n)\n\n'
    "func main() {\n\tmux := chi.NewRouter()\n\thttp.ListenAndServe(\":8080\", mux)\n}\n"
)
_POOL = (
    'package database\n\nimport (\n\t"context"\n\n\t"github.com/jackc/pgx/v5/pgxpool"\n)\n\n'
    "func New(ctx context.Context, dsn string) (*pgxpool.Pool, error) {\n"
    "\treturn pgxpool.New(ctx, dsn)\n}\n"
)
_REPO = (
    'package repositories\n\nimport (\n\t"github.com/go-jet/jet/v2/postgres"\n'
    '\t"github.com/go-jet/jet/v2/qrm"\n)\n\nvar _ = postgres.SELECT\nvar _ = qrm.ErrNoRows\n'
)


def test_jet_over_pgx_is_the_data_layer(tmp_path: Path) -> None:
    files = {
        "go.mod": _GO_MOD.format(extra="\tgithub.com/go-jet/jet/v2 v2.14.0\n"),
        "cmd/main.go": _MAIN,
        "internal/database/database.go": _POOL,
        "pkg/repositories/files.go": _REPO,
    }
    found = by_folder(write(tmp_path, files))
    assert first(found["."], K.QUERY) == ("Jet", "v2.14.0")
    assert first(found["."], K.DATABASE)[0] == "PostgreSQL"


def test_pgx_alone_stays_the_data_layer(tmp_path: Path) -> None:
    files = {
        "go.mod": _GO_MOD.format(extra=""),
        "cmd/main.go": _MAIN,
        "internal/database/database.go": _POOL,
    }
    found = by_folder(write(tmp_path, files))
    assert first(found["."], K.QUERY)[0] == "pgx"


# --- Go: testify required by a module holding no test file -----------------------------------

_MUX_MOD = (
    "module example.com/files\n\ngo 1.26\n\nrequire (\n\tgithub.com/gorilla/mux v1.8.1\n"
    "\tgithub.com/mattn/go-sqlite3 v1.14.42\n\tgithub.com/stretchr/testify v1.11.1\n)\n"
)
_MUX_MAIN = (
    'package main\n\nimport (\n\t"database/sql"\n\t"net/http"\n\n\t"github.com/gorilla/mux"\n'
    '\t_ "github.com/mattn/go-sqlite3"\n)\n\nfunc main() {\n'
    '\tdb, _ := sql.Open("sqlite3", "share.db")\n\t_ = db\n'
    '\thttp.ListenAndServe(":8334", mux.NewRouter())\n}\n'
)
_GO_TEST = (
    'package main\n\nimport (\n\t"testing"\n\n\t"github.com/stretchr/testify/assert"\n)\n\n'
    "func TestShare(t *testing.T) {\n\tassert.True(t, true)\n}\n"
)


def test_testify_without_test_files_is_no_test_framework(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, {"go.mod": _MUX_MOD, "cmd/main.go": _MUX_MAIN}))
    assert first(found["."], K.TEST) == ("", "")


def test_testify_beside_go_tests_stays(tmp_path: Path) -> None:
    files = {"go.mod": _MUX_MOD, "cmd/main.go": _MUX_MAIN, "cmd/main_test.go": _GO_TEST}
    found = by_folder(write(tmp_path, files))
    tests = [f.name for f in found["."].findings if f.kind is K.TEST]
    assert tests[0] == "go test"
    assert "testify" in tests


# --- PHP: Codeception keeping a unit suite over PHPUnit --------------------------------------

_COMPOSER = (
    '{\n    "require": {\n        "php": ">=8.1",\n'
    '        "symfony/framework-bundle": "6.4.*",\n        "doctrine/orm": "^2.17"\n    },\n'
    '    "require-dev": {\n        "codeception/codeception": "^5.2",\n'
    '        "phpunit/phpunit": "^10.5"\n    }\n}\n'
)
_KERNEL = (
    "<?php\n\nnamespace App;\n\n"
    "use Symfony\\Bundle\\FrameworkBundle\\Kernel\\MicroKernelTrait;\n"
    "use Symfony\\Component\\HttpKernel\\Kernel as BaseKernel;\n\n"
    "class Kernel extends BaseKernel\n{\n    use MicroKernelTrait;\n}\n"
)
_CODECEPTION = "namespace: App\\Tests\npaths:\n    tests: tests\n    output: tests/_output\n"
_UNIT_SUITE = "actor: UnitTester\nmodules:\n  enabled:\n    - Asserts\n"
_ACCEPTANCE_SUITE = "actor: AcceptanceTester\nmodules:\n  enabled:\n    - WebDriver\n"


def _symfony(suites: dict[str, str]) -> dict[str, str]:
    return {
        "composer.json": _COMPOSER,
        "src/Kernel.php": _KERNEL,
        "codeception.yml": _CODECEPTION,
        **{f"tests/{name}": text for name, text in suites.items()},
    }


def test_codeception_with_a_unit_suite_is_the_main_test_framework(tmp_path: Path) -> None:
    files = _symfony(
        {"unit.suite.dist.yml": _UNIT_SUITE, "acceptance.suite.yml": _ACCEPTANCE_SUITE}
    )
    found = by_folder(write(tmp_path, files))
    assert first(found["."], K.TEST)[0] == "Codeception"


def test_codeception_for_acceptance_only_stays_second(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _symfony({"acceptance.suite.yml": _ACCEPTANCE_SUITE})))
    assert first(found["."], K.TEST)[0] == "PHPUnit"


# --- Node: RethinkDB through a rethinkdbdash-style driver ------------------------------------

_API_PACKAGE = (
    '{\n  "name": "api",\n  "dependencies": {\n    "express": "^4.17.1",\n'
    '    "ioredis": "3.2.2",\n    "{driver}": "^2.3.32"\n  }\n}\n'
)
_API_INDEX = (
    "import express from 'express';\n\nconst app = express();\n"
    "app.post('/api/threads', (req, res) => res.json({}));\napp.listen(3001);\n"
)
_DB = "const r = require('{driver}')({ db: 'forum', max: 20 });\nmodule.exports = { db: r };\n"


@pytest.mark.parametrize("driver", ["rethinkhaberdashery", "rethinkdbdash", "rethinkdb"])
def test_rethinkdb_driver_is_the_data_layer_and_engine(tmp_path: Path, driver: str) -> None:
    files = {
        "api/package.json": _API_PACKAGE.replace("{driver}", driver),
        "api/index.js": _API_INDEX,
        "api/db.js": _DB.replace("{driver}", driver),
    }
    found = by_folder(write(tmp_path, files))
    assert first(found["api"], K.QUERY)[0] == driver
    assert first(found["api"], K.DATABASE)[0] == "RethinkDB"
