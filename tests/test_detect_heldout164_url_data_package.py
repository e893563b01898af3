"""A Flask API whose models and SQLAlchemy session come from the product's data package,
named by URL in setup.py's install_requires (`'product-db @ git+https://…@v0.8.2'`), as
held-out set 164 showed (benchmarks/detect_heldout164.yaml, #19): no manifest declares
SQLAlchemy, the settings configure `SQLALCHEMY_DATABASE_URI` (an engine, no data layer), and
the API's modules import SQLAlchemy's ORM (`from sqlalchemy.orm.util import aliased`) to query
through the package's session. The data layer is SQLAlchemy, lent by the package
(`url_requirements`). Counter-cases: a setup.py naming no dependency by URL (only its own
`url='https://…'`) lends nothing; nor does a project with a data layer of its own.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K


def _setup(requires: str) -> str:
    return (
        "from setuptools import setup\n\n"
        "install_requires = [\n"
        "    'Flask>=1.1.4,<2',\n"
        f"{requires}"
        "]\n\n"
        "setup(\n    name='classes-ws',\n"
        "    url='https://example.org/classes-ws',\n"
        "    install_requires=install_requires,\n)\n"
    )


def _files(requires: str) -> dict[str, str]:
    return {
        "setup.py": _setup(requires),
        "classes_ws/__init__.py": (
            "from flask import Flask\nfrom classes_db.ext import ClassesDatabase\n\n\n"
            "def create_app():\n    app = Flask(__name__)\n    ClassesDatabase(app)\n"
            "    return app\n"
        ),
        "classes_ws/config.py": (
            "import os\n\nSQLALCHEMY_DATABASE_URI = os.environ.get("
            "'SQLALCHEMY_DATABASE_URI', 'postgresql://user:password@localhost:5432/classes')\n"
        ),
        "classes_ws/data.py": (
            "from classes_db.models import Klass, db\nfrom sqlalchemy import and_\n"
            "from sqlalchemy.orm.util import aliased\n\n\n"
            "def classes():\n    return db.session.query(Klass).all()\n"
        ),
    }


_BY_URL = "    'classes-db @ git+https://example.org/classes-db@v0.8.2',\n"


def test_a_data_package_by_url_in_setup_py_lends_sqlalchemy(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _files(_BY_URL)))["."]
    assert first(backend, K.FRAMEWORK)[0] == "Flask"
    assert first(backend, K.ORM)[0] == "SQLAlchemy"
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"


def test_a_setup_py_naming_nothing_by_url_lends_nothing(tmp_path: Path) -> None:
    # Counter-case: the project's own `url=` is no dependency installed by URL.
    backend = by_folder(write(tmp_path, _files("    'classes-db>=0.8',\n")))["."]
    assert first(backend, K.ORM) == ("", "")


def test_a_data_layer_of_its_own_is_not_replaced(tmp_path: Path) -> None:
    # Counter-case: a declared data layer stays the project's.
    backend = by_folder(write(tmp_path, _files(_BY_URL + "    'peewee==3.17.0',\n")))["."]
    assert [f.name for f in backend.findings if f.kind is K.ORM] == ["Peewee"]
