"""A gap the 472nd held-out set showed (/tmp/s58/sets/detect_heldout472.yaml), as a small
fixture of the real files' shape (#19): a worker service serving two routes with Polka (a small
Express-like router: `polka().get(…).listen(PORT)`) over Mongoose is a backend on Polka, at the
release its lock resolves. A module that only requires polka's helpers (`@polka/send-type`)
starts nothing."""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind

_PACKAGE = json.dumps(
    {
        "name": "worker",
        "main": "src/index.js",
        "scripts": {"start": "node ./src/index.js"},
        "dependencies": {"@polka/send-type": "0.5.2", "mongoose": "^8.13.1", "polka": "0.5.2"},
    }
)

_LOCK = json.dumps(
    {
        "name": "worker",
        "lockfileVersion": 3,
        "packages": {
            "": {"name": "worker"},
            "node_modules/polka": {"version": "0.5.2"},
            "node_modules/mongoose": {"version": "8.13.1"},
        },
    }
)

_INDEX = (
    "const polka = require('polka');\nconst send = require('@polka/send-type');\n"
    "const stats = require('./stats.js');\n\n"
    "const PORT = parseInt(process.env.PORT || 80, 10);\n\n"
    "polka().get('/users/:userId/stats', async (req, res) => {\n"
    "  send(res, 200, await stats(req.params.userId));\n"
    "}).listen(PORT, (err) => {\n  if (err) process.exit(1);\n});\n"
)

_STATS = (
    "const mongoose = require('mongoose');\n\n"
    "module.exports = async (id) => mongoose.model('Report').find({ user: id });\n"
)


def test_a_polka_server_is_a_backend_on_polka(tmp_path: Path) -> None:
    tree = {
        "worker/package.json": _PACKAGE,
        "worker/package-lock.json": _LOCK,
        "worker/src/index.js": _INDEX,
        "worker/src/stats.js": _STATS,
    }
    found = by_folder(write(tmp_path, tree))["worker"]
    assert not found.ambiguous
    assert first(found, FindingKind.FRAMEWORK) == ("Polka", "0.5.2")
    assert first(found, FindingKind.ORM)[0] == "Mongoose"


def test_polka_helpers_alone_start_no_polka(tmp_path: Path) -> None:
    index = (
        "const send = require('@polka/send-type');\n\n"
        "module.exports = (res) => send(res, 200);\n"
    )
    package = json.dumps({"name": "lib", "dependencies": {"@polka/send-type": "0.5.2"}})
    backends = by_folder(write(tmp_path, {"lib/package.json": package, "lib/index.js": index}))
    assert all(f.name != "Polka" for b in backends.values() for f in b.findings)
