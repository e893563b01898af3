"""Held-out set 161 (#19): a Flask service whose models are PynamoDB `Model` subclasses over
DynamoDB (requirements.txt pins pynamodb; Compose runs a local DynamoDB for development). PynamoDB
is the data layer and DynamoDB, the one store it speaks to, the engine: a Redis client beside it
(sessions, a cache) is no longer read as the engine. A Flask service without pynamodb keeps its
Redis and names no DynamoDB.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_APP = """from flask import Flask

app = Flask(__name__)


@app.route("/v1/credentials")
def credentials():
    return {"credentials": []}
"""

_MODEL = """from pynamodb.attributes import UnicodeAttribute
from pynamodb.models import Model


class Credential(Model):
    class Meta:
        table_name = "credentials"

    id = UnicodeAttribute(hash_key=True)
"""


def _tree(root: Path, *, pynamodb: bool) -> Path:
    requirements = "flask==1.1.4\nredis==5.0.7\npytest==8.3.1\n"
    files = {
        "requirements.txt": requirements + ("pynamodb==5.5.1\n" if pynamodb else ""),
        "service/app.py": _APP,
        "tests/test_app.py": "def test_a():\n    assert True\n",
    }
    if pynamodb:
        files["service/models.py"] = _MODEL
    return write(root, files)


def test_pynamodb_is_the_data_layer_over_dynamodb(tmp_path: Path) -> None:
    backend = by_folder(_tree(tmp_path, pynamodb=True))["."]
    assert first(backend, K.FRAMEWORK) == ("Flask", "==1.1.4")
    assert first(backend, K.ORM) == ("PynamoDB", "==5.5.1")
    assert first(backend, K.DATABASE)[0] == "DynamoDB"


def test_without_pynamodb_no_dynamodb_is_named(tmp_path: Path) -> None:
    backend = by_folder(_tree(tmp_path, pynamodb=False))["."]
    assert first(backend, K.FRAMEWORK)[0] == "Flask"
    assert first(backend, K.ORM) == ("", "")
    assert first(backend, K.DATABASE) == ("", "")
    assert first(backend, K.CACHE)[0] == "Redis"
