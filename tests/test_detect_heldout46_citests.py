"""Django's runner named by CI (held-out set 46, #19): a Django project assembled from
modules installed from git at build time keeps no test file of its own; its GitHub workflow
checks the modules out and runs `python manage.py test --keepdb $MODULES`. With no other test
tool named, that is Django's runner, unittest. The counter-cases: a CI that runs no
`manage.py test` names nothing, and a pytest suite the project holds keeps pytest."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_detect_gaps import by_folder
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_REQUIREMENTS = "Django==4.2.20\ndjangorestframework==3.15.2\npsycopg2==2.9.10\n"
_MANAGE = (
    "import os\nimport sys\n\n\ndef main():\n"
    "    os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'core.settings')\n"
    "    from django.core.management import execute_from_command_line\n"
    "    execute_from_command_line(sys.argv)\n\n\nif __name__ == '__main__':\n    main()\n"
)
_SETTINGS = (
    "INSTALLED_APPS = ['django.contrib.auth', 'rest_framework']\n"
    "DATABASES = {'default': {'ENGINE': 'django.db.backends.postgresql', 'NAME': 'imis'}}\n"
)
_URLS = "from django.urls import path\n\nurlpatterns = []\n"
_WORKFLOW = (
    "name: assembly\non: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n"
    "      - uses: actions/checkout@v4\n"
    "      - run: pip install -r modules-requirements.txt\n"
    "      - run: |\n          cd app\n          {command}\n"
)


def _files(command: str, pytest_suite: bool = False) -> dict[str, str]:
    files = {
        "requirements.txt": _REQUIREMENTS,
        "app/manage.py": _MANAGE,
        "app/core/settings.py": _SETTINGS,
        "app/core/urls.py": _URLS,
        ".github/workflows/ci_assembly.yml": _WORKFLOW.format(command=command),
    }
    if pytest_suite:
        files["requirements.txt"] += "pytest==8.3.5\npytest-django==4.11.1\n"
        files["app/tests/test_views.py"] = (
            "import pytest\n\n\n@pytest.mark.django_db\ndef test_nothing():\n"
            "    assert True\n"
        )
    return files


def _tests(root: Path) -> list[str]:
    backend = by_folder(root)["."]
    return [f.name for f in backend.findings if f.kind is K.TEST]


def test_manage_py_test_in_ci_is_django_runner(tmp_path: Path) -> None:
    write(tmp_path, _files("python manage.py test --keepdb $MODULES"))
    assert _tests(tmp_path) == ["unittest"]


@pytest.mark.parametrize("change", ["no manage.py test", "own pytest suite"])
def test_ci_names_nothing_over_what_the_tree_shows(tmp_path: Path, change: str) -> None:
    if change == "no manage.py test":
        files = _files("python manage.py check")
    else:
        files = _files("python manage.py test", pytest_suite=True)
    write(tmp_path, files)
    expected = [] if change == "no manage.py test" else ["pytest"]
    assert _tests(tmp_path)[:1] == expected
