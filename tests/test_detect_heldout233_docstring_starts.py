"""Python: a framework named in a docstring's prose starts nothing, even in an entry point (set
233, #19).

A Flask API (`app = Flask(__name__)` with decorated routes) shares its folder and pip list with
a chat server's FastAPI app; a package's `__init__.py` (an entry point by name) explains in its
docstring that the chat module "creates `app = FastAPI()`". That sentence is no start of
FastAPI: the folder's framework is Flask, started in code, over FastAPI, only declared. A
FastAPI app started in code of an entry point still counts."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K


def _repo() -> dict[str, str]:
    return {
        "backend/requirements.txt": "fastapi\nFlask\ngunicorn\npsycopg[binary]\n",
        "backend/service/api/decorators.py": "from flask import Flask\n\napp = Flask(__name__)\n",
        "backend/service/api/__init__.py": "from .decorators import app\n\n\n"
        "@app.get('/health')\ndef health():\n    return 'ok'\n",
        "backend/protocol/__init__.py": '"""\nThe wire protocol, kept outside the chat package:\n'
        "importing that package boots the chat FastAPI app (it creates `app = FastAPI()`\n"
        'at import time).\n"""\n\nVERSION = 1\n',
    }


def test_a_docstring_starts_no_framework(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _repo()))
    assert first(found["backend"], K.FRAMEWORK)[0] == "Flask"


def test_a_start_in_an_entry_points_code_still_counts(tmp_path: Path) -> None:
    # Counter-case: the same `__init__.py` creating the app in code starts FastAPI.
    files = _repo()
    files["backend/protocol/__init__.py"] = (
        '"""The chat server."""\n\nfrom fastapi import FastAPI\n\napp = FastAPI()\n'
    )
    found = by_folder(write(tmp_path, files))
    fastapi = next(f for f in found["backend"].findings if f.name == "FastAPI")
    assert any(e.path == "backend/protocol/__init__.py" for e in fastapi.evidence)
