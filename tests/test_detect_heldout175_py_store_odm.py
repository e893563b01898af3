"""Python: the modules written to a document store's ODM count as the store's in the census of
side stores (set 175, #19).

A Flask site keeps its documents in MongoDB through MongoEngine (most of its modules define or
query `Document` classes) and a few admin tables in Flask-SQLAlchemy (three modules); pymongo is
declared beside them for one raw read. Counting only pymongo's importers against SQLAlchemy's,
the census (`py_side_stores`) would find SQLAlchemy leading and make MongoDB the side store.
MongoEngine's importers reach the store too: no SQL layer leads, and MongoDB / MongoEngine stay
the engine and the data layer. Where the SQL layer outnumbers the client and the ODM alike, it
is still marked."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_REQUIREMENTS = (
    "Flask==2.0.2\nflask-mongoengine==1.0.0\nmongoengine==0.9.5\npymongo==3.11.2\n"
    "Flask-SQLAlchemy==2.4.4\nSQLAlchemy==1.3.18\npsycopg2==2.9.3\n"
)


def _document(i: int) -> str:
    return (
        "from mongoengine import Document, StringField\n\n\n"
        f"class Article{i}(Document):\n    title = StringField()\n"
    )


def _table(i: int) -> str:
    return (
        "import sqlalchemy as sa\nfrom flask_sqlalchemy import SQLAlchemy\n\n"
        "db = SQLAlchemy()\n\n\n"
        f"class Admin{i}(db.Model):\n    id = db.Column(sa.Integer, primary_key=True)\n"
    )


def _site(documents: int, tables: int) -> dict[str, str]:
    files = {
        "requirements.txt": _REQUIREMENTS,
        ".env.example": "MONGODB_URI=mongodb://localhost:27017/site\n"
        "DATABASE_URI=postgresql://localhost/admin\n",
        "app/__init__.py": "from flask import Flask\n\napp = Flask(__name__)\n\n\n"
        "@app.route('/')\ndef index():\n    return 'ok'\n",
        "app/raw.py": "from pymongo import MongoClient\n\n\n"
        "def counts(uri):\n    return MongoClient(uri).site.articles.count_documents({})\n",
    }
    files |= {f"app/documents/doc{i}.py": _document(i) for i in range(documents)}
    files |= {f"app/admin/table{i}.py": _table(i) for i in range(tables)}
    return files


def test_the_odms_modules_keep_the_store_the_engine(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _site(documents=8, tables=3)))["."]
    assert first(backend, K.ORM)[0] == "MongoEngine"
    assert first(backend, K.DATABASE)[0] == "MongoDB"


def test_a_sql_layer_outnumbering_the_odm_is_still_the_layer(tmp_path: Path) -> None:
    # Counter-case: the SQL tables are the many, the documents the few.
    backend = by_folder(write(tmp_path, _site(documents=1, tables=10)))["."]
    assert first(backend, K.ORM)[0] == "SQLAlchemy"
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"
