"""Python gaps held-out set 424 showed (benchmarks/detect_heldout424.yaml), each as a small
fixture of the real files' shape (#19): a setup.py whose requirements sit in a dict of options,
a program with no manifest running on copies it puts on its import path, and a kit of Pyramid
services whose extra brings the PostgreSQL driver."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

# --- setup.py: `setup(**setup_options)` with `'install_requires': [...]` ------------------------

_SETUP_DICT = (
    "from setuptools import setup\n\nsetup_options = {\n    'name': 'Tunes',\n"
    "    'version': '0.1',\n    'install_requires': ['CherryPy >= 3.2.2'],\n"
    "    'packages': ['tunes'],\n}\n\nsetup(**setup_options)\n"
)
_CHERRY_MOUNT = (
    "import cherrypy\n\n\nclass Root:\n    @cherrypy.expose\n    def index(self):\n"
    "        return 'ok'\n\n\ndef start():\n    cherrypy.tree.mount(Root(), '/')\n"
    "    cherrypy.engine.start()\n"
)


def test_requirements_in_a_dict_of_setup_options(tmp_path: Path) -> None:
    files = {"setup.py": _SETUP_DICT, "tunes/__init__.py": _CHERRY_MOUNT}
    found = by_folder(write(tmp_path, files))
    name, version = first(found["."], K.FRAMEWORK)
    assert name == "CherryPy"
    assert version.replace(" ", "") == ">=3.2.2"


# --- no manifest: a start script putting a folder of copies on the import path ---------------

_START = (
    "import os\nimport sys\n\nsys.path.insert(0, os.path.join(os.path.dirname("
    "os.path.abspath(__file__)), 'libs'))\n\nimport dash\n\n\ndef main():\n"
    "    from dash.server import start\n    start()\n\n\nif __name__ == '__main__':\n"
    "    main()\n"
)
_QUICKSTART = (
    "import cherrypy\n\n\ndef start():\n    cherrypy.quickstart(None, '/', config={})\n"
)
_MODELS = (
    "from sqlobject import SQLObject, StringCol, connectionForURI, sqlhub\n\nDB = 'dash.db'\n\n\n"
    "class Setting(SQLObject):\n    key = StringCol()\n\n\ndef connect():\n"
    "    sqlhub.processConnection = connectionForURI('sqlite:' + DB)\n"
    "    Setting.createTable(ifNotExists=True)\n"
)
_VENDORED = {
    "libs/cherrypy/__init__.py": "__version__ = '3.2.2'\n",
    "libs/cherrypy/test/test_bus.py": (
        "import unittest\n\n\nclass BusTests(unittest.TestCase):\n"
        "    def test_start(self):\n        pass\n"
    ),
    "libs/sqlobject/__init__.py": "from .main import SQLObject\n",
    "libs/sqlobject/conftest.py": "import pytest\n",
    "libs/sqlobject/tests/test_basic.py": "def test_create():\n    pass\n",
}


def test_undeclared_program_on_its_copies(tmp_path: Path) -> None:
    files = {
        "Dash.py": _START,
        "dash/__init__.py": "",
        "dash/server.py": _QUICKSTART,
        "dash/settings.py": _MODELS,
        "modules/player.py": "import cherrypy\n\n\nclass Player:\n    pass\n",
        **_VENDORED,
    }
    found = by_folder(write(tmp_path, files))
    assert list(found) == ["."]
    assert first(found["."], K.FRAMEWORK) == ("CherryPy", "3.2.2")
    assert first(found["."], K.ORM)[0] == "SQLObject"
    assert first(found["."], K.DATABASE)[0] == "SQLite"
    assert first(found["."], K.TEST) == ("", "")


def test_package_below_a_start_script_stays_one_program(tmp_path: Path) -> None:
    files = {
        "Dash.py": _START.replace("'libs'", "'extlib'"),
        "dash/__init__.py": "",
        "dash/server.py": _QUICKSTART,
        "modules/player.py": "class Player:\n    pass\n",
    }
    found = by_folder(write(tmp_path, files))
    assert "dash" not in found


# --- a kit of Pyramid services whose `postgresql` extra brings psycopg2 -----------------------

_KIT_SETUP = (
    "from setuptools import setup, find_packages\n\nREQUIREMENTS = [\n    'waitress>=0.8.9',\n"
    "    'cliquet[{extras}]>=2.3,<2.4',\n]\n\nENTRY_POINTS = {{\n    'paste.app_factory': [\n"
    "        'main = shelf:main',\n    ]}}\n\nsetup(name='shelf',\n      version='1.0',\n"
    "      packages=find_packages(),\n      install_requires=REQUIREMENTS,\n"
    "      entry_points=ENTRY_POINTS)\n"
)
_KIT_APP = (
    "from pyramid.config import Configurator\n\nimport cliquet\n\n\n"
    "def main(global_config, **settings):\n    config = Configurator(settings=settings)\n"
    "    cliquet.initialize(config, version='1.0')\n    config.scan('shelf.views')\n"
    "    return config.make_wsgi_app()\n"
)
_KIT_IMAGE = "FROM python:2.7\nWORKDIR /code\nADD . /code\nRUN python setup.py develop\n"


def _kit_files(extras: str) -> dict[str, str]:
    return {
        "setup.py": _KIT_SETUP.format(extras=extras),
        "shelf/__init__.py": _KIT_APP,
        "shelf/views.py": "from cliquet import resource\n",
        "Dockerfile": _KIT_IMAGE,
    }


def test_kit_lends_pyramid_and_its_postgresql_driver(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _kit_files("postgresql,monitoring")))
    assert not found["."].ambiguous
    assert first(found["."], K.FRAMEWORK) == ("Pyramid", "")
    assert first(found["."], K.QUERY)[0] == "psycopg2"
    assert first(found["."], K.DATABASE)[0] == "PostgreSQL"


def test_kit_without_the_extra_lends_no_driver(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _kit_files("monitoring")))
    assert first(found["."], K.FRAMEWORK)[0] == "Pyramid"
    assert first(found["."], K.QUERY) == ("", "")
