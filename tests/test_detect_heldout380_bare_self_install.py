"""A gap the 380th held-out set showed (benchmarks/detect_heldout380.yaml), as a small fixture
of the real files' shape (#19): a Flask application packaged by its setup.py, which hands its
requirements to `setup(` by a variable's name, deployed from a requirements.txt that installs
the package itself by a bare `.` (no `-e`) beside one more pin."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_SETUP = (
    "from setuptools import find_packages, setup\n\n"
    "DEPENDENCIES = [\n    'celery==5.0.1',\n    'Flask',\n    'Flask-Migrate',\n"
    "    'Flask-SQLAlchemy',\n    'requests',\n]\n\n"
    "setup(\n    name='site',\n    version='0.1.0',\n    packages=find_packages(),\n"
    "    install_requires=DEPENDENCIES,\n"
    "    extras_require={'test': ['pytest']},\n)\n"
)


def _tree(requirements: str) -> dict[str, str]:
    return {
        "setup.py": _SETUP,
        "requirements.txt": requirements,
        "site/__init__.py": (
            "from flask import Flask\nfrom flask_sqlalchemy import SQLAlchemy\n\n"
            "db = SQLAlchemy()\n\n\ndef create_app():\n    app = Flask(__name__)\n"
            "    db.init_app(app)\n    return app\n"
        ),
        "wsgi.py": "from site import create_app\n\napp = create_app()\n",
    }


def test_a_bare_dot_installs_the_package_and_its_named_requirements(tmp_path: Path) -> None:
    root = by_folder(write(tmp_path, _tree(".\ncelery\n")))["."]
    assert first(root, K.FRAMEWORK)[0] == "Flask"
    assert first(root, K.ORM)[0] == "SQLAlchemy"


def test_a_list_not_installing_the_package_lends_nothing(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree("celery\n")))
    assert "." not in found or first(found["."], K.ORM)[0] != "SQLAlchemy"
