"""Several Django projects under one shared Python manifest folder (held-out set 123,
benchmarks/detect_heldout123.yaml), as small fixtures of the real files' shape (#19).

A package keeps two Django projects, each a folder with its own `manage.py`, `settings.py`,
`wsgi.py` and `urls.py` (`src/pkg/projects/admin`, `src/pkg/projects/report`), beside shared
code, under one root `setup.py` and one `requirements/` folder holding a pip list per project
(`requirements-admin.txt`, `requirements-report.txt`). Each project is a backend keyed by its
folder, with what the shared manifests and its own files give; the root is none.

Counter-cases that must not split: one project with apps in sub-folders; one project whose
`manage.py` (root) and `config/wsgi.py` name one settings package (`config.settings.…`, a
`settings/` package); a reusable app whose `tests/` and `example/` hold projects driving it;
projects with manifests of their own (already one backend each).
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K


def _manage(module: str) -> str:
    return (
        "import os\nimport sys\n\nif __name__ == '__main__':\n"
        f"    os.environ.setdefault('DJANGO_SETTINGS_MODULE', '{module}')\n"
        "    from django.core.management import execute_from_command_line\n"
        "    execute_from_command_line(sys.argv)\n"
    )


def _wsgi(module: str) -> str:
    return (
        "import os\n\nfrom django.core.wsgi import get_wsgi_application\n\n"
        f'os.environ.setdefault("DJANGO_SETTINGS_MODULE",\n                      "{module}")\n\n'
        "application = get_wsgi_application()\n"
    )


_SETTINGS = (
    "DATABASES = {\n    'default': {\n"
    "        'ENGINE': 'django.db.backends.postgresql_psycopg2',\n"
    "        'NAME': 'app',\n    }\n}\n"
    "ROOT_URLCONF = 'urls'\n"
)
_URLS = "from django.urls import path\n\nurlpatterns = []\n"
_TESTS = "from django.test import TestCase\n\n\nclass T(TestCase):\n    pass\n"
_LIST = "django==2.2.10\npsycopg2-binary==2.8.5\ngunicorn==20.0.4\n"
_SETUP = (
    "import pathlib\nimport setuptools\n\n"
    "def all_lines_of(*parts):\n"
    "    return pathlib.Path(__file__).parent.joinpath(*parts).read_text().splitlines()\n\n"
    "setuptools.setup(install_requires=all_lines_of('requirements', 'requirements-admin.txt'))\n"
)
_SETUP_CFG = (
    "[metadata]\nname = pkg\n\n[options]\npackage_dir=\n    =src\npackages = find:\n"
    "python_requires = >=3.6\n"
)


def _project(folder: str, module: str) -> dict[str, str]:
    return {
        f"{folder}/__init__.py": "",
        f"{folder}/manage.py": _manage(f"{module}.settings"),
        f"{folder}/wsgi.py": _wsgi(f"{module}.settings"),
        f"{folder}/settings.py": _SETTINGS,
        f"{folder}/urls.py": _URLS,
        f"{folder}/tests/__init__.py": "",
        f"{folder}/tests/test_views.py": _TESTS,
    }


def _shared() -> dict[str, str]:
    return {
        "setup.py": _SETUP,
        "setup.cfg": _SETUP_CFG,
        "requirements/requirements-admin.txt": _LIST,
        "requirements/requirements-report.txt": _LIST + "djangorestframework==3.12.1\n",
        "src/pkg/__init__.py": "",
        "src/pkg/projects/__init__.py": "",
        "src/pkg/utils/__init__.py": "",
        "src/pkg/utils/tests/test_utils.py": (
            "import unittest\n\n\nclass U(unittest.TestCase):\n    pass\n"
        ),
        **_project("src/pkg/projects/admin", "pkg.projects.admin"),
        **_project("src/pkg/projects/report", "pkg.projects.report"),
    }


def test_two_projects_under_one_manifest_are_two_backends(tmp_path: Path) -> None:
    """Two Django projects (each its own manage.py, wsgi.py and settings module) under one
    setup.py and requirements/ folder: one backend per project folder, none at the root."""
    backends = by_folder(write(tmp_path, _shared()))
    admin, report = "src/pkg/projects/admin", "src/pkg/projects/report"
    assert set(backends) == {admin, report}
    for folder in (admin, report):
        backend = backends[folder]
        assert first(backend, K.FRAMEWORK) == ("Django", "==2.2.10")
        assert first(backend, K.ORM)[0] == "Django ORM"
        assert first(backend, K.DATABASE)[0] == "PostgreSQL"
        assert first(backend, K.TEST)[0] == "unittest"
    # The report's own pip list is not the admin's.
    assert "Django REST framework" not in {f.name for f in backends[admin].findings}
    assert "Django REST framework" in {f.name for f in backends[report].findings}


def test_a_project_at_the_shared_folder_keeps_its_key(tmp_path: Path) -> None:
    """The shared folder runs a project of its own (manage.py at the root) beside a second
    project in a sub-folder: the root stays a backend, the second is one of its own."""
    files = _shared()
    for name in list(files):
        if name.startswith("src/pkg/projects/admin/"):
            del files[name]
    files.update({
        "manage.py": _manage("site.settings"),
        "site/__init__.py": "",
        "site/settings.py": _SETTINGS,
        "site/urls.py": _URLS,
        "site/wsgi.py": _wsgi("site.settings"),
    })
    assert set(by_folder(write(tmp_path, files))) == {".", "src/pkg/projects/report"}


def test_one_project_with_apps_in_sub_folders_does_not_split(tmp_path: Path) -> None:
    """Counter-case: one project (manage.py at the root, site/ with settings and wsgi) whose
    apps are sub-folders: one backend, the root."""
    files = {
        "requirements.txt": _LIST,
        "manage.py": _manage("site.settings"),
        "site/__init__.py": "",
        "site/settings.py": _SETTINGS,
        "site/wsgi.py": _wsgi("site.settings"),
        "site/asgi.py": _wsgi("site.settings").replace("wsgi", "asgi"),
        "apps/blog/__init__.py": "",
        "apps/blog/models.py": "from django.db import models\n",
        "apps/shop/__init__.py": "",
        "apps/shop/views.py": "from django.http import HttpResponse\n",
    }
    assert set(by_folder(write(tmp_path, files))) == {"."}


def test_a_settings_package_is_one_project(tmp_path: Path) -> None:
    """Counter-case: manage.py at the root names `config.settings.local`, config/wsgi.py
    `config.settings.production`: one settings package, one project."""
    files = {
        "requirements/base.txt": _LIST,
        "requirements/production.txt": "-r base.txt\n",
        "manage.py": _manage("config.settings.local"),
        "config/__init__.py": "",
        "config/settings/__init__.py": "",
        "config/settings/base.py": _SETTINGS,
        "config/settings/local.py": "from .base import *\n",
        "config/settings/production.py": "from .base import *\n",
        "config/wsgi.py": _wsgi("config.settings.production"),
        "config/asgi.py": _wsgi("config.settings.production").replace("wsgi", "asgi"),
    }
    assert set(by_folder(write(tmp_path, files))) == {"."}


def test_a_reusable_apps_test_and_example_projects_do_not_split(tmp_path: Path) -> None:
    """Counter-case: a reusable Django app whose tests/ and example/ folders each hold a
    project driving it (manage.py, settings): neither is a backend, and the root is not split
    into them."""
    files = {
        "setup.py": "from setuptools import setup\n\nsetup(name='django-widget', "
        "install_requires=['Django>=4.2'])\n",
        "widget/__init__.py": "",
        "widget/models.py": "from django.db import models\n",
        "widget/views.py": "from django.http import HttpResponse\n",
        "tests/__init__.py": "",
        "tests/manage.py": _manage("testproject.settings"),
        "tests/testproject/__init__.py": "",
        "tests/testproject/settings.py": _SETTINGS,
        "tests/test_widget.py": _TESTS,
        "example/manage.py": _manage("example_site.settings"),
        "example/example_site/__init__.py": "",
        "example/example_site/settings.py": _SETTINGS,
        "example/example_site/wsgi.py": _wsgi("example_site.settings"),
        "testproject/manage.py": _manage("testproject.settings"),
        "testproject/testproject/__init__.py": "",
        "testproject/testproject/settings.py": _SETTINGS,
    }
    found = set(by_folder(write(tmp_path, files)))
    assert not found & {"tests", "example", "testproject"}
    assert found <= {"."}


def test_projects_with_manifests_of_their_own_stay_as_they_are(tmp_path: Path) -> None:
    """Counter-case: each project has its own pip list: one backend each, as before."""
    files = {}
    for name in ("admin", "report"):
        files.update({
            f"{name}/requirements.txt": _LIST,
            f"{name}/manage.py": _manage(f"{name}_site.settings"),
            f"{name}/{name}_site/__init__.py": "",
            f"{name}/{name}_site/settings.py": _SETTINGS,
            f"{name}/{name}_site/wsgi.py": _wsgi(f"{name}_site.settings"),
        })
    backends = by_folder(write(tmp_path, files))
    assert set(backends) == {"admin", "report"}
    assert first(backends["admin"], K.FRAMEWORK) == ("Django", "==2.2.10")


def test_one_settings_file_named_two_ways_is_one_project(tmp_path: Path) -> None:
    """Counter-case: manage.py at the root names `site.settings`, site/wsgi.py a bare
    `settings` (the same file, imported from its own folder): one project, the root."""
    files = {
        "requirements.txt": _LIST,
        "manage.py": _manage("site.settings"),
        "site/__init__.py": "",
        "site/settings.py": _SETTINGS,
        "site/urls.py": _URLS,
        "site/wsgi.py": _wsgi("settings"),
    }
    assert set(by_folder(write(tmp_path, files))) == {"."}


def test_a_packaged_app_with_an_example_project_does_not_split(tmp_path: Path) -> None:
    """Counter-case: a packaged Django app (setup.py, the package with a wsgi.py of its own)
    whose root manage.py runs the `example_project` beside it: no project of the product's
    own is found there, so nothing splits."""
    files = {
        "setup.py": "from setuptools import setup\n\nsetup(name='portal', "
        "install_requires=['Django==3.2.20', 'psycopg2==2.9.9'])\n",
        "manage.py": _manage("example_project.settings"),
        "example_project/__init__.py": "",
        "example_project/settings.py": _SETTINGS,
        "example_project/urls.py": _URLS,
        "example_project/wsgi.py": _wsgi("settings"),
        "portal/__init__.py": "",
        "portal/app_settings.py": "",
        "portal/wsgi.py": _wsgi("portal.settings"),
        "portal/models.py": "from django.db import models\n",
    }
    found = set(by_folder(write(tmp_path, files)))
    assert "example_project" not in found
    assert found <= {"."}


def test_deployment_variants_without_routes_do_not_split(tmp_path: Path) -> None:
    """Counter-case: beside the root project, deploy/prod and deploy/staging each hold a
    wsgi.py and a settings.py star-importing the project's settings, and no URL
    configuration: the project deployed two ways, one backend, the root."""
    files = {
        "requirements.txt": _LIST,
        "manage.py": _manage("site.settings"),
        "site/__init__.py": "",
        "site/settings.py": _SETTINGS,
        "site/urls.py": _URLS,
        "site/wsgi.py": _wsgi("site.settings"),
    }
    for stage in ("prod", "staging"):
        files.update({
            f"deploy/{stage}/__init__.py": "",
            f"deploy/{stage}/settings.py": "from site.settings import *\n",
            f"deploy/{stage}/wsgi.py": _wsgi(f"deploy.{stage}.settings"),
        })
    assert set(by_folder(write(tmp_path, files))) == {"."}


def test_the_shared_lock_gives_each_project_its_version(tmp_path: Path) -> None:
    """The shared folder's Poetry lock resolves the version of each project split off it."""
    files = {
        "pyproject.toml": (
            '[tool.poetry]\nname = "pkg"\nversion = "1"\n\n[tool.poetry.dependencies]\n'
            'python = "^3.11"\ndjango = "^4.2"\npsycopg2-binary = "^2.9"\n'
        ),
        "poetry.lock": (
            '[[package]]\nname = "django"\nversion = "4.2.7"\n\n'
            '[[package]]\nname = "psycopg2-binary"\nversion = "2.9.9"\n'
        ),
        "pkg/__init__.py": "",
        "pkg/projects/__init__.py": "",
        **_project("pkg/projects/admin", "pkg.projects.admin"),
        **_project("pkg/projects/report", "pkg.projects.report"),
    }
    backends = by_folder(write(tmp_path, files))
    assert set(backends) == {"pkg/projects/admin", "pkg/projects/report"}
    for backend in backends.values():
        assert first(backend, K.FRAMEWORK) == ("Django", "4.2.7")
        assert first(backend, K.DATABASE)[0] == "PostgreSQL"
