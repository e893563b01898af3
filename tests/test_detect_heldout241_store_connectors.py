"""Python: a service keeping its data in MongoDB beside connectors to its users' SQL (set 241, #19).

A natural-language-to-SQL service keeps its own records in MongoDB through pymongo (its
`.env.example` names `MONGODB_URI`, its Compose file runs `mongo`) and installs SQLAlchemy with
psycopg2, PyMySQL and pymssql beside the warehouses' dialects (Snowflake, BigQuery, Databricks)
to scan its users' databases, reflecting their tables (`Table(name, metadata, autoload=True)`).
SQLAlchemy is no data layer of its own and no SQL engine is its store: PyMongo on MongoDB
(`py_store_connectors`). A SQL model of its own, or a SQL engine its configuration names, keeps
the SQL layer."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_REQUIREMENTS = (
    "fastapi==0.98.0\npsycopg2==2.9.6\npymongo==4.4.0\nSQLAlchemy==1.4.49\nuvicorn==0.22.0\n"
    "snowflake-sqlalchemy==1.4.7\nsqlalchemy-databricks==0.2.0\nsqlalchemy-bigquery==1.6.1\n"
    "PyMySQL==1.1.0\npymssql==2.2.11\n"
)


def _service() -> dict[str, str]:
    return {
        "services/engine/requirements.txt": _REQUIREMENTS,
        "services/engine/.env.example": 'MONGODB_URI = "mongodb://admin:admin@mongodb:27017"\n',
        "services/engine/docker-compose.yml": (
            "services:\n  app:\n    build: .\n    ports:\n      - 80:80\n"
            "  mongodb:\n    image: mongo:latest\n"
        ),
        "services/engine/app/main.py": (
            "from fastapi import FastAPI\n\nfrom app.db import Mongo\n"
            "from app.scanner import scan\n\n"
            "app = FastAPI()\n\n\n@app.post('/scan')\ndef run(uri: str) -> dict:\n"
            "    Mongo().insert('scans', scan(uri))\n    return {}\n"
        ),
        "services/engine/app/db.py": (
            "import os\n\nfrom pymongo import MongoClient\n\n\nclass Mongo:\n"
            "    def __init__(self) -> None:\n"
            "        self.db = MongoClient(os.environ['MONGODB_URI'])['engine']\n\n"
            "    def insert(self, name: str, doc: dict) -> None:\n"
            "        self.db[name].insert_one(doc)\n"
        ),
        "services/engine/app/scanner.py": (
            "from sqlalchemy import MetaData, Table, create_engine, inspect\n\n\n"
            "def scan(uri: str) -> dict:\n    engine = create_engine(uri)\n"
            "    metadata = MetaData(bind=engine)\n    tables = {}\n"
            "    for name in inspect(engine).get_table_names():\n"
            "        tables[name] = len(Table(name, metadata, autoload=True).columns)\n"
            "    return tables\n"
        ),
    }


def test_a_document_store_beside_sql_connectors_is_the_data(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _service()))
    engine = found["services/engine"]
    assert first(engine, K.FRAMEWORK)[0] == "FastAPI"
    assert first(engine, K.ORM) == ("", "")
    assert first(engine, K.QUERY)[0] == "PyMongo"
    assert first(engine, K.DATABASE)[0] == "MongoDB"


def test_a_sql_model_of_its_own_keeps_sqlalchemy(tmp_path: Path) -> None:
    # Counter-case: the service declares its own tables.
    files = _service()
    files["services/engine/app/models.py"] = (
        "from sqlalchemy import Column, Integer\nfrom sqlalchemy.orm import declarative_base\n\n"
        "Base = declarative_base()\n\n\nclass Scan(Base):\n    __tablename__ = 'scans'\n"
        "    id = Column(Integer, primary_key=True)\n"
    )
    assert first(by_folder(write(tmp_path, files))["services/engine"], K.ORM)[0] == "SQLAlchemy"


def test_a_configured_sql_engine_keeps_sqlalchemy(tmp_path: Path) -> None:
    # Counter-case: its Compose file runs PostgreSQL too.
    files = _service()
    files["services/engine/docker-compose.yml"] += "  db:\n    image: postgres:15\n"
    assert first(by_folder(write(tmp_path, files))["services/engine"], K.ORM)[0] == "SQLAlchemy"
