"""A Flask API whose test modules are `unittest.TestCase` classes, whose only pytest file is a
`conftest.py` re-exporting a fixture of a sibling module (`from .fixture import
run_test_server`), and whose CI runs the suite with pytest (`.travis.yml`: `coverage run -m
py.test`), as held-out set 502 showed (#19). The command says the suite is pytest's, which runs
the `TestCase`s as they are: pytest, not unittest (`helper_conftests` keeps it). Counter-case:
with no command running pytest, the `conftest.py` holding nothing of pytest's is a helpers
module and unittest stays the tool."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_APP = (
    "from flask import Flask\n\napp = Flask(__name__)\n\n\n"
    "@app.route('/')\ndef index():\n    return 'ok'\n"
)
_TEST = (
    "import unittest\n\nfrom api.app import app\n\n\n"
    "class ShortenTest(unittest.TestCase):\n"
    "    def test_index(self):\n        self.assertEqual(app.name, 'api.app')\n"
)
_TRAVIS = (
    "language: python\ninstall:\n    - pip install -r requirements.txt\n"
    'script:\n    - coverage run --omit="*/tests*" -m py.test\n'
)


def _project(travis: bool) -> dict[str, str]:
    files = {
        "requirements.txt": "Flask==2.1.2\nSQLAlchemy==1.4.39\n",
        "api/__init__.py": "",
        "api/app.py": _APP,
        "api/tests/__init__.py": "",
        "api/tests/test_shorten.py": _TEST,
        "tests/__init__.py": "",
        "tests/conftest.py": "from .fixture import run_test_server\n",
        "tests/fixture.py": "import subprocess\n\n\ndef run_test_server():\n    return None\n",
        "tests/test_integration.py": _TEST,
    }
    if travis:
        files[".travis.yml"] = _TRAVIS
    return files


def test_a_ci_running_pytest_over_testcases_names_pytest(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _project(travis=True)))["."]
    assert first(backend, K.TEST)[0] == "pytest"


def test_without_a_pytest_command_the_helpers_conftest_is_no_pytest(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _project(travis=False)))["."]
    assert first(backend, K.TEST)[0] == "unittest"
