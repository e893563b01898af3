"""Python: what the code imports over what the manifest declares or leaves out (set 326, #19).

A FastAPI service declares psycopg2-binary and writes its SQL through psycopg 3, which a
data-access library it installs requires (the lock resolves it): the imported driver is its data
layer (`py_imported_drivers`). And a Flask service packaged by a distutils setup.py declaring
no dependency at all (its README lists what to install) is read as one with no manifest: the
framework its code starts is no longer unconfirmed, the SQLAlchemy Core tables it declares name
its data layer (`undeclared_models`), and the server engine its INI settings template offers
beside SQLite names its engine (`template_urls`). Counter-cases: a declared driver some module
imports stays; a setup.py declaring requirements is not read so; a template offering two server
engines names none."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_PYPROJECT = (
    "[tool.poetry]\nname = 'shifts'\nversion = '0.1.0'\n\n"
    "[tool.poetry.dependencies]\npython = '^3.10'\nfastapi = '^0.111.0'\n"
    "psycopg2-binary = '^2.9.9'\nshop-db-lib = '7.1.1'\n"
)
_LOCK = "".join(
    f'[[package]]\nname = "{name}"\nversion = "{version}"\ndescription = ""\n'
    'optional = false\npython-versions = ">=3.8"\n\n'
    for name, version in (
        ("fastapi", "0.111.1"),
        ("psycopg", "3.2.4"),
        ("psycopg-pool", "3.2.4"),
        ("psycopg2-binary", "2.9.10"),
        ("shop-db-lib", "7.1.1"),
    )
)
_APP = (
    "from fastapi import FastAPI\nfrom psycopg import DatabaseError\n\n"
    "app = FastAPI()\n"
)
_QUERY = (
    "from psycopg import sql\n\nfrom shop_db_lib import create_connection_pool\n\n\n"
    "def insert(pool, row):\n    with pool.connection() as conn:\n"
    "        conn.execute(sql.SQL('INSERT INTO tab_shift VALUES (%s)'), (row,))\n"
)


def _service(query: str = _QUERY) -> dict[str, str]:
    return {
        "pyproject.toml": _PYPROJECT,
        "poetry.lock": _LOCK,
        "src/shifts/__init__.py": "",
        "src/shifts/app.py": _APP,
        "src/shifts/data/query.py": query,
        # Only a test imports psycopg2's error classes: not the program's code.
        "tests/test_query.py": "from psycopg2.errors import DatabaseError\n",
    }


def test_the_imported_locked_driver_wins_over_a_declared_unimported_one(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _service()))["."]
    assert first(backend, K.QUERY) == ("psycopg", "3.2.4")
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"


def test_a_declared_driver_the_code_imports_stays(tmp_path: Path) -> None:
    query = _QUERY + "\nimport psycopg2\n"
    backend = by_folder(write(tmp_path, _service(query)))["."]
    assert first(backend, K.QUERY)[0] == "psycopg2"
