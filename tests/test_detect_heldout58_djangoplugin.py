"""pytest-django declared with nothing telling it the Django settings (#19): the coldfront
shape of held-out set 58 (and ma-cantine's of set 59). The dependency group pins pytest-django,
but no pytest settings, no conftest.py and no command of the project runs pytest; CI runs
Django's test command over Django's test cases: unittest. Where a command runs pytest (which
may pass `--ds`), or a conftest.py configures it, pytest stays the runner."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_PYPROJECT = """[project]
name = "site"
version = "1.1.7"
dependencies = [
    "django>4.2,<5",
    "djangorestframework>=3.16.0",
    "gunicorn>=23.0.0",
]

[project.scripts]
site = "site:manage"

[dependency-groups]
dev = [
    "factory-boy>=3.3.3",
    "pytest-django>=4.11.1",
    "ruff>=0.11.4",
]
"""
_MANAGE = "import os\n\nos.environ.setdefault('DJANGO_SETTINGS_MODULE', 'site.config.settings')\n"
_WSGI = (
    "from django.core.wsgi import get_wsgi_application\n\napplication = get_wsgi_application()\n"
)
_TESTS = "from django.test import TestCase\n\n\nclass ModelsTest(TestCase):\n    pass\n"


def _files(**extra: str) -> dict[str, str]:
    """The project, its CI workflow running `ci_run`, and `extra` files."""
    return {
        "pyproject.toml": _PYPROJECT,
        "manage.py": _MANAGE,
        "site/config/wsgi.py": _WSGI,
        "site/core/tests/test_models.py": _TESTS,
        "site/core/tests/test_views.py": _TESTS,
        **extra,
    }


def _workflow(run: str) -> str:
    return (
        "name: ci\non: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n"
        "      - uses: actions/checkout@v4\n      - name: Install\n"
        "        run: uv sync --locked --all-extras --dev\n"
        f"      - name: Run tests\n        run: {run}\n"
    )


def test_plugin_declared_with_no_settings_leaves_django_runner(tmp_path: Path) -> None:
    """CI runs the project's manage command: nothing configures pytest-django, unittest."""
    files = _files(**{".github/workflows/ci.yml": _workflow("uv run site test")})
    backends = by_folder(write(tmp_path, files))
    assert first(backends["."], K.TEST)[0] == "unittest"


def test_plugin_declared_with_installs_only_leaves_django_runner(tmp_path: Path) -> None:
    """A line installing pytest runs nothing: still unittest."""
    files = _files(
        **{
            "Makefile": "install:\n\tpip install pytest pytest-django\n",
            ".github/workflows/ci.yml": _workflow("python manage.py test --parallel"),
        }
    )
    backends = by_folder(write(tmp_path, files))
    assert first(backends["."], K.TEST)[0] == "unittest"


@pytest.mark.parametrize(
    "extra",
    [
        {".github/workflows/ci.yml": _workflow("uv run pytest --ds=site.config.settings")},
        {"scripts/test.sh": "#!/bin/sh\nDJANGO_SETTINGS_MODULE=site.config.settings pytest\n"},
        {"conftest.py": "import pytest\n"},
        {"pytest.ini": "[pytest]\nDJANGO_SETTINGS_MODULE = site.config.settings\n"},
    ],
)
def test_plugin_told_the_settings_stays_the_runner(tmp_path: Path, extra: dict[str, str]) -> None:
    """A command running pytest (which may pass the settings), a conftest.py or pytest's
    settings: pytest-django runs the Django test cases."""
    backends = by_folder(write(tmp_path, _files(**extra)))
    assert first(backends["."], K.TEST)[0] == "pytest"
