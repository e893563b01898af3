"""A Flask container handing its application to Flask-Shell2HTTP runs command-line tools for
the product's own backend: with no data of its own it is no backend; with a data layer it
stays one (#19, benchmarks/detect_heldout60.yaml)."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write

_REQUIREMENTS = "Flask-Shell2HTTP-fork==1.9.2\nflask==3.1.0\ngunicorn==23.0.0\n"

_APP = (
    "import secrets\n\nfrom flask import Flask\nfrom flask_executor import Executor\n"
    "from flask_shell2http import Shell2HTTP\n\n"
    "app = Flask(__name__)\napp.config[\"SECRET_KEY\"] = secrets.token_hex(16)\n"
    "executor = Executor(app)\nshell2http = Shell2HTTP(app, executor)\n\n"
    "shell2http.register_command(endpoint=\"onionscan\", command_name=\"./bundled/onionscan\")\n"
)


def _product(**extra: str) -> dict[str, str]:
    return {
        "requirements.txt": "django==5.1.4\npsycopg2==2.9.10\n",
        "manage.py": "from django.core.management import execute_from_command_line\n",
        "integrations/tor_analyzers/requirements.txt": _REQUIREMENTS,
        "integrations/tor_analyzers/app.py": _APP,
        "integrations/tor_analyzers/Dockerfile": "FROM python:3.12-slim\n",
        **extra,
    }


def test_a_shell2http_container_is_no_backend(tmp_path: Path) -> None:
    backends = by_folder(write(tmp_path, _product()))
    assert "integrations/tor_analyzers" not in backends
    assert "." in backends


def test_a_shell2http_app_with_data_of_its_own_stays_a_backend(tmp_path: Path) -> None:
    files = _product()
    files["integrations/tor_analyzers/requirements.txt"] += "flask-sqlalchemy==3.1.1\n"
    files["integrations/tor_analyzers/models.py"] = (
        "from flask_sqlalchemy import SQLAlchemy\n\ndb = SQLAlchemy()\n"
    )
    assert "integrations/tor_analyzers" in by_folder(write(tmp_path, files))
