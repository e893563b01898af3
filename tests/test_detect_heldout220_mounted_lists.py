"""Python: a pip list kept among deployment files, for code the image mounts (set 220, #19).

A Flask application keeps its code at the top of the tree (`wsgi.py`, `app/`, `settings.py`)
with no manifest there; its only pip list is `deploy/requirements.txt`, beside Dockerfiles,
Compose files and a helper script. The image built in `deploy/` installs the list and copies
nothing but files of that folder: the code is mounted into it. The list is the root's
(`mounted_lists`), so the root is the backend with the list's versions and `deploy/` is none.
An image that copies code of its own, or a deployment folder holding a program, keeps the list
where it is."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_DOCKERFILE = (
    "FROM ubuntu:18.04\nRUN mkdir /code\nWORKDIR /code\nADD requirements.txt /code/\n"
    "RUN pip3 install -r requirements.txt\nADD requirements-dev.txt /code\n"
    "RUN pip3 install -r /code/requirements-dev.txt\n"
)


def _library() -> dict[str, str]:
    return {
        "wsgi.py": "from app import app as application\n",
        "settings.py": "SQLALCHEMY_DATABASE_URI = 'postgresql://u:p@db/books'\n",
        "app/__init__.py": "from flask import Flask\n\napp = Flask(__name__)\n",
        "app/model.py": "from flask_sqlalchemy import SQLAlchemy\n\ndb = SQLAlchemy()\n",
        "deploy/requirements.txt": "Flask==0.11.1\nFlask-SQLAlchemy==2.1\nSQLAlchemy==1.1.1\n"
        "psycopg2==2.7.5\npytest==3.0.3\n",
        "deploy/requirements-dev.txt": "pytest~=3.0.3\n",
        "deploy/Dockerfile": _DOCKERFILE,
        "deploy/docker-compose.yml": "services:\n  app:\n    build:\n      context: .\n"
        "    volumes:\n      - ${CODE_VOLUME}:/code\n",
        # A helper script of the deployment files: no program.
        "deploy/merge_req.py": "import sys\n\nprint(sys.argv)\n",
    }


def test_the_mounted_code_owns_the_deployment_list(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _library()))
    assert set(found) == {"."}
    assert first(found["."], K.FRAMEWORK) == ("Flask", "==0.11.1")
    assert first(found["."], K.ORM)[0] == "SQLAlchemy"


def test_an_image_copying_code_keeps_its_list(tmp_path: Path) -> None:
    # Counter-case: the image copies a program of the deployment folder (its own code), so
    # the list is that folder's.
    files = _library()
    files["deploy/Dockerfile"] = _DOCKERFILE + "ADD server.py /code/\n"
    files["deploy/server.py"] = "from flask import Flask\n\napp = Flask(__name__)\n"
    found = by_folder(write(tmp_path, files))
    assert "deploy" in found
    assert first(found["deploy"], K.FRAMEWORK) == ("Flask", "==0.11.1")


def test_a_root_with_its_own_manifest_keeps_it(tmp_path: Path) -> None:
    # Counter-case: the root declares its own project, so the deployment list is not its.
    files = _library()
    files["requirements.txt"] = "Flask==3.0.3\n"
    found = by_folder(write(tmp_path, files))
    assert first(found["."], K.FRAMEWORK) == ("Flask", "==3.0.3")
