"""A Django project whose one test module is an app's `tests.py` two folders down, as held-out
set 143 showed (benchmarks/detect_heldout143.yaml, #19): `manage.py` and the project package at
the root, many shallow modules (plugin apps, the project's settings and views) spending the
walk's quota of ordinary files, and `incidents/authorization/tests.py` holding a Django
`TestCase` run by `manage.py test`. The walk picks a test file by its name on the test quota
(`test_*.py`, `*_test.py`, `conftest.py`), and `tests.py` is such a name too: the suite is
unittest's, however many ordinary modules the project has above it."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_MANAGE = "import os\n\nos.environ.setdefault('DJANGO_SETTINGS_MODULE', 'site.settings')\n"
_WSGI = (
    "from django.core.wsgi import get_wsgi_application\n\napplication = get_wsgi_application()\n"
)
_TEST = (
    "from django.test import TestCase\n\nfrom tickets import models\n\n\n"
    "# Create your tests here.\n\n\nclass BusinessLineTestCase(TestCase):\n"
    "    def test_root(self):\n        self.assertTrue(models)\n"
)
_STUB = "from django.test import TestCase\n\n# Create your tests here.\n"


def _project(tests: str) -> dict[str, str]:
    files = {
        "requirements.txt": "Django\nmysqlclient\ndj-database-url\n",
        "manage.py": _MANAGE,
        "site/__init__.py": "",
        "site/wsgi.py": _WSGI,
        "site/settings.py": "DATABASES = {}\n",
        "tickets/__init__.py": "",
        "tickets/models.py": "from django.db import models\n",
        "tickets/authorization/__init__.py": "",
        "tickets/authorization/tests.py": tests,
    }
    # Plugin apps beside the project: shallow modules enough to spend the ordinary quota.
    for n in range(12):
        files[f"plugin_{n}/__init__.py"] = ""
        files[f"plugin_{n}/views.py"] = "from django.http import HttpResponse\n"
        files[f"plugin_{n}/admin.py"] = "from django.contrib import admin\n"
    return files


def test_a_deep_apps_tests_module_names_unittest(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _project(_TEST)))["."]
    assert first(backend, K.FRAMEWORK)[0] == "Django"
    assert first(backend, K.TEST)[0] == "unittest"


def test_the_startapp_stub_still_names_no_test_framework(tmp_path: Path) -> None:
    # Counter-case: the stub `startapp` writes (an import and a comment) is no test.
    backend = by_folder(write(tmp_path, _project(_STUB)))["."]
    assert first(backend, K.TEST) == ("", "")
