"""A Flask service from a template whose setup.cfg keeps `[tool:pytest]` with `testpaths =
tests/unit` while no such folder exists (held-out set 67, #19): no test framework. Once the
folder is there, pytest is the service's."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_SETUP_CFG = """[metadata]
name = feedback_api

[options]
python_requires = >=3.6
packages = find:

[tool:pytest]
addopts = --cov=src --cov-report xml:coverage.xml
testpaths = tests/unit
filterwarnings =
    ignore::UserWarning
"""

_WSGI = """from api import create_app

application = create_app()
"""

_API = """from flask import Flask
from flask_restx import Api


def create_app():
    app = Flask(__name__)
    api = Api(app)

    @app.route('/feedback', methods=['POST'])
    def feedback():
        return {'sent': True}

    return app
"""


def _tree() -> dict[str, str]:
    return {
        "feedback-api/requirements.txt": "Flask\nflask-restx\ngunicorn\nrequests\n",
        "feedback-api/setup.cfg": _SETUP_CFG,
        "feedback-api/wsgi.py": _WSGI,
        "feedback-api/src/api/__init__.py": _API,
    }


def test_pytest_settings_over_missing_test_paths_are_no_suite(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _tree()))["feedback-api"]
    assert first(backend, K.TEST) == ("", "")


def test_pytest_settings_over_present_test_paths_stay(tmp_path: Path) -> None:
    files = {
        **_tree(),
        "feedback-api/tests/unit/test_feedback.py": "def test_feedback():\n    assert True\n",
    }
    backend = by_folder(write(tmp_path, files))["feedback-api"]
    assert first(backend, K.TEST)[0] == "pytest"
