"""The engine a Flask API reads from the `.cfg` file it ships as its own settings (held-out set
502, #19): `<package>/config/<program>.cfg` says `[database]` … `engine: sqlite3` (ConfigParser's
colon delimiter), the database class returns the SQLite URL built from it before it reads the
`DB_HOST`/`DB_USER` variables, and a Compose file runs postgres:11 beside the API, passing those
variables for the operators who switch the engine. The program's shipped settings outrank a
Compose database: SQLite, PostgreSQL secondary. A section naming postgresql names it."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_CFG = """\
[pygmy]
host = 0.0.0.0
port = 9119

[database]
# Engine can be sqlite3, postgresql, mysql
engine: {engine}
sqlite_data_dir: data
url: {{engine}}://{{user}}:{{password}}@{{host}}:{{port}}/{{db_name}}
host: 127.0.0.1
port: 5432
"""

_COMPOSE = """\
services:
  database:
    image: postgres:11
  api:
    build: .
    environment:
      - DB_HOST=database
      - DB_PORT=5432
"""

_BASE = """\
import os

from sqlalchemy import create_engine

from shortener.config import config


def db_url():
    url = config.database['url']
    if config.database['engine'] == 'sqlite3':
        return url
    host = os.environ.get('DB_HOST')
    return url.format(host=host)


engine = create_engine(db_url())
"""


def _api(tmp_path: Path, engine: str) -> Path:
    return write(
        tmp_path,
        {
            "requirements.txt": "Flask==2.1.2\nSQLAlchemy==1.4.39\n",
            "shortener/__init__.py": "",
            "shortener/app.py": "from flask import Flask\n\napp = Flask(__name__)\n",
            "shortener/config/__init__.py": "config = None\n",
            "shortener/config/shortener.cfg": _CFG.format(engine=engine),
            "shortener/database/base.py": _BASE,
            "docker-compose.yml": _COMPOSE,
        },
    )


def test_the_shipped_cfg_names_the_engine_over_compose(tmp_path: Path) -> None:
    backend = by_folder(_api(tmp_path, "sqlite3"))["."]
    assert first(backend, K.DATABASE)[0] == "SQLite"


def test_the_shipped_cfg_may_name_the_server(tmp_path: Path) -> None:
    backend = by_folder(_api(tmp_path, "postgresql"))["."]
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"
