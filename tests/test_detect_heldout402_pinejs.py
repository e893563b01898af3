"""Pine.js (`@balena/pinejs`) as an Express service's model layer (#19): the SBVR model it
compiles and serves over OData is the data layer, on PostgreSQL, and a Redis client beside it
is no engine of the program's data."""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K


def test_pinejs_is_the_data_layer_on_postgresql(tmp_path: Path) -> None:
    manifest = {
        "name": "api",
        "main": "index.js",
        "dependencies": {"express": "^4.22.1", "@balena/pinejs": "^24.2.5", "ioredis": "^5.0.0"},
    }
    files = {
        "package.json": json.dumps(manifest, indent=2),
        "index.js": "const express = require('express');\nconst app = express();\n"
        "app.listen(80);\n",
        "src/redis.js": "const { Redis } = require('ioredis');\nmodule.exports = new Redis();\n",
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.ORM)[0] == "Pine.js"
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"
