"""Django's generated test stub is no test suite (benchmarks/detect_heldout140.yaml, #19):
`startapp` writes `tests.py` into every app as `from django.test import TestCase` and the
comment `# Create your tests here.`. An app left with only that stub has no test of its own,
so it names no test framework (earlier sets accepted none or unittest for that shape; set 140
wrote none). A tests.py holding a test case is unittest's, as before."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_STUB = "from django.test import TestCase\n\n# Create your tests here.\n"
_MANAGE = (
    "import os\nimport sys\n\nif __name__ == '__main__':\n"
    "    os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'core.settings')\n"
    "    from django.core.management import execute_from_command_line\n"
    "    execute_from_command_line(sys.argv)\n"
)


def _files(tests: str) -> dict[str, str]:
    return {
        "requirements.txt": "Django==3.2.25\ngunicorn==23.0.0\n",
        "manage.py": _MANAGE,
        "core/settings.py": (
            "INSTALLED_APPS = ['django.contrib.admin', 'blog']\n"
            "WSGI_APPLICATION = 'core.wsgi.application'\n"
            "DATABASES = {'default': {'ENGINE': 'django.db.backends.sqlite3', 'NAME': 'db'}}\n"
        ),
        "core/wsgi.py": (
            "from django.core.wsgi import get_wsgi_application\n\n"
            "application = get_wsgi_application()\n"
        ),
        "blog/models.py": "from django.db import models\n\n\nclass Post(models.Model):\n    pass\n",
        "blog/tests.py": tests,
    }


def test_startapp_stub_names_no_test_framework(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _files(_STUB)))["."]
    assert first(backend, K.FRAMEWORK)[0] == "Django"
    assert first(backend, K.TEST) == ("", "")


def test_tests_py_with_a_test_case_is_unittest(tmp_path: Path) -> None:
    """Counter-case: the same module with a test case under the import is a test suite."""
    tests = (
        "from django.test import TestCase\n\n\nclass PostTests(TestCase):\n"
        "    def test_post(self):\n        self.assertTrue(True)\n"
    )
    backend = by_folder(write(tmp_path, _files(tests)))["."]
    assert first(backend, K.TEST)[0] == "unittest"


def test_pytest_functions_under_the_import_are_tests(tmp_path: Path) -> None:
    """Counter-case: module-level test functions using Django's test tools are tests too."""
    tests = (
        "from django.test import override_settings\n\n\n"
        "@override_settings(DEBUG=True)\ndef test_post():\n    assert True\n"
    )
    backend = by_folder(write(tmp_path, _files(tests)))["."]
    assert first(backend, K.TEST)[0] != ""
