"""A Poetry service whose framework and data layer come from a library of its own installed by
path, a git submodule the checkout lacks (#19, development sweep of set 46): poetry.lock still
records what that library requires, and the service runs on it."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_PYPROJECT = """[tool.poetry]
name = "ingestion"
version = "1.0.0"

[tool.poetry.dependencies]
common = { path = "common", develop = true, extras = ["aioredis"] }
protobuf = "^3.12.1"
python = "^3.8"

[tool.poetry.dev-dependencies]
common-dev = { path = "common/dev", develop = true }
"""

_LOCK = """[[package]]
name = "common"
version = "1.0.0"
description = ""
category = "main"
optional = false
python-versions = "^3.8"
develop = true

[package.dependencies]
aioredis = {version = "==1.3.1", optional = true}
gunicorn = "==20.0.4"
mongoengine = "==0.20.0"
sanic = "==19.9.0"

[package.source]
type = "directory"
url = "common"

[[package]]
name = "mongoengine"
version = "0.20.0"
description = "MongoEngine is a Python Object-Document Mapper for working with MongoDB."
category = "main"
optional = false
python-versions = ">=3.5"

[[package]]
name = "protobuf"
version = "3.12.2"
description = ""
category = "main"
optional = false
python-versions = "*"

[[package]]
name = "sanic"
version = "19.9.0"
description = "A web server and web framework that's written to go fast."
category = "main"
optional = false
python-versions = ">=3.6"
"""

_APP = (
    "from common.sanic import create_app, run_app\n\n"
    "from ingestion.apis import ingestion\n\n"
    "sanic_app = create_app(api_title='Ingestion', blueprints=(ingestion.bp,))\n"
)

_FILES = {
    "pyproject.toml": _PYPROJECT,
    "poetry.lock": _LOCK,
    ".gitmodules": '[submodule "common"]\n\tpath = common\n\turl = https://example.org/c.git\n',
    "ingestion/__init__.py": "",
    "ingestion/sanic.py": _APP,
    "ingestion/apis/__init__.py": "",
    "ingestion/apis/ingestion.py": "from sanic import Blueprint\n\nbp = Blueprint('x')\n",
    "ingestion/core/config.py": (
        "from decouple import config\n\n"
        'MONGO_URL = config("MONGO_URL", default="mongodb://localhost:27017/ingestion")\n'
    ),
    "tests/conftest.py": "import pytest\n",
}


def test_a_missing_path_library_lends_what_the_lock_says_it_requires(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _FILES))["."]
    assert first(backend, K.FRAMEWORK) == ("Sanic", "19.9.0")
    assert first(backend, K.ORM) == ("MongoEngine", "0.20.0")
    assert first(backend, K.DATABASE)[0] == "MongoDB"
    sanic = next(f for f in backend.findings if f.name == "Sanic")
    assert any(e.path == "poetry.lock" for e in sanic.evidence)


def test_an_optional_requirement_of_the_library_is_not_lent(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _FILES))["."]
    assert all(f.name != "Redis" for f in backend.findings)


def test_a_path_library_the_tree_holds_is_read_as_a_project_not_from_the_lock(
    tmp_path: Path,
) -> None:
    """Present, the library is a project of the tree (its own manifest says what it needs);
    the lock's copy of its requirements is not read a second time."""
    files = dict(_FILES)
    files["common/pyproject.toml"] = (
        '[tool.poetry]\nname = "common"\nversion = "1.0.0"\n\n'
        '[tool.poetry.dependencies]\npython = "^3.8"\nsanic = "==19.9.0"\n'
    )
    files["common/common/__init__.py"] = ""
    found = by_folder(write(tmp_path, files))
    evidence = [e for b in found.values() for f in b.findings for e in f.evidence]
    assert not any(e.path == "poetry.lock" and "mongoengine =" in e.text for e in evidence)


def test_a_registry_package_is_never_asked_for_its_requirements(tmp_path: Path) -> None:
    files = dict(_FILES)
    files["pyproject.toml"] = _PYPROJECT.replace(
        'common = { path = "common", develop = true, extras = ["aioredis"] }',
        'common = "^1.0"',
    )
    files["poetry.lock"] = _LOCK.replace('type = "directory"', 'type = "legacy"')
    found = by_folder(write(tmp_path, files))
    assert all(f.name != "Sanic" for b in found.values() for f in b.findings)


def test_a_library_from_git_lends_nothing(tmp_path: Path) -> None:
    """An organisation's shared components from git require what any of its applications
    might use, not what this one runs on."""
    files = dict(_FILES)
    files["pyproject.toml"] = _PYPROJECT.replace(
        '{ path = "common", develop = true, extras = ["aioredis"] }',
        '{git = "https://example.org/common.git", subdirectory = "python"}',
    )
    files["poetry.lock"] = _LOCK.replace(
        'type = "directory"\nurl = "common"', 'type = "git"\nurl = "https://example.org/c.git"'
    )
    found = by_folder(write(tmp_path, files))
    assert all(f.name != "Sanic" for b in found.values() for f in b.findings)
