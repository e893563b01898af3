"""Frameworks a fully pinned pip list names only transitively, as set 111 showed it
(benchmarks/detect_heldout111.yaml, #19): a Flask application on Invenio declares
`Flask>=2.2.0,<2.3.0` in setup.cfg and keeps beside it a requirements.txt pinning its whole
environment, where `tornado==6.4.2` is there for another package: the framework is Flask, at
the pinned 2.2.5."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_SETUP_CFG = (
    "[metadata]\nname = videos\n\n[options]\npython_requires = >=3.9\ninstall_requires =\n"
    "    invenio-app>=1.5.0,<2.0.0\n    invenio-db[postgresql]>=1.3.0,<2.0.0\n"
    "    Flask>=2.2.0,<2.3.0\n    SQLAlchemy>=1.3.0,<2.0.0\n"
)

_FILLER = [f"package{n}==1.{n}.0" for n in range(25)]


def _pins(*extra: str) -> str:
    return "\n".join(sorted(["Flask==2.2.5", "SQLAlchemy==1.4.54", "psycopg2-binary==2.9.10",
                             "invenio-app==1.5.1", *_FILLER, *extra])) + "\n"


def _app(pins: str) -> dict[str, str]:
    return {
        "setup.cfg": _SETUP_CFG,
        "setup.py": "from setuptools import setup\n\nsetup()\n",
        "requirements.txt": pins,
        "videos/__init__.py": "",
        "videos/config.py": 'SQLALCHEMY_DATABASE_URI = "postgresql+psycopg2://u:p@localhost/db"\n',
        "Dockerfile": "FROM python:3.9\nCOPY . /app\nRUN pip install -r requirements.txt\n",
    }


def test_a_framework_only_the_full_pin_list_names_is_transitive(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _app(_pins("tornado==6.4.2"))))["."]
    assert not backend.ambiguous
    assert first(backend, K.FRAMEWORK) == ("Flask", "==2.2.5")


def test_a_hand_kept_list_naming_a_second_framework_stays_a_choice(tmp_path: Path) -> None:
    # Counter-case: a list with a range among its lines is not a resolved environment.
    backend = by_folder(write(tmp_path, _app(_pins("tornado>=6,<7"))))["."]
    assert backend.ambiguous
