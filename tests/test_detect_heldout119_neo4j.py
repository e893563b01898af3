"""Neo4j from Node, as set 119 showed it (benchmarks/detect_heldout119.yaml, #19): an Apollo
server on Express keeps its data in Neo4j, writing Cypher through the official driver's
sessions (`neo4j-driver`) and keeping models through Neode, an OGM over it. Both are the data
layer, named as their packages are (as Java's neo4j-java-driver and Python's neo4j are), and
Neo4j the engine, above the Redis its subscriptions publish through."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import package_json, write

from designer.model.stack import FindingKind as K

_SERVER = (
    "import express from 'express'\nimport Redis from 'ioredis'\n"
    "import neo4j from 'neo4j-driver'\n\n"
    "const driver = neo4j.driver('bolt://localhost:7687')\n"
    "export const redis = new Redis()\nconst app = express()\napp.listen(4000)\n"
    "export const run = (q: string) => driver.session().run(q)\n"
)

_MODELS = "import Neode from 'neode'\n\nexport default Neode.fromEnv().with({})\n"


def _service(deps: dict[str, str], models: bool) -> dict[str, str]:
    files = {
        "package.json": package_json(
            {"express": "^5.2.1", "ioredis": "^5.11.0", **deps}, {"jest": "^30.4.2"}
        ),
        "src/server.ts": _SERVER,
    }
    if models:
        files["src/db/neode.ts"] = _MODELS
    return files


def test_the_driver_and_the_ogm_are_the_data_layer_on_neo4j(tmp_path: Path) -> None:
    deps = {"neo4j-driver": "^4.4.11", "neode": "^0.4.9"}
    backend = by_folder(write(tmp_path, _service(deps, models=True)))["."]
    assert first(backend, K.ORM)[0] == "Neode"
    assert first(backend, K.QUERY)[0] == "neo4j-driver"
    assert first(backend, K.DATABASE)[0] == "Neo4j"


def test_the_driver_alone_is_the_data_layer_and_names_no_ogm(tmp_path: Path) -> None:
    # Counter-case: without Neode, the driver is the data layer and no OGM is named.
    backend = by_folder(write(tmp_path, _service({"neo4j-driver": "^4.4.11"}, models=False)))["."]
    assert first(backend, K.ORM) == ("", "")
    assert first(backend, K.QUERY)[0] == "neo4j-driver"
    assert first(backend, K.DATABASE)[0] == "Neo4j"


def test_without_neo4j_redis_stays_the_store(tmp_path: Path) -> None:
    # Counter-case: the same server without the Neo4j packages names no Neo4j.
    files = _service({}, models=False)
    files["src/server.ts"] = _SERVER.replace("import neo4j from 'neo4j-driver'\n", "").replace(
        "const driver = neo4j.driver('bolt://localhost:7687')\n", ""
    ).replace("export const run = (q: string) => driver.session().run(q)\n", "")
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.DATABASE)[0] != "Neo4j"
