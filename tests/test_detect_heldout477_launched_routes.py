"""Held-out set 477 (#19): a Python web API written on a domain SDK that wraps Tornado. Its
requirements list names only the SDK (`biothings[web_extra]==0.12.4`, no lock); its index.py
hands the SDK's launcher a Tornado route table under its `__main__` guard, the handlers
imported from `tornado.web`; its handlers build `elasticsearch_dsl` queries no list declares.
Tornado, lent by the SDK, is its framework (at no release the tree states) and Elasticsearch
its engine.

A module importing Tornado whose route table goes to no declared kit's call under a `__main__`
guard (a Jupyter server extension's loader) starts nothing; a launcher given no route table
neither.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_REQUIREMENTS = "biothings[web_extra]==0.12.4\npandas==1.4.3\nJinja2==3.1.2\n"

_INDEX = """from biothings.web.launcher import main
from tornado.web import RedirectHandler, StaticFileHandler

from web.handlers import MainHandler

if __name__ == "__main__":
    main(
        [
            (r"/", MainHandler),
            (r"/v1/(.*)", RedirectHandler, {"url": "/covid19/{0}"}),
        ],
        {
            "static_path": "static"
        }
    )
"""

_HANDLERS = """import tornado.web


class MainHandler(tornado.web.RequestHandler):
    def get(self):
        self.write("ok")
"""

_QUERIES = """from elasticsearch_dsl import Q, Search


def lineage(index, name):
    return Search(index=index).query(Q("match", lineage=name))
"""

_EXTENSION = """from jupyter_server.utils import url_path_join
from tornado.web import RequestHandler


class RouteHandler(RequestHandler):
    def get(self):
        self.finish("ok")


def _load_jupyter_server_extension(server_app):
    web_app = server_app.web_app
    route = url_path_join(web_app.settings["base_url"], "hello")
    web_app.add_handlers(".*$", [(route, RouteHandler)])
"""


def _tree(index: str = _INDEX) -> dict[str, str]:
    return {
        "requirements_web.txt": _REQUIREMENTS,
        "index.py": index,
        "web/__init__.py": "",
        "web/handlers/__init__.py": "from .jinja import MainHandler\n",
        "web/handlers/jinja.py": _HANDLERS,
        "web/pipeline.py": _QUERIES,
    }


def test_a_kits_launcher_given_tornado_routes_serves_tornado(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _tree()))["."]
    assert first(backend, K.FRAMEWORK)[0] == "Tornado"
    assert first(backend, K.DATABASE)[0] == "Elasticsearch"


def test_a_launcher_given_no_route_table_starts_nothing(tmp_path: Path) -> None:
    index = _INDEX.split("if __name__")[0] + 'if __name__ == "__main__":\n    main()\n'
    assert "." not in by_folder(write(tmp_path, _tree(index)))


def test_an_extension_loader_of_tornado_routes_starts_nothing(tmp_path: Path) -> None:
    files = {
        "requirements.txt": "jupyter-server-kit==2.0\n",
        "extension.py": _EXTENSION,
    }
    assert "." not in by_folder(write(tmp_path, files))
