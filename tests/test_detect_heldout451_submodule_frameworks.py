"""A gap the 451st held-out set showed (benchmarks/detect_heldout451.yaml), as a small fixture
of the real files' shape (#19): a playdoh-era Django site whose Django is a git submodule of
django/django (`.gitmodules`, absent from the snapshot) while its pip lists name only extras:
the submodule declares the framework, at no stated release, with its ORM. A submodule of
another repository confirms nothing."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_GITMODULES = (
    '[submodule "vendor"]\n\tpath = vendor\n\turl = https://github.com/mozilla/playdoh-lib.git\n'
    '[submodule "vendor-local/src/django-extensions"]\n'
    "\tpath = vendor-local/src/django-extensions\n"
    "\turl = git://github.com/django-extensions/django-extensions.git\n"
    '[submodule "vendor-local/src/django"]\n\tpath = vendor-local/src/django\n'
    "\turl = https://github.com/django/django.git\n"
)

_MANAGE = (
    "#!/usr/bin/env python\nimport os\nimport sys\n\n"
    "os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'site_app.settings')\n"
    "from funfactory import manage\n\nif __name__ == '__main__':\n"
    "    manage.execute_manager()\n"
)

_MODELS = (
    "from django.db import models\n\n\nclass Banner(models.Model):\n"
    "    name = models.CharField(max_length=255)\n"
)


def _tree(gitmodules: str) -> dict[str, str]:
    return {
        ".gitmodules": gitmodules,
        "manage.py": _MANAGE,
        "requirements/compiled.txt": "MySQL-python==1.2.3c1\nJinja2==2.5.5\n",
        "requirements/prod.txt": "south==0.7.4\ndjango-mptt==0.6.0\n",
        "site_app/__init__.py": "",
        "site_app/settings/__init__.py": "from .base import *\n",
        "site_app/settings/base.py": "ROOT_URLCONF = 'site_app.urls'\n",
        "site_app/banners/__init__.py": "",
        "site_app/banners/models.py": _MODELS,
    }


def test_a_django_submodule_declares_the_framework_and_its_orm(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree(_GITMODULES)))
    site = found["."]
    assert not site.ambiguous
    assert first(site, K.FRAMEWORK) == ("Django", "")
    assert first(site, K.ORM)[0] == "Django ORM"


def test_a_submodule_of_another_repository_confirms_nothing(tmp_path: Path) -> None:
    """The neighbour: only an extension is a submodule — Django stays unconfirmed."""
    gitmodules = _GITMODULES.split('[submodule "vendor-local/src/django"]')[0]
    found = by_folder(write(tmp_path, _tree(gitmodules)))
    assert found["."].ambiguous
