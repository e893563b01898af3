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


_SETUP = """\
from distutils.core import setup
import os

setup(
    name='proposals',
    version='1.0',
    package_dir={'': 'lib'},
    packages=['proposals', 'proposals.db', 'proposals.web'],
    scripts=['scripts/proposalsctl'])
"""
_WEB = (
    "from flask import Flask\n\n\ndef create_web_app():\n    app = Flask(__name__)\n"
    "    return app\n"
)
_META = """\
from sqlalchemy.schema import Column, MetaData, Table
from sqlalchemy.types import Integer, Unicode

metadata = MetaData()

affiliation = Table(
    'affiliation',
    metadata,
    Column('id', Integer, primary_key=True),
    Column('name', Unicode(255), nullable=False))
"""
_ENGINE = (
    "from sqlalchemy import create_engine\n\n\ndef get_engine(url):\n"
    "    return create_engine(url)\n"
)
_TEMPLATE = """\
# The database URL should be given in a form recognised by SQLAlchemy,
# for example:
#     sqlite+pysqlite:////file_path
#     mysql+mysqlconnector://<user>:<password>@<host>[:<port>]/<dbname>
[database]
url=
pool_size=

[application]
name=Proposals
"""


def _packaged(setup: str = _SETUP, template: str = _TEMPLATE) -> dict[str, str]:
    return {
        "setup.py": setup,
        "README.rst": "Proposals\n=========\n\n"
        "Install Flask, SQLAlchemy, mysql-connector-python.\n",
        "lib/proposals/__init__.py": "",
        "lib/proposals/web/__init__.py": "",
        "lib/proposals/web/app.py": _WEB,
        "lib/proposals/db/__init__.py": "",
        "lib/proposals/db/meta.py": _META,
        "lib/proposals/db/engine.py": _ENGINE,
        "etc/proposals.ini.template": template,
        "app.wsgi.example": "from proposals.web.app import create_web_app\n\n"
        "application = create_web_app()\n",
        "test/test_db.py": "from unittest import TestCase\n\n\nclass DBTest(TestCase):\n"
        "    def test_it(self):\n        pass\n",
    }


def test_a_setup_declaring_nothing_is_read_as_no_manifest(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _packaged()))["."]
    assert first(backend, K.FRAMEWORK)[0] == "Flask"
    assert not backend.ambiguous
    assert first(backend, K.ORM)[0] == "SQLAlchemy"
    assert first(backend, K.DATABASE)[0] == "MySQL"


def test_a_setup_declaring_requirements_still_confirms_nothing_by_code(tmp_path: Path) -> None:
    setup = _SETUP.replace("    scripts=", "    install_requires=['requests'],\n    scripts=")
    backend = by_folder(write(tmp_path, _packaged(setup=setup)))["."]
    assert backend.ambiguous
    assert first(backend, K.ORM)[0] == ""


def test_a_template_offering_two_server_engines_names_none(tmp_path: Path) -> None:
    template = _TEMPLATE.replace("sqlite+pysqlite:////file_path", "postgresql://u:p@h/db")
    backend = by_folder(write(tmp_path, _packaged(template=template)))["."]
    assert first(backend, K.ORM)[0] == "SQLAlchemy"
    assert first(backend, K.DATABASE)[0] == ""
