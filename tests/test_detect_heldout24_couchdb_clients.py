"""CouchDB's Node clients as a server's data layer (held-out set 56, #19): blue-cot, and
nano, Apache's own."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_detect_gaps import by_folder, first
from test_detect_projects import package_json, write

from designer.model.stack import FindingKind as K


@pytest.mark.parametrize("client", ["blue-cot", "nano"])
def test_couchdb_client_is_the_data_layer(tmp_path: Path, client: str) -> None:
    root = write(
        tmp_path,
        {
            "package.json": package_json(
                {client: "^9.1.6", "express": "^4.21.2"}, dev={"mocha": "^10.3.0"}
            ),
            "server/server.js": (
                "const express = require('express')\n\nconst app = express()\napp.listen(3006)\n"
            ),
            "server/db/couchdb.js": f"const cot = require('{client}')\n\nmodule.exports = cot\n",
        },
    )
    backend = by_folder(root)["."]
    assert first(backend, K.QUERY)[0] == client
    assert first(backend, K.DATABASE)[0] == "CouchDB"
