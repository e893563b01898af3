"""Python: a service whose pip list holds clients for its users' databases keeps no data (set
228, #19).

A data product's AI service (FastAPI) installs psycopg2, mysqlclient and oracledb beside the
warehouses' clients (sqlalchemy-bigquery, PyAthena, sqlalchemy-redshift, trino,
snowflake-connector-python) and builds an engine from whatever URL a request names, to read the
user's catalogue. None is its own store: no data layer nor engine (`py_connectors`). A service
with one driver and a cache keeps them."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_CONNECTORS = (
    "fastapi==0.104.1\nuvicorn==0.23.2\npsycopg2-binary==2.9.9\nsqlalchemy-bigquery==1.11.0\n"
    "PyAthena==3.8.2\noracledb==2.2.0\nsqlalchemy-redshift==0.8.14\nmysqlclient==2.2.4\n"
    "trino==0.329.0\nsnowflake-connector-python==3.12.2\n"
)
_APP = "from fastapi import FastAPI\n\napp = FastAPI()\n"
_EDIT = (
    "from sqlalchemy import create_engine, inspect\n\n\ndef tables(url):\n"
    "    return inspect(create_engine(url)).get_table_names()\n"
)


def test_connectors_to_users_databases_are_no_data(tmp_path: Path) -> None:
    files = {"ai/requirements.txt": _CONNECTORS, "ai/api/app.py": _APP, "ai/api/edit.py": _EDIT}
    found = by_folder(write(tmp_path, files))
    assert first(found["ai"], K.DATABASE) == ("", "")
    assert first(found["ai"], K.QUERY) == ("", "")


def test_a_store_and_a_cache_stay(tmp_path: Path) -> None:
    # Counter-case: one driver (the service's own store) and a cache are its data.
    files = {
        "ai/requirements.txt": "fastapi==0.104.1\npsycopg2-binary==2.9.9\nredis==5.0.1\n",
        "ai/api/app.py": _APP,
        "ai/api/db.py": "import psycopg2\n\nconn = psycopg2.connect('postgresql://u:p@db/app')\n",
    }
    found = by_folder(write(tmp_path, files))
    assert first(found["ai"], K.DATABASE)[0] == "PostgreSQL"
