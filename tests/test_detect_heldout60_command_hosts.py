"""A Flask container handing its application to Flask-Shell2HTTP runs command-line tools for
the product's own backend, which calls its routes over HTTP: an analysis service with no data
of its own, counted as a backend since session 34 settled what a backend is (HELDOUT.md: "a
computation … analysis … that another service of the product calls"), with or without a data
layer (#19, benchmarks/detect_heldout60.yaml). An earlier rule set such containers aside as
tools; it is gone."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind

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


def test_a_deployed_shell2http_container_is_a_backend(tmp_path: Path) -> None:
    backends = by_folder(write(tmp_path, _product()))
    assert "integrations/tor_analyzers" in backends
    assert first(backends["integrations/tor_analyzers"], FindingKind.FRAMEWORK)[0] == "Flask"


def test_a_shell2http_app_with_data_of_its_own_stays_a_backend(tmp_path: Path) -> None:
    files = _product()
    files["integrations/tor_analyzers/requirements.txt"] += "flask-sqlalchemy==3.1.1\n"
    files["integrations/tor_analyzers/models.py"] = (
        "from flask_sqlalchemy import SQLAlchemy\n\ndb = SQLAlchemy()\n"
    )
    assert "integrations/tor_analyzers" in by_folder(write(tmp_path, files))


_HEALTH = (
    '\n\n@app.route("/health", methods=["GET"])\ndef health_check():\n    return {"ok": True}\n'
)


def test_a_shell2http_command_beside_a_health_route_is_an_endpoint(tmp_path: Path) -> None:
    # The command's endpoint is a route other services call, not only the operators' probe.
    files = _product()
    files["integrations/tor_analyzers/app.py"] = _APP + _HEALTH
    assert "integrations/tor_analyzers" in by_folder(write(tmp_path, files))


def test_a_flask_app_with_only_a_health_route_stays_no_backend(tmp_path: Path) -> None:
    files = _product()
    files["integrations/tor_analyzers/app.py"] = (
        "from flask import Flask\n\napp = Flask(__name__)\n" + _HEALTH
    )
    assert "integrations/tor_analyzers" not in by_folder(write(tmp_path, files))


def _packaged(dockerfile: bool) -> dict[str, str]:
    # The product's root holds a pyproject.toml (tool settings) and its integrations are
    # importable packages (`__init__.py`) for the product's tests.
    files = _product(
        **{
            "pyproject.toml": "[tool.black]\nline-length = 100\n",
            "integrations/__init__.py": "",
            "integrations/tor_analyzers/__init__.py": "",
        }
    )
    if not dockerfile:
        del files["integrations/tor_analyzers/Dockerfile"]
    return files


def test_a_package_building_its_own_image_is_a_project_of_its_own(tmp_path: Path) -> None:
    backends = by_folder(write(tmp_path, _packaged(dockerfile=True)))
    assert "integrations/tor_analyzers" in backends


def test_a_package_without_an_image_lends_its_list_to_the_packager(tmp_path: Path) -> None:
    # No image of its own: the list inside the package is the packaging project's.
    backends = by_folder(write(tmp_path, _packaged(dockerfile=False)))
    assert "integrations/tor_analyzers" not in backends
