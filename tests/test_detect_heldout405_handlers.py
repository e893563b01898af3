"""An aiohttp server started the older way, as set 405 showed it (benchmarks/detect_heldout405.yaml,
#19): a server class in `pkg/web/web_server.py`, deeper than the ordinary quota of a large
package reaches, builds `aiohttp.web.Application()`, hands its `make_handler()` to the loop's
`create_server`, and answers JSON through a response class of its own, which also renders an
index page from a Jinja template. It is the product's API, not a page front end."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_SERVER = (
    "import asyncio\nimport aiohttp\n\nfrom .route import Route\n\n\n"
    "class WebServer:\n"
    "    def _run_application(self, handler):\n"
    "        srv = self._loop.create_server(handler, self._host, self._port)\n"
    "        self._server = self._loop.run_until_complete(srv)\n\n"
    "    def run(self):\n"
    "        self._app = aiohttp.web.Application()\n"
    "        for method, route, handler in Route.get_routes():\n"
    "            self._app.router.add_route(method, route, handler)\n"
    "        self._handler = self._app.make_handler()\n"
    "        self._run_application(self._handler)\n"
    "        self._loop.run_forever()\n"
)

_RESPONSE = (
    "import json\nimport jinja2\nimport aiohttp.web\n\n"
    "renderer = jinja2.Environment(loader=jinja2.FileSystemLoader('templates'))\n\n\n"
    "class Response(aiohttp.web.Response):\n"
    "    def template(self, name, **kwargs):\n"
    "        self.html(renderer.get_template(name).render(**kwargs))\n\n"
    "    def json(self, answer):\n"
    '        self.content_type = "application/json"\n'
    "        self.body = json.dumps(answer).encode()\n"
)


def _tree(response: str = _RESPONSE) -> dict[str, str]:
    files = {
        "requirements.txt": "aiohttp>=3.13.5,<3.14\nJinja2>=3.1.6,<3.2\npsutil>=7.2.2\n",
        "setup.py": "from setuptools import setup\n\nsetup(name='emu', packages=['emu'])\n",
        "emu/__init__.py": "",
        "emu/main.py": "from emu.run import run\n\nrun()\n",
        "emu/run.py": "from emu.web.web_server import WebServer\n\n\n"
        "def run():\n    WebServer().run()\n",
        "emu/web/__init__.py": "",
        "emu/web/route.py": "class Route:\n    @classmethod\n    def get_routes(cls):\n"
        "        return []\n",
        "emu/web/response.py": response,
        "emu/web/web_server.py": _SERVER,
    }
    # A large package: its shallower modules fill the ordinary quota before `web/`.
    for i in range(30):
        files[f"emu/compute/module_{i:02}.py"] = "import os\n"
    return files


def test_a_server_started_through_make_handler_is_found_deep_in_its_package(
    tmp_path: Path,
) -> None:
    backends = by_folder(write(tmp_path, _tree()))
    assert set(backends) == {"."}
    assert first(backends["."], K.FRAMEWORK) == ("aiohttp", ">=3.13.5,<3.14")


def test_an_aiohttp_page_server_answering_no_json_is_still_a_ui(tmp_path: Path) -> None:
    # Counter-case: the same server rendering templates and answering no JSON is a front end.
    pages = _RESPONSE.replace('        self.content_type = "application/json"\n', "")
    assert by_folder(write(tmp_path, _tree(pages))) == {}


def test_make_handler_needs_the_modules_own_application(tmp_path: Path) -> None:
    # Counter-case: `make_handler` alone (some other library's factory) starts no aiohttp.
    files = _tree()
    files["emu/web/web_server.py"] = _SERVER.replace("aiohttp.web.Application()", "Other()")
    assert by_folder(write(tmp_path, files)) == {}
