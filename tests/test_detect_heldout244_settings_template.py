"""Django: the local settings a deployment tool renders from a Jinja template (set 244, #19).

A Django application's settings default to SQLite for a developer's machine
(`dj_database_url.config(default='sqlite:///…')`, else a sqlite3 ENGINE unless a CI variable is
set) and star-import `local_settings`, which its fabfile renders at deployment from
`etc/conf_templates/local_settings.py.jinja2`: an ENGINE of PostgreSQL beside a database entry
the tool fills in (`'NAME': '{{ db_name }}'`). That engine is every deployment's, over the
settings module's fallback. Counter-cases: a template whose entry is fixed text (a development
box's database) is no deployment's choice and leaves the default; so does a commented ENGINE."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_TEMPLATE = """DATABASES = {
    'default': {
        'ENGINE': 'django.db.backends.postgresql_psycopg2',
        'NAME': '{{ db_name }}',
        'USER': '{{ db_user }}',
        'PASSWORD': '{{ db_password }}',
        'HOST': 'localhost',
    }
}

DEBUG = False
"""


_SETTINGS = """import os

PROJECT_PATH = os.path.dirname(__file__)

try:
    import dj_database_url

    DATABASES = {
        'default': dj_database_url.config(default='sqlite:///' + PROJECT_PATH + '/app.sqlite')
    }
except ImportError:
    if os.environ.get('CI_WORKFLOW'):
        DATABASES = {
            'default': {
                'ENGINE': 'django.db.backends.postgresql_psycopg2',
                'NAME': 'ci_db',
            }
        }
    else:
        DATABASES = {
            'default': {
                'ENGINE': 'django.db.backends.sqlite3',
                'NAME': os.path.join(PROJECT_PATH, 'app.sqlite'),
            }
        }

try:
    from clinic.local_settings import *  # noqa
except ImportError:
    pass
"""


def _clinic(template: str | None = _TEMPLATE) -> dict[str, str]:
    files = {
        "requirements.txt": "django==2.2.16\ndj-database-url==0.5.0\npsycopg2==2.8.6\n",
        "manage.py": "import os\n\nos.environ.setdefault('DJANGO_SETTINGS_MODULE', "
        "'clinic.settings')\n",
        "clinic/__init__.py": "",
        "clinic/settings.py": _SETTINGS,
        "clinic/wsgi.py": "from django.core.wsgi import get_wsgi_application\n\n"
        "application = get_wsgi_application()\n",
        "clinic/models.py": "from django.db import models\n\n\n"
        "class Patient(models.Model):\n    name = models.CharField(max_length=80)\n",
    }
    if template is not None:
        files["etc/conf_templates/local_settings.py.jinja2"] = template
    return files


def test_a_rendered_local_settings_template_names_the_engine(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _clinic()))["."]
    assert first(found, K.DATABASE)[0] == "PostgreSQL"


def test_without_the_template_the_settings_default_stays(tmp_path: Path) -> None:
    # Counter-case: the settings module's own default, absent a deployment's template.
    found = by_folder(write(tmp_path, _clinic(None)))["."]
    assert first(found, K.DATABASE)[0] == "SQLite"


def test_a_template_with_a_fixed_entry_is_no_deployment(tmp_path: Path) -> None:
    # Counter-case: a fixed entry is a development box's database, not a deployment's.
    fixed = (
        "DATABASES = {\n    'default': {\n"
        "        'ENGINE': 'django.db.backends.postgresql',\n"
        "        'NAME': 'clinic_dev',\n        'HOST': 'localhost',\n    }\n}\n"
        "SECRET = '{{ secret }}'\n"
    )
    found = by_folder(write(tmp_path, _clinic(fixed)))["."]
    assert first(found, K.DATABASE)[0] == "SQLite"


def test_a_commented_engine_names_nothing(tmp_path: Path) -> None:
    # Counter-case: an ENGINE left commented out is an offer, not the deployment's setting.
    found = by_folder(
        write(tmp_path, _clinic(_TEMPLATE.replace("        'ENGINE'", "        # 'ENGINE'")))
    )["."]
    assert first(found, K.DATABASE)[0] == "SQLite"
