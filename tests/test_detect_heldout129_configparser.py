"""The engine a Django site reads from its INI file through ConfigParser (benchmarks/
detect_heldout129.yaml, #19): the shipped `config/config.ini` says `[database]` … `engine =
sqlite`, the settings read it (`db_engine = CONFIG.get('database', 'engine', fallback=…)`) and
build `DATABASES` from a map of engine names to Django's backends. Installed as shipped, the
site runs on SQLite; the MySQL client among the requirements is for the operators who choose
MySQL. An INI named for another program (`grafana.ini`, a dashboard's settings kept beside the
service) says nothing of this one's engine."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_SETTINGS = """\
import os
from configparser import ConfigParser

CONFIG = ConfigParser()
CONFIG.read(os.path.join(CONFIG_DIR, 'config.ini'), encoding='utf-8')

DATABASE_MAP = {{
    'sqlite':'django.db.backends.sqlite3',
    'mysql':'django.db.backends.mysql',
    'postgresql':'django.db.backends.postgresql_psycopg2',
}}

db_engine = {lookup}
if db_engine == 'sqlite':
    DATABASES = {{'default': {{'ENGINE': DATABASE_MAP[db_engine], 'NAME': 'db.sqlite3'}}}}
else:
    DATABASES = {{
        'default': {{
            'ENGINE': DATABASE_MAP[CONFIG['database']['engine']],
            'NAME': CONFIG['database']['name'],
        }}
    }}
"""


_INI = """\
[site]
debug = False

[database]
# engine: sqlite, mysql, oracle or postgresql
engine = {engine}
# name = db_name
"""


def _site(tmp_path: Path, files: dict[str, str]) -> Path:
    return write(
        tmp_path,
        {
            "requirements.txt": "django==4.2.*\nmysqlclient\n",
            "manage.py": "import os\nos.environ.setdefault('DJANGO_SETTINGS_MODULE', "
            "'site.settings')\nfrom django.core.management import execute_from_command_line\n",
            "site/settings.py": _SETTINGS.format(
                lookup="CONFIG.get('database','engine',fallback='sqlite')"
            ),
            "site/urls.py": "urlpatterns = []\n",
            **files,
        },
    )


@pytest.mark.parametrize("name", ["config/config.ini", "settings.ini"])
def test_the_shipped_ini_of_the_program_names_its_engine(tmp_path: Path, name: str) -> None:
    backend = by_folder(_site(tmp_path, {name: _INI.format(engine="sqlite")}))["."]
    assert first(backend, K.DATABASE)[0] == "SQLite"


def test_the_shipped_ini_may_name_the_server(tmp_path: Path) -> None:
    backend = by_folder(_site(tmp_path, {"config/config.ini": _INI.format(engine="postgresql")}))
    assert first(backend["."], K.DATABASE)[0] == "PostgreSQL"


def test_another_programs_ini_is_not_the_sites(tmp_path: Path) -> None:
    grafana = "[database]\ntype = sqlite3\nhost = 127.0.0.1:3306\n"
    backend = by_folder(_site(tmp_path, {"grafana/grafana.ini": grafana, "grafana.ini": grafana}))
    assert first(backend["."], K.DATABASE)[0] == "MySQL"


def test_without_an_ini_the_driver_stands(tmp_path: Path) -> None:
    backend = by_folder(_site(tmp_path, {}))["."]
    assert first(backend, K.DATABASE)[0] == "MySQL"
