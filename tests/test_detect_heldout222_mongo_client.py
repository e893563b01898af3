"""Python: MongoDB's client the repositories are written to, beside an ODM for auth (set 222, #19).

A Flask command server declares pymongo and flask-mongoengine: MongoEngine holds only the auth
extension's user and role documents (three modules), while its repositories of agents,
machines, events and credentials (eight modules) call pymongo directly. The client, imported
by more than twice as many of the project's own modules, is the data layer (`py_store_clients`).
Counter-cases: an ODM its models are written to as widely keeps its place, and so does one
beside a client only a couple of modules open."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_PIPFILE = (
    '[[source]]\nname = "pypi"\nurl = "https://pypi.org/simple"\nverify_ssl = true\n\n'
    '[packages]\nFlask = "==2.2.5"\nFlask-RESTful = ">=0.3.8"\npymongo = "*"\n'
    'flask-mongoengine = "*"\nflask-security-too = "*"\n\n'
    '[dev-packages]\npytest = ">=5.4"\n\n[requires]\npython_version = "3.11"\n'
)

_REPOSITORY = (
    "from pymongo import MongoClient\n\n\n"
    "class Mongo{name}Repository:\n"
    "    def __init__(self, client: MongoClient):\n"
    "        self._collection = client.island.{name}s\n\n"
    "    def upsert(self, doc: dict) -> None:\n"
    "        self._collection.replace_one({{'id': doc['id']}}, doc, upsert=True)\n"
)

_DOCUMENT = (
    "from mongoengine import Document, StringField\n\n\n"
    "class {name}(Document):\n    name = StringField(max_length=80, unique=True)\n"
)


def _island(repositories: int, documents: int) -> dict[str, str]:
    files = {
        "island/Pipfile": _PIPFILE,
        "island/cc/app.py": (
            "from flask import Flask\nfrom flask_restful import Api\n\n"
            "from cc.security import configure_security\n\n\n"
            "def init_app() -> Flask:\n    app = Flask(__name__)\n    Api(app)\n"
            "    configure_security(app)\n    return app\n"
        ),
        "island/cc/mongo_consts.py": (
            'MONGO_URL = "mongodb://{0}:{1}/{2}".format("localhost", 27017, "island")\n'
        ),
        "island/cc/security.py": (
            "from flask_mongoengine import MongoEngine\n"
            "from flask_security import MongoEngineUserDatastore, Security\n\n"
            "from cc.auth.user import User\nfrom cc.auth.role import Role\n\n\n"
            "def configure_security(app):\n    db = MongoEngine(app)\n"
            "    Security(app, MongoEngineUserDatastore(db, User, Role))\n"
        ),
    }
    for i in range(documents):
        name = ("User", "Role", "Token", "Grant", "Device", "Tenant")[i]
        files[f"island/cc/auth/{name.lower()}.py"] = _DOCUMENT.format(name=name)
    for i in range(repositories):
        name = ("agent", "machine", "node", "event", "credential", "plugin", "otp", "island")[i]
        files[f"island/cc/repositories/mongo_{name}_repository.py"] = _REPOSITORY.format(
            name=name
        )
    return files


def test_the_client_most_modules_import_is_the_data_layer(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _island(repositories=8, documents=2)))["island"]
    assert first(backend, K.FRAMEWORK)[0] == "Flask"
    assert first(backend, K.QUERY)[0] == "PyMongo"
    assert first(backend, K.DATABASE)[0] == "MongoDB"
    found = [f.kind for f in backend.findings if f.kind in (K.ORM, K.QUERY)]
    assert found[0] is K.QUERY  # the client before the ODM


def test_an_odm_as_widely_imported_keeps_its_place(tmp_path: Path) -> None:
    # Counter-case: the models are written to the ODM in as many modules as use the client.
    backend = by_folder(write(tmp_path, _island(repositories=4, documents=4)))["island"]
    found = [f for f in backend.findings if f.kind in (K.ORM, K.QUERY)]
    assert (found[0].kind, found[0].name) == (K.ORM, "MongoEngine")


def test_a_client_two_modules_open_is_no_census(tmp_path: Path) -> None:
    # Counter-case: below the census's floor, the ranking by kinds stands.
    backend = by_folder(write(tmp_path, _island(repositories=2, documents=0)))["island"]
    found = [f for f in backend.findings if f.kind in (K.ORM, K.QUERY)]
    assert (found[0].kind, found[0].name) == (K.ORM, "MongoEngine")
