"""A Flask API whose app is named by hand, with two small Flask services beside it, as held-out
set 143 showed (benchmarks/detect_heldout143.yaml, #19): the root's requirements.txt declares
Flask, Flask-SQLAlchemy and a MySQL driver, its application factory builds
`Flask("Shop-API")` (Flask's import name given as a literal, not `__name__`), and two folders
each hold their own requirements.txt and a `Flask(__name__)` service that keeps no data.

Flask's app built under a literal name is Flask's app: the root is a backend, and its data is
its own, not lent to the services beside it as an enclosing project's would be. A service's
test module written to pytest's `raises` helper is run by pytest, though its requirements list
only what the service runs."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind

_ROOT_REQUIREMENTS = (
    "mysqlclient\npymysql\nSQLAlchemy>=2.0\nFlask>=3.0.0\nflask_sqlalchemy>=3.0\n"
    "flask-cors\npytest\n"
)

_FACTORY = (
    "from flask import Flask\nfrom flask_cors import CORS\n\n\n"
    "def create_app():\n"
    '    app = Flask("{name}")\n'
    "    CORS(app)\n"
    '    app.config["SQLALCHEMY_DATABASE_URI"] = "mysql+pymysql://shop:shop@db/shop"\n'
    "    from shop.model import db\n\n    db.init_app(app)\n    return app\n"
)

_MODEL = (
    "from flask_sqlalchemy import SQLAlchemy\n\ndb = SQLAlchemy()\n\n\n"
    "class Order(db.Model):\n    id = db.Column(db.Integer, primary_key=True)\n"
)

_START = (
    "from shop.api.app import create_app\n\napplication = create_app()\n"
    'application.run(host="0.0.0.0", port=9001)\n'
)

_SETUP = (
    "import setuptools\n\nsetuptools.setup(\n"
    '    name="shop_api",\n    version="0.3",\n    packages=setuptools.find_packages(),\n)\n'
)

_SERVICE = (
    "from flask import Flask, jsonify, request\n\napp = Flask(__name__)\n\n\n"
    '@app.route("/tokenize", methods=["POST"])\ndef tokenize():\n'
    '    return jsonify(tokens=request.json["text"].split())\n'
)

_PYTEST_TEST = (
    "import pytest\n\nimport app as service\n\n\ndef test_rejects_a_number():\n"
    "    with pytest.raises(TypeError):\n        service.split(3)\n"
)

_UNITTEST_TEST = (
    "import unittest\n\nimport app as service\n\n\nclass SplitTest(unittest.TestCase):\n"
    "    def test_rejects_a_number(self):\n"
    "        with self.assertRaises(TypeError):\n            service.split(3)\n"
)


def _tree(name: str = "Shop-API", service_test: str = _PYTEST_TEST) -> dict[str, str]:
    return {
        "requirements.txt": _ROOT_REQUIREMENTS,
        "setup.py": _SETUP,
        "start.py": _START,
        "shop/__init__.py": "",
        "shop/model.py": _MODEL,
        "shop/api/__init__.py": "",
        "shop/api/app.py": _FACTORY.replace("{name}", name),
        "tokenizer/requirements.txt": "flask>=2.0.0\ngunicorn>=21.0.0\n",
        "tokenizer/app.py": _SERVICE,
        "tokenizer/test_app.py": service_test,
    }


def test_a_flask_app_named_by_a_literal_is_the_roots_backend(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree()))
    assert first(found["."], FindingKind.FRAMEWORK)[0] == "Flask"
    assert first(found["."], FindingKind.ORM)[0] == "SQLAlchemy"
    assert first(found["."], FindingKind.DATABASE)[0] == "MySQL"


def test_the_roots_data_is_not_lent_to_the_services_beside_it(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree()))
    assert first(found["tokenizer"], FindingKind.FRAMEWORK)[0] == "Flask"
    assert first(found["tokenizer"], FindingKind.ORM) == ("", "")
    assert first(found["tokenizer"], FindingKind.DATABASE) == ("", "")


def test_a_name_built_at_run_time_is_not_read_as_an_app(tmp_path: Path) -> None:
    # Counter-case: only a literal name is matched; `Flask("shop-" + suffix)` is left to
    # the rules that read the program otherwise (the root stays unfound here).
    files = _tree(name='shop-" + suffix + "')
    assert "." not in by_folder(write(tmp_path, files))


def test_a_service_test_using_pytest_raises_is_run_by_pytest(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree()))
    assert first(found["tokenizer"], FindingKind.TEST)[0] == "pytest"


def test_a_unittest_module_is_not_read_as_pytest(tmp_path: Path) -> None:
    # Counter-case: `self.assertRaises` is unittest's own helper.
    found = by_folder(write(tmp_path, _tree(service_test=_UNITTEST_TEST)))
    assert first(found["tokenizer"], FindingKind.TEST)[0] == "unittest"
