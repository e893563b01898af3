"""Held-out set 162 (#19): Streamlit dashboards whose frozen pip list pins Tornado, the server
Streamlit runs on. The dashboard (`streamlit run index.py`, `import streamlit as st`, reading a
PostgreSQL database with psycopg2) is a UI with no HTTP API of its own: the Tornado pin is its
UI library's, not a framework the program is written on, so no backend is made of it. A
Tornado application the same folder starts (`tornado.web.Application(...)`), or code importing
Tornado itself, keeps the framework; so does a Dash app adding Flask routes of its own.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_PINS = "".join(
    f"{name}=={version}\n"
    for name, version in (
        ("altair", "5.3.0"), ("attrs", "23.2.0"), ("blinker", "1.7.0"),
        ("cachetools", "5.3.3"), ("certifi", "2024.2.2"), ("charset-normalizer", "3.3.2"),
        ("click", "8.1.7"), ("gitpython", "3.1.43"), ("idna", "3.7"), ("jinja2", "3.1.3"),
        ("numpy", "1.26.4"), ("packaging", "24.0"), ("pandas", "2.2.2"), ("pillow", "10.3.0"),
        ("plotly", "5.21.0"), ("protobuf", "4.25.3"), ("psycopg2-binary", "2.9.9"),
        ("pyarrow", "16.0.0"), ("pydeck", "0.9.0"), ("python-dotenv", "1.0.1"),
        ("requests", "2.31.0"), ("rich", "13.7.1"), ("streamlit", "1.34.0"),
        ("streamlit-echarts", "0.4.0"), ("tenacity", "8.2.3"), ("toml", "0.10.2"),
        ("tornado", "6.4"), ("urllib3", "2.2.1"), ("watchdog", "4.0.0"),
    )
)

_DOCKERFILE = (
    "FROM python:3.9-slim\nWORKDIR /app\nCOPY . /app\n"
    "RUN pip install --no-cache-dir -r requirements.txt\nEXPOSE 8503\n"
    "ENV STREAMLIT_SERVER_PORT=8503\n"
    'CMD ["sh", "-c", "streamlit run --server.port=$STREAMLIT_SERVER_PORT index.py"]\n'
)

_DASHBOARD = (
    "import psycopg2\nimport streamlit as st\nimport pandas as pd\n"
    "import plotly.express as px\nfrom dotenv import load_dotenv\nimport os\n\n"
    "load_dotenv()\n\n"
    'st.set_page_config(layout="wide", page_title="Registry Dashboard")\n\n\n'
    "def connect_to_database():\n"
    '    return psycopg2.connect(dbname=os.getenv("DB_NAME"), host=os.getenv("DB_HOST"))\n\n\n'
    "conn = connect_to_database()\n"
    'df = pd.read_sql("SELECT district, count(*) FROM farmers GROUP BY district", conn)\n'
    "st.plotly_chart(px.bar(df, x='district', y='count'))\n"
)

_DJANGO_API = {
    "requirements.txt": "Django==4.1.5\ndjangorestframework==3.13.1\npsycopg2-binary==2.9.9\n",
    "manage.py": (
        "import os\n\nos.environ.setdefault('DJANGO_SETTINGS_MODULE', 'core.settings')\n"
    ),
    "core/wsgi.py": "from django.core.wsgi import get_wsgi_application\n"
                    "application = get_wsgi_application()\n",
    "core/settings.py": (
        "INSTALLED_APPS = ['rest_framework']\n"
        "DATABASES = {'default': {'ENGINE': 'django.db.backends.postgresql'}}\n"
    ),
}


_DASH_PINS = (
    _PINS.replace("streamlit==1.34.0\n", "dash==2.16.1\nflask==3.0.3\n")
    .replace("tornado==6.4\n", "werkzeug==3.0.2\n")
)


def _tree(root: Path, dashboard: dict[str, str]) -> Path:
    return write(
        root,
        {
            **_DJANGO_API,
            "dashboards/registry/requirements.txt": _PINS,
            "dashboards/registry/Dockerfile": _DOCKERFILE,
            **{f"dashboards/registry/{p}": text for p, text in dashboard.items()},
        },
    )


def test_a_streamlit_dashboard_pinning_tornado_is_no_backend(tmp_path: Path) -> None:
    found = by_folder(
        _tree(tmp_path, {"index.py": _DASHBOARD, "pages/1_Leaderboard.py": _DASHBOARD})
    )
    assert set(found) == {"."}
    assert first(found["."], K.FRAMEWORK)[0] == "Django"


def test_a_tornado_app_beside_streamlit_stays(tmp_path: Path) -> None:
    # The same pins, but the folder's own code starts a Tornado application: a server of its
    # own, not only the UI library's.
    server = (
        "import tornado.ioloop\nimport tornado.web\nimport streamlit as st\n\n\n"
        "class Farmers(tornado.web.RequestHandler):\n"
        "    def get(self):\n        self.write({'farmers': []})\n\n\n"
        "app = tornado.web.Application([(r'/farmers', Farmers)])\n"
        "app.listen(8888)\ntornado.ioloop.IOLoop.current().start()\n"
    )
    found = by_folder(_tree(tmp_path, {"index.py": _DASHBOARD, "server.py": server}))
    assert first(found["dashboards/registry"], K.FRAMEWORK)[0] == "Tornado"


def test_code_importing_tornado_keeps_it(tmp_path: Path) -> None:
    # A handler module importing Tornado itself: the framework is the program's, whichever
    # way it builds its application.
    handlers = (
        "from tornado.web import Application, RequestHandler\n\n\n"
        "class Health(RequestHandler):\n    def get(self):\n        self.write('ok')\n"
    )
    found = by_folder(_tree(tmp_path, {"index.py": _DASHBOARD, "handlers.py": handlers}))
    assert first(found["dashboards/registry"], K.FRAMEWORK)[0] == "Tornado"


def test_a_tornado_pin_without_streamlit_code_stays(tmp_path: Path) -> None:
    # No code imports the UI library: nothing says the pin is Streamlit's.
    script = "import psycopg2\n\nconn = psycopg2.connect('')\n"
    found = by_folder(_tree(tmp_path, {"index.py": script}))
    assert first(found["dashboards/registry"], K.FRAMEWORK)[0] == "Tornado"


def test_a_dash_app_routing_flask_itself_stays(tmp_path: Path) -> None:
    # A Dash app whose code imports Flask to add routes of its own serves HTTP of its own.
    pins = _DASH_PINS
    app = (
        "import dash\nfrom flask import jsonify\n\n"
        "app = dash.Dash(__name__)\nserver = app.server\n\n\n"
        "@server.route('/api/farmers')\ndef farmers():\n    return jsonify([])\n"
    )
    root = write(
        tmp_path,
        {**_DJANGO_API, "dash/requirements.txt": pins, "dash/Dockerfile": _DOCKERFILE,
         "dash/app.py": app},
    )
    assert first(by_folder(root)["dash"], K.FRAMEWORK)[0] == "Flask"


def test_a_dash_dashboard_is_no_backend(tmp_path: Path) -> None:
    pins = _DASH_PINS
    app = (
        "import dash\nfrom dash import dcc, html\n\n"
        "app = dash.Dash(__name__)\napp.layout = html.Div([dcc.Graph(id='g')])\n"
    )
    root = write(
        tmp_path,
        {**_DJANGO_API, "dash/requirements.txt": pins, "dash/Dockerfile": _DOCKERFILE,
         "dash/app.py": app},
    )
    assert set(by_folder(root)) == {"."}
