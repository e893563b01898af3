"""A framework the code starts that the service's manifest never names, lent by a library of
the organisation installed from git: poetry.lock resolves it among the library's
requirements, and that release is the service's (#19, benchmarks/detect_heldout59.yaml)."""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_PYPROJECT = (
    '[tool.poetry]\nname = "service"\nversion = "0.1.0"\n\n'
    '[tool.poetry.dependencies]\npython = ">=3.12,<4"\n'
    'SQLAlchemy = { version = "^2.0.44", extras = ["asyncio"]}\n'
    'asyncpg = "^0.30.0"\n'
    'shared-api-commons = {git = "https://github.com/example/shared-api-commons.git"}\n'
)


def _lock(*packages: tuple[str, str]) -> str:
    return "".join(
        f'[[package]]\nname = "{name}"\nversion = "{version}"\ndescription = ""\n'
        'optional = false\npython-versions = ">=3.8"\ngroups = ["main"]\nfiles = []\n\n'
        for name, version in packages
    )


_MAIN = (
    "from fastapi import FastAPI\n\n"
    "from shared_api_commons.api.exceptions import install_handlers\n\n"
    "app = FastAPI()\ninstall_handlers(app)\n"
)


def test_a_framework_lent_by_a_git_library_takes_the_locked_release(tmp_path: Path) -> None:
    files = {
        "pyproject.toml": _PYPROJECT,
        "poetry.lock": _lock(
            ("asyncpg", "0.30.0"), ("fastapi", "0.121.2"), ("sqlalchemy", "2.0.44"),
            ("starlette", "0.49.3"),
        ),
        "src/service/main.py": _MAIN,
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert not backend.ambiguous
    assert first(backend, K.FRAMEWORK) == ("FastAPI", "0.121.2")


def test_a_lock_without_the_framework_leaves_it_unconfirmed(tmp_path: Path) -> None:
    files = {
        "pyproject.toml": _PYPROJECT,
        "poetry.lock": _lock(("asyncpg", "0.30.0"), ("sqlalchemy", "2.0.44")),
        "src/service/main.py": _MAIN,
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.FRAMEWORK) == ("FastAPI", "")


def test_a_declared_framework_keeps_its_foundation_out(tmp_path: Path) -> None:
    """FastAPI declared, Starlette started in a corner and locked under FastAPI: the lock
    does not make Starlette a choice of the service."""
    files = {
        "pyproject.toml": _PYPROJECT + 'fastapi = "^0.121.0"\n',
        "poetry.lock": _lock(("fastapi", "0.121.2"), ("starlette", "0.49.3")),
        "src/service/main.py": _MAIN,
        "src/service/sub.py": "from starlette.applications import Starlette\n\nsub = Starlette()\n",
    }
    backend = by_folder(write(tmp_path, files))["."]
    names = [f.name for f in backend.findings if f.kind is K.FRAMEWORK]
    assert first(backend, K.FRAMEWORK) == ("FastAPI", "0.121.2")
    assert not backend.ambiguous, names


def test_a_framework_lent_by_a_registry_package_brings_its_data_layer(tmp_path: Path) -> None:
    """The Pipfile installs the organisation's package, which requires Django: Pipfile.lock
    resolves Django, and with it Django's ORM and migrations."""
    lock = json.dumps(
        {
            "_meta": {"pipfile-spec": 6, "requires": {"python_version": "3.12"}},
            "default": {
                "codeforlife": {"version": "==0.36.0"},
                "django": {"markers": "python_version >= '3.10'", "version": "==5.2.14"},
                "djangorestframework": {"version": "==3.16.1"},
            },
            "develop": {},
        },
        indent=4,
    )
    files = {
        "Pipfile": (
            '[packages]\ncodeforlife = "==0.36.0"\ndjango-constance = "==4.3.4"\n\n'
            '[requires]\npython_version = "3.12"\n'
        ),
        "Pipfile.lock": lock,
        "manage.py": (
            "import os\n\nos.environ.setdefault(\"DJANGO_SETTINGS_MODULE\", \"site.settings\")\n"
            "from django.core.management import execute_from_command_line\n"
        ),
        "site/settings.py": (
            "INSTALLED_APPS = ['rest_framework']\n"
            "DATABASES = {'default': {'ENGINE': 'django.db.backends.postgresql'}}\n"
        ),
        "site/wsgi.py": "from django.core.wsgi import get_wsgi_application\n",
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert not backend.ambiguous
    assert first(backend, K.FRAMEWORK) == ("Django", "5.2.14")
    assert first(backend, K.ORM) == ("Django ORM", "5.2.14")
