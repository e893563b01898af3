"""Python: a Django project template inside a vendored framework is no backend (set 299, #19).

A Django site keeps a copy of the CMS it is built on in its tree; the CMS ships the project
template `startproject --template` renders (`project_template/` with a `manage.py`, a
`project_name/` settings package and a requirements.txt naming the CMS). Its `manage.py` still
holds the `{{ project_name }}` placeholder: a skeleton, not a program (`project_templates`).
Counter-case: a project whose `manage.py` names its settings stays a backend."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_MANAGE = (
    "#!/usr/bin/env python\nimport os\nimport sys\n\nif __name__ == '__main__':\n"
    "    os.environ.setdefault('DJANGO_SETTINGS_MODULE', {settings})\n"
    "    from django.core.management import execute_from_command_line\n\n"
    "    execute_from_command_line(sys.argv)\n"
)
_URLS = "from django.urls import path\n\nurlpatterns = []\n"


def _site(template_settings: str) -> dict[str, str]:
    return {
        "requirements.txt": "Django==1.8\n",
        "manage.py": _MANAGE.format(settings="'site.settings'"),
        "site/__init__.py": "",
        "site/settings.py": "INSTALLED_APPS = ['django.contrib.admin']\n"
        "ROOT_URLCONF = 'site.urls'\n",
        "site/urls.py": _URLS,
        "cms/__init__.py": "",
        "cms/project_template/requirements.txt": "Django==1.8\n",
        "cms/project_template/manage.py": _MANAGE.format(settings=template_settings),
        "cms/project_template/project_name/__init__.py": "",
        "cms/project_template/project_name/settings.py": "ROOT_URLCONF = 'urls'\n",
        "cms/project_template/project_name/urls.py": _URLS,
        "cms/project_template/project_name/wsgi.py": "from django.core.wsgi import "
        "get_wsgi_application\n\napplication = get_wsgi_application()\n",
    }


def test_a_project_template_is_no_backend(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _site("'%s.settings' % '{{ project_name }}'")))
    assert first(found["."], K.FRAMEWORK)[0] == "Django"
    assert "cms/project_template" not in found


def test_a_rendered_project_stays(tmp_path: Path) -> None:
    # Counter-case: the same folder with its placeholder replaced is a project of its own.
    found = by_folder(write(tmp_path, _site("'project_name.settings'")))
    assert first(found["cms/project_template"], K.FRAMEWORK)[0] == "Django"
