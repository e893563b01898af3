"""Python: the standard library's sqlite3 opened by a server's own code is its data layer (set
195, #19).

A Flask payment processor keeps its invoices in a SQLite file through `sqlite3` alone: its
database module opens `with sqlite3.connect(name) as conn:` in every function and runs its own
SQL, and no manifest names a data layer (the module is the standard library's). `sqlite3` is its
data layer, as it is for a Node server written to the driver of that name (`opened_drivers`).
A declared ORM stays the data layer, and a connection opened only by the tests is none."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_DATABASE = (
    "import sqlite3\n\n\ndef write_invoice(invoice, name='database.db'):\n"
    "    with sqlite3.connect(name) as conn:\n"
    "        conn.execute('INSERT INTO payments VALUES (?)', (invoice['uuid'],))\n"
)


def _shop() -> dict[str, str]:
    return {
        "requirements.txt": "Flask==2.2.5\ngunicorn==20.0.4\n",
        "app.py": "from flask import Flask\n\nfrom payments import database\n\n"
        "app = Flask(__name__)\n",
        "payments/__init__.py": "",
        "payments/database.py": _DATABASE,
        "test/test_invoices.py": "import pytest\n\n\ndef test_amount():\n    assert 1 == 1\n",
    }


def _data(files: dict[str, str], tmp_path: Path) -> str:
    found = by_folder(write(tmp_path, files))
    assert first(found["."], K.FRAMEWORK)[0] == "Flask"
    layer = first(found["."], K.ORM)[0] or first(found["."], K.QUERY)[0]
    return layer


def test_sqlite3_opened_by_the_code_is_the_data_layer(tmp_path: Path) -> None:
    assert _data(_shop(), tmp_path) == "sqlite3"


def test_a_declared_orm_stays_the_data_layer(tmp_path: Path) -> None:
    # Counter-case: an ORM the manifest declares (a cache kept in SQLite beside it).
    files = _shop()
    files["requirements.txt"] += "Flask-SQLAlchemy==3.0.5\n"
    files["models.py"] = "from flask_sqlalchemy import SQLAlchemy\n\ndb = SQLAlchemy()\n"
    assert _data(files, tmp_path) == "SQLAlchemy"


def test_sqlite3_opened_only_by_the_tests_is_no_data_layer(tmp_path: Path) -> None:
    # Counter-case: the tests build a fixture database; the program keeps no data.
    files = _shop()
    files["test/test_db.py"] = files.pop("payments/database.py")
    assert _data(files, tmp_path) == ""
