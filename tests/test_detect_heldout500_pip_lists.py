"""Held-out set 500 (#19): a Flask API keeping its pip lists per program one level below
`requirements/` (`requirements/time_tracker_api/prod.txt`, which the Dockerfile installs,
layering on `../azure_cosmos.txt` and naming `../sql_db.txt` only in a comment): Flask at the
list's pin, azure-cosmos the data layer rather than the switched-off SQLAlchemy list; with the
include uncommented, SQLAlchemy is installed again.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_PROD = """# requirements/time_tracker_api/prod.txt

# Dependencies
-r ../commons.txt
-r ../azure_cosmos.txt
# -r ../sql_db.txt

Flask==1.1.1
gunicorn==20.0.4
flask-restplus==0.12.1
"""
_API = """from flask import Flask


def create_app():
    app = Flask(__name__)
    from time_tracker_api.database import init_cosmos_db
    init_cosmos_db(app)
    return app
"""
_COSMOS = """from azure.cosmos import CosmosClient


class CosmosDBDao:
    def __init__(self, url, key):
        self.client = CosmosClient(url, {'masterKey': key})
"""
_SQL = """from flask_sqlalchemy import SQLAlchemy

db = None


def init_app(app):
    global db
    db = SQLAlchemy(app)
"""


def _flask(prod: str) -> dict[str, str]:
    return {
        "api.py": "from time_tracker_api import create_app\n\napp = create_app()\n",
        "time_tracker_api/__init__.py": _API,
        "time_tracker_api/database.py": (
            "from commons.cosmos_db import CosmosDBDao\n\n\ndef init_cosmos_db(app):\n"
            "    return CosmosDBDao(app.config['URL'], app.config['KEY'])\n"
        ),
        "commons/__init__.py": "",
        "commons/cosmos_db.py": _COSMOS,
        "commons/sql.py": _SQL,
        "setup.py": "from setuptools import setup, find_packages\n\n"
        "setup(name='time-tracker', packages=find_packages())\n",
        "requirements/commons.txt": "requests==2.25.1\n",
        "requirements/azure_cosmos.txt": "azure-core==1.9.0\nazure-cosmos==4.0.0b6\n",
        "requirements/sql_db.txt": "pyodbc==4.0.30\nSQLAlchemy==1.3.15\nflask_sqlalchemy==2.4.1\n",
        "requirements/time_tracker_api/prod.txt": prod,
        "requirements/time_tracker_api/dev.txt": "-r prod.txt\npytest==5.2.0\n",
        "tests/conftest.py": "import pytest\n",
        "tests/api_test.py": "def test_app():\n    assert True\n",
        "Dockerfile": (
            "FROM python:3.9-alpine\nWORKDIR /usr/src/app\nCOPY . .\n"
            "RUN pip3 install --no-cache-dir -r requirements/time_tracker_api/prod.txt\n"
            'CMD ["gunicorn", "-b 0.0.0.0:5000", "api:app"]\n'
        ),
    }


def test_the_list_the_image_installs_below_requirements_is_read(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _flask(_PROD)))
    assert sorted(found) == ["."]
    assert first(found["."], K.FRAMEWORK) == ("Flask", "==1.1.1")


def test_a_list_included_only_in_a_comment_is_not_the_data_layer(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _flask(_PROD)))["."]
    assert first(backend, K.QUERY)[0] == "azure-cosmos"
    assert first(backend, K.ORM) == ("", "")


def test_a_list_switched_back_on_is_the_data_layer(tmp_path: Path) -> None:
    # Counter-case: the include uncommented, SQLAlchemy is installed again.
    prod = _PROD.replace("# -r ../sql_db.txt", "-r ../sql_db.txt")
    backend = by_folder(write(tmp_path, _flask(prod)))["."]
    assert first(backend, K.ORM)[0] == "SQLAlchemy"


def test_a_docs_list_commenting_the_application_s_list_out_leaves_it_installed(
    tmp_path: Path,
) -> None:
    # Counter-case: a comment naming a list, with no live list of its folder beside it, is
    # no choice between alternatives.
    files = _flask(_PROD.replace("# -r ../sql_db.txt\n", ""))
    files["docs/requirements.txt"] = "# -r ../requirements/sql_db.txt\nsphinx==7.0.0\n"
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.ORM)[0] == "SQLAlchemy"
