"""Node: the dialect an application's settings template gives its database (set 216, #19).

A self-hosted Express application declares Sequelize with the drivers of every engine it
supports (`pg`, `mariadb`, `sqlite3`) and ships `config.example.json` whose database section
says `"dialect": "sqlite"`: the copy made at install runs on SQLite, the program's own choice,
above the drivers ranked alone (where a server engine would come before an embedded one). A
template whose database section names no dialect, or a file naming two dialects, settles
nothing."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_PACKAGE = (
    '{\n  "name": "agenda",\n  "dependencies": {\n    "express": "^4.19.2",\n'
    '    "sequelize": "^6.37.3",\n    "pg": "^8.12.0",\n    "sqlite3": "^5.1.7"\n  }\n}\n'
)


def _app(config: str) -> dict[str, str]:
    return {
        "package.json": _PACKAGE,
        "server/routes.js": "const express = require('express')\nconst app = express()\n"
        "module.exports = app\n",
        "config.example.json": config,
    }


_SQLITE = (
    '{\n  "baseurl": "http://127.0.0.1:13120",\n  "db": {\n    "dialect": "sqlite",\n'
    '    "storage": "./agenda.sqlite"\n  },\n  "upload_path": "./uploads"\n}\n'
)


def test_the_templates_dialect_is_the_engine(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _app(_SQLITE)))
    assert first(found["."], K.DATABASE)[0] == "SQLite"


def test_a_template_without_a_dialect_leaves_the_drivers(tmp_path: Path) -> None:
    # Counter-case: no dialect in the database section; the server engine comes first.
    config = '{\n  "db": {\n    "storage": "./agenda.sqlite"\n  }\n}\n'
    found = by_folder(write(tmp_path, _app(config)))
    assert first(found["."], K.DATABASE)[0] == "PostgreSQL"


def test_two_dialects_settle_nothing(tmp_path: Path) -> None:
    # Counter-case: the template names another engine's dialect too.
    archive = '"archive": {"dialect": "postgres"},\n  "upload_path"'
    config = _SQLITE.replace('"upload_path"', archive)
    found = by_folder(write(tmp_path, _app(config)))
    assert first(found["."], K.DATABASE)[0] == "PostgreSQL"
