"""Python: a MySQL driver the program's own modules connect through is its data layer (set 265,
#19).

A Flask site declares `PyMySQL` and no ORM; its database module opens
`pymysql.connect(**conn_info)` and its routes run hand-written SQL on the connection's cursors.
The catalogue names PyMySQL an engine only (it sits under SQLAlchemy or Django more often than
not); the connection opened by the program makes it the data layer (`opened_drivers`). The same
driver under SQLAlchemy leaves SQLAlchemy the data layer, and one never connected through
names no data layer."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_DB = (
    "import pymysql\nfrom flask import current_app, g\n\n\ndef get_db():\n"
    "    if 'db' not in g:\n"
    "        g.db = pymysql.connect(user=current_app.config['MYSQL_USER'])\n"
    "    return g.db\n\n\ndef count_runs():\n"
    "    with get_db().cursor() as cursor:\n"
    "        cursor.execute('SELECT COUNT(*) FROM sprint_runs')\n"
    "        return cursor.fetchone()\n"
)


def _site() -> dict[str, str]:
    return {
        "requirements.txt": "flask==3.0.1\nPyMySQL>=1.0.2\n\n# Dev Dependencies:\npytest==9.0.2\n",
        "app/app.py": "from flask import Flask\n\nfrom app import db\n\napp = Flask(__name__)\n",
        "app/db.py": _DB,
        "test/conftest.py": "import pytest\n",
    }


def test_a_mysql_driver_the_site_connects_through_is_the_data_layer(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _site()))
    assert first(found["."], K.FRAMEWORK)[0] == "Flask"
    assert first(found["."], K.QUERY)[0] == "PyMySQL"
    assert first(found["."], K.DATABASE)[0] == "MySQL"


def test_a_mysql_driver_under_sqlalchemy_leaves_sqlalchemy(tmp_path: Path) -> None:
    # Counter-case: PyMySQL as SQLAlchemy's dialect driver, the models SQLAlchemy's.
    files = _site()
    files["requirements.txt"] = "flask==3.0.1\nFlask-SQLAlchemy==3.1.1\nPyMySQL>=1.0.2\n"
    files["app/db.py"] = (
        "from flask_sqlalchemy import SQLAlchemy\n\ndb = SQLAlchemy()\n\n\n"
        "class Run(db.Model):\n    id = db.Column(db.Integer, primary_key=True)\n"
    )
    found = by_folder(write(tmp_path, files))
    assert first(found["."], K.ORM)[0] == "SQLAlchemy"
    assert first(found["."], K.QUERY)[0] != "PyMySQL"


def test_a_mysql_driver_never_connected_through_names_no_data_layer(tmp_path: Path) -> None:
    # Counter-case: declared, imported for its exceptions only, never connected through.
    files = _site()
    files["app/db.py"] = "import pymysql\n\nErrors = (pymysql.err.OperationalError,)\n"
    found = by_folder(write(tmp_path, files))
    assert first(found["."], K.QUERY) == ("", "")
    assert first(found["."], K.ORM) == ("", "")
