"""Python: a Dash dashboard making the Flask app only to hand it to Dash is no Flask backend
(set 173, #19).

An analytics dashboard beside a product's services builds `server = flask.Flask(__name__)`, sets
its secret key and session store, and hands it to `Dash(__name__, server=server)`; its pages are
Dash layouts and callbacks over a MongoDB another program fills. Flask is started in code, but
it serves only the library's pages: a UI (`ui_app_servers`). A route the program declares on the
Flask app itself keeps it a Flask backend."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import package_json, write

from designer.model.stack import FindingKind as K

_PYPROJECT = (
    '[tool.poetry]\nname = "analytics-tool"\nversion = "0.1.0"\npackages = [{include = "api"}]\n\n'
    '[tool.poetry.dependencies]\npython = "^3.10"\nplotly = "^5.13.1"\npandas = "^1.5.3"\n'
    'dash = "^2.8.1"\ngunicorn = "^20.1.0"\npymongo = "^4.3.3"\nflask_session = "^0.5.0"\n'
    'requests = "^2.31.0"\n'
)

_RUN = (
    "import os\nfrom dash import Dash, dcc, html\nfrom dash.dependencies import Input, Output\n"
    "from flask_session import Session\nimport flask\n\n"
    "from api.connect.data_service import get_data\n\n"
    "server = flask.Flask(__name__)\n"
    "app = Dash(__name__, suppress_callback_exceptions=True, server=server,\n"
    "           url_base_pathname=os.getenv('URL_BASE_PATH'))\n"
    "app.server.secret_key = os.getenv('SERVER_SESSION_SECRET')\nSession(app)\n\n"
    "app.layout = html.Div([dcc.Location(id='url'), html.Div(id='container')])\n\n\n"
    "@app.callback(Output('container', 'children'), Input('url', 'pathname'))\n"
    "def page(pathname):\n    return html.Div(str(len(get_data({}))))\n\n\n"
    "if __name__ == '__main__':\n    server.run(host='0.0.0.0', port='8050')\n"
)

_DATA = (
    "import os\nfrom pymongo import MongoClient\n\n\n"
    "def get_data(query):\n    client = MongoClient(os.getenv('MONGODB_URL'))\n"
    "    return list(client.get_default_database()['queries'].find(query))\n"
)


_LOCK = "".join(
    f'[[package]]\nname = "{name}"\nversion = "{version}"\noptional = false\n'
    'python-versions = ">=3.8"\n\n'
    for name, version in (("dash", "2.9.3"), ("flask", "2.3.2"), ("pymongo", "4.3.3"))
)
"""The poetry.lock resolving Flask as Dash's requirement."""


def _dashboard(run: str = _RUN) -> dict[str, str]:
    return {
        "modules/analytics/pyproject.toml": _PYPROJECT,
        "modules/analytics/poetry.lock": _LOCK,
        "modules/analytics/Dockerfile": "FROM python:3.10\nCOPY . .\nEXPOSE 8050\n"
        'CMD ["gunicorn", "-b", "0.0.0.0:8050", "api.run_eat:server"]\n',
        "modules/analytics/api/__init__.py": "",
        "modules/analytics/api/run_eat.py": run,
        "modules/analytics/api/connect/__init__.py": "",
        "modules/analytics/api/connect/data_service.py": _DATA,
        # The product's API, beside the dashboard.
        "modules/core/api/package.json": package_json({"express": "^4.19.2", "mongodb": "^6.8.0"}),
        "modules/core/api/src/index.js": "const express = require('express');\n"
        "const app = express();\napp.get('/api/tasks', (req, res) => res.json([]));\n"
        "app.listen(3000);\n",
    }


def test_a_flask_app_only_handed_to_dash_makes_no_backend(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _dashboard()))
    assert "modules/analytics" not in found
    assert first(found["modules/core/api"], K.FRAMEWORK)[0] == "Express"


def test_a_route_of_its_own_on_the_flask_app_keeps_the_backend(tmp_path: Path) -> None:
    # Counter-case: the program serves an endpoint of its own beside the dashboard.
    run = _RUN.replace(
        "\n\nif __name__",
        "\n\n@server.route('/api/export')\ndef export():\n    return get_data({})\n\n\nif __name__",
    )
    found = by_folder(write(tmp_path, _dashboard(run)))
    assert first(found["modules/analytics"], K.FRAMEWORK)[0] == "Flask"


def test_a_lone_dashboard_is_no_guessed_backend(tmp_path: Path) -> None:
    # Alone in its repository, the dashboard's MongoDB and Gunicorn are no sign of a framework
    # gone unrecognised: it is a UI.
    files = {k: v for k, v in _dashboard().items() if k.startswith("modules/analytics/")}
    assert by_folder(write(tmp_path, files)) == {}
