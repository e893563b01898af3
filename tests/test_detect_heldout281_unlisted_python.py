"""Python services no manifest declares, from sets 281 and 284 (benchmarks/detect_heldout281.yaml,
detect_heldout284.yaml), each as a small fixture of the real files' shape (#19): a Flask sidecar
whose only manifest is its Dockerfile's `pip install`, built from the repository's root by a
production Compose file; a Flask app in `server/` with no manifest at all beside two front ends,
whose models declare SQLAlchemy."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, csproj, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

# --- a sidecar whose Dockerfile is its manifest ---------------------------------------------------

_RENDERER_APP = (
    "from flask import Flask, Response, jsonify, request\nfrom weasyprint import HTML\n\n"
    "app = Flask(__name__)\n\n\n@app.get('/health')\ndef health():\n"
    "    return jsonify(status='ok')\n\n\n@app.post('/render')\ndef render():\n"
    "    return Response(HTML(string=request.json['html']).write_pdf())\n"
)
_RENDERER_DOCKERFILE = (
    "FROM python:3.12-slim\n"
    "# Flask + gunicorn serve the HTTP surface.\n"
    "RUN pip install --no-cache-dir \\\n      weasyprint==69.0 \\\n      Flask==3.1.0 \\\n"
    "      gunicorn==23.0.0\nWORKDIR /app\nCOPY tools/templates /app/generators\n"
    "COPY docker/renderer/app.py /app/app.py\nEXPOSE 3001\n"
    'CMD ["gunicorn", "--bind", "0.0.0.0:3001", "app:app"]\n'
)
_PROD_COMPOSE = (
    "services:\n  renderer:\n    build:\n      context: .\n"
    "      dockerfile: docker/renderer/Dockerfile\n"
    "  api:\n    build:\n      context: .\n      dockerfile: src/Api/Dockerfile\n"
    "    environment:\n      Renderer__Url: http://renderer:3001\n"
)


def _sidecar(compose: str) -> dict[str, str]:
    return {
        "src/Api/Api.csproj": csproj(
            "Microsoft.EntityFrameworkCore.SqlServer", sdk="Microsoft.NET.Sdk.Web"
        ),
        "src/Api/Program.cs": "var builder = WebApplication.CreateBuilder(args);\n",
        "src/Api/Dockerfile": "FROM mcr.microsoft.com/dotnet/aspnet:10.0\n",
        "docker/renderer/Dockerfile": _RENDERER_DOCKERFILE,
        "docker/renderer/app.py": _RENDERER_APP,
        "docker-compose.prod.yml": compose,
        "tools/templates/build.py": "print('built')\n",
    }


def test_a_sidecar_whose_dockerfile_installs_flask_is_a_backend(tmp_path: Path) -> None:
    """The image installs Flask by name and copies the folder's start file; the production
    Compose file builds that Dockerfile: a Flask service, its version the pin."""
    found = by_folder(write(tmp_path, _sidecar(_PROD_COMPOSE)))
    name, version = first(found["docker/renderer"], K.FRAMEWORK)
    assert (name, version.lstrip("=")) == ("Flask", "3.1.0")
    assert first(found["docker/renderer"], K.ORM) == ("", "")


def test_a_sidecar_no_production_compose_builds_stays_a_helper(tmp_path: Path) -> None:
    """The neighbour: only a development Compose file builds it — a helper of the images."""
    files = _sidecar(_PROD_COMPOSE)
    files["docker-compose.yml"] = files.pop("docker-compose.prod.yml")
    found = by_folder(write(tmp_path, files))
    assert "docker/renderer" not in found


# --- a server folder with no manifest beside two front ends ---------------------------------------

_SERVER_APP = (
    "import os\nfrom flask import Flask, jsonify, request\n"
    "from models import Base, User\nfrom sqlalchemy import create_engine\n"
    "from sqlalchemy.orm import sessionmaker\n\napp = Flask(__name__)\n\n"
    "engine = create_engine('postgresql:///leavedb')\n\n\n@app.route('/users')\n"
    "def users():\n    return jsonify([])\n\n\nif __name__ == '__main__':\n"
    "    app.secret_key = 'key'\n    app.debug = True\n    app.run(host='0.0.0.0', port=8080)\n"
)
_SERVER_MODELS = (
    "from sqlalchemy import Column, Integer, String\n"
    "from sqlalchemy.ext.declarative import declarative_base\n\nBase = declarative_base()\n\n\n"
    "class User(Base):\n    __tablename__ = 'user'\n    id = Column(Integer, primary_key=True)\n"
)
_FRONT = '{"name": "front", "dependencies": {"react": "^16.0.0", "react-scripts": "1.0.0"}}\n'


def _server(app: str) -> dict[str, str]:
    return {
        "server/application.py": app,
        "server/models.py": _SERVER_MODELS,
        "server/database.sql": "CREATE TABLE users (id serial);\n",
        "admin/package.json": _FRONT,
        "admin/src/index.tsx": "import React from 'react';\n",
        "user/package.json": _FRONT,
        "user/src/index.tsx": "import React from 'react';\n",
    }


def test_a_manifestless_flask_server_beside_front_ends_is_named_by_its_folder(
    tmp_path: Path,
) -> None:
    """The app is created and served in `server/application.py`: the backend is `server`,
    with the SQLAlchemy its models declare, not the repository's root."""
    found = by_folder(write(tmp_path, _server(_SERVER_APP)))
    assert list(found) == ["server"]
    assert first(found["server"], K.FRAMEWORK)[0] == "Flask"
    assert first(found["server"], K.ORM)[0] == "SQLAlchemy"
    assert first(found["server"], K.DATABASE)[0] == "PostgreSQL"


def test_a_manifestless_flask_module_not_served_as_a_script_keeps_the_root(
    tmp_path: Path,
) -> None:
    """The neighbour: the module only creates the app (something else serves it) — the
    earlier reading stands, the root."""
    app = _SERVER_APP.split("\n\nif __name__")[0] + "\n"
    found = by_folder(write(tmp_path, _server(app)))
    assert "server" not in found
