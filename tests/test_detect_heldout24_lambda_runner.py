"""A Lambda job's folder whose Flask `server.py` only hands a request's body to the Lambda's
handler for local development (held-out set 57, #19): no backend."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write

_MAIN = (
    "import boto3\n\n\ndef transform(bucket):\n    return bucket\n\n\n"
    "def handler(event: dict, context: dict):\n    return transform(event['INPUT_S3_BUCKET'])\n"
)

_SERVER = (
    "from flask import Flask, request, jsonify\nfrom main import handler\n\n"
    "app = Flask(__name__)\n\n\n@app.route('/health', methods=['GET'])\ndef health():\n"
    "    return jsonify({'status': 'healthy'})\n\n\n"
    "@app.route('/transform', methods=['POST'])\ndef transform():\n"
    "    handler(request.get_json(), {})\n    return jsonify({'ok': True})\n\n\n"
    "if __name__ == '__main__':\n    app.run(port=8001)\n"
)


def test_flask_runner_of_a_lambda_handler_is_no_backend(tmp_path: Path) -> None:
    root = write(
        tmp_path,
        {
            "job/requirements.txt": "boto3==1.34.0\nFlask==3.0.0\n",
            "job/main.py": _MAIN,
            "job/server.py": _SERVER,
            "job/Dockerfile": 'FROM python:3.13-slim\nCOPY . /app\nCMD ["python", "main.py"]\n',
            # The product's API beside it (with none, the one candidate is reported anyway).
            "api/package.json": '{"dependencies": {"express": "^4.19.2"}}\n',
            "api/src/index.js": "const express = require('express')\nexpress().listen(8080)\n",
        },
    )
    found = by_folder(root)
    assert "job" not in found
    assert "api" in found


def test_flask_api_with_its_own_routes_stays(tmp_path: Path) -> None:
    # No Lambda handler imported: the app's routes are its own.
    server = _SERVER.replace("from main import handler\n", "").replace(
        "    handler(request.get_json(), {})\n", ""
    )
    root = write(
        tmp_path,
        {
            "job/requirements.txt": "Flask==3.0.0\n",
            "job/server.py": server,
            "job/Dockerfile": 'FROM python:3.13-slim\nCOPY . /app\nCMD ["python", "server.py"]\n',
        },
    )
    assert "job" in by_folder(root)
