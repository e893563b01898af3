"""An Express server written on a drop-in re-implementation of Express (#19): the package
declares only `ultimate-express` (Express's API over another HTTP server, the framework's name
after a prefix and a dash), which the server requires under Express's own name and builds its
application from as Express's (`express({...})`, `express.json()`). The framework is the
application's: Express, at no release the manifest names, and no choice left to the user. A
package named with Express after a dash but required under another name lends nothing."""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_PACKAGE = json.dumps(
    {
        "name": "tally",
        "main": "index.js",
        "scripts": {"start": "node index.js", "test": "node --test"},
        "dependencies": {
            "better-sqlite3": "^12.10.0",
            "cookie-parser": "^1.4.7",
            "express-useragent": "^2.2.0",
            "ultimate-express": "2.1.0",
        },
    },
    indent=2,
)

_INDEX = "const app = require('./src/app');\napp.listen(process.env.PORT || 80);\n"


def _app(binding: str) -> str:
    return (
        f"const {binding} = require('ultimate-express');\n"
        "const cookieParser = require('cookie-parser');\n"
        "const useragent = require('express-useragent');\n"
        "const Database = require('better-sqlite3');\n\n"
        "const db = new Database('data.db');\n"
        f"const app = {binding}({{ uwsOptions: {{}} }});\n"
        f"app.use({binding}.json({{ limit: '50mb' }}));\n"
        "app.use(useragent.express());\n"
        "app.use(cookieParser());\n"
        "app.get('/api/users', (req, res) => res.json(db.prepare('SELECT 1').all()));\n"
        "module.exports = app;\n"
    )


def test_a_replacement_required_as_express_lends_express(tmp_path: Path) -> None:
    files = {"package.json": _PACKAGE, "index.js": _INDEX, "src/app.js": _app("express")}
    backend = by_folder(write(tmp_path, files))["."]
    assert not backend.ambiguous
    assert first(backend, K.FRAMEWORK) == ("Express", "")
    assert first(backend, K.DATABASE)[0] == "SQLite"


def test_a_replacement_under_another_name_lends_nothing(tmp_path: Path) -> None:
    text = _app("server") + "const express = require('./lib/express');\nexpress();\n"
    files = {"package.json": _PACKAGE, "index.js": _INDEX, "src/app.js": text}
    backend = by_folder(write(tmp_path, files)).get(".")
    assert backend is None or backend.ambiguous or first(backend, K.FRAMEWORK)[0] != "Express"
