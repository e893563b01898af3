"""Two Python shapes set 117 showed (benchmarks/detect_heldout117.yaml, #19): a Django project
laid out by `startproject config .`, its pip-compile lists kept in the `config/` settings
package below the `manage.py` they install for (the backend is the folder of `manage.py`);
and a FastAPI service on Motor, MongoDB's asyncio driver, with PyMongo only in its lock (Motor
is then the data layer, as PyMongo is for a synchronous service)."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_PINS = "django==3.2.25\nsqlalchemy==1.3.12\npymysql==1.1.1\n"

_MANAGE = (
    "#!/usr/bin/env python\nimport os\nimport sys\n\n"
    "if __name__ == '__main__':\n"
    "    os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'config.settings')\n"
    "    from django.core.management import execute_from_command_line\n"
    "    execute_from_command_line(sys.argv)\n"
)

_SETTINGS = {
    "config/__init__.py": "",
    "config/settings.py": "INSTALLED_APPS = ['app']\nROOT_URLCONF = 'config.urls'\n",
    "config/urls.py": "from django.urls import path\n\nurlpatterns = []\n",
    "config/requirements_base.in": "django~=3.2\nsqlalchemy\n",
    "config/requirements_server.txt": _PINS,
    "app/__init__.py": "",
    "app/models.py": "from django.db import models\n\n\nclass Profile(models.Model):\n"
    "    name = models.CharField(max_length=20)\n",
    "app/tests.py": "from django.test import TestCase\n\n\nclass T(TestCase):\n"
    "    def test_it(self):\n        pass\n",
}


def test_pip_lists_in_the_settings_package_are_the_manage_py_folders(tmp_path: Path) -> None:
    backends = by_folder(write(tmp_path, {**_SETTINGS, "manage.py": _MANAGE}))
    assert set(backends) == {"."}
    assert first(backends["."], K.FRAMEWORK) == ("Django", "==3.2.25")
    assert first(backends["."], K.DATABASE)[0] == "MySQL"


def test_a_config_folder_with_no_manage_py_above_stays_its_own_project(tmp_path: Path) -> None:
    backends = by_folder(write(tmp_path, _SETTINGS))
    assert "." not in backends
    assert first(backends["config"], K.FRAMEWORK)[0] == "Django"


_POETRY = (
    '[tool.poetry]\nname = "gateway"\nversion = "1.0.0"\n\n'
    '[tool.poetry.dependencies]\npython = ">=3.11,<3.12"\n'
    'fastapi = "^0.123.0"\n{driver}uvicorn = ">=0.20,<0.50"\n'
)

_MAIN = "from fastapi import FastAPI\n\napp = FastAPI()\n"

_CONNECTION = (
    "from motor.motor_asyncio import AsyncIOMotorClient\n\n"
    "client = AsyncIOMotorClient('mongodb://localhost:27017')\n"
)


def test_motor_alone_is_the_data_layer(tmp_path: Path) -> None:
    files = {
        "pyproject.toml": _POETRY.format(driver='motor = "^3.3.2"\n'),
        "gateway/main.py": _MAIN,
        "gateway/mongo.py": _CONNECTION,
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.QUERY)[0] == "Motor"
    assert first(backend, K.DATABASE)[0] == "MongoDB"


def test_an_odm_over_motor_is_named_first(tmp_path: Path) -> None:
    files = {
        "pyproject.toml": _POETRY.format(driver='motor = "^3.3.2"\nbeanie = "^1.26"\n'),
        "gateway/main.py": _MAIN,
        "gateway/models.py": "from beanie import Document\n\n\nclass Shot(Document):\n"
        "    name: str\n",
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.ORM)[0] == "Beanie"
