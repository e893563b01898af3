"""Python: a service kept as loose code, its packages installed by its image (sets 233, 240, #19).

A Laravel application keeps a small Bottle tokenizer in `tools/` with no manifest: a Compose
service builds an image whose Dockerfile `pip install`s bottle and spacy by name and mounts
`./tools:/app`. Another tree has no manifest at its root, a FastAPI service in `src/api/` and
a batch runner in `src/batch/`. Each folder starting the framework is a service of its own
(`loose_python_services`), with what the image installs by name as its manifest. Counter-cases:
a loose Flask mock in `tools/` that no image runs stays a helper; a test image's server in
`tests/` is none; a manifestless tree whose only code is one app below its root is unchanged."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_COMPOSER = '{\n    "require": {\n        "laravel/framework": "^11.0"\n    }\n}\n'

_LARAVEL = {
    "composer.json": _COMPOSER,
    "artisan": "#!/usr/bin/env php\n<?php\n",
    "bootstrap/app.php": "<?php\n\nuse Illuminate\\Foundation\\Application;\n",
}

_TOKENIZER = (
    "from bottle import route, run\n\n\n@route('/tokenize')\ndef tokenize():\n"
    "    return {}\n\n\nrun(host='0.0.0.0', port=8678)\n"
)

_IMAGE = (
    "FROM ubuntu:22.04\nWORKDIR /app\nRUN pip install -U --no-cache-dir \\\n"
    "        setuptools \\\n#the web server\n        bottle \\\n        spacy\n"
    'CMD ["python3", "/app/tokenizer.py"]\n'
)

_COMPOSE = (
    "services:\n  python:\n    command: python3 /app/tokenizer.py\n    build:\n"
    "      dockerfile: ./docker/PythonDockerfile\n    volumes:\n      - ./tools:/app\n"
)


def test_a_mounted_tool_folder_installed_by_name_is_a_service(tmp_path: Path) -> None:
    files = {
        **_LARAVEL,
        "tools/tokenizer.py": _TOKENIZER,
        "docker/PythonDockerfile": _IMAGE,
        "docker-compose.yml": _COMPOSE,
    }
    found = by_folder(write(tmp_path, files))
    assert first(found["."], K.FRAMEWORK)[0] == "Laravel"
    assert first(found["tools"], K.FRAMEWORK)[0] == "Bottle"


def test_a_copied_folder_takes_the_image_s_packages(tmp_path: Path) -> None:
    files = {
        **_LARAVEL,
        "tools/tokenizer.py": _TOKENIZER,
        "tools/Dockerfile": "FROM python:3.12\nRUN pip install bottle sqlalchemy psycopg2\n"
        "COPY ./tools /app\nCMD [\"python\", \"/app/tokenizer.py\"]\n",
    }
    found = by_folder(write(tmp_path, files))
    assert first(found["tools"], K.FRAMEWORK)[0] == "Bottle"
    assert first(found["tools"], K.ORM)[0] == "SQLAlchemy"


def test_a_tool_no_image_runs_stays_a_helper(tmp_path: Path) -> None:
    # Counter-case: a loose mock server among the tools, nothing builds or mounts it.
    files = {
        **_LARAVEL,
        "tools/mock_idp.py": "from flask import Flask\n\napp = Flask(__name__)\n",
    }
    found = by_folder(write(tmp_path, files))
    assert set(found) == {"."}
    assert first(found["."], K.FRAMEWORK)[0] == "Laravel"


def test_a_test_image_s_server_is_no_service(tmp_path: Path) -> None:
    # Counter-case: a test image installing Flask for a stub the end-to-end tests call.
    files = {
        **_LARAVEL,
        "tests/e2e/stub/server.py": "from flask import Flask\n\napp = Flask(__name__)\n",
        "tests/e2e/Dockerfile": "FROM python:3.12\nRUN pip install flask\n"
        "COPY ./stub /srv\n",
    }
    found = by_folder(write(tmp_path, files))
    assert set(found) == {"."}


def test_a_manifestless_root_gives_its_service_folder(tmp_path: Path) -> None:
    files = {
        "src/api/main.py": "from fastapi import FastAPI\n\napp = FastAPI()\n",
        "src/api/db.py": "import sqlalchemy\n",
        "src/batch/run.py": "import sys\n\nprint(sys.argv)\n",
        "container/api/Dockerfile": "FROM ubuntu:22.04\n"
        "RUN python -m pip install sqlalchemy psycopg2 fastapi[all]\n"
        'ENTRYPOINT ["tail", "-f", "/dev/null"]\n',
    }
    found = by_folder(write(tmp_path, files))
    assert set(found) == {"src/api"}
    assert first(found["src/api"], K.FRAMEWORK)[0] == "FastAPI"


def test_a_manifestless_app_alone_keeps_its_folder(tmp_path: Path) -> None:
    # Counter-case: the tree's only code is the app below its root: nothing to split from.
    files = {"src/app.py": "from flask import Flask\n\napp = Flask(__name__)\n"}
    found = by_folder(write(tmp_path, files))
    assert set(found) == {"."}
    assert first(found["."], K.FRAMEWORK)[0] == "Flask"


def test_a_dev_utility_inside_another_language_s_project_stays_its(tmp_path: Path) -> None:
    # Counter-case (set 102's shape): a Maven module's loose aiohttp test server in
    # `dev_utils/`, no image installing its packages: no service of its own.
    files = {
        "inbox/pom.xml": "<project><modelVersion>4.0.0</modelVersion><artifactId>inbox"
        "</artifactId></project>\n",
        "inbox/src/main/java/Inbox.java": "public class Inbox {}\n",
        "inbox/dev_utils/users.py": "from aiohttp import web\n\napp = web.Application()\n"
        "web.run_app(app)\n",
    }
    found = by_folder(write(tmp_path, files))
    assert "inbox/dev_utils" not in found
