"""Python: a Django project whose DATABASES is the dummy backend and whose documents live in
MongoDB through MongoEngine, installed from a git URL (set 393, #19).

requirements.txt names MongoEngine only as a bare VCS line (`git+https://…/mongoengine.git@v0.8.9`,
a patched fork) beside pymongo; settings.py sets `'ENGINE': 'django.db.backends.dummy'` and
connects MongoEngine itself. The VCS line is read as the repository's package
(`ecosystems.python`), and the Django package's ORM and migrations give way to it
(`django_dummy_databases`)."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.detect.ecosystems.python import _name_and_version
from designer.model.stack import FindingKind as K

_REQUIREMENTS = (
    "Django<2.0\ncelery\n"
    "#mongoengine below is a patched fork\n"
    "git+https://github.com/someone/mongoengine.git@v0.8.9\n"
    "pymongo\npytz\n"
)
_DUMMY = """DATABASES = {
    'default': {
        'ENGINE': 'django.db.backends.dummy'
    }
}
"""
_SQLITE = """DATABASES = {
    'default': {
        'ENGINE': 'django.db.backends.sqlite3', 'NAME': 'db.sqlite3',
    }
}
"""


def _settings(databases: str) -> str:
    return (
        "from mongoengine import connect\n\nINSTALLED_APPS = ['django.contrib.auth', 'app.core']\n"
        f"{databases}\nMONGO_HOST = 'localhost'\nconnect('app', host=MONGO_HOST)\n"
    )


def _tree(databases: str) -> dict[str, str]:
    return {
        "requirements.txt": _REQUIREMENTS,
        "manage.py": "import os\nos.environ.setdefault('DJANGO_SETTINGS_MODULE', 'app.settings')\n"
        "from django.core.management import execute_from_command_line\n",
        "wsgi.py": "import os\nos.environ.setdefault('DJANGO_SETTINGS_MODULE', 'app.settings')\n"
        "from django.core.wsgi import get_wsgi_application\napplication = get_wsgi_application()\n",
        "app/__init__.py": "",
        "app/settings.py": _settings(databases),
        "app/core/__init__.py": "",
        "app/core/models.py": "import mongoengine as me\n\n\nclass Sample(me.Document):\n"
        "    name = me.StringField()\n",
        "app/core/tests.py": "from django.test import SimpleTestCase\n\n\n"
        "class T(SimpleTestCase):\n    def test_x(self):\n        pass\n",
    }


def test_a_bare_vcs_line_is_named_by_its_repository_or_egg() -> None:
    assert _name_and_version("git+https://github.com/o/mongoengine.git@v0.8.9") == (
        "mongoengine",
        "",
    )
    assert _name_and_version("git+https://host/o/fork.git@main#egg=flask-foo") == ("flask-foo", "")
    assert _name_and_version("git+ssh://git@host/o/pkg") == ("pkg", "")
    assert _name_and_version("flask==3.0") == ("flask", "==3.0")


def test_dummy_databases_beside_mongoengine_are_mongoengine(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _tree(_DUMMY)))["."]
    assert first(backend, K.FRAMEWORK)[0] == "Django"
    assert first(backend, K.ORM)[0] == "MongoEngine"
    assert first(backend, K.DATABASE)[0] == "MongoDB"
    orm = next(f for f in backend.findings if f.kind is K.ORM)
    assert "mongoengine.git" in orm.evidence[0].text


def test_a_real_engine_keeps_the_django_orm(tmp_path: Path) -> None:
    # Counter-case: a real DATABASES engine; the Django package's ORM is not dropped.
    backend = by_folder(write(tmp_path, _tree(_SQLITE)))["."]
    assert any(f.kind is K.ORM and f.name == "Django ORM" for f in backend.findings)
