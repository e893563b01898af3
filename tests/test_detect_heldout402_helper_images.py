"""A database-setup image kept in a folder of a service (#19): its Dockerfile copies one
script and runs it, and the script's `postgres://` URL is that image's, not the service's."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write

from designer.model.stack import FindingKind as K

REQUIREMENTS = "flask==2.2.5\ncrate==0.33.0\n"
APP = "from flask import Flask\nfrom crate import client\napp = Flask(__name__)\n"
SETUP = (
    "def url(user, password, host, port, name):\n"
    "    return f'postgres://{user}:{password}@{host}:{port}/{name}'\n"
)


def _dockerfile(script: str, copied: str = "./db-setup.py") -> str:
    return (
        f"FROM python:3.8-alpine\nCOPY --chown=app {copied} /setup/\nWORKDIR /setup\n"
        f'CMD python {script} \\\n        --pg-host "$PG_HOST"\n'
    )


def _engines(tmp_path: Path, script: str, copied: str = "./db-setup.py") -> list[str]:
    files = {
        "requirements.txt": REQUIREMENTS,
        "src/wsgi.py": APP,
        "db-container/Dockerfile": _dockerfile(script, copied),
        "db-container/db-setup.py": SETUP,
    }
    backend = by_folder(write(tmp_path, files))["."]
    return [f.name for f in backend.findings if f.kind is K.DATABASE]


def test_url_of_the_script_a_helper_image_runs_is_not_the_service_engine(tmp_path: Path) -> None:
    assert _engines(tmp_path, "db-setup.py") == ["CrateDB"]


def test_url_in_a_file_the_image_does_not_run_stays(tmp_path: Path) -> None:
    assert "PostgreSQL" in _engines(tmp_path, "other.py")


def test_url_in_an_image_copying_more_than_the_script_stays(tmp_path: Path) -> None:
    assert "PostgreSQL" in _engines(tmp_path, "db-setup.py", copied=".")
