"""Python: a UTF-16 requirements file and a database only a test run sets (set 247, #19).

A Django API's only manifest is a `requirements.txt` written by PowerShell's `pip freeze >`:
UTF-16 little-endian with a byte-order mark (two, after a second write), every other byte a
NUL. Taken for a binary file, the backend lost its pins (no version, no driver). Read as text
(`utf16_text`), its Django pin and PostgreSQL driver count. Its settings read DATABASES from
`DATABASE_URL` and switch to an in-memory SQLite under `if 'test' in sys.argv:`: that branch is
the tests' (`test_run_branches`), so the driver's PostgreSQL is the engine. Counter-cases: a
binary file that starts with the same two bytes stays skipped; an in-memory SQLite outside any
test branch, or in the `else:` of one, stays the program's default."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.detect import utf16_text
from designer.model.stack import FindingKind as K

_REQUIREMENTS = (
    "asgiref==3.9.1\r\nDjango==5.2.4\r\ndj-database-url==2.3.0\r\n"
    "djangorestframework==3.16.0\r\ngunicorn==23.0.0\r\npsycopg2-binary==2.9.10\r\n"
)

_SETTINGS = """import sys

import dj_database_url

INSTALLED_APPS = ['rooms']

DATABASES = {
    'default': dj_database_url.parse(env('DATABASE_URL'), conn_max_age=600)
}

# SQLite for the test runner
if 'test' in sys.argv:
    DATABASES['default'] = {
        'ENGINE': 'django.db.backends.sqlite3',
        'NAME': ':memory:'
    }
"""


def _api(settings: str = _SETTINGS) -> dict[str, str]:
    return {
        "manage.py": "import os\n\nos.environ.setdefault('DJANGO_SETTINGS_MODULE', "
        "'site_api.settings')\n",
        "site_api/__init__.py": "",
        "site_api/settings.py": settings,
        "site_api/wsgi.py": "from django.core.wsgi import get_wsgi_application\n\n"
        "application = get_wsgi_application()\n",
        "rooms/__init__.py": "",
        "rooms/models.py": "from django.db import models\n\n\n"
        "class Room(models.Model):\n    number = models.CharField(max_length=8)\n",
        "rooms/tests.py": "from django.test import TestCase\n\n\n"
        "class RoomTests(TestCase):\n    def test_room(self):\n        pass\n",
        "Procfile": "web: gunicorn site_api.wsgi\n",
    }


def _utf16(root: Path, text: str) -> None:
    # PowerShell's redirection: a mark, then UTF-16 LE; a second write adds a second mark.
    mark = "\ufeff".encode("utf-16-le")
    (root / "requirements.txt").write_bytes(mark + mark + text.encode("utf-16-le"))


def test_a_utf16_requirements_file_is_read(tmp_path: Path) -> None:
    root = write(tmp_path, _api())
    _utf16(root, _REQUIREMENTS)
    found = by_folder(root)["."]
    assert first(found, K.FRAMEWORK) == ("Django", "==5.2.4")
    assert first(found, K.ORM)[0] == "Django ORM"
    # The in-memory SQLite is the test runner's: the driver's server is the engine.
    assert first(found, K.DATABASE)[0] == "PostgreSQL"


def test_a_binary_file_with_the_same_opening_stays_binary() -> None:
    # Counter-case: zero pairs inside, or a lone surrogate, are no text.
    assert utf16_text.as_utf8(b"\xff\xfe\x00\x00\x01\x02") is None
    assert utf16_text.as_utf8(b"\xff\xfe\x00\xd8\x41\x00") is None
    assert utf16_text.as_utf8(b"\x89PNG\r\n\x1a\n\x00\x00") is None
    assert utf16_text.as_utf8("\ufeffa==1\n".encode("utf-16-le")) == b"a==1\n"
    assert utf16_text.as_utf8("\ufeffb==2\n".encode("utf-16-be")) == b"b==2\n"


def test_an_in_memory_sqlite_outside_a_test_branch_stays_the_default(tmp_path: Path) -> None:
    # Counter-case: the same SQLite set for every run is the program's own choice.
    settings = _SETTINGS.replace("if 'test' in sys.argv:\n    DATABASES['default']",
                                 "if True:\n    DATABASES['default']")
    root = write(tmp_path, _api(settings) | {"requirements.txt": _REQUIREMENTS})
    assert first(by_folder(root)["."], K.DATABASE)[0] == "SQLite"


def test_the_else_of_a_test_branch_is_no_test(tmp_path: Path) -> None:
    # Counter-case: the branch taken when the run is no test is the program's.
    settings = (
        "import sys\n\nTESTING = len(sys.argv) > 1 and sys.argv[1] == 'test'\n\n"
        "if TESTING:\n    DATABASES = {'default': {'ENGINE': 'django.db.backends.postgresql',\n"
        "                             'NAME': 'test_db'}}\n"
        "else:\n    DATABASES = {\n        'default': {\n"
        "            'ENGINE': 'django.db.backends.sqlite3',\n"
        "            'NAME': ':memory:'\n        }\n    }\n"
    )
    root = write(tmp_path, _api(settings) | {"requirements.txt": _REQUIREMENTS})
    assert first(by_folder(root)["."], K.DATABASE)[0] == "SQLite"
