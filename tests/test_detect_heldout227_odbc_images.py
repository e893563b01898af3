"""Python: SQL Server, whose ODBC driver and pyodbc the project's image installs (set 227, #19).

A FastAPI service reaches its database through SQLAlchemy and a connection string from its
secrets; its pip list names no driver. The Dockerfile installs Microsoft's ODBC driver for SQL
Server (`ACCEPT_EULA=Y apt-get install -y msodbcsql18`) and pyodbc (`pip install -r
requirements.txt pyodbc==5.2.*`), while its code opens SQLite for demonstrations
(`"sqlite:///" + cfg["file"]`). The engine is SQL Server (`odbc_images`). An image installing
the ODBC driver without pyodbc adds nothing."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_DOCKERFILE = (
    "FROM python:3.11-slim\nWORKDIR /app\n"
    "RUN apt-get update && ACCEPT_EULA=Y apt-get install -y \\\n    msodbcsql18 \\\n"
    "    unixodbc-dev\n"
    "RUN python -m pip install -r requirements.txt pyodbc==5.2.* --no-cache-dir\n"
    "COPY . /app\n"
)


def _repo(dockerfile: str) -> dict[str, str]:
    return {
        "requirements.txt": "fastapi==0.115.5\nsqlalchemy==2.0.36\nuvicorn==0.32.1\n",
        "Dockerfile": dockerfile,
        "app/main.py": "from fastapi import FastAPI\n\napp = FastAPI()\n",
        "app/env.py": "import sqlalchemy as sa\n\n\ndef engine(cfg):\n"
        "    if cfg['type'] == 'sqlite':\n"
        "        return sa.create_engine('sqlite:///' + cfg['file'])\n"
        "    return sa.create_engine(cfg['connection_string'])\n",
    }


def test_the_images_odbc_driver_names_the_engine(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _repo(_DOCKERFILE)))
    assert first(found["."], K.DATABASE)[0] == "SQL Server"


def test_the_odbc_driver_without_pyodbc_adds_nothing(tmp_path: Path) -> None:
    # Counter-case: the image installs the ODBC driver for a command-line tool, not pyodbc.
    dockerfile = _DOCKERFILE.replace(" pyodbc==5.2.*", "")
    found = by_folder(write(tmp_path, _repo(dockerfile)))
    assert first(found["."], K.DATABASE)[0] != "SQL Server"
