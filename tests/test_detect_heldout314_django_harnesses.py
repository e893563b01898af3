"""A packaged set of reusable Django apps whose only Django project is its test harness (#19,
set 314): a library, not a backend; a project whose manage.py picks test settings only for
`manage.py test` stays one."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write

SETUP = """\
from setuptools import setup, find_packages

install_requires = [
    "Django>=5.2,<5.3",
    "djangorestframework>=3.14,<4.0",
    "dj-database-url>=2.1,<3",
]

setup(
    name="rates-api",
    packages=find_packages(),
    install_requires=install_requires,
    classifiers=["Framework :: Django"],
)
"""
MANAGE = """\
#!/usr/bin/env python
import os
import sys

if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "{module}")

    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)
"""
BRANCHED_MANAGE = """\
import os
import sys

if len(sys.argv) > 1 and sys.argv[1] == "test":
    os.environ["DJANGO_SETTINGS_MODULE"] = "site.settings_test"
else:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "site.settings")
"""
SETTINGS = """\
import dj_database_url

INSTALLED_APPS = ("rates", "limits", "rest_framework", "django.contrib.auth")
SECRET_KEY = "django_tests_secret_key"
DATABASES = {"default": dj_database_url.config(default="sqlite:///app.sqlite3")}
ROOT_URLCONF = "api.urls"
"""
VIEWS = """\
from rest_framework.views import APIView


class RateView(APIView):
    pass
"""
MODELS = "from django.db import models\n\n\nclass Rate(models.Model):\n    pass\n"


def _apps() -> dict[str, str]:
    return {
        "setup.py": SETUP,
        "api/__init__.py": "",
        "api/urls.py": "from django.urls import include, path\n\nurlpatterns = []\n",
        "rates/__init__.py": "",
        "rates/models.py": MODELS,
        "rates/views.py": VIEWS,
        "rates/urls.py": "urlpatterns = []\n",
        "limits/__init__.py": "",
        "limits/models.py": "from django.db import models\n",
    }


def test_packaged_apps_run_only_on_test_settings_are_no_backend(tmp_path: Path) -> None:
    files = {
        **_apps(),
        "manage.py": MANAGE.format(module="settings_for_testing"),
        "settings_for_testing.py": SETTINGS,
    }
    assert by_folder(write(tmp_path, files)) == {}


def test_project_with_its_own_settings_beside_test_ones_stays(tmp_path: Path) -> None:
    files = {
        **_apps(),
        "manage.py": BRANCHED_MANAGE,
        "site/__init__.py": "",
        "site/settings.py": SETTINGS,
        "site/settings_test.py": SETTINGS,
    }
    assert "." in by_folder(write(tmp_path, files))


def test_deployed_package_on_test_settings_stays(tmp_path: Path) -> None:
    files = {
        **_apps(),
        "manage.py": MANAGE.format(module="settings_for_testing"),
        "settings_for_testing.py": SETTINGS,
        "Procfile": "web: gunicorn api.wsgi\n",
    }
    assert "." in by_folder(write(tmp_path, files))
