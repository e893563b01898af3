"""Held-out set 292 (#19): a Python service's driver lent by its data-access library.

The FastAPI service declares only the product's data-access library (a unit of work over
psycopg, from the product's own registry) and imports it; it names no driver, data layer or
engine itself. uv.lock records that the library requires psycopg: psycopg and PostgreSQL are
the service's. A library the code never imports lends nothing, nor does one requiring the
drivers of two engines.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_PYPROJECT = """[project]
name = "obs-services"
version = "1.0.0"
requires-python = ">=3.10"
dependencies = ["fastapi>=0.115.8", "obs-db>=19.1.1"]
"""


def _lock(drivers: list[str]) -> str:
    requires = "".join(f'    {{ name = "{d}" }},\n' for d in drivers)
    packages = "".join(
        f'[[package]]\nname = "{d}"\nversion = "3.3.4"\n'
        'source = { registry = "https://pypi.org/simple" }\n\n'
        for d in drivers
    )
    return (
        "version = 1\nrequires-python = \">=3.10\"\n\n"
        '[[package]]\nname = "fastapi"\nversion = "0.115.14"\n'
        'source = { registry = "https://pypi.org/simple" }\n\n'
        '[[package]]\nname = "obs-db"\nversion = "19.2.0"\n'
        'source = { registry = "https://registry.example.org/simple" }\n'
        f"dependencies = [\n    {{ name = \"pydantic\" }},\n{requires}]\n\n"
        f"{packages}"
        '[[package]]\nname = "obs-services"\nversion = "1.0.0"\nsource = { editable = "." }\n'
        'dependencies = [\n    { name = "fastapi" },\n    { name = "obs-db" },\n]\n'
    )


_APP = """from fastapi import FastAPI

app = FastAPI()
"""

_UOW = """from obs_db.unitofwork import PostgresUnitOfWork


def uow():
    return PostgresUnitOfWork()
"""


def _files(drivers: list[str], imported: bool = True) -> dict[str, str]:
    files = {
        "pyproject.toml": _PYPROJECT,
        "uv.lock": _lock(drivers),
        "src/obs_services/app.py": _APP,
    }
    if imported:
        files["src/obs_services/common.py"] = _UOW
    return files


def test_driver_lent_by_imported_library(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _files(["psycopg"])))["."]
    assert first(backend, K.QUERY)[0] == "psycopg"
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"


def test_library_not_imported_lends_nothing(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _files(["psycopg"], imported=False)))["."]
    assert first(backend, K.DATABASE) == ("", "")


def test_library_of_two_engines_lends_nothing(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _files(["psycopg", "pymysql"])))["."]
    assert first(backend, K.DATABASE) == ("", "")
