"""Python: a docs folder's list including the application's does not carry it off (set 269, #19).

A Django project lives in `portal/` (its `manage.py`, settings and `requirements.txt`), and a
Sphinx `doc/` beside it, read first, installs the same packages with `-r
../portal/requirements.txt` (a root image copies the application in and installs its list). An
included list is its includer's (`scan._includers`), but one reached sideways whose own folder
runs by itself (a `manage.py`, `wsgi.py` or `asgi.py` at its top) stays the program's: without
it the application lost its framework version and data layer to the docs. The counter-case: a
service including a sibling folder's shared list, a folder that runs nothing, still takes that
list as its own."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K


def _panel() -> dict[str, str]:
    return {
        "portal/requirements.txt": "celery>=3.1,<4.0\ndjango>=1.11,<1.12\npsycopg2\n",
        "portal/requirements_ci.txt": "-r requirements.txt\ncoverage\n",
        "portal/manage.py": "import os\n\nos.environ.setdefault('DJANGO_SETTINGS_MODULE', "
        "'panel.settings')\n",
        "portal/panel/settings.py": "INSTALLED_APPS = ['sites']\nDATABASES = {'default': "
        "{'ENGINE': 'django.db.backends.postgresql_psycopg2'}}\n",
        "portal/panel/wsgi.py": "from django.core.wsgi import get_wsgi_application\n\n"
        "application = get_wsgi_application()\n",
        "portal/sites/models.py": "from django.db import models\n\n\nclass Site(models.Model):\n"
        "    name = models.CharField(max_length=20)\n",
        "doc/requirements.txt": "-r ../portal/requirements.txt\n-r ../portal/requirements_ci.txt\n",
        "doc/conf.py": "import django\n\ndjango.setup()\nproject = 'Panel'\n",
        "doc/index.rst": "Panel\n=====\n",
        # The root image installs the application's list and copies the application in.
        "Dockerfile": "FROM debian:stretch\nCOPY portal/requirements.txt ./\n"
        "RUN pip install -r requirements.txt\nCOPY portal /usr/src/app\nWORKDIR /usr/src/app\n"
        'ENTRYPOINT ["apache2ctl", "-D", "FOREGROUND"]\n',
        "docker-compose.yml": "version: '3'\nservices:\n  web:\n    build:\n"
        "      context: .\n    volumes:\n      - ./portal/:/usr/src/app\n"
        '    command: ["./manage.py", "runserver", "0.0.0.0:80"]\n'
        "  db:\n    image: postgres\n",
    }


def test_a_docs_list_leaves_the_application_its_own(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _panel()))
    assert set(found) == {"portal"}
    assert first(found["portal"], K.FRAMEWORK) == ("Django", ">=1.11,<1.12")
    assert first(found["portal"], K.ORM)[0] == "Django ORM"


def test_a_shared_list_beside_is_still_the_includers(tmp_path: Path) -> None:
    # Counter-case: `common/` runs nothing, so the service's include makes its list the service's.
    files = {
        "common/requirements.txt": "Django==4.2.7\npsycopg2-binary==2.9.9\n",
        "service/requirements.txt": "-r ../common/requirements.txt\ngunicorn==21.2.0\n",
        "service/manage.py": "import os\n\nos.environ.setdefault('DJANGO_SETTINGS_MODULE', "
        "'service.settings')\n",
        "service/service/settings.py": "INSTALLED_APPS = ['orders']\n",
        "service/orders/models.py": "from django.db import models\n\n\n"
        "class Order(models.Model):\n    total = models.IntegerField()\n",
    }
    found = by_folder(write(tmp_path, files))
    assert set(found) == {"service"}
    assert first(found["service"], K.FRAMEWORK) == ("Django", "==4.2.7")
