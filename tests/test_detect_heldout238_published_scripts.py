"""A server in a scripts folder whose image CI publishes is a service (set 238, #19).

Beside a TypeScript API, a repository keeps a FastAPI parser service in
`scripts/python/parser/` (its pinned pip list, `app/main.py`, a Dockerfile); a GitHub Actions
workflow builds its image from that folder (`working-directory`, `docker build .`) and pushes
it, and the deployment's Compose file runs the pushed image. A server among the scripts is a
developer's helper (`nonservices.is_script`) unless CI publishes its image
(`published_images`). Counter-cases: a workflow that only builds the image (a CI check), and
one pushing another folder's image, leave the scripts' server a helper."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_PARSER = "scripts/python/parser"

_WORKFLOW = (
    "name: Build the parser service image\non:\n  push:\n    branches: [main]\n"
    "jobs:\n  build:\n    runs-on: ubuntu-latest\n    defaults:\n      run:\n"
    "        working-directory: '{folder}'\n    steps:\n    - uses: actions/checkout@v4\n"
    "    - run: docker build . --file Dockerfile --tag parser\n"
    "{push}"
)
_PUSH = "    - run: |\n        docker tag parser ghcr.io/acme/parser:latest\n" \
    "        docker push ghcr.io/acme/parser:latest\n"


def _tree(workflow: str) -> dict[str, str]:
    return {
        "api/package.json": '{\n  "dependencies": {\n    "express": "^4.17.1"\n  }\n}\n',
        "api/src/index.js": "const express = require('express')\nconst app = express()\n"
        "app.listen(3000)\n",
        "api/Dockerfile": "FROM node:20\nCOPY . /app\nCMD [\"node\", \"src/index.js\"]\n",
        f"{_PARSER}/requirements.txt": "fastapi==0.63.0\nuvicorn==0.13.3\n",
        f"{_PARSER}/app/main.py": "from fastapi import FastAPI\n\napp = FastAPI()\n",
        f"{_PARSER}/Dockerfile": "FROM python:3.8\nWORKDIR /opt/app\nCOPY ./requirements.txt ./\n"
        "RUN pip install -r requirements.txt\nCOPY ./app/ /opt/app/\n",
        ".github/workflows/parser.yml": workflow,
    }


def test_a_published_scripts_server_is_a_service(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree(_WORKFLOW.format(folder=_PARSER, push=_PUSH))))
    assert first(found["api"], K.FRAMEWORK)[0] == "Express"
    assert first(found[_PARSER], K.FRAMEWORK)[0] == "FastAPI"


def test_an_image_only_built_leaves_a_helper(tmp_path: Path) -> None:
    # Counter-case: CI builds the image to check it, pushes nothing.
    found = by_folder(write(tmp_path, _tree(_WORKFLOW.format(folder=_PARSER, push=""))))
    assert set(found) == {"api"}


def test_another_folder_s_push_leaves_a_helper(tmp_path: Path) -> None:
    # Counter-case: the workflow publishes the API's image, not the script's.
    found = by_folder(write(tmp_path, _tree(_WORKFLOW.format(folder="api", push=_PUSH))))
    assert set(found) == {"api"}
