"""A Python service declaring a second driver only its test fixtures import (#19): a
`conftest.py` seeding MongoDB through pymongo beside a service writing its records through
CrateDB's `crate` driver. The driver the program's modules import is its data layer."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

PIPFILE = (
    '[packages]\nflask = "==2.2.5"\ncrate = "~=0.22"\npymongo = "~=3.4"\ngunicorn = "~=20.1"\n'
)
APP = "from flask import Flask\napp = Flask(__name__)\n"
STORE = "from crate import client\n\ndef connect(url):\n    return client.connect(url)\n"
CONFTEST = "import pymongo as pm\n\ndef mongo():\n    return pm.MongoClient('localhost', 27017)\n"


def _files(**extra: str) -> dict[str, str]:
    return {
        "Pipfile": PIPFILE,
        "src/server/wsgi.py": APP,
        "src/translators/crate.py": STORE,
        "src/conftest.py": CONFTEST,
        **extra,
    }


def test_driver_only_tests_import_is_dropped(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _files()))["."]
    assert first(backend, K.QUERY)[0] == "crate"
    assert [f.name for f in backend.findings if f.kind is K.DATABASE] == ["CrateDB"]


def test_driver_the_program_imports_stays(tmp_path: Path) -> None:
    extra = {"src/cache.py": "import pymongo\n\nCLIENT = pymongo.MongoClient()\n"}
    backend = by_folder(write(tmp_path, _files(**extra)))["."]
    assert "MongoDB" in [f.name for f in backend.findings if f.kind is K.DATABASE]
