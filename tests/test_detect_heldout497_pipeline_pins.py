"""Held-out set 497 (#19): a product's Python data pipeline at the root (setup.py requiring luigi,
elasticsearch, requests and more, no web framework; the Dockerfile runs the pipelines) keeps a
requirements.txt pinning its whole environment, where `tornado==6.4.2` is there because luigi's
scheduler requires it; no code imports Tornado. The pinned framework is a transitive package, so
the root is no backend; the product's Express API in its own folder is the one backend. A
pipeline whose code starts Tornado itself stays one.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write

_SETUP = """import setuptools

setuptools.setup(
  name='pipelines',
  version='1.0',
  install_requires=[
    'arrow',
    'elasticsearch<=7.15.1',
    'luigi<=2.8.13',
    'requests',
    'simplejson',
  ],
  packages=['pipelines'],
)
"""

_FILLER = [f"package{n}==1.{n}.0" for n in range(25)]

_PINS = (
    "\n".join(
        sorted(
            [
                "arrow==1.3.0",
                "elasticsearch==7.15.1",
                "luigi==3.6.0",
                "requests==2.32.3",
                "simplejson==3.19.3",
                "tornado==6.4.2",
                *_FILLER,
            ]
        )
    )
    + "\n"
)

_PACKAGE = """{
  "name": "api",
  "version": "1.0.0",
  "main": "api.js",
  "dependencies": {
    "elasticsearch": "^16.7.1",
    "express": "^4.22.1"
  }
}
"""

_API = """var express = require('express');
var app = express();
app.get('/drug/event.json', function (req, res) { res.json({}); });
app.listen(8000);
"""

_TASK = """import luigi
from elasticsearch import Elasticsearch


class LoadEvents(luigi.Task):
    def run(self):
        Elasticsearch().index(index='events', body={})
"""

_TORNADO = """import tornado.ioloop
import tornado.web


class Status(tornado.web.RequestHandler):
    def get(self):
        self.write('ok')


if __name__ == '__main__':
    tornado.web.Application([(r'/status', Status)]).listen(8888)
    tornado.ioloop.IOLoop.current().start()
"""


def _files(**extra: str) -> dict[str, str]:
    return {
        "setup.py": _SETUP,
        "requirements.txt": _PINS,
        "pipelines/__init__.py": "",
        "pipelines/events.py": _TASK,
        "Dockerfile": 'FROM python:3.10\nADD . ./\nCMD ["./scripts/all-pipelines.sh"]\n',
        "api/faers/package.json": _PACKAGE,
        "api/faers/api.js": _API,
        **extra,
    }


def test_a_pipeline_whose_pins_name_tornado_is_no_backend(tmp_path: Path) -> None:
    assert sorted(by_folder(write(tmp_path, _files()))) == ["api/faers"]


def test_a_pipeline_starting_tornado_itself_is_a_backend(tmp_path: Path) -> None:
    backends = by_folder(write(tmp_path, _files(**{"pipelines/status.py": _TORNADO})))
    assert sorted(backends) == [".", "api/faers"]
