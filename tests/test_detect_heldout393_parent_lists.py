"""Python: a service whose code sits in src/ with a setup.py that installs the pip list of the
folder above (set 393, #19).

The root holds requirements.txt, requirements-frozen.txt (the list the Dockerfile installs) and
uwsgi.ini; src/setup.py opens `os.path.join(REPODIR, 'requirements.txt')` with REPODIR the
folder above its own. The project is the root, not src/ (`parent_lists`)."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_SETUP = """import os

from setuptools import setup, find_packages

BASEDIR = os.path.abspath(os.path.dirname(__file__))
REPODIR = os.path.dirname(BASEDIR)

with open(os.path.join(REPODIR, 'requirements.txt')) as fobj:
    REQUIRES = [line.strip() for line in fobj if line.strip()]

setup(
    name='svc.api',
    packages=find_packages(),
    install_requires=REQUIRES,
    entry_points='''[paste.app_factory]
    main = svc.api:main
    ''',
)
"""
_INIT = """from pyramid.config import Configurator


def main(global_config, **settings):
    config = Configurator(settings=settings)
    config.add_route('home', '/')
    config.scan()
    return config.make_wsgi_app()
"""


def _tree(setup: str) -> dict[str, str]:
    return {
        "requirements.txt": "pyramid\nmongoengine\npytest\n",
        "requirements-frozen.txt": "pyramid==1.6.5\nmongoengine==0.24.2\npytest==5.4.1\n",
        "Dockerfile": "FROM python:3.11\nCOPY requirements-frozen.txt /app/requirements.txt\n"
        "RUN pip install -r /app/requirements.txt\nCOPY src /app/src\n"
        'RUN pip install -e /app/src\nCMD ["uwsgi", "--ini", "uwsgi.ini"]\n',
        "uwsgi.ini": "[app:main]\nuse = egg:svc.api\n",
        "src/setup.py": setup,
        "src/svc/__init__.py": "",
        "src/svc/api/__init__.py": _INIT,
    }


def test_a_setup_py_reading_the_list_above_is_the_root_project(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree(_SETUP)))
    assert set(found) == {"."}
    assert first(found["."], K.FRAMEWORK) == ("Pyramid", "==1.6.5")


def test_a_setup_py_reading_its_own_list_stays_a_project(tmp_path: Path) -> None:
    # Counter-case: the setup.py reads the list of its own folder, which holds one.
    files = _tree(_SETUP.replace("REPODIR = os.path.dirname(BASEDIR)", "REPODIR = BASEDIR"))
    files["src/requirements.txt"] = "pyramid==2.0\n"
    found = by_folder(write(tmp_path, files))
    assert "src" in found
