"""Held-out set 92 (#19): an Express API answering from an Elasticsearch index it is handed.

The shape: a Node package declaring Express and the legacy `elasticsearch` client (or its
successor `@elastic/elasticsearch`), a module building the client from a host and index in
its config, and query builders over it; no other driver, ORM or database. The search engine
is then the service's engine (as a Python service's elasticsearch client names it), and no
data layer is named. Beside a relational driver the index is a side store: the driver's
engine stays primary. Without the client the server names no engine.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_detect_gaps import by_folder, first
from test_detect_projects import package_json, write

from designer.model.stack import FindingKind as K

_APP = """const express = require('express');
const routes = require('./app/routes');

const app = express();
app.use('/nearby', routes);
app.listen(3000);
"""

_ROUTES = """const { Router } = require('express');
const { client } = require('../lib/esClient');

const router = Router();
router.get('/', async (req, res) => res.json(await client.search({ index: 'places' })));
module.exports = router;
"""


def _client(package: str) -> str:
    return f"const elasticsearch = require('{package}');\n\nmodule.exports = {{ client: null }};\n"


def _tree(deps: dict[str, str], package: str = "elasticsearch") -> dict[str, str]:
    return {
        "package.json": package_json(
            {"express": "^4.17.1", **deps}, {"mocha": "^6.0.2"}, scripts={"test": "mocha"}
        ),
        "app.js": _APP,
        "app/routes.js": _ROUTES,
        "app/lib/esClient.js": _client(package),
    }


@pytest.mark.parametrize("package", ["elasticsearch", "@elastic/elasticsearch"])
def test_the_index_is_the_engine_of_a_server_with_no_other_store(
    tmp_path: Path, package: str
) -> None:
    backend = by_folder(write(tmp_path, _tree({package: "^16.1.0"}, package)))["."]
    assert first(backend, K.DATABASE)[0] == "Elasticsearch"
    assert first(backend, K.ORM) == ("", "")
    assert first(backend, K.QUERY) == ("", "")


def test_opensearch_client_names_opensearch(tmp_path: Path) -> None:
    package = "@opensearch-project/opensearch"
    backend = by_folder(write(tmp_path, _tree({package: "^2.5.0"}, package)))["."]
    assert first(backend, K.DATABASE)[0] == "OpenSearch"


def test_a_relational_driver_beside_the_index_stays_the_engine(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _tree({"elasticsearch": "^16.1.0", "pg": "^8.7.1"})))["."]
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"


def test_without_the_client_no_engine_is_named(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _tree({}, "./local-cache")))["."]
    assert first(backend, K.DATABASE) == ("", "")
