"""A gap the 482nd held-out set showed (benchmarks/detect_heldout482.yaml), as a small fixture
of the real files' shape (#19): a Flask project whose tests are `unittest.TestCase` classes,
run by pytest from tox (`commands = pytest`): the runner names the test framework. Without the
tox command the test cases are unittest's."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind

_SETUP = (
    "from setuptools import setup, find_packages\n\nsetup(\n    name='gliders',\n"
    "    packages=find_packages(exclude=['tests']),\n"
    "    install_requires=[\n        'Flask==1.1.2',\n        'Flask-SQLAlchemy==2.4.4',\n"
    "        'psycopg2-binary==2.8.6',\n    ],\n)\n"
)

_APP = "from flask import Flask\n\napp = Flask(__name__)\n"

_TESTS = {
    f"tests/test_{name}.py": (
        "import unittest\n\n\nclass TestThing(unittest.TestCase):\n"
        "    def test_it(self):\n        self.assertTrue(True)\n"
    )
    for name in ("utils", "logbook", "takeoff")
}

_TOX = (
    "[tox]\nenvlist = py37,flake8\n\n[testenv]\ndeps = pytest\n\ncommands =\n    pytest\n\n"
    "[testenv:flake8]\ndeps = flake8\ncommands = flake8 app tests\n"
)


def _test(tmp_path: Path, **extra: str) -> str:
    files = {"setup.py": _SETUP, "app/__init__.py": _APP, **_TESTS, **extra}
    return first(by_folder(write(tmp_path, files))["."], FindingKind.TEST)[0]


def test_unittest_cases_run_by_pytest_from_tox_are_pytests(tmp_path: Path) -> None:
    assert _test(tmp_path, **{"tox.ini": _TOX}) == "pytest"


def test_without_the_tox_command_they_stay_unittests(tmp_path: Path) -> None:
    assert _test(tmp_path) == "unittest"
