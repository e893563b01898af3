"""Python: a top-level `circle.yml` running pytest says pytest runs the Django suite (set 269, #19).

A Django project declares pytest-django in its development list, names its settings in
`pytest.ini` (`DJANGO_SETTINGS_MODULE`), writes its tests to Django's `TestCase`, and keeps a
shell script running `manage.py test` beside CircleCI's first-format `circle.yml` (at the top of
the repository, not in `.circleci/`) whose test step runs `pytest`. The CI file is a command file
(`project_commands`): pytest is what the project runs, so it stays the main test framework. The
counter-case: the same `circle.yml` with no pytest in it (a lint step) leaves the suite to
`manage.py test` (unittest)."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_CIRCLE_PYTEST = (
    "machine:\n    python:\n        version: 3.5.1\n\ndependencies:\n    override:\n"
    "        - pip install -r requirements-dev.txt\n\ntest:\n    override:\n"
    "        - pytest -v --cov=.\n"
)
_CIRCLE_LINT = "test:\n    override:\n        - flake8 .\n"


def _portal(circle: str) -> dict[str, str]:
    return {
        "requirements.txt": "Django>=2.2,<3.0\npsycopg2-binary==2.8.5\n",
        "requirements-dev.txt": "pytest>=3,<4\npytest-django>=3.0.0,<4\n",
        "pytest.ini": "[pytest]\nDJANGO_SETTINGS_MODULE=portal.test_settings\n",
        "manage.py": "import os\n\nos.environ.setdefault('DJANGO_SETTINGS_MODULE', "
        "'portal.settings')\n",
        "portal/settings.py": "INSTALLED_APPS = ['api']\nDATABASES = {'default': {'ENGINE': "
        "'django.db.backends.postgresql'}}\n",
        "portal/wsgi.py": "from django.core.wsgi import get_wsgi_application\n\n"
        "application = get_wsgi_application()\n",
        "api/models.py": "from django.db import models\n\n\nclass Sample(models.Model):\n"
        "    name = models.CharField(max_length=20)\n",
        "api/tests/test_models.py": "from django.test import TestCase\n\n\n"
        "class SampleTest(TestCase):\n    def test_name(self):\n        pass\n",
        "bin/test.sh": "#!/bin/bash\npython3 ./manage.py test api\n",
        "circle.yml": circle,
    }


def test_circle_yml_running_pytest_keeps_pytest(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _portal(_CIRCLE_PYTEST)))
    assert first(found["."], K.FRAMEWORK)[0] == "Django"
    assert first(found["."], K.TEST)[0] == "pytest"


def test_circle_yml_without_pytest_leaves_django_runner(tmp_path: Path) -> None:
    # Counter-case: the CI file runs no pytest, the script runs `manage.py test`.
    found = by_folder(write(tmp_path, _portal(_CIRCLE_LINT)))
    assert first(found["."], K.TEST)[0] == "unittest"
