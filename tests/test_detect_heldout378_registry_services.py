"""Gaps the 378th held-out set showed in a repository of small Python services (benchmarks/
detect_heldout378.yaml), as small fixtures of the real files' shape (#19): two FastAPI
services whose tests live in a shared folder beside them, run by a CI job measuring each
service's code; an RBAC service sending raw SQL through pymssql; and a Flask ingress handing
out the UI's build and forwarding every other path to the product's services."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_MAIN = (
    "from fastapi import FastAPI\n\napp = FastAPI()\n\n\n"
    "@app.get('/projects')\ndef p():\n    return []\n"
)

_WORKFLOW = (
    "name: test\non: [push]\njobs:\n  registry:\n    runs-on: ubuntu-latest\n    steps:\n"
    "      - run: |\n"
    "          pip install pytest pytest-cov\n"
    "          pytest --cov-report term-missing --cov=registry/sql-registry/registry "
    "registry/test/test_sql_registry.py\n"
)


def _registries(workflow: str = _WORKFLOW) -> dict[str, str]:
    return {
        ".github/workflows/test.yml": workflow,
        "registry/sql-registry/requirements.txt": "fastapi==0.88.0\nuvicorn==0.20.0\n",
        "registry/sql-registry/main.py": _MAIN,
        "registry/sql-registry/registry/__init__.py": "",
        "registry/purview-registry/requirements.txt": "fastapi==0.88.0\nuvicorn==0.20.0\n",
        "registry/purview-registry/main.py": _MAIN,
        "registry/test/test_sql_registry.py": "def test_one():\n    assert True\n",
    }


def test_a_ci_run_measuring_a_service_names_its_pytest(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _registries()))
    assert first(found["registry/sql-registry"], K.TEST)[0] == "pytest"
    assert first(found["registry/purview-registry"], K.TEST)[0] == ""


def test_a_run_measuring_the_whole_repository_names_no_service(tmp_path: Path) -> None:
    workflow = _WORKFLOW.replace("--cov=registry/sql-registry/registry", "--cov=.")
    found = by_folder(write(tmp_path, _registries(workflow)))
    assert first(found["registry/sql-registry"], K.TEST)[0] == ""


def test_pymssql_alone_is_the_data_layer(tmp_path: Path) -> None:
    files = {
        "access_control/requirements.txt": "pymssql\nfastapi\nuvicorn\n",
        "access_control/main.py": _MAIN,
        "access_control/rbac/database.py": (
            "import pymssql\n\n\nclass Connection:\n    def __init__(self, params):\n"
            "        self.conn = pymssql.connect(**params)\n"
        ),
    }
    found = by_folder(write(tmp_path, files))["access_control"]
    assert first(found, K.DATABASE)[0] == "SQL Server"
    assert first(found, K.QUERY)[0] == "pymssql"


_INGRESS = (
    "import requests\nfrom flask import Flask, request\n\n\nclass Ingress:\n"
    "    def __init__(self):\n"
    "        self.app = Flask(__name__, static_folder='../frontend/dist/static')\n\n"
    "    def route(self, path):\n"
    "        return requests.request(method=request.method, url='http://api:8080/' + path)\n\n\n"
    "ingress = Ingress()\n\n\n"
    "@ingress.app.route('/', defaults={'path': ''})\n@ingress.app.route('/<path:path>')\n"
    "def all_paths_proxy(path):\n    return ingress.route(path)\n\n\n"
    "ingress.app.run(host='0.0.0.0', port=8085)\n"
)


def _ingress(text: str = _INGRESS) -> dict[str, str]:
    return {
        "dispatcher/requirements.txt": "Flask==2.2.5\nrequests\n",
        "dispatcher/dispatch.py": text,
        "dispatcher/Dockerfile": "FROM python:3.11\nADD . /app/\nCMD python dispatch.py\n",
    }


def test_an_ingress_forwarding_every_path_is_the_uis(tmp_path: Path) -> None:
    assert "dispatcher" not in by_folder(write(tmp_path, _ingress()))


def test_a_route_of_its_own_keeps_the_server(tmp_path: Path) -> None:
    text = _INGRESS + (
        "\n\n@ingress.app.route('/api/convert', methods=['POST'])\ndef c():\n    return ''\n"
    )
    assert "dispatcher" in by_folder(write(tmp_path, _ingress(text)))
