"""Node: MassiveJS is the data layer of a program that opens it (set 168, #19).

Massive (npm `massive`) maps PostgreSQL's tables to objects over pg-promise, which it installs:
a lock file lists pg-promise under it, but the program writes through Massive, and PostgreSQL is
its engine. A program declaring pg-promise alone keeps pg-promise."""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K


def _service(dependencies: dict[str, str], opener: str) -> dict[str, str]:
    package = {"name": "syndication", "main": "server/app.js", "dependencies": dependencies}
    return {
        "package.json": json.dumps(package, indent=2),
        "server/app.js": "const express = require('express');\nconst app = express();\n"
        "app.get('/contracts', (req, res) => res.json([]));\napp.listen(3255);\n",
        "db/connect.js": opener,
    }


def test_massive_is_the_data_layer(tmp_path: Path) -> None:
    files = _service(
        {"express": "^4.17.1", "massive": "^6.1.1"},
        "const massive = require('massive');\nmodule.exports = () => massive(process.env.DB);\n",
    )
    found = by_folder(write(tmp_path, files))
    assert first(found["."], K.QUERY)[0] == "Massive"
    assert first(found["."], K.DATABASE)[0] == "PostgreSQL"


def test_pg_promise_alone_stays_pg_promise(tmp_path: Path) -> None:
    # Counter-case: the layer Massive is built on, used directly.
    files = _service(
        {"express": "^4.17.1", "pg-promise": "^10.10.2"},
        "const pgp = require('pg-promise')();\nmodule.exports = pgp(process.env.DB);\n",
    )
    assert first(by_folder(write(tmp_path, files))["."], K.QUERY)[0] == "pg-promise"
