"""Held-out set 338 (#19): a Pyramid application packaged by a setup.py that passes its
runtime list by a variable's name (`install_requires=requires`) and declares a
`paste.app_factory` entry point, with no pip file installing it (`-e .`).

PasteDeploy's ini (`use = egg:<package>`) serves the package itself as the WSGI application,
so its named list is the application's: framework Pyramid at the declared version, the data
layer and driver. Some items of the list may be variables computed above (`gdal_spec`); the
list is still read, skipping them. A comprehension reading a requirements file stays unread,
and so does a named list with no factory and no self-install (a library of a larger project).
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_SETUP = """import sys
from setuptools import find_packages, setup

native_spec = "numpy==2.2.0" if sys.version_info >= (3, 12) else "numpy"

requires = [
    native_spec,
    "pyramid%s",
    "SQLAlchemy==2.0.49",
    "psycopg[c]==3.3.4",
    "waitress==3.0.2",
]

%s

setup(
    name="mapsite",
    version="1.0",
    packages=find_packages(),
    install_requires=requires,
    entry_points=entry_points,
)
"""

_DICT_FACTORY = """entry_points = {
    "paste.app_factory": ["main = mapsite:main"],
    "console_scripts": ["mapsite = mapsite.script:main"],
}"""

_NO_FACTORY = """entry_points = {
    "console_scripts": ["mapsite = mapsite.script:main"],
}"""

_INIT = """from pyramid.config import Configurator


def main(global_config, **settings):
    config = Configurator(settings=settings)
    config.add_route("home", "/")
    config.scan()
    return config.make_wsgi_app()
"""


def _tree(pin: str, entry_points: str) -> dict[str, str]:
    return {
        "setup.py": _SETUP % (pin, entry_points),
        "mapsite/__init__.py": _INIT,
        "mapsite/models.py": "from sqlalchemy.orm import declarative_base\n",
    }


def test_a_paste_app_factory_makes_the_named_list_the_applications(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _tree("==2.1", _DICT_FACTORY)))["."]
    assert first(backend, K.FRAMEWORK) == ("Pyramid", "==2.1")
    assert first(backend, K.ORM)[0] == "SQLAlchemy"
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"


def test_an_ini_style_factory_section_counts_too(tmp_path: Path) -> None:
    ini = 'entry_points = """\\\n    [paste.app_factory]\n    main = mapsite:main\n"""'
    backend = by_folder(write(tmp_path, _tree("<1.10", ini)))["."]
    assert first(backend, K.FRAMEWORK) == ("Pyramid", "<1.10")


def test_without_a_factory_the_named_list_stays_unread(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree("==2.1", _NO_FACTORY)))
    assert "." not in found or first(found["."], K.FRAMEWORK)[1] != "==2.1"


def test_a_comprehension_is_no_literal_list(tmp_path: Path) -> None:
    tree = _tree("==2.1", _DICT_FACTORY)
    tree["setup.py"] = tree["setup.py"].replace(
        "requires = [\n    native_spec,",
        "requires = [r for r in open('reqs.txt')] + [\n    native_spec,",
    )
    found = by_folder(write(tmp_path, tree))
    assert "." not in found or first(found["."], K.FRAMEWORK)[1] != "==2.1"
