"""Google Cloud Functions, as set 102 showed them (benchmarks/detect_heldout102.yaml, #19): a
folder of `functions-python/` whose requirements need Google's Functions Framework at run
time is deployed as a function, as an AWS Lambda or an Azure Functions app is, even where its
HTTP handler forwards each request to a FastAPI app it builds (a back-office API) or reads
Flask's request type: no backend. The API beside it, which runs its FastAPI app itself, stays
one; so does an app that only tries the framework in its development requirements."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import package_json, write

from designer.model.stack import FindingKind as K

_API = {
    "api/requirements.txt": (
        "fastapi==0.111.0\nuvicorn\nSQLAlchemy==2.0.23\npsycopg2-binary==2.9.6\n"
    ),
    "api/requirements_dev.txt": "pytest>=3.2.3\n",
    "api/src/main.py": "from fastapi import FastAPI\n\napp = FastAPI(title='feeds')\n",
}

_WRAPPER = (
    "from flask import Request, Response\nfrom fastapi import FastAPI\n"
    "import functions_framework\nimport asyncio\n\napp = FastAPI(title='operations')\n\n\n"
    "@functions_framework.http\ndef main(request: Request):\n"
    "    loop = asyncio.new_event_loop()\n    return Response(status=200)\n"
)

_FUNCTION = {
    "functions-python/operations_api/requirements.txt": (
        "fastapi==0.115.2\nstarlette==0.40.0\nuvicorn\n\n# Additional packages\n"
        "google-cloud-logging==3.10.0\nfunctions-framework==3.*\nSQLAlchemy==2.0.23\n"
        "psycopg2-binary==2.9.6\n"
    ),
    "functions-python/operations_api/requirements_dev.txt": "pytest~=7.4.3\n",
    "functions-python/operations_api/function_config.json": (
        '{"name": "operations-api", "entry_point": "main", "trigger_http": true}\n'
    ),
    "functions-python/operations_api/src/main.py": _WRAPPER,
}

_BUILDER = {
    "functions-python/tiles_builder/requirements.txt": (
        "functions-framework==3.*\npsycopg2-binary==2.9.6\nfastapi\nuvicorn[standard]\n"
        "SQLAlchemy==2.0.23\nflask\ngoogle-cloud-storage\n"
    ),
    "functions-python/tiles_builder/src/main.py": (
        "import flask\nimport functions_framework\n\n\n@functions_framework.http\n"
        "def build_handler(request: flask.Request):\n    return {'ok': True}, 200\n\n\n"
        "def main():\n    with flask.Flask(__name__).test_request_context(json={}):\n"
        "        print(build_handler(flask.request))\n"
    ),
}


def test_cloud_functions_are_no_backends_beside_the_api(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, {**_API, **_FUNCTION, **_BUILDER}))
    assert set(found) == {"api"}
    assert first(found["api"], K.FRAMEWORK) == ("FastAPI", "==0.111.0")


def test_a_node_function_on_the_framework_is_no_backend(tmp_path: Path) -> None:
    node = {
        "functions/package.json": package_json(
            {"@google-cloud/functions-framework": "^3.4.0", "express": "^4.19.2", "pg": "^8.11.0"}
        ),
        "functions/index.js": (
            "const functions = require('@google-cloud/functions-framework');\n"
            "const express = require('express');\nconst app = express();\n"
            "app.get('/feeds', (req, res) => res.json([]));\nfunctions.http('api', app);\n"
        ),
    }
    assert set(by_folder(write(tmp_path, {**_API, **node}))) == {"api"}


def test_the_framework_for_development_only_leaves_the_app_a_backend(tmp_path: Path) -> None:
    # Counter-case: the same FastAPI app, the Functions Framework only among its development
    # requirements, runs its own server.
    files = {
        "requirements.txt": "fastapi==0.115.2\nuvicorn\nSQLAlchemy==2.0.23\npsycopg2-binary\n",
        "requirements_dev.txt": "pytest\nfunctions-framework==3.*\n",
        "src/main.py": "from fastapi import FastAPI\n\napp = FastAPI(title='operations')\n",
    }
    found = by_folder(write(tmp_path, files))
    assert first(found["."], K.FRAMEWORK) == ("FastAPI", "==0.115.2")
