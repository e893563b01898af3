"""Django test cases in a project declaring pytest and pytest-django with no pytest
configuration (no pytest.ini, no `[tool.pytest.ini_options]`, no conftest.py): the plugin
cannot tell which settings to load, so the suite runs on `manage.py test`, Django's own
runner over unittest (#19, benchmarks/detect_heldout59.yaml)."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_PYPROJECT = (
    '[project]\nname = "site"\nversion = "1.0"\n'
    'dependencies = ["django==5.2.14", "djangorestframework==3.16.1", "psycopg2==2.9.10"]\n\n'
    '[dependency-groups]\ndev = ["pytest==8.0.0", "pytest-django==4.8.0"]\n'
)

_TEST = (
    "from rest_framework.test import APITestCase\n\n\n"
    "class TestBlogApi(APITestCase):\n    def test_get(self):\n        pass\n"
)


def _site(**extra: str) -> dict[str, str]:
    return {
        "pyproject.toml": _PYPROJECT,
        "manage.py": "from django.core.management import execute_from_command_line\n",
        "site_app/settings.py": "INSTALLED_APPS = ['rest_framework']\n",
        "api/tests/test_blog.py": _TEST,
        "api/tests/test_canteen.py": _TEST.replace("Blog", "Canteen"),
        **extra,
    }


def test_pytest_django_without_configuration_leaves_djangos_runner(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _site()))["."]
    assert first(backend, K.TEST)[0] == "unittest"


def test_pytest_django_configured_runs_the_suite(tmp_path: Path) -> None:
    files = _site(**{"pytest.ini": "[pytest]\nDJANGO_SETTINGS_MODULE = site_app.settings\n"})
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.TEST)[0] == "pytest"
