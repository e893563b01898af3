"""Python: a Flask project whose every route is an empty view carrying its API document is a
documentation tool, not a backend (set 256, #19).

A Go server keeps its API's Swagger source in a folder of its own: a small Flask app declares
each route of the real API again, each view returning `''` under a docstring naming the route's
YAML description, for flask-swagger to walk and write the document out (a script a developer
runs). No route does anything: the project is no backend (`spec_stubs`). One view doing real
work, or a project with a data layer, stays a backend."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write

_SETUP = (
    "import setuptools\n\nsetuptools.setup(\n    name='apidoc',\n    version='0.0.1',\n"
    "    install_requires=['pyyaml==6.0.1', 'Flask==3.0.3'],\n)\n"
)

_GO_MOD = "module example.org/acme/web\n\ngo 1.22\n\nrequire github.com/gin-gonic/gin v1.10.0\n"

_GO_MAIN = (
    "package main\n\nimport \"github.com/gin-gonic/gin\"\n\n"
    "func main() {\n\tr := gin.Default()\n\tr.GET(\"/api/boards\", nil)\n\tr.Run()\n}\n"
)


def _view(name: str, path: str, body: str = "    return ''\n") -> str:
    return (
        f"\n\n@app.route(_with_prefix('{path}'))\ndef _{name}():\n"
        f'    """\n    swagger_from_file: apidoc/{name}.yaml\n\n    """\n{body}'
    )


def _apidoc(last_body: str = "    return ''\n") -> str:
    return (
        "import yaml\nfrom flask import Flask\n\napp = Flask(__name__.split('.')[0])\n\n"
        "def _with_prefix(path):\n    return '/api' + path\n"
        + _view("load_boards", "/boards")
        + _view("get_board", "/board/<bid>")
        + _view("load_articles", "/board/<bid>/articles")
        + _view("get_version", "/version", last_body)
    )


def _tree(last_body: str = "    return ''\n") -> dict[str, str]:
    return {
        "go.mod": _GO_MOD,
        "main.go": _GO_MAIN,
        "apidoc/setup.py": _SETUP,
        "apidoc/apidoc.py": _apidoc(last_body),
        "apidoc/get_version.yaml": "responses:\n  200:\n    description: the version\n",
    }


def test_a_flask_app_of_documented_empty_views_is_no_backend(tmp_path: Path) -> None:
    assert sorted(by_folder(write(tmp_path, _tree()))) == ["."]


def test_a_view_doing_work_keeps_the_backend(tmp_path: Path) -> None:
    # Counter-case: one route answers with data of its own.
    body = "    return {'version': '1.2.0'}\n"
    assert "apidoc" in by_folder(write(tmp_path, _tree(body)))


def test_empty_views_over_a_data_layer_stay(tmp_path: Path) -> None:
    # Counter-case: a project with a data layer is more than its API's document.
    files = _tree()
    files["apidoc/setup.py"] = _SETUP.replace("'Flask==3.0.3'", "'Flask==3.0.3', 'SQLAlchemy'")
    files["apidoc/models.py"] = (
        "from sqlalchemy import create_engine\n\nengine = create_engine('sqlite:///a.db')\n"
    )
    assert "apidoc" in by_folder(write(tmp_path, files))
