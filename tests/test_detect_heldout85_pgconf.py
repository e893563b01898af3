"""A Django project whose settings name no engine (#19): the open_municipio shape of held-out
set 85. Its pip lists sit under requirements/: main.txt (Django), data_import.txt (the import
scripts' MySQL-python, the driver of the source they read) and extra.txt (tools); the
deployment's settings are written on the server, and the tree ships the PostgreSQL server's
own configuration (postgres.example/pg_hba.conf, postgresql.conf) a provisioning script copies
onto the host. The import list's driver is not the application's; the shipped server
configuration names PostgreSQL as a fallback. Counter-cases: a driver in the main list, a
setting naming the engine, and no data layer at all."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_MAIN = "Django==1.5.12\nSouth>=0.7.3\ndjangorestframework==3.2.0\n"
_SETTINGS = (
    "DEBUG = False\nINSTALLED_APPS = (\n    'django.contrib.auth',\n    'acts',\n)\n"
    "ROOT_URLCONF = 'open_municipio.urls'\n"
)
_MODELS = (
    "from django.db import models\n\n\nclass Act(models.Model):\n"
    "    title = models.CharField(max_length=255)\n"
)
_TESTS = "from django.test import TestCase\n\n\nclass ActTest(TestCase):\n    pass\n"


def _project(main: str = _MAIN, settings: str = _SETTINGS, models: bool = True,
             pg: bool = True) -> dict[str, str]:
    files = {
        "setup.py": "from setuptools import setup\n\nsetup(name='om', install_requires=[\n"
        "    'Django == 1.4.5',\n])\n",
        "requirements/main.txt": main,
        "requirements/data_import.txt": "gdata==2.0.16\nlxml\nMySQL-python\n",
        "requirements/extra.txt": "docutils\nsphinx\nfabric\n",
        "open_municipio/__init__.py": "",
        "open_municipio/settings.py": settings,
        "open_municipio/urls.py": "from django.conf.urls import patterns, url\n",
        "open_municipio/acts/__init__.py": "",
        "open_municipio/acts/tests.py": _TESTS,
    }
    if models:
        files["open_municipio/acts/models.py"] = _MODELS
    if pg:
        files["postgres.example/pg_hba.conf"] = "local   all   postgres   ident\n"
        files["postgres.example/postgresql.conf"] = "max_connections = 100\n"
    return files


def _engines(root: Path) -> list[str]:
    return [f.name for f in by_folder(root)["."].findings if f.kind is K.DATABASE]


def test_import_driver_gives_way_to_the_shipped_server_configuration(tmp_path: Path) -> None:
    write(tmp_path, _project())
    assert _engines(tmp_path) == ["PostgreSQL"]


def test_import_list_driver_is_not_the_engine(tmp_path: Path) -> None:
    # Without the server configuration nothing names an engine: the import's driver is not it.
    write(tmp_path, _project(pg=False))
    assert _engines(tmp_path) == []


def test_driver_in_the_main_list_stays(tmp_path: Path) -> None:
    # Counter-case: the application's own list declares the driver.
    write(tmp_path, _project(main=_MAIN + "MySQL-python==1.2.5\n"))
    assert _engines(tmp_path) == ["MySQL"]


def test_setting_naming_the_engine_stays(tmp_path: Path) -> None:
    # Counter-case: the settings choose SQLite; the shipped configuration does not override it.
    settings = _SETTINGS + (
        "DATABASES = {'default': {'ENGINE': 'django.db.backends.sqlite3', "
        "'NAME': 'db.sqlite'}}\n"
    )
    write(tmp_path, _project(settings=settings))
    assert _engines(tmp_path)[0] == "SQLite"


def test_server_configuration_deep_in_the_tree_is_not_read(tmp_path: Path) -> None:
    # Counter-case: a server configuration two folders down belongs to something else.
    files = _project(pg=False)
    files["docker/db/conf/pg_hba.conf"] = "local all all trust\n"
    write(tmp_path, files)
    assert _engines(tmp_path) == []
