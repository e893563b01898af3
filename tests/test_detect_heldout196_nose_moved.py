"""Python: a `[nosetests]` section left in setup.cfg beside a command that runs pytest (set 196,
#19).

A Pyramid service keeps nose's options in setup.cfg and pytest in a frozen requirements-dev.txt,
its tests `unittest.TestCase` classes; the Makefile's `test` target runs `pytest -vv --cov=app
tests`, the old `nosetests -v` line commented out above it. The project has moved its suite to
pytest, which runs the TestCases as they are: pytest is the main test framework
(`nose_runner`). A command still running nosetests leaves nose's runner, unittest, first."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_CASE = (
    "import unittest\n\n\nclass BaseTestCase(unittest.TestCase):\n"
    "    def test_home(self):\n        self.assertTrue(True)\n"
)

_MAKEFILE = (
    ".PHONY: test\ntest: ## Run automated tests\n"
    "\t# $(DOCKER_CMD) nosetests -v\n\t$(DOCKER_CMD) pytest -vv --cov=app tests\n"
)


def _service() -> dict[str, str]:
    return {
        "requirements.txt": "SQLAlchemy<2\npsycopg2\npyramid<2\nwaitress\n",
        "requirements-dev.txt": "coverage\nnose\npytest\npytest-cov\nWebTest\n",
        "setup.cfg": "[nosetests]\nmatch=^test\ncover-package=app\nwith-coverage=1\n",
        "app/__init__.py": "from pyramid.config import Configurator\n\n\n"
        "def main(global_config, **settings):\n    config = Configurator(settings=settings)\n"
        "    return config.make_wsgi_app()\n",
        "tests/__init__.py": _CASE,
        "tests/test_views.py": "from . import BaseTestCase\n\n\nclass TestViews(BaseTestCase):\n"
        "    pass\n",
    }


def test_a_command_running_pytest_makes_it_the_main_test(tmp_path: Path) -> None:
    files = _service()
    files["Makefile"] = _MAKEFILE
    found = by_folder(write(tmp_path, files))
    assert first(found["."], K.FRAMEWORK)[0] == "Pyramid"
    assert first(found["."], K.TEST)[0] == "pytest"


def test_without_a_command_nose_settings_keep_unittest(tmp_path: Path) -> None:
    # Counter-case: nose's settings alone say who runs the suite.
    found = by_folder(write(tmp_path, _service()))
    assert first(found["."], K.TEST)[0] == "unittest"


def test_a_command_still_running_nosetests_keeps_unittest(tmp_path: Path) -> None:
    # Counter-case: one command runs pytest, another still runs nose.
    files = _service()
    files["Makefile"] = _MAKEFILE + "\nnose:\n\tnosetests -v\n"
    found = by_folder(write(tmp_path, files))
    assert first(found["."], K.TEST)[0] == "unittest"
