"""Django: the engine of the `default` alias, named through django-prometheus (set 257, #19).

A Django site's production settings class builds its DATABASES in a property: the engines are
kept in names first (`postgres_engine = "django_prometheus.db.backends.postgresql"`,
`mysql_engine = "...mysql"`), the `default` alias takes the PostgreSQL one and a second `mysql`
alias, used by no router, the other; the base and development classes keep a SQLite literal.
django-prometheus' backends wrap Django's and run on the same engines, and every model goes
through the default alias: the engine is PostgreSQL. Counter-cases: with the default alias on
the SQLite literal, or with the name given only to a second alias, nothing is chosen by name."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_BASE = (
    "import os\n\nfrom configurations import Configuration\n\n\n"
    "class Base(Configuration):\n"
    '    DATABASES = {\n        "default": {\n'
    '            "ENGINE": "django.db.backends.sqlite3",\n'
    '            "NAME": "db.sqlite3",\n        }\n    }\n\n\n'
    "class Dev(Base):\n    DEBUG = True\n\n\n"
)


def _prod(default: str, second: str) -> str:
    return (
        "class Prod(Base):\n    @property\n    def DATABASES(self):\n"
        '        mysql_engine = "django_prometheus.db.backends.mysql"\n'
        '        postgres_engine = "django_prometheus.db.backends.postgresql"\n'
        "        return {\n"
        f'            "default": {{\n                "ENGINE": {default},\n'
        '                "NAME": os.getenv("PDBNAME"),\n            },\n'
        f'            "mysql": {{\n                "ENGINE": {second},\n'
        '                "NAME": os.getenv("DBNAME"),\n            },\n        }\n'
    )


def _site(settings: str) -> dict[str, str]:
    return {
        "requirements.txt": "django==5.2.9\ndjango-configurations\ndjango-prometheus\n",
        "manage.py": "import os\n\n"
        'os.environ.setdefault("DJANGO_SETTINGS_MODULE", "site.settings")\n',
        "site/settings.py": settings,
        "site/models.py": "from django.db import models\n\n\n"
        "class Appeal(models.Model):\n    text = models.TextField()\n",
    }


def test_the_default_alias_engine_named_through_a_name_wins(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _site(_BASE + _prod("postgres_engine", "mysql_engine"))))
    assert first(found["."], K.FRAMEWORK)[0] == "Django"
    assert first(found["."], K.DATABASE)[0] == "PostgreSQL"


def test_the_name_of_a_second_alias_is_not_chosen(tmp_path: Path) -> None:
    # Counter-case: the same names swapped, the default alias on MySQL's.
    found = by_folder(write(tmp_path, _site(_BASE + _prod("mysql_engine", "postgres_engine"))))
    assert first(found["."], K.DATABASE)[0] == "MySQL"


def test_a_default_alias_on_a_literal_is_not_read_by_name(tmp_path: Path) -> None:
    # Counter-case: the production default on the SQLite literal; PostgreSQL's name is only
    # the second alias's, and is not chosen for it.
    settings = _BASE + _prod('"django.db.backends.sqlite3"', "postgres_engine")
    found = by_folder(write(tmp_path, _site(settings)))
    assert first(found["."], K.DATABASE)[0] != "PostgreSQL"
