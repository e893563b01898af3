"""Python: SQLAlchemy kept only for a driver's connection pool (set 258, #19).

A Flask API declares flask, sqlalchemy and pymysql; its storage module builds PyMySQL
connections and hands them to `create_engine('mysql+pymysql://', creator=…, poolclass=
QueuePool).pool`, and every query is a stored-procedure call through PyMySQL cursors. SQLAlchemy
runs no statement and holds no model: the data layer is PyMySQL, on MySQL. Counter-cases: a
module importing SQLAlchemy's ORM, or an engine used as an engine (no `.pool` taken), keeps
SQLAlchemy the data layer."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_STORAGE = (
    "from functools import partial\n\nimport pymysql\n"
    "from sqlalchemy.engine import create_engine\nfrom sqlalchemy.pool import QueuePool\n\n\n"
    "def connection_pool(config):\n"
    "    getconn = partial(pymysql.connect, host=config['MYSQL_HOST'])\n"
    "    return create_engine('mysql+pymysql://',\n"
    "                         creator=getconn,\n"
    "                         poolclass=QueuePool,\n"
    "                         pool_recycle=3600).pool\n\n\n"
    "def call_procedure(pool, name, *args):\n"
    "    connection = pool.connect()\n"
    "    cursor = connection.cursor(cursor=pymysql.cursors.DictCursor)\n"
    "    cursor.execute(f'CALL {name}()', args)\n"
    "    return cursor.fetchall()\n"
)


def _api() -> dict[str, str]:
    return {
        "requirements.txt": "flask\npymysql==0.9.3\nsqlalchemy\n",
        "api/__init__.py": "from flask import Flask\n\n\ndef create_app():\n"
        "    app = Flask(__name__)\n    return app\n",
        "api/storage.py": _STORAGE,
    }


def test_a_pool_only_sqlalchemy_leaves_the_driver_the_data_layer(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _api()))
    assert first(found["."], K.FRAMEWORK)[0] == "Flask"
    assert first(found["."], K.ORM) == ("", "")
    assert first(found["."], K.QUERY)[0] == "PyMySQL"
    assert first(found["."], K.DATABASE)[0] == "MySQL"


def test_sqlalchemy_models_keep_it(tmp_path: Path) -> None:
    # Counter-case: one module maps a table with SQLAlchemy's ORM.
    files = _api()
    files["api/models.py"] = (
        "from sqlalchemy import Column, Integer\nfrom sqlalchemy.orm import declarative_base\n\n"
        "Base = declarative_base()\n\n\nclass Site(Base):\n    __tablename__ = 'sites'\n"
        "    id = Column(Integer, primary_key=True)\n"
    )
    found = by_folder(write(tmp_path, files))
    assert first(found["."], K.ORM)[0] == "SQLAlchemy"


def test_an_engine_used_as_an_engine_keeps_it(tmp_path: Path) -> None:
    # Counter-case: the engine itself is kept and connected (its statements are SQLAlchemy's).
    files = _api()
    files["api/storage.py"] = _STORAGE.replace("pool_recycle=3600).pool\n", "pool_recycle=3600)\n")
    found = by_folder(write(tmp_path, files))
    assert first(found["."], K.ORM)[0] == "SQLAlchemy"
