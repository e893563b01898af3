"""Python: a Tornado service keeping its metadata in Elasticsearch over raw HTTP, no Compose
file, the engine named by a setting's default (set 431, #19).

The service builds its search requests itself (`type_url + '/_search%s' % query`,
`'%s/_refresh' % index_url`) and sends them through Tornado's AsyncHTTPClient: no client library
in its requirements. Its configuration module defines the setting named for the engine with a
URL on the engines' port as default (`Config.define('ELASTIC_SEARCH_BASE_URL',
'http://localhost:9200', …)`): Elasticsearch is its engine. The same setting in a service that
names no REST endpoint is a link, not its store."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_STORAGE = (
    "from tornado.httpclient import AsyncHTTPClient\n\n\n"
    "class Urls(object):\n    def __init__(self, base):\n        self._base = base\n\n"
    "    def search_url(self, kind, query_string):\n"
    "        return self._base + '/' + kind + '/_search%s' % query_string\n\n"
    "    def refresh_url(self):\n        return \"%s/_refresh\" % self._base\n"
)


def _service(storage: str = _STORAGE) -> dict[str, str]:
    return {
        "requirements.txt": "tornado>=2.4\nderpconf\n",
        "Procfile": "web: python images_api/server.py\n",
        "images_api/__init__.py": "",
        "images_api/server.py": "import tornado.ioloop\nimport tornado.web\n\n\n"
        "class Images(tornado.web.RequestHandler):\n    def get(self):\n"
        "        self.write('[]')\n\n\n"
        "def main():\n    app = tornado.web.Application([(r'/images', Images)])\n"
        "    app.listen(8080)\n    tornado.ioloop.IOLoop.instance().start()\n\n\n"
        "if __name__ == '__main__':\n    main()\n",
        "images_api/conf.py": "from derpconf.config import Config\n\n"
        "Config.define('ELASTIC_SEARCH_BASE_URL', 'http://localhost:9200', "
        "'ElasticSearch base url.', 'ElasticSearch')\n",
        "images_api/storage.py": storage,
    }


def test_a_setting_named_for_the_engine_on_its_port_names_it(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _service()))
    assert list(found) == ["."]
    assert first(found["."], K.FRAMEWORK)[0] == "Tornado"
    assert first(found["."], K.DATABASE)[0] == "Elasticsearch"


def test_the_setting_without_rest_calls_names_no_engine(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _service(storage="STORE = None\n")))
    assert first(found["."], K.DATABASE)[0] == ""
