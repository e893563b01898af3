"""Held-out set 162 (#19): a Google Cloud Function written to the Python runtime's contract
(a folder of `main.py` and `requirements.txt`, the platform calling `def detect_browser(request):`
with Flask's request) whose pip list names Flask but not the Functions Framework, the runtime
bringing it. The module also builds a Flask app routing `/` to the function, to try it locally.
It is a cloud function, not a backend (HELDOUT: Lambdas and Azure Functions are not). The same
folder shipped as a server of its own (a Dockerfile, an App Engine app.yaml, gunicorn in its pip
list, a `__main__` start), or a Flask app whose views take no request parameter, stays.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_GO_API = {
    "go.mod": (
        "module example.com/care\n\ngo 1.21\n\nrequire (\n"
        "\tgithub.com/gorilla/mux v1.8.0\n\tgorm.io/gorm v1.25.4\n"
        "\tgorm.io/driver/postgres v1.5.2\n)\n"
    ),
    "server.go": (
        "package main\n\nimport (\n\t\"net/http\"\n\n\t\"github.com/gorilla/mux\"\n)\n\n"
        "func main() {\n\tr := mux.NewRouter()\n\thttp.ListenAndServe(\":8080\", r)\n}\n"
    ),
    "Dockerfile": "FROM golang:1.21\nCOPY . .\nRUN go build -o /server\nCMD [\"/server\"]\n",
}

_FUNCTION = '''"""
Phone browser OS detection: an HTTP function redirecting phones to the app stores.
"""

import flask
from user_agents import parse

app = flask.Flask(__name__)

PLAY_STORE_LINK = "https://play.example.com/app"
APPLE_STORE_LINK = "https://apps.example.com/app"


def detect_browser(request):
    """Redirect to the store of the device's OS."""
    user_agent = parse(request.headers.get("User-Agent"))
    if user_agent.os.family == "iOS":
        return flask.redirect(APPLE_STORE_LINK)
    return flask.redirect(PLAY_STORE_LINK)


@app.route("/")
def index():
    """Flask app entrypoint."""
    return detect_browser(flask.request)
'''

_REQUIREMENTS = "flask==2.3.2\nuser-agents==2.2.0\nrequests==2.31.0\n"


def _tree(root: Path, extra: dict[str, str] | None = None, main: str = _FUNCTION) -> Path:
    return write(
        root,
        {
            **_GO_API,
            "browser_detect/__init__.py": "",
            "browser_detect/main.py": main,
            "browser_detect/requirements.txt": _REQUIREMENTS,
            **(extra or {}),
        },
    )


def test_an_http_cloud_function_is_no_backend(tmp_path: Path) -> None:
    found = by_folder(_tree(tmp_path))
    assert set(found) == {"."}
    assert first(found["."], K.FRAMEWORK)[0] == "gorilla/mux"


@pytest.mark.parametrize(
    "extra",
    [
        {"browser_detect/Dockerfile": "FROM python:3.11\nCMD [\"gunicorn\", \"main:app\"]\n"},
        {"browser_detect/app.yaml": "runtime: python311\n"},
        {"browser_detect/requirements.txt": _REQUIREMENTS + "gunicorn==21.2.0\n"},
        {"browser_detect/pyproject.toml": "[project]\nname = 'detect'\n"
                                          "dependencies = ['flask']\n"},
    ],
    ids=["dockerfile", "app engine", "wsgi server", "pyproject"],
)
def test_the_same_folder_served_as_an_app_stays(tmp_path: Path, extra: dict[str, str]) -> None:
    # Shipped as a container, an App Engine app, under a WSGI server, or packaged as a
    # project: a Flask server of its own.
    found = by_folder(_tree(tmp_path, extra))
    assert first(found["browser_detect"], K.FRAMEWORK)[0] == "Flask"


def test_a_main_start_stays(tmp_path: Path) -> None:
    main = _FUNCTION + '\n\nif __name__ == "__main__":\n    app.run(host="0.0.0.0")\n'
    found = by_folder(_tree(tmp_path, main=main))
    assert first(found["browser_detect"], K.FRAMEWORK)[0] == "Flask"


def test_a_flask_app_whose_views_take_no_request_stays(tmp_path: Path) -> None:
    # Flask views read the request from the context, not a parameter: no function's contract.
    main = (
        "import flask\n\napp = flask.Flask(__name__)\n\n\n"
        "@app.route('/<name>')\ndef hello(name):\n    return flask.jsonify(name=name)\n\n\n"
        "def helper(value):\n    return value\n"
    )
    found = by_folder(_tree(tmp_path, main=main))
    assert first(found["browser_detect"], K.FRAMEWORK)[0] == "Flask"


def test_a_routed_view_taking_request_stays(tmp_path: Path) -> None:
    # A view decorated with a route (over several lines) is the app's, not the platform's.
    main = (
        "import flask\n\napp = flask.Flask(__name__)\n\n\n"
        "@app.route(\n    '/',\n    methods=['GET'],\n)\ndef index(request):\n"
        "    return 'ok'\n"
    )
    found = by_folder(_tree(tmp_path, main=main))
    assert first(found["browser_detect"], K.FRAMEWORK)[0] == "Flask"
