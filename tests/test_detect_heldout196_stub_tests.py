"""Python: a Django app's `tests.py` holding nothing but comments is no test (set 196, #19).

A Django API declares pytest-django in its Poetry dev group and has no test: its one app's
`tests.py` is `startapp`'s stub with even the import commented out (`# from django.test import
TestCase`, `# Create your tests here.`). The declaration runs nothing, and the project has no
test framework (`testless_pytest`). A `tests.py` with a test in it keeps pytest."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_PYPROJECT = (
    '[tool.poetry]\nname = "dashboard"\nversion = "0.1.0"\n\n'
    '[tool.poetry.dependencies]\npython = "^3.10"\nDjango = "^4.0.5"\npsycopg2 = "^2.9.3"\n\n'
    '[tool.poetry.dev-dependencies]\npytest-django = "*"\n'
)

_STUB = "# from django.test import TestCase\n\n# Create your tests here.\n"


def _api() -> dict[str, str]:
    return {
        "pyproject.toml": _PYPROJECT,
        "manage.py": "import os\n\nos.environ.setdefault('DJANGO_SETTINGS_MODULE', "
        "'config.settings')\n",
        "config/__init__.py": "",
        "config/settings.py": "DATABASES = {'default': {'ENGINE': "
        "'django.db.backends.postgresql', 'NAME': 'dashboard'}}\n",
        "config/wsgi.py": "from django.core.wsgi import get_wsgi_application\n\n"
        "application = get_wsgi_application()\n",
        "apps/importer/__init__.py": "",
        "apps/importer/models.py": "from django.db import models\n",
        "apps/importer/tests.py": _STUB,
    }


def test_a_commented_startapp_stub_is_no_test(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _api()))
    assert first(found["."], K.FRAMEWORK)[0] == "Django"
    assert first(found["."], K.TEST) == ("", "")


def test_a_tests_module_with_a_test_keeps_pytest(tmp_path: Path) -> None:
    # Counter-case: the module holds a test function pytest collects.
    files = _api()
    files["apps/importer/tests.py"] = _STUB + "\n\ndef test_import():\n    assert True\n"
    found = by_folder(write(tmp_path, files))
    assert first(found["."], K.TEST)[0] == "pytest"
