"""A gap the 463rd held-out set showed (/tmp/s58/sets/detect_heldout463.yaml), as a small
fixture of the real files' shape (#19): a Django application at the root (manage.py, its
settings and apps) declaring no manifest there, only a `setup.cfg` of pycodestyle's settings,
whose pip lists are kept among set-up files (`tools/devsetup/dev_requirements.txt`, installed by
the set-up script beside it). The settings file declares nothing, so the lists are the root's;
named for development but the application's only lists, they give its framework's version and
its data layer. A root `setup.cfg` declaring dependencies keeps the lists aside."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K


def _tree() -> dict[str, str]:
    return {
        "setup.cfg": "[pycodestyle]\nstatistics=True\nmax-line-length=120\n",
        "manage.py": (
            "import os\n\nos.environ.setdefault('DJANGO_SETTINGS_MODULE', 'confsite.settings')\n"
            "from django.core.management import execute_from_command_line\n"
        ),
        "confsite/__init__.py": "",
        "confsite/wsgi.py": "from django.core.wsgi import get_wsgi_application\n",
        "confsite/settings.py": (
            "DATABASES = {'default': {'ENGINE': 'django.db.backends.postgresql_psycopg2'}}\n"
        ),
        "confsite/invoices/__init__.py": "",
        "confsite/invoices/models.py": (
            "from django.db import models\n\n\nclass Invoice(models.Model):\n"
            "    total = models.IntegerField()\n"
        ),
        "tools/devsetup/dev_requirements.txt": "Django>=5.2,<5.3\npsycopg2-binary\nrequests\n",
        "tools/devsetup/dev_requirements_full.txt": "qrcode\n",
        "tools/devsetup/dev_setup.sh": "../../python -m pip install -r dev_requirements.txt\n",
        "tools/videos/sync_videos.py": "import requests\n",
    }


def test_set_up_lists_beside_a_settings_only_setup_cfg_are_the_app_s(tmp_path: Path) -> None:
    backends = by_folder(write(tmp_path, _tree()))
    assert set(backends) == {"."}
    assert first(backends["."], K.FRAMEWORK) == ("Django", ">=5.2,<5.3")
    assert first(backends["."], K.ORM)[0] == "Django ORM"


def test_a_setup_cfg_declaring_dependencies_keeps_them(tmp_path: Path) -> None:
    files = _tree() | {
        "setup.cfg": "[metadata]\nname = confsite\n\n[options]\ninstall_requires =\n"
        "    Django>=4.2,<5\n    psycopg2\n"
    }
    backends = by_folder(write(tmp_path, files))
    assert first(backends["."], K.FRAMEWORK) == ("Django", ">=4.2,<5")
