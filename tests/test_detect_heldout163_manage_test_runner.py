"""A Django project whose suite `manage.py test` runs though pytest-django is configured, as
held-out set 163 showed (benchmarks/detect_heldout163.yaml, #19): Django `TestCase` modules
(no test module imports pytest, no `conftest.py`), pytest-django pinned in a test list and a
`pytest.ini` naming `DJANGO_SETTINGS_MODULE`, while the Makefile and the CI workflow run
`coverage run manage.py test --settings=config.settings.test`. The commands name Django's
runner (unittest); the plugin and its settings are a way to run the suite that nothing takes.
Counter-cases: a command running pytest, or no command running `manage.py test`, keeps pytest.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_MANAGE = "import os\n\nos.environ.setdefault('DJANGO_SETTINGS_MODULE', 'config.settings.local')\n"
_WSGI = (
    "from django.core.wsgi import get_wsgi_application\n\napplication = get_wsgi_application()\n"
)
_TEST = (
    "from django.test import TestCase, override_settings\n\n\n"
    "class TestSheets(TestCase):\n    def test_list(self):\n        self.assertTrue(True)\n"
)
_WORKFLOW = (
    "name: build\non: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n"
    "      - uses: actions/checkout@v4\n"
    "      - run: pip install -r requirements/test.txt\n"
    "      - run: |\n"
    "          coverage run --rcfile=.coveragerc {runner}\n"
)


def _project(runner: str) -> dict[str, str]:
    return {
        "requirements.txt": "-r requirements/test.txt\n",
        "requirements/base.txt": "django==4.2.23\npsycopg2-binary==2.9.10\n",
        "requirements/test.txt": "-r base.txt\npytest==8.3.5\npytest-django==4.9.0\n",
        "pytest.ini": "[pytest]\nDJANGO_SETTINGS_MODULE=config.settings.test\n",
        "manage.py": _MANAGE,
        "config/__init__.py": "",
        "config/wsgi.py": _WSGI,
        "config/settings/__init__.py": "",
        "config/settings/base.py": "DATABASES = {'default': {'ENGINE': "
        "'django.db.backends.postgresql'}}\n",
        "sheets/__init__.py": "",
        "sheets/models.py": "from django.db import models\n",
        "sheets/tests/__init__.py": "",
        "sheets/tests/test_views.py": _TEST,
        ".github/workflows/build.yml": _WORKFLOW.format(runner=runner),
    }


def test_manage_py_test_in_ci_outranks_a_configured_plugin(tmp_path: Path) -> None:
    files = _project("manage.py test -v 2 --settings=config.settings.test")
    files["Makefile"] = "test:\n\tcoverage run --source=\".\" manage.py test -v 2\n"
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.FRAMEWORK)[0] == "Django"
    assert first(backend, K.TEST)[0] == "unittest"


def test_a_command_running_pytest_keeps_pytest(tmp_path: Path) -> None:
    # Counter-case: the CI runs pytest, so the plugin and its settings are in use.
    backend = by_folder(write(tmp_path, _project("-m pytest sheets")))["."]
    assert first(backend, K.TEST)[0] == "pytest"


def test_no_command_running_manage_py_test_keeps_pytest(tmp_path: Path) -> None:
    # Counter-case: no command names a runner; the configured plugin stays the runner.
    files = _project("-m compileall .")
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.TEST)[0] == "pytest"
