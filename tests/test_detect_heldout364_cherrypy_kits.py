"""Python: a CherryPy application declaring only CherryPy-Foundation (set 364, #19).

The application's pyproject.toml requires `cherrypy-foundation` (CherryPy's application, tools
and plugins packaged as a kit, which requires CherryPy) with its `db` extra, which brings
SQLAlchemy; its code starts CherryPy (`cherrypy.quickstart(app)`) and declares SQLAlchemy
models. CherryPy is the framework (no release stated: the kit's is not CherryPy's), SQLAlchemy
the data layer, not the PostgreSQL driver an optional extra offers."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_PYPROJECT = (
    '[project]\nname = "backupweb"\nrequires-python = ">=3.8"\ndependencies = [\n'
    '    "cherrypy-foundation>=1.14.0,<2",\n    "cherrypy-foundation[db]",\n'
    '    "cherrypy-foundation[ldap]",\n    "configargparse",\n]\n\n'
    "[project.optional-dependencies]\npostgresql = [\n    \"psycopg2-binary\",\n]\n"
    'test = [\n    "pytest",\n]\n\n[project.scripts]\nbackupweb = "backupweb.main:main"\n'
)


def _repo(pyproject: str = _PYPROJECT) -> dict[str, str]:
    return {
        "pyproject.toml": pyproject,
        "backupweb/__init__.py": "",
        "backupweb/main.py": (
            "import cherrypy\n\nfrom backupweb.app import App\n\n\ndef main():\n"
            "    cherrypy.quickstart(App())\n"
        ),
        "backupweb/app.py": (
            "import cherrypy\n\n\nclass App:\n    @cherrypy.expose\n"
            "    def index(self):\n        return 'ok'\n"
        ),
        "backupweb/model.py": (
            "from sqlalchemy import Column, Integer, String\n"
            "from sqlalchemy.orm import declarative_base\n\nBase = declarative_base()\n\n\n"
            "class User(Base):\n    __tablename__ = 'users'\n"
            "    id = Column(Integer, primary_key=True)\n    name = Column(String)\n"
        ),
    }


def test_the_kit_lends_cherrypy_and_its_db_extra_sqlalchemy(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _repo()))["."]
    assert first(found, K.FRAMEWORK) == ("CherryPy", "")
    assert not found.ambiguous
    orm = [f.name for f in found.findings if f.kind is K.ORM]
    assert orm == ["SQLAlchemy"]


def test_without_the_db_extra_no_sqlalchemy(tmp_path: Path) -> None:
    # Counter-case: the kit required without its `db` extra installs no SQLAlchemy.
    files = _repo(_PYPROJECT.replace('    "cherrypy-foundation[db]",\n', ""))
    found = by_folder(write(tmp_path, files))["."]
    assert first(found, K.FRAMEWORK)[0] == "CherryPy"
    assert not [f for f in found.findings if f.kind is K.ORM]
