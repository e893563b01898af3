"""A Django application at the top of its folder with no manifest beside it, whose Dockerfile
installs the pinned pip list kept among its deployment files (`pip install -r
/app/deploy/requirements.txt`): that list is the application's (#19,
benchmarks/detect_heldout61.yaml)."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_DOCKERFILE = (
    "FROM python:3.12-alpine\nENV OJ_ENV production\nWORKDIR /app\n\n"
    "COPY ./deploy/requirements.txt /app/deploy/\n"
    "RUN <<EOS\nset -ex\napk add gcc libpq-dev\n"
    "pip install -r /app/deploy/requirements.txt\nEOS\n\n"
    "COPY ./ /app/\nENTRYPOINT [ \"/app/deploy/entrypoint.sh\" ]\n"
)


def _tree(dockerfile: str) -> dict[str, str]:
    return {
        "Dockerfile": dockerfile,
        "manage.py": (
            "import os\n\nos.environ.setdefault(\"DJANGO_SETTINGS_MODULE\", \"oj.settings\")\n"
            "from django.core.management import execute_from_command_line\n"
        ),
        "oj/wsgi.py": "from django.core.wsgi import get_wsgi_application\n",
        "oj/settings.py": (
            "DATABASES = {'default': {'ENGINE': 'django.db.backends.postgresql_psycopg2'}}\n"
        ),
        "deploy/requirements.txt": "Django==3.2.25\ndjangorestframework==3.14.0\npsycopg2==2.9.9\n",
        "deploy/health_check.py": "import requests\n",
        "deploy/entrypoint.sh": "exec supervisord\n",
    }


def test_the_list_the_image_installs_is_the_applications(tmp_path: Path) -> None:
    backends = by_folder(write(tmp_path, _tree(_DOCKERFILE)))
    assert set(backends) == {"."}
    assert first(backends["."], K.FRAMEWORK) == ("Django", "==3.2.25")
    assert first(backends["."], K.ORM)[0] == "Django ORM"


def test_a_list_the_image_does_not_install_stays_aside(tmp_path: Path) -> None:
    dockerfile = _DOCKERFILE.replace("pip install -r /app/deploy/requirements.txt\n", "")
    backends = by_folder(write(tmp_path, _tree(dockerfile)))
    assert first(backends["."], K.FRAMEWORK) == ("Django", "")
