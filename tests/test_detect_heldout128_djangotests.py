"""Django test runner shape of held-out set 128 (benchmarks/detect_heldout128.yaml), as a
small fixture of the real files' shape (#19): a Django project whose tests are Django
`TestCase`s run by `manage.py test`, with pytest declared in an optional extra beside the
linters and a `[tool.pytest.ini_options]` section, but no pytest-django and no `conftest.py`:
pytest cannot set Django up, so the suite's runner is Django's own (unittest).
"""

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
    "from django.test import TestCase\n\n\nclass AdminTestCase(TestCase):\n"
    "    def test_it(self):\n        pass\n"
)


def _project(conftest: bool) -> dict[str, str]:
    files = {
        "pyproject.toml": (
            '[project]\nname = "accounts"\nversion = "0.1"\n'
            'dependencies = [\n    "django>=6.0.8",\n    "psycopg[binary]",\n]\n\n'
            '[project.optional-dependencies]\ncli = [\n    "ruff",\n    "coverage",\n'
            '    "pytest",\n]\n\n[tool.pytest.ini_options]\npythonpath = "test"\n'
        ),
        "manage.py": _MANAGE,
        "src/site/wsgi.py": _WSGI,
        "src/site/auth/tests/test_admin.py": _TEST,
        "src/site/auth/tests/test_api.py": _TEST,
    }
    if conftest:
        files["conftest.py"] = "import django\n\n\ndef pytest_configure():\n    django.setup()\n"
    return files


def test_pytest_settings_without_the_plugin_leave_django_runner(tmp_path: Path) -> None:
    """thunderbird-accounts: pytest in the `cli` extra, a pytest section, no plugin."""
    backend = by_folder(write(tmp_path, _project(conftest=False)))["."]
    assert first(backend, K.TEST)[0] == "unittest"


def test_a_conftest_of_the_project_keeps_pytest(tmp_path: Path) -> None:
    """Counter-case: a `conftest.py` of the project's own (which may set Django up) proves
    pytest runs the suite."""
    backend = by_folder(write(tmp_path, _project(conftest=True)))["."]
    assert first(backend, K.TEST)[0] == "pytest"
