"""Python: a Dash dashboard whose frozen pip list also pins Tornado is no backend (set 179, #19).

The dashboard folder beside the product's Flask API is a Plotly Dash app (`dash.Dash(...)`,
`server = app.server` for gunicorn, pages drawn by `dcc`/`html`, reading the API) whose
`requirements.txt` is a `pip freeze` of its environment: `Flask==2.2.3` (Dash's server) and
`tornado==6.2` (a plotting or notebook package's). Both are servers UI libraries bring, no code
of the folder imports either, so neither is a framework the program is written on: no backend
is made of the dashboard (HELDOUT.md: a dashboard is a UI). A Tornado handler in its code, or a
pinned framework no UI library brings, keeps a framework."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_PINS = (
    "cachelib==0.9.0\nclick==8.1.3\ndash==2.9.1\ndash-auth==2.0.0\n"
    "dash-bootstrap-components==1.4.1\nFlask==2.2.3\nFlask-Caching==2.0.2\n"
    "gunicorn==20.1.0\nmatplotlib==3.7.0\npandas==1.5.3\nplotly==5.13.1\n"
    "python-decouple==3.8\nredis==3.5.3\nrequests==2.28.2\ntornado==6.2\nWerkzeug==2.2.3\n"
)

_SERVER = (
    "import dash\nimport dash_bootstrap_components as dbc\n"
    "from flask_caching import Cache\n\n"
    "app = dash.Dash(__name__, external_stylesheets=[dbc.themes.BOOTSTRAP])\n"
    "server = app.server\ncache = Cache()\n"
    "cache.init_app(app.server, config={'CACHE_TYPE': 'RedisCache'})\n"
)

_APP = (
    "import redis\nimport requests\nfrom dash import dcc, html\n\nfrom server import app\n\n"
    "app.layout = html.Div([dcc.Location(id='url'), dcc.Graph(id='chart')])\n\n\n"
    "def load():\n    return requests.get('https://api.example.org/v1/voyages').json()\n\n\n"
    "def flush():\n    redis.Redis(host='localhost', port=6379).flushall()\n"
)

_DOCKERFILE = (
    "FROM python:3.8-slim-buster\nWORKDIR /app\nADD requirements.txt .\n"
    "RUN pip install --no-cache-dir -r requirements.txt\nCOPY . ./\n"
    "CMD exec gunicorn --bind :$PORT --workers 1 --threads 8 --timeout 0 app:server\n"
)

_API = {
    "api/pyproject.toml": (
        '[tool.poetry]\nname = "api"\nversion = "0.1.0"\n\n'
        '[tool.poetry.dependencies]\npython = "^3.9"\nflask = "^3.0.2"\n'
        'sqlalchemy = "^1.4.34"\npsycopg2 = "^2.9.3"\n'
    ),
    "api/app.py": (
        "from flask import Flask\nfrom sqlalchemy import create_engine\n\n"
        "app = Flask(__name__)\nengine = create_engine('postgresql://localhost/db')\n\n\n"
        "@app.route('/v1/voyages')\ndef voyages():\n    return []\n"
    ),
}


def _tree(extra: dict[str, str] | None = None, pins: str = _PINS) -> dict[str, str]:
    return {
        **_API,
        "dashboard/requirements.txt": pins,
        "dashboard/Dockerfile": _DOCKERFILE,
        "dashboard/server.py": _SERVER,
        "dashboard/app.py": _APP,
        **(extra or {}),
    }


def test_a_dash_dashboard_pinning_flask_and_tornado_is_no_backend(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree()))
    assert sorted(found) == ["api"]
    assert first(found["api"], K.FRAMEWORK)[0] == "Flask"


def test_a_tornado_handler_beside_dash_keeps_a_framework(tmp_path: Path) -> None:
    # Counter-case: the folder's own code imports Tornado: a server of its own.
    handlers = (
        "from tornado.web import RequestHandler\n\n\n"
        "class Health(RequestHandler):\n    def get(self):\n        self.write('ok')\n"
    )
    found = by_folder(write(tmp_path, _tree({"dashboard/handlers.py": handlers})))
    assert "dashboard" in found


def test_a_framework_no_ui_library_brings_stays(tmp_path: Path) -> None:
    # Counter-case: a pinned framework outside what UI libraries bring (Django) is not
    # explained by the dashboard's library.
    found = by_folder(write(tmp_path, _tree(pins=_PINS + "Django==4.1.5\n")))
    assert "dashboard" in found
