"""One Django package running several sites from one `manage.py` (held-out set 499,
benchmarks/detect_heldout499.yaml), as a small fixture of the real files' shape (#19).

A forum's repository keeps one package (`biostar/`) whose apps are each a folder with a
`settings.py`, `urls.py` and often a `wsgi.py`: the forum site, a recipes site, the package's
base settings. The one `manage.py`, at the root, names the forum's settings; the Makefile runs
the others through `manage.py … --settings pkg.recipes.settings`. They are one project deployed
as several sites: one backend, the root, with the tests of every app. Counter-case: projects
with a `manage.py` each still split (tests/test_detect_heldout123_projects.py).
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_heldout123_projects import _LIST, _SETTINGS, _TESTS, _manage, _wsgi
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_ROUTES = (
    "from django.urls import path\nfrom . import views\n\n"
    "urlpatterns = [\n    path('', views.index, name='index'),\n]\n"
)


def _site(folder: str, module: str) -> dict[str, str]:
    return {
        f"{folder}/__init__.py": "",
        f"{folder}/settings.py": "from pkg.accounts.settings import *\n" + _SETTINGS,
        f"{folder}/urls.py": _ROUTES,
        f"{folder}/views.py": "def index(request):\n    pass\n",
        f"{folder}/wsgi.py": _wsgi(f"{module}.settings"),
        f"{folder}/test/__init__.py": "",
        f"{folder}/test/test_views.py": _TESTS,
    }


def _tree() -> dict[str, str]:
    return {
        "manage.py": _manage("pkg.forum.settings"),
        "setup.py": "from setuptools import setup\n\nsetup(name='pkg-tools')\n",
        "conf/requirements.txt": _LIST,
        "pkg/__init__.py": "",
        "pkg/settings.py": _SETTINGS,
        "pkg/urls.py": "urlpatterns = []\n",
        "pkg/wsgi.py": _wsgi("pkg.settings"),
        "pkg/accounts/__init__.py": "",
        "pkg/accounts/settings.py": "from pkg.settings import *\n",
        "pkg/accounts/urls.py": _ROUTES,
        **_site("pkg/forum", "pkg.forum"),
        **_site("pkg/recipes", "pkg.recipes"),
    }


def test_sites_of_one_package_run_by_one_manage_py_are_one_backend(tmp_path: Path) -> None:
    """The root `manage.py` names `pkg.forum.settings`; `pkg/wsgi.py` and `pkg/recipes/wsgi.py`
    name other settings modules of the same package: one project, the root, tested."""
    backends = by_folder(write(tmp_path, _tree()))
    assert set(backends) == {"."}
    assert first(backends["."], K.FRAMEWORK) == ("Django", "==2.2.10")
    assert first(backends["."], K.TEST)[0] == "unittest"


def test_a_second_manage_py_still_makes_a_second_project(tmp_path: Path) -> None:
    """Counter-case: a site with a `manage.py` of its own (another package's settings) is a
    project of its own beside the root's."""
    files = _tree()
    files.update(
        {
            "report/manage.py": _manage("report_site.settings"),
            "report/report_site/__init__.py": "",
            "report/report_site/settings.py": _SETTINGS,
            "report/report_site/urls.py": _ROUTES,
            "report/report_site/views.py": "def index(request):\n    pass\n",
        }
    )
    assert set(by_folder(write(tmp_path, files))) == {".", "report"}
