"""Python: SQLAlchemy kept only as APScheduler's job store is no data layer (set 301, #19).

A Flask service keeps its records in MongoDB through PyMongo and schedules its fetches with
APScheduler, whose jobs persist through `SQLAlchemyJobStore` over a local SQLite file: the
requirements declare SQLAlchemy, which outranked PyMongo by kind. Now SQLAlchemy whose every
importer only builds a job store is dropped (`py_job_stores`). Counter-cases: a module using
SQLAlchemy for the program's own tables keeps it, and so does a project with no other layer."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_SCHEDULE = (
    "from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore\n"
    "from apscheduler.schedulers.background import BackgroundScheduler\n"
    "from sqlalchemy import create_engine\n\n\n"
    "def start():\n    engine = create_engine('sqlite:///jobs.db')\n"
    "    jobstore = SQLAlchemyJobStore(engine=engine)\n"
    "    scheduler = BackgroundScheduler(jobstores={'default': jobstore})\n"
    "    scheduler.start()\n"
)
_REPOSITORY = (
    "from pymongo import MongoClient\n\n"
    "client = MongoClient('mongodb://localhost:27017')\ndb = client['air']\n"
)
_TABLES = (
    "from sqlalchemy import Column, Integer\nfrom sqlalchemy.orm import declarative_base\n\n"
    "Base = declarative_base()\n\n\nclass Reading(Base):\n"
    "    __tablename__ = 'readings'\n    id = Column(Integer, primary_key=True)\n"
)


def _service(requirements: str, **extra: str) -> dict[str, str]:
    return {
        "requirements.txt": requirements,
        "src/app.py": "from flask import Flask\n\napp = Flask(__name__)\n",
        "src/config/schedule.py": _SCHEDULE,
        "src/config/repository.py": _REPOSITORY,
        **extra,
    }


_BOTH = "Flask==3.1\npymongo==4.17\nSQLAlchemy==2.0\nAPScheduler==3.11\n"


def test_a_job_store_is_no_data_layer(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _service(_BOTH)))
    assert first(found["."], K.ORM)[0] == ""
    assert first(found["."], K.QUERY)[0] == "PyMongo"
    assert first(found["."], K.DATABASE)[0] == "MongoDB"


def test_tables_of_its_own_keep_the_layer(tmp_path: Path) -> None:
    # Counter-case: another module maps the program's own tables with SQLAlchemy.
    found = by_folder(write(tmp_path, _service(_BOTH, **{"src/models.py": _TABLES})))
    assert first(found["."], K.ORM)[0] == "SQLAlchemy"


def test_the_only_layer_stays(tmp_path: Path) -> None:
    # Counter-case: with no other layer declared, SQLAlchemy is left as the walk found it.
    found = by_folder(write(tmp_path, _service("Flask==3.1\nSQLAlchemy==2.0\nAPScheduler\n")))
    assert first(found["."], K.ORM)[0] == "SQLAlchemy"
