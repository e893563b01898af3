"""Held-out set 126 (#19): a pipelines platform's visualization server beside its Go API: a
Tornado application (requirements.txt: tornado, nbconvert, nbformat, jupyter_client) whose one
handler takes a visualization's arguments, builds a notebook from them, runs it and answers
with the HTML nbconvert's `HTMLExporter` renders (exporter.py). No data of its own.

It renders UI for another application's pages, as a server rendering UI components does: no
backend. Counter-cases: the same Tornado server answering JSON without nbconvert, and one
keeping data of its own (SQLAlchemy on PostgreSQL) beside the exporter, stay backends.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write

_SERVER = """import argparse
import importlib
import json

from nbformat.v4 import new_notebook, new_code_cell
import tornado.ioloop
import tornado.web

exporter = importlib.import_module("exporter")


class VisualizationHandler(tornado.web.RequestHandler):
    def get(self):
        self.write("alive")

    def post(self):
        nb = new_notebook()
        nb.cells.append(new_code_cell(self.get_body_argument("source")))
        self.write(exporter.generate_html_from_notebook(nb))


if __name__ == "__main__":
    application = tornado.web.Application([
        (r"/", VisualizationHandler),
    ])
    application.listen(8888)
    tornado.ioloop.IOLoop.current().start()
"""

_EXPORTER = """from jupyter_client import KernelManager
from nbconvert import HTMLExporter
from nbconvert.preprocessors import ExecutePreprocessor
from nbformat import NotebookNode


def generate_html_from_notebook(nb: NotebookNode) -> str:
    ExecutePreprocessor(timeout=100).preprocess(nb, {})
    html, _ = HTMLExporter(template_file="full.tpl").from_notebook_node(nb)
    return html
"""

_PLAIN_EXPORTER = """import json


def generate_html_from_notebook(nb) -> str:
    return json.dumps(nb)
"""

_VIS = "backend/src/apiserver/visualization"


def _tree(exporter: str, *requirements: str) -> dict[str, str]:
    reqs = ["tornado==6.5.7", "nbconvert==7.17.1", "nbformat==5.10.4", *requirements]
    return {
        "go.mod": "module example.com/pipelines\n\ngo 1.22\n\nrequire (\n"
        "\tgithub.com/gorilla/mux v1.8.1\n)\n",
        "backend/src/apiserver/main.go": (
            'package main\n\nimport (\n\t"net/http"\n\n\t"github.com/gorilla/mux"\n)\n\n'
            'func main() {\n\tr := mux.NewRouter()\n\thttp.ListenAndServe(":8888", r)\n}\n'
        ),
        f"{_VIS}/requirements.txt": "\n".join(reqs) + "\n",
        f"{_VIS}/server.py": _SERVER,
        f"{_VIS}/exporter.py": exporter,
        f"{_VIS}/test_exporter.py": "import unittest\nfrom nbconvert import HTMLExporter\n",
    }


def test_a_notebook_renderer_is_no_backend(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree(_EXPORTER)))
    assert "." in found
    assert _VIS not in found


def test_a_server_rendering_no_notebook_stays_a_backend(tmp_path: Path) -> None:
    assert _VIS in by_folder(write(tmp_path, _tree(_PLAIN_EXPORTER)))


def test_a_renderer_with_data_of_its_own_stays_a_backend(tmp_path: Path) -> None:
    exporter = _EXPORTER + (
        "\nfrom sqlalchemy import create_engine\n\n"
        'engine = create_engine("postgresql://app@db/visualizations")\n'
    )
    tree = _tree(exporter, "SQLAlchemy==2.0.30", "psycopg2-binary==2.9.9")
    assert _VIS in by_folder(write(tmp_path, tree))
