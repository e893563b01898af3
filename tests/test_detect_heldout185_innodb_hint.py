"""Python: a Django database entry's InnoDB option names MySQL (set 185, #19).

A Django application ships `local_settings.py.dist`, the template an installation copies to
`local_settings.py` (which the settings star-import), with `'ENGINE': 'django.db.backends.'` left
for the operator to complete and `'STORAGE_ENGINE': 'INNODB'` beside it; its requirements name
no driver. InnoDB is a storage engine only MySQL (and MariaDB) has: the template was written
for MySQL. A hint only, ranked as a development fallback: an engine the settings, a driver or
a Compose database name outranks it."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_TEMPLATE = """DATABASES = {
    'default': {
        'ENGINE': 'django.db.backends.', # Add 'postgresql', 'mysql', 'sqlite3' or 'oracle'.
        'NAME': '',
        'HOST': '',
        'STORAGE_ENGINE': 'INNODB',
    }
}
"""


def _site(template: str, requirements: str = "Django~=5.2.9\n") -> dict[str, str]:
    return {
        "requirements.txt": requirements,
        "manage.py": "import os\n\n"
        'os.environ.setdefault("DJANGO_SETTINGS_MODULE", "site.settings")\n',
        "site/settings.py": "INSTALLED_APPS = ['django.contrib.admin']\n\n"
        "from site.local_settings import *  # noqa\n",
        "site/wsgi.py": "import os\n\n"
        'os.environ.setdefault("DJANGO_SETTINGS_MODULE", "site.settings")\n',
        "site/local_settings.py.dist": template,
    }


def test_an_innodb_option_names_mysql(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _site(_TEMPLATE)))
    assert first(found["."], K.DATABASE)[0] == "MySQL"


def test_no_innodb_option_names_nothing(tmp_path: Path) -> None:
    # Counter-case: the blank ENGINE alone names no engine.
    found = by_folder(write(tmp_path, _site(_TEMPLATE.replace("'STORAGE_ENGINE': 'INNODB',",
                                                              ""))))
    assert first(found["."], K.DATABASE) == ("", "")


def test_a_driver_outranks_the_hint(tmp_path: Path) -> None:
    # Counter-case: a PostgreSQL driver in the requirements says more than the option.
    found = by_folder(
        write(tmp_path, _site(_TEMPLATE, "Django~=5.2.9\npsycopg2-binary==2.9.10\n"))
    )
    assert first(found["."], K.DATABASE)[0] == "PostgreSQL"
