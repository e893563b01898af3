"""Python: the suite a tox environment's commands run with pytest (set 364, #19).

A Flask service's tests are `unittest.TestCase` classes; no manifest lists pytest: tox.ini's
`[testenv]` installs it among its deps and runs `pytest --cov=app {posargs}`. pytest runs the
`TestCase`s as they are: the suite's tool is pytest. A `pytest` only among the deps (another
command running the suite) is no run."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_TOX = (
    "[tox]\nenvlist = py3{9,12}\n\n[testenv]\nusedevelop = True\ndeps =\n"
    "    -rrequirements.txt\n    pytest\n    pytest-cov\nsetenv =\n"
    "    APP_CONFIG={toxinidir}/tests/test.cfg\ncommands =\n"
    "    pytest --cov=calendarapp --cov-report=term-missing {posargs}\n\n"
    "[testenv:lint]\ndeps =\n    pylint\ncommands =\n    pylint -f parseable calendarapp\n"
)


def _repo(tox: str = _TOX) -> dict[str, str]:
    files = {
        "requirements.txt": "flask\nsqlalchemy\ngunicorn\npsycopg2\n",
        "setup.py": "from setuptools import setup\n\nsetup(name='calendarapp')\n",
        "tox.ini": tox,
        "calendarapp/__init__.py": "import flask\n\nAPP = flask.Flask(__name__)\n",
        "tests/__init__.py": (
            "import unittest\n\n\nclass Modeltests(unittest.TestCase):\n    pass\n"
        ),
    }
    for name in ("calendar", "meetings"):
        files[f"tests/test_{name}.py"] = (
            "import unittest\n\nfrom tests import Modeltests\n\n\n"
            f"class {name.title()}tests(Modeltests):\n"
            "    def test_ok(self):\n        self.assertTrue(True)\n\n\n"
            "if __name__ == '__main__':\n    unittest.main()\n"
        )
    return files


def test_pytest_run_by_tox_is_the_suites_tool(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _repo()))["."]
    assert first(found, K.FRAMEWORK)[0] == "Flask"
    assert first(found, K.TEST)[0] == "pytest"


def test_pytest_only_among_the_deps_runs_nothing(tmp_path: Path) -> None:
    # Counter-case: tox installs pytest but runs the suite with unittest.
    tox = _TOX.replace(
        "pytest --cov=calendarapp --cov-report=term-missing {posargs}",
        "python -m unittest {posargs}",
    )
    assert first(by_folder(write(tmp_path, _repo(tox)))["."], K.TEST)[0] == "unittest"
