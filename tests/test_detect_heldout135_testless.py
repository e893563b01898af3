"""Held-out set 135 (#19): a Flask API packaged by Poetry (`pyproject.toml` at the root, the
package in `api/`) whose `dev` group declares pytest, in a repository holding no test at all:
no test module, no `conftest.py`, no tests folder, no command running pytest. The declaration
runs nothing; the backend has no test framework.

Counter-cases, each keeping pytest: a test module anywhere in the repository, a `conftest.py`,
a folder named for tests, pytest's settings, and a CI step running pytest.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind

_PYPROJECT = """[tool.poetry]
name = "books-api"
version = "1.0.0"
packages = [{include = "api"}]

[tool.poetry.dependencies]
python = "^3.10"
Flask = "3.1.3"
flask-sqlalchemy = "3.1.1"

[tool.poetry.group.dev.dependencies]
pytest = "9.0.2"
bump-my-version = "^1.3.0"

[build-system]
requires = ["poetry-core"]
build-backend = "poetry.core.masonry.api"
"""

_APP = """from flask import Flask
from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()
app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite:///books.db"
db.init_app(app)
"""


def _tree(extra: dict[str, str] | None = None) -> dict[str, str]:
    return {
        "pyproject.toml": _PYPROJECT,
        "api/__init__.py": "",
        "api/app.py": _APP,
        "api/routes/books.py": "from api.app import app\n",
        "docker-compose.test.yml": "services:\n  api:\n    build: .\n",
        "web/package.json": '{\n  "name": "web",\n  "private": true\n}\n',
        **(extra or {}),
    }


def _test(tmp_path: Path, extra: dict[str, str] | None = None) -> str:
    backend = by_folder(write(tmp_path, _tree(extra)))["."]
    return first(backend, FindingKind.TEST)[0]


def test_a_declared_pytest_with_no_test_anywhere_is_no_test_framework(tmp_path: Path) -> None:
    assert _test(tmp_path) == ""


def test_a_test_module_elsewhere_in_the_repository_keeps_it(tmp_path: Path) -> None:
    assert _test(tmp_path, {"e2e/check_test.py": "def test_up():\n    assert True\n"}) == "pytest"


def test_a_test_module_beside_the_code_keeps_it(tmp_path: Path) -> None:
    extra = {"api/test_books.py": "def test_list():\n    assert True\n"}
    assert _test(tmp_path, extra) == "pytest"


def test_a_conftest_keeps_it(tmp_path: Path) -> None:
    assert _test(tmp_path, {"conftest.py": "import pytest\n"}) == "pytest"


def test_a_tests_folder_keeps_it(tmp_path: Path) -> None:
    assert _test(tmp_path, {"tests/__init__.py": ""}) == "pytest"


def test_pytest_settings_keep_it(tmp_path: Path) -> None:
    settings = _PYPROJECT + '\n[tool.pytest.ini_options]\ntestpaths = ["api"]\n'
    assert _test(tmp_path, {"pyproject.toml": settings}) == "pytest"


def test_a_ci_step_running_pytest_keeps_it(tmp_path: Path) -> None:
    workflow = (
        "on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n"
        "      - run: poetry install\n      - run: poetry run pytest\n"
    )
    assert _test(tmp_path, {".github/workflows/ci.yml": workflow}) == "pytest"
