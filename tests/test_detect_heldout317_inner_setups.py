"""A bare setup.py kept inside the package its enclosing project declares (#19, set 317): the
service is the project folder holding the pyproject.toml, not the package folder below it."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write

PYPROJECT = """\
[tool.poetry]
name = "app"
version = "0.1.0"

[tool.poetry.dependencies]
python = "^3.9"
fastapi = "^0.68.1"
SQLAlchemy = "1.4.35"
psycopg2-binary = "2.9.1"
gunicorn = "^20.1.0"
"""
INNER_SETUP = """\
import setuptools

setuptools.setup(
    name="app",
    version="0.1.0",
    packages=setuptools.find_packages(),
    python_requires=">=3.7",
    entry_points={"console_scripts": ["app-cli = app.cli.toplevel:cli"]},
    include_package_data=True,
    install_requires=[],
)
"""
MAIN = "from fastapi import FastAPI\n\n_app = FastAPI()\n"


def _files(setup: str) -> dict[str, str]:
    return {
        "src/backend/pyproject.toml": PYPROJECT,
        "src/backend/app/__init__.py": "",
        "src/backend/app/setup.py": setup,
        "src/backend/app/api/__init__.py": "",
        "src/backend/app/api/main.py": MAIN,
    }


def test_bare_setup_inside_the_package_is_the_enclosing_projects(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _files(INNER_SETUP)))
    assert set(found) == {"src/backend"}


def test_inner_setup_declaring_requirements_stays_a_project(tmp_path: Path) -> None:
    declaring = INNER_SETUP.replace("install_requires=[]", 'install_requires=["fastapi"]')
    found = by_folder(write(tmp_path, _files(declaring)))
    assert "src/backend/app" in found
