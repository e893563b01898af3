"""Held-out sets 88 and 90 (#19): test suites run by nose.

Two real shapes. A Django 1.11 project whose settings set Django's runner to django-nose's
(`TEST_RUNNER = 'django_nose.NoseTestSuiteRunner'`), its test modules named `*_tests.py` (which
the walk does not take for tests) under app folders: `manage.py test` runs the suite through
nose. And a Flask project whose test modules are plain classes using nose's helpers (`from
nose.tools import raises, assert_raises`), run by `nosetests test/`. Without the runner setting
or the helpers' import, nothing names nose.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_DJANGO_SETTINGS = """import os

INSTALLED_APPS = ["django.contrib.auth", "series.apps.api"]
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql_psycopg2",
        "NAME": os.environ.get("DB_NAME", "series"),
    }
}
TEST_RUNNER = 'django_nose.NoseTestSuiteRunner'
"""

_MANAGE = """import os
import sys

if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "conf.settings.base")
    from django.core.management import execute_from_command_line
    execute_from_command_line(sys.argv)
"""


def _django(runner: bool) -> dict[str, str]:
    settings = (
        _DJANGO_SETTINGS
        if runner
        else _DJANGO_SETTINGS.replace("TEST_RUNNER = 'django_nose.NoseTestSuiteRunner'\n", "")
    )
    return {
        "requirements.txt": "Django==1.11.6\npsycopg2==2.7.3.2\n",
        "manage.py": _MANAGE,
        "conf/settings/base.py": settings,
        "conf/wsgi.py": "from django.core.wsgi import get_wsgi_application\n"
        "application = get_wsgi_application()\n",
        "series/apps/api/tests/query_tests.py": "from django.test import TestCase\n\n\n"
        "class QueryTests(TestCase):\n    def test_query(self):\n        pass\n",
    }


def test_django_nose_as_the_test_runner_is_nose(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _django(runner=True)))["."]
    assert first(backend, K.TEST)[0] == "nose"


def test_without_the_runner_setting_nose_is_not_named(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _django(runner=False)))["."]
    assert first(backend, K.TEST)[0] != "nose"


_FLASK_CORE = """from flask import Flask


def create_app():
    app = Flask(__name__)
    app.add_url_rule("/api/project", "projects", lambda: "[]")
    return app
"""

_FORMS_TEST = """from nose.tools import raises, assert_raises
from default import Test


class TestValidator(Test):
    @raises(ValueError)
    def test_rejects(self):
        raise ValueError
"""


def _flask(helpers: bool) -> dict[str, str]:
    test = (
        _FORMS_TEST
        if helpers
        else _FORMS_TEST.replace("from nose.tools import raises, assert_raises\n", "").replace(
            "    @raises(ValueError)\n", ""
        )
    )
    return {
        "requirements.txt": "Flask==1.1.2\nFlask-SQLAlchemy==2.4.4\npsycopg2-binary==2.8.6\n",
        "pybossa/core.py": _FLASK_CORE,
        "run.py": "from pybossa.core import create_app\n\napp = create_app()\n",
        "test/default.py": "class Test(object):\n    pass\n",
        "test/test_forms.py": test,
    }


def test_tests_written_to_nose_helpers_are_nose(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _flask(helpers=True)))["."]
    assert first(backend, K.TEST)[0] == "nose"


def test_plain_test_classes_without_the_helpers_name_no_nose(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _flask(helpers=False)))["."]
    assert first(backend, K.TEST)[0] != "nose"


def test_pytest_declared_beside_nose_helpers_stays_the_runner(tmp_path: Path) -> None:
    # Old pytest suites importing nose's assertions: pytest, declared and configured, runs them.
    files = _flask(helpers=True)
    files["requirements.txt"] += "pytest==7.4.4\n"
    files["pytest.ini"] = "[pytest]\ntestpaths = test\n"
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.TEST)[0] == "pytest"
