"""A Django project whose CI runs Django's runner beside a stray `conftest.py` (set 184, #19).

A Django REST project declares pytest in its development group, without pytest-django, and
keeps one `conftest.py` defining an autouse fixture over pytest-django's `settings` fixture
(which, the plugin absent, no test can get). Its Django `SimpleTestCase` modules are run by the
CI job and the Makefile through `manage.py test`: the suite is unittest's (`django_runner`). A
`conftest.py` that sets Django up itself, or a command running pytest, keeps pytest."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_PYPROJECT = (
    '[tool.poetry]\nname = "chat"\nversion = "0.1.0"\n\n[tool.poetry.dependencies]\n'
    'python = "^3.8"\nDjango = "4.0.4"\ndjangorestframework = "3.13.1"\npsycopg2 = "^2.9.3"\n\n'
    '[tool.poetry.dev-dependencies]\npytest = "^5.2"\nflake8 = "^4.0.1"\n'
)
_MANAGE = "import os\n\nos.environ.setdefault('DJANGO_SETTINGS_MODULE', 'chat.settings')\n"
_CONFTEST = (
    "import pytest\n\n\n@pytest.fixture(autouse=True)\ndef override_settings(settings):\n"
    '    settings.BUCKET = "test-bucket"\n'
)
_TEST = (
    "from django.test import SimpleTestCase\n\n\nclass BackendTests(SimpleTestCase):\n"
    "    def test_root(self):\n        self.assertTrue(True)\n"
)
_CI = (
    "name: CI\non: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n"
    "      - uses: actions/checkout@v4\n      - name: Run tests\n"
    "        run: coverage run manage.py test --parallel=auto --noinput\n"
)


def _project() -> dict[str, str]:
    return {
        "pyproject.toml": _PYPROJECT,
        "manage.py": _MANAGE,
        "chat/__init__.py": "",
        "chat/asgi.py": "from django.core.asgi import get_asgi_application\n",
        "chat/settings.py": "INSTALLED_APPS = ['rest_framework']\n",
        "chat/conftest.py": _CONFTEST,
        "tests/__init__.py": "",
        "tests/test_backends.py": _TEST,
        ".github/workflows/ci.yaml": _CI,
    }


def test_a_stray_conftest_beside_manage_py_test_is_unittest(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _project()))["."]
    assert first(backend, K.FRAMEWORK)[0] == "Django"
    assert first(backend, K.TEST)[0] == "unittest"


def test_a_conftest_setting_django_up_keeps_pytest(tmp_path: Path) -> None:
    # Counter-case: the conftest configures Django itself, so pytest can run the suite.
    files = _project()
    files["chat/conftest.py"] = "import django\n\n\ndef pytest_configure():\n    django.setup()\n"
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.TEST)[0] == "pytest"


def test_a_ci_running_pytest_keeps_pytest(tmp_path: Path) -> None:
    # Counter-case: the CI job runs pytest, whatever else it runs.
    files = _project()
    files[".github/workflows/ci.yaml"] = _CI.replace(
        "coverage run manage.py test --parallel=auto --noinput", "pytest -q"
    )
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.TEST)[0] == "pytest"
