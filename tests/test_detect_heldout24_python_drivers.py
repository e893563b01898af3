"""Python data layers and test requirements held-out sets 58 and 62 showed (#19): PyMongo and
python-arango queried directly, and a setup.py whose `setup(` call names the variables its
test requirements were assigned to, and a compiled pip list installing the project."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_FLASK_APP = "import flask\n\napp = flask.Flask(__name__)\n"


def _setup(install: str, tests: str) -> str:
    return (
        "from setuptools import setup, find_packages\n\n"
        f"install_requires = [\n{install}]\n\ntest_requires = [\n{tests}]\n\n"
        "requirements = [line.strip() for line in open('requirements.txt')]\n\n"
        "setup(\n    name='grader',\n    packages=find_packages(),\n"
        "    install_requires=install_requires,\n    tests_require=test_requires,\n"
        "    extras_require={'test': test_requires},\n)\n"
    )


def test_pymongo_and_a_named_tests_require_list(tmp_path: Path) -> None:
    files = {
        "setup.py": _setup('    "Flask==3.0.2",\n    "pymongo==4.11",\n', '    "pytest==8.0.0",\n'),
        "grader/app.py": _FLASK_APP,
        "tests/test_grader.py": "def test_grade():\n    assert True\n",  # a suite to run
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.QUERY) == ("PyMongo", "==4.11")
    assert first(backend, K.DATABASE)[0] == "MongoDB"
    assert first(backend, K.TEST) == ("pytest", "==8.0.0")


def test_a_named_list_built_by_code_is_not_read(tmp_path: Path) -> None:
    files = {
        "setup.py": (
            "from setuptools import setup\n\n"
            "reqs = [line.strip() for line in open('requirements.txt')]\n\n"
            "setup(name='app', install_requires=reqs)\n"
        ),
        "requirements.txt": "Flask==3.0.2\n",
        "app.py": _FLASK_APP,
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.FRAMEWORK) == ("Flask", "==3.0.2")


def test_python_arango_is_the_data_layer_on_arangodb(tmp_path: Path) -> None:
    files = {
        "server/pyproject.toml": (
            '[project]\nname = "api"\nversion = "0.1.0"\ndependencies = [\n'
            '    "flask>=2.2.5,<3",\n    "python-arango>=7.5.3,<8",\n]\n'
        ),
        "server/src/api/app.py": _FLASK_APP,
        "server/src/common/arangodb.py": (
            "from arango import ArangoClient\n\n\ndef get_db():\n"
            "    return ArangoClient(hosts='http://sc-arangodb:8529').db('suttas')\n"
        ),
    }
    backend = by_folder(write(tmp_path, files))["server"]
    assert first(backend, K.QUERY) == ("python-arango", ">=7.5.3,<8")
    assert first(backend, K.DATABASE)[0] == "ArangoDB"


def test_aiopg_outranks_the_psycopg2_it_runs_on(tmp_path: Path) -> None:
    files = {
        "pyproject.toml": (
            '[project]\nname = "api"\nversion = "0.1.0"\ndependencies = [\n'
            '  "aiopg (>=1.4.0,<2.0.0)",\n  "fastapi (>=0.115.11,<0.116.0)",\n'
            '  "psycopg2-binary (>=2.9.10,<3.0.0)",\n]\n'
        ),
        "api/main.py": "from fastapi import FastAPI\n\napp = FastAPI()\n",
        "api/db.py": (
            "import aiopg\n\n\nasync def connect(dsn):\n    return await aiopg.connect(dsn)\n"
        ),
        "api/errors.py": "import psycopg2\n\nErrors = (psycopg2.Error,)\n",
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.QUERY)[0] == "aiopg"
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"


def test_pymongo_is_named_after_an_odm_beside_it(tmp_path: Path) -> None:
    files = {
        "pyproject.toml": (
            '[project]\nname = "api"\nversion = "0.1.0"\ndependencies = [\n'
            '  "fastapi>=0.110",\n  "beanie>=1.26",\n  "pymongo>=4.8",\n]\n'
        ),
        "api/main.py": "from fastapi import FastAPI\n\napp = FastAPI()\n",
    }
    data = [f.name for f in by_folder(write(tmp_path, files))["."].findings
            if f.kind in (K.ORM, K.QUERY)]
    assert data[0] == "Beanie"


def test_a_compiled_list_installing_the_project_versions_its_setup_ranges(tmp_path: Path) -> None:
    files = {
        "setup.py": (
            "import setuptools\n\nif __name__ == '__main__':\n    setuptools.setup(\n"
            "        name='shop',\n        install_requires=[\"django>=1.11,<2.3\"],\n"
            "        python_requires=\">=3.6\",\n    )\n"
        ),
        "requirements-dev.txt": (
            "-e .\ndjango==2.2.24            # via shop\npytest==5.4.1\n"
            "pytest-django==3.9.0\n"
        ),
        "shop_workbench/__main__.py": (
            "import os\n\nos.environ.setdefault(\"DJANGO_SETTINGS_MODULE\", "
            "\"shop_workbench.settings\")\n"
        ),
        "shop_workbench/settings.py": (
            "DATABASES = {'default': {'ENGINE': 'django.db.backends.sqlite3', 'NAME': 'db'}}\n"
        ),
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.FRAMEWORK) == ("Django", "==2.2.24")
    assert first(backend, K.ORM) == ("Django ORM", "==2.2.24")
