"""Python: pip lists under pip's `.pip` extension, layered on a base list, installed by the
image of the root they serve (set 411, #19).

A Django project keeps its code, `manage.py` and its Dockerfile at the root, and its pip lists
in a folder of their own: `dep/requirements.pip` (`-r base-requirements.pip` plus the
production server and driver), `dep/test-requirements.pip` (`-r requirements.pip` plus
linters), the framework named only in `dep/base-requirements.pip`. The root's pyproject.toml
holds only a formatter's settings. The image copies the root and runs `pip install -r
dep/requirements.pip`: the lists are the root's, the framework Django, its data layer the
Django ORM. A `.pip` file named as no pip list is still no manifest."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.detect.ecosystems import python
from designer.model.stack import FindingKind as K


def _project() -> dict[str, str]:
    return {
        "Dockerfile": "FROM ubuntu:22.04\nCOPY . /data/django/\nWORKDIR /data/django\n"
        "RUN python3 -m pip install --upgrade -r dep/requirements.pip\n"
        'CMD ["daphne", "cc.asgi:application"]\n',
        "pyproject.toml": "\n[tool.black]\nexclude = '.*migrations/.*'\n",
        "manage.py": "import os\nimport sys\n\nif __name__ == '__main__':\n"
        "    os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'cc.settings')\n"
        "    from django.core.management import execute_from_command_line\n"
        "    execute_from_command_line(sys.argv)\n",
        "cc/__init__.py": "",
        "cc/settings.py": "INSTALLED_APPS = [\n    'django.contrib.admin',\n"
        "    'rest_framework',\n    'apps.jury',\n]\n",
        "cc/wsgi.py": "import os\n\nfrom django.core.wsgi import get_wsgi_application\n\n"
        "os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'cc.settings')\n"
        "application = get_wsgi_application()\n",
        "apps/__init__.py": "",
        "apps/jury/__init__.py": "",
        "apps/jury/models.py": "from django.db import models\n\n\n"
        "class Juror(models.Model):\n    name = models.CharField(max_length=80)\n",
        "dep/base-requirements.pip": "Django\ncelery\ndjangorestframework\nPillow\n",
        "dep/requirements.pip": "-r base-requirements.pip\npsycopg2-binary\ngunicorn\n",
        "dep/dev-requirements.pip": "-r base-requirements.pip\nipython\n",
        "dep/test-requirements.pip": "-r requirements.pip\nblack\nisort\n",
    }


def test_the_image_root_takes_the_pip_lists_and_their_base(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _project()))
    assert list(found) == ["."]
    root = found["."]
    assert not root.ambiguous
    assert first(root, K.FRAMEWORK)[0] == "Django"
    assert first(root, K.ORM)[0] == "Django ORM"


def test_a_pip_extension_list_is_read_where_a_txt_one_would_be() -> None:
    assert python.is_manifest("requirements.pip", "dep")
    assert python.is_manifest("dev-requirements.pip", "dep")
    assert python.is_manifest("base.pip", "requirements")
    # Counter-case: a `.pip` file named as no pip list.
    assert not python.is_manifest("notes.pip", "docs")
