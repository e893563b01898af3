"""Python: a pip list named `reqs.txt` is the project's list (set 209, #19).

An older Django project names its pip lists by the word's short form: `reqs.txt` (Django
pinned, the MySQL driver), `reqs_dev.txt` and `reqs_ci.txt` beside it; its settings hold no
DATABASES (a git-ignored local settings module supplies them). Read as pip lists
(`python.SHORT_PIP_LIST`), they give Django's version, its ORM and the engine of the driver;
`reqs_dev.txt` is development's, as `requirements-dev.txt` is."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K


def _project() -> dict[str, str]:
    return {
        "reqs.txt": "celery==3.1.17\nDjango==1.8.18\nmysqlclient==1.4.2\nredis==2.10.3\n",
        "reqs_dev.txt": "django-debug-toolbar==1.4\npytest==3.0.0\n",
        "manage.py": "import os\nimport sys\n\nif __name__ == '__main__':\n"
        "    os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'site.settings')\n",
        "site/__init__.py": "",
        "site/settings.py": "INSTALLED_APPS = ['django.contrib.auth', 'ideas']\n\n"
        "try:\n    from .local_settings import *\nexcept ImportError:\n    pass\n",
        "site/wsgi.py": "from django.core.wsgi import get_wsgi_application\n\n"
        "application = get_wsgi_application()\n",
        "ideas/__init__.py": "",
        "ideas/models.py": "from django.db import models\n\n\nclass Idea(models.Model):\n"
        "    title = models.CharField(max_length=200)\n",
    }


def test_a_short_named_pip_list_is_read(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _project()))
    django = found["."]
    assert first(django, K.FRAMEWORK)[0] == "Django"
    assert "1.8.18" in first(django, K.FRAMEWORK)[1]
    assert first(django, K.ORM)[0] == "Django ORM"
    assert first(django, K.DATABASE)[0] == "MySQL"
    # The development list's pytest, with no test anywhere, is none.
    assert first(django, K.TEST) == ("", "")


def test_a_file_only_starting_with_the_letters_is_no_list(tmp_path: Path) -> None:
    # Counter-case: `requests.txt` (a word starting with "req") is no pip list.
    files = _project()
    files["requests.txt"] = files.pop("reqs.txt")
    del files["reqs_dev.txt"]
    found = by_folder(write(tmp_path, files))
    assert first(found["."], K.DATABASE) == ("", "")
