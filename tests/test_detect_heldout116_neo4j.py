"""Neo4j's official Python driver used directly (held-out set 116,
benchmarks/detect_heldout116.yaml, #19): a Flask service whose requirements list `neo4j` and
whose code runs Cypher through the driver's sessions. The driver is the data layer (a query
library, as Java's neo4j-java-driver and Rust's neo4rs are named) and Neo4j the engine; beside
an ORM of its own the ORM is still named first."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_heldout24_jvm_dotnet import _data_layer
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_APP = (
    "from flask import Flask, jsonify\n\nimport app_queries\n\n"
    "app = Flask(__name__)\n\n\n@app.route('/entities/<uuid>')\ndef entity(uuid):\n"
    "    return jsonify(app_queries.get_entity(uuid))\n"
)
_QUERIES = (
    "from neo4j import GraphDatabase\n\n"
    "driver = GraphDatabase.driver('bolt://neo4j:7687', auth=('neo4j', 'secret'))\n\n\n"
    "def get_entity(uuid):\n    with driver.session() as session:\n"
    "        return session.run('MATCH (e:Entity {uuid: $uuid}) RETURN e', uuid=uuid).single()\n"
)


def test_the_bare_neo4j_driver_is_the_data_layer_and_neo4j_the_engine(tmp_path: Path) -> None:
    tree = {
        "src/requirements.txt": "Flask==3.1.3\nneo4j==5.20.0\npymemcache==4.0.0\n",
        "src/app.py": _APP,
        "src/app_queries.py": _QUERIES,
    }
    backend = by_folder(write(tmp_path, tree))["src"]
    assert _data_layer(backend) == "neo4j"
    assert first(backend, K.DATABASE)[0] == "Neo4j"


def test_an_orm_beside_the_driver_is_named_first(tmp_path: Path) -> None:
    # Counter-case: the driver is a side store of a service whose data layer is SQLAlchemy.
    tree = {
        "requirements.txt": (
            "Flask==3.1.3\nFlask-SQLAlchemy==3.1.1\npsycopg2-binary==2.9.9\nneo4j==5.20.0\n"
        ),
        "app.py": _APP.replace("import app_queries\n", "from flask_sqlalchemy import SQLAlchemy\n"
                               "import app_queries\n"),
        "app_queries.py": _QUERIES,
    }
    backend = by_folder(write(tmp_path, tree))["."]
    assert _data_layer(backend) == "SQLAlchemy"


def test_no_neo4j_without_the_driver(tmp_path: Path) -> None:
    # Counter-case: a bolt URL alone in a comment names no data layer.
    tree = {
        "requirements.txt": "Flask==3.1.3\n",
        "app.py": "# graph at bolt://neo4j:7687 (not used here)\n" + _APP.replace(
            "import app_queries\n", "").replace("app_queries.get_entity(uuid)", "{}"),
    }
    backend = by_folder(write(tmp_path, tree))["."]
    assert _data_layer(backend) == "none"
    assert first(backend, K.DATABASE)[0] != "Neo4j"
