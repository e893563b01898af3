"""A gap the 382nd held-out set showed (benchmarks/detect_heldout382.yaml), as a small fixture
of the real files' shape (#19): a Django project whose settings fall back to SQLite for
development and end by star-importing `localsettings`, of which the repository ships only the
deployment's template, `localsettings.py.example`, on MySQL."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_SETTINGS = (
    "DATABASES = {\n    'default': {\n        'ENGINE': 'django.db.backends.sqlite3',\n"
    "        'NAME': 'site.sqlite3',\n    }\n}\n\nINSTALLED_APPS = ['django.contrib.admin']\n\n"
    "try:\n    from .localsettings import *  # NOQA\nexcept ImportError:\n    pass\n"
)

_EXAMPLE = (
    "DATABASES = {\n    'default': {\n"
    "        'ENGINE': 'django.db.backends.mysql', # or 'postgresql', 'sqlite3'\n"
    "        'NAME': 'site',\n    }\n}\n"
)


def _tree(example_name: str) -> dict[str, str]:
    return {
        "requirements.txt": "Django==2.2\ncelery==4.3.0\n",
        "manage.py": (
            "import os\nimport sys\n\nif __name__ == '__main__':\n"
            "    os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'site.settings')\n"
            "    from django.core.management import execute_from_command_line\n"
            "    execute_from_command_line(sys.argv)\n"
        ),
        "site/__init__.py": "",
        "site/settings.py": _SETTINGS,
        f"site/{example_name}": _EXAMPLE,
    }


def test_the_localsettings_template_names_the_deployments_engine(tmp_path: Path) -> None:
    root = by_folder(write(tmp_path, _tree("localsettings.py.example")))["."]
    assert first(root, K.DATABASE)[0] == "MySQL"


def test_the_underscored_spelling_still_reads(tmp_path: Path) -> None:
    root = by_folder(write(tmp_path, _tree("local_settings.py.example")))["."]
    assert first(root, K.DATABASE)[0] == "MySQL"


def test_another_example_module_is_no_local_settings(tmp_path: Path) -> None:
    root = by_folder(write(tmp_path, _tree("othersettings.py.example")))["."]
    assert first(root, K.DATABASE)[0] == "SQLite"
