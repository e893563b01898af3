"""Python: MongoEngine documents a Flask API queries, from a data package installed by git URL
(set 393, #19).

requirements.txt names Flask and the product's own data package by URL
(`git+https://…/product-data.git`), which brings MongoEngine and its documents; the API's code
calls the documents' query-set manager (`Deputy.objects(__raw__=params)`) and its settings hold
`MONGODB_SETTINGS`: MongoEngine on MongoDB (`url_documents`)."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_APP = "from flask import Flask\n\nfrom api import business\n\napp = Flask(__name__)\n"
_BUSINESS = """from product_data.models.deputy import Deputy
from product_data.models.alert import Alert


def deputies(params):
    return [d.name for d in Deputy.objects(__raw__=params)]


def subscribe(email):
    alert = Alert.objects(email=email).first()
    return alert.save()
"""
_SETTINGS = """from os import environ as env


class Config:
    MONGODB_SETTINGS = {
        "host": env.get("MONGO_HOST", "0.0.0.0"),
        "db": env.get("MONGO_DB_NAME", "product"),
    }
"""


def _tree(by_url: bool) -> dict[str, str]:
    data = "git+https://github.com/example/product-data.git\n" if by_url else ""
    return {
        "requirements.txt": f"Flask==3.1.1\n{data}gunicorn==23.0.0\n",
        "api/__init__.py": "",
        "api/app.py": _APP,
        "api/business.py": _BUSINESS,
        "api/settings.py": _SETTINGS,
    }


def test_documents_of_a_package_by_url_are_mongoengine_on_mongodb(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _tree(by_url=True)))["."]
    assert first(backend, K.FRAMEWORK)[0] == "Flask"
    assert first(backend, K.ORM)[0] == "MongoEngine"
    assert first(backend, K.DATABASE)[0] == "MongoDB"


def test_without_a_requirement_by_url_nothing_is_lent(tmp_path: Path) -> None:
    # Counter-case: every requirement is named, none brings a data layer: none is guessed.
    backend = by_folder(write(tmp_path, _tree(by_url=False)))["."]
    assert first(backend, K.ORM)[0] != "MongoEngine"
