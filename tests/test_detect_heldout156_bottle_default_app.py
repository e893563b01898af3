"""Held-out set 156 (#19): a Bottle API need not make its own `Bottle()` application. Routes
on the module-level decorators (`@bottle.get(...)`, `@bottle.post(...)`) fill Bottle's default
application, and the program starts it with `run(...)` imported from bottle. That start is the
framework's entry point, as `Bottle()` is: the folder is a backend. `bottle.run(...)` alone is
not read so (a deployment webhook at a repository's root starts Bottle that way, set 58).
Without the start, beside another backend whose code starts its framework (a Node renderer),
the manifest's declaration alone was set aside. A package that declares bottle and calls a `run`
taken from elsewhere starts nothing: it stays set aside."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_PYPROJECT = """[project]
name = "api-server"
version = "1.0.0"
requires-python = ">=3.12"
dependencies = [
    "bottle==0.13.4",
    "gevent==26.8.0",
    "pymongo==4.17.0",
]
"""

_ROUTES = """import bottle


@bottle.get("/api/report/<uuid>")
def get_report(uuid: str, database):
    return database.reports.find_one({"uuid": uuid})
"""

_MAIN_FROM_IMPORT = """from gevent import monkey

monkey.patch_all()

import os

from bottle import run
from pymongo import MongoClient

from routes import *


def serve() -> None:
    client = MongoClient("mongodb://localhost:27017")
    run(server="gevent", host="0.0.0.0", port=int(os.getenv("PORT", "5001")))


if __name__ == "__main__":
    serve()
"""

_MAIN_MODULE_CALL = """import bottle

from routes import *

if __name__ == "__main__":
    bottle.run(host="0.0.0.0", port=8080)
"""

_MAIN_OTHER_RUN = """from subprocess import run

import bottle


def main() -> None:
    run(["echo", bottle.__version__], check=True)
"""


_UV_LOCK = """version = 1
requires-python = ">=3.12"

[[package]]
name = "bottle"
version = "0.13.4"
source = { registry = "https://pypi.org/simple" }
"""

_RENDERER_PACKAGE = """{
    "name": "renderer",
    "private": true,
    "type": "module",
    "dependencies": {"express": "^5.2.1"}
}
"""

_RENDERER_INDEX = """import express from "express"

export const app = express()
app.get("/api/render", (req, res) => res.send("ok"))
app.listen(9000)
"""


def _tree(main: str) -> dict[str, str]:
    return {
        "components/renderer/package.json": _RENDERER_PACKAGE,
        "components/renderer/src/index.js": _RENDERER_INDEX,
        "components/api_server/uv.lock": _UV_LOCK,
        "components/api_server/pyproject.toml": _PYPROJECT,
        "components/api_server/src/main.py": main,
        "components/api_server/src/routes/__init__.py": _ROUTES,
    }


def test_bottle_default_app_run_from_import_is_a_backend(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree(_MAIN_FROM_IMPORT)))
    assert set(found) == {"components/api_server", "components/renderer"}
    assert first(found["components/api_server"], K.FRAMEWORK) == ("Bottle", "0.13.4")


def test_bottle_run_on_the_module_alone_is_not_read(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree(_MAIN_MODULE_CALL)))
    assert set(found) == {"components/renderer"}


def test_a_run_taken_from_elsewhere_starts_no_bottle_app(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree(_MAIN_OTHER_RUN)))
    assert set(found) == {"components/renderer"}
