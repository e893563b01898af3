"""A Django project whose requirements name only `django-*` plug-ins (#19): the plug-in
requires Django and installs it, so the Django its code starts is declared."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write

from designer.model.stack import FindingKind as K

MANAGE = "import os\nos.environ.setdefault('DJANGO_SETTINGS_MODULE', 'config.settings')\n"
WSGI = "from django.core.wsgi import get_wsgi_application\napplication = get_wsgi_application()\n"


def test_django_plugin_confirms_django(tmp_path: Path) -> None:
    files = {
        "requirements.txt": "ldap3==2.9\ndjango-redis==4.12.1\ngunicorn==22.0.0\n",
        "manage.py": MANAGE,
        "config/wsgi.py": WSGI,
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert not backend.ambiguous
    assert [f.name for f in backend.findings if f.kind is K.FRAMEWORK] == ["Django"]


def test_list_without_a_plugin_leaves_django_unconfirmed(tmp_path: Path) -> None:
    files = {
        "requirements.txt": "ldap3==2.9\nredis==5.0.0\ngunicorn==22.0.0\n",
        "manage.py": MANAGE,
        "config/wsgi.py": WSGI,
    }
    assert by_folder(write(tmp_path, files))["."].ambiguous
