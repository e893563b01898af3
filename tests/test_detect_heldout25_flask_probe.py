"""A Flask program on a device whose one route, `/health`, reports the kiosk's state to its
local page, with no data of its own, beside the repository's API (held-out set 67, #19): it
serves operators, not clients, and is no backend. The same program with a route for clients
is one. (A tree holding nothing else falls back to reporting it, as any lone project.)"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write

_APP = """from pathlib import Path
from flask import Flask, jsonify

app = Flask(__name__)

@app.route('/health', methods=['GET'])
def get_health():
    return jsonify({'connected': not Path('/var/network-down').is_file()})
%s"""

_CLIENT_ROUTE = """
@app.route('/videos', methods=['GET'])
def videos():
    return jsonify([])
"""


_API = """from flask import Flask

app = Flask(__name__)

@app.route('/appointments', methods=['GET'])
def appointments():
    return []
"""


def _tree(extra: str) -> dict[str, str]:
    return {
        "api/requirements.txt": "Flask==1.1.4\n",
        "api/wsgi.py": _API,
        "device/files/web-service/requirements.txt": "Flask==1.0.2\n",
        "device/files/web-service/start.sh": "gunicorn --bind unix:web.sock src:app\n",
        "device/files/web-service/src/__init__.py": _APP % extra,
    }


def test_a_flask_program_with_only_a_health_route_and_no_data_is_no_backend(
    tmp_path: Path,
) -> None:
    assert list(by_folder(write(tmp_path, _tree("")))) == ["api"]


def test_a_flask_program_with_a_client_route_stays_a_backend(tmp_path: Path) -> None:
    backends = by_folder(write(tmp_path, _tree(_CLIENT_ROUTE)))
    assert list(backends) == ["api", "device/files/web-service"]
