"""Python engines a program's own settings decide over drivers and fallbacks (#19).

- A Flask app over Peewee with a database class per engine, PyMySQL and psycopg2 declared, and
  the engine setting read from its INI file with `"sqlite"` as the lookup's default: SQLite is
  the program's choice; with one server driver, the fallback stays a fallback.
- A Django project naming its own backend (`'ENGINE': 'proj.mysql'`, whose `base.py`
  subclasses Django's MySQL backend) when the configuration has a MySQL section, a SQLite
  file otherwise: MySQL.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

SETTINGS = (
    "import configparser\n\n\nclass Settings:\n"
    "    def __init__(self):\n        self.parser = configparser.ConfigParser()\n"
    "        self.parser.read('/etc/app/app.conf')\n\n"
    "    def get(self, section, option, default=None):\n"
    "        return self.parser.get(section, option, fallback=default)\n\n\n"
    "settings = Settings()\n\n\nclass Config:\n"
    '    DB_TYPE = settings.get("database", "type", "sqlite")\n'
    '    DB_NAME = settings.get("database", "name", "app.db")\n'
)
DB = (
    "from peewee import MySQLDatabase, PostgresqlDatabase, SqliteDatabase\n\n"
    "from app.settings import Config\n\n\ndef create_database():\n"
    '    if Config.DB_TYPE == "sqlite":\n        return SqliteDatabase(Config.DB_NAME)\n'
    '    if Config.DB_TYPE == "mysql":\n        return MySQLDatabase(Config.DB_NAME)\n'
    '    if Config.DB_TYPE == "postgresql":\n        return PostgresqlDatabase(Config.DB_NAME)\n'
    '    raise RuntimeError("unsupported")\n'
)
FLASK_INIT = "from flask import Flask\n\napp = Flask(__name__)\n"


def _peewee_app(tmp_path: Path, drivers: str) -> object:
    files = {
        "requirements.txt": f"Flask==3.0.3\npeewee==3.17.6\n{drivers}",
        "app/__init__.py": FLASK_INIT,
        "app/settings.py": SETTINGS,
        "app/db.py": DB,
    }
    return by_folder(write(tmp_path, files))["."]


def test_section_lookup_default_is_chosen_among_several_servers(tmp_path: Path) -> None:
    backend = _peewee_app(tmp_path, "PyMySQL==1.1.1\npsycopg2-binary==2.9.9\n")
    assert first(backend, K.DATABASE)[0] == "SQLite"


def test_section_lookup_default_beside_one_server_stays_fallback(tmp_path: Path) -> None:
    backend = _peewee_app(tmp_path, "psycopg2-binary==2.9.9\n")
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"


DJANGO_SETTINGS = (
    "import json\nimport os\n\nBASE_DIR = os.path.dirname(os.path.dirname(__file__))\n"
    "CONFIG = json.load(open(os.environ.get('APP_CONFIG', '/etc/app/config.json')))\n\n"
    "INSTALLED_APPS = ['django.contrib.auth', 'hosts']\n"
    "ROOT_URLCONF = 'proj.urls'\n\n"
    "if CONFIG.get('MYSQL', {}):\n    DATABASES = {\n        'default': {\n"
    "            'ENGINE': 'proj.mysql',\n            'NAME': CONFIG['MYSQL']['DB_NAME'],\n"
    "        },\n    }\nelse:\n    DATABASES = {\n        'default': {\n"
    "            'ENGINE': 'django.db.backends.sqlite3',\n"
    "            'NAME': os.path.join(BASE_DIR, 'db.sqlite3'),\n        },\n    }\n"
)
OWN_BACKEND = (
    "from django.db.backends.mysql import base, schema\n\n\n"
    "class DatabaseSchemaEditor(schema.DatabaseSchemaEditor):\n"
    '    sql_create_table = "CREATE TABLE %(table)s (%(definition)s) ROW_FORMAT=DYNAMIC"\n\n\n'
    "class DatabaseWrapper(base.DatabaseWrapper):\n"
    "    SchemaEditorClass = DatabaseSchemaEditor\n"
)


def _django(tmp_path: Path, backend_module: str) -> object:
    files = {
        "setup.py": (
            "from setuptools import setup\n\nsetup(name='proj', install_requires=["
            "'Django>=3.2,<4'], extras_require={'with-mysql': ['mysqlclient']})\n"
        ),
        "proj/manage.py": (
            "import os\nimport sys\n\nif __name__ == '__main__':\n"
            "    os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'proj.settings')\n"
            "    from django.core.management import execute_from_command_line\n"
            "    execute_from_command_line(sys.argv)\n"
        ),
        "proj/proj/__init__.py": "",
        "proj/proj/settings.py": DJANGO_SETTINGS,
        "proj/proj/urls.py": "from django.urls import path\n\nurlpatterns = []\n",
        "proj/proj/wsgi.py": (
            "from django.core.wsgi import get_wsgi_application\n\n"
            "application = get_wsgi_application()\n"
        ),
        "proj/proj/mysql/__init__.py": "",
        "proj/proj/mysql/base.py": backend_module,
        "proj/hosts/__init__.py": "",
        "proj/hosts/models.py": (
            "from django.db import models\n\n\nclass Host(models.Model):\n"
            "    name = models.CharField(max_length=255)\n"
        ),
    }
    return by_folder(write(tmp_path, files))["."]


def test_own_django_backend_names_its_engine(tmp_path: Path) -> None:
    assert first(_django(tmp_path, OWN_BACKEND), K.DATABASE)[0] == "MySQL"


def test_backend_package_not_subclassing_django_says_nothing(tmp_path: Path) -> None:
    module = "class DatabaseWrapper:\n    pass\n"
    assert first(_django(tmp_path, module), K.DATABASE)[0] == "SQLite"
