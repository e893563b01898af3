"""Gaps the 449th held-out set showed (benchmarks/detect_heldout449.yaml), as small fixtures of
the real files' shape (#19): a Python workspace (a core service, a worker, a shared library)
whose core builds aiohttp's application and hands it to the library's own `run_app` (an aiohttp
runner binding `AppRunner` and `TCPSite`): the core is the backend, on aiohttp. The library's
CherryPy `WebServer` helper, which the worker imports and starts, makes no backend of the
library. The root's pinned list carries SQLAlchemy, which no module imports: the core's data
layer is its own client's."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind

_PINS = "aiohttp==3.10.11\ncherrypy==18.10.0\npython-arango==8.1.4\nsqlalchemy==1.4.54\n"

_CORE = (
    '[project]\nname = "appcore"\nversion = "1.0"\ndependencies = [\n'
    '    "aiohttp[speedups] < 3.11",\n    "python-arango",\n]\n\n'
    '[project.scripts]\nappcore = "core.__main__:main"\n'
)

_CORE_MAIN = (
    "from core.api import Api\nfrom lib.web import runner\n\n\ndef main() -> None:\n"
    "    api = Api()\n    runner.run_app(api.app, port=8900)\n"
)

_CORE_API = (
    "from aiohttp import web\nfrom arango import ArangoClient\n\n\nclass Api:\n"
    "    def __init__(self) -> None:\n        self.db = ArangoClient().db('graph')\n"
    "        self.app = web.Application(middlewares=[])\n"
)

_LIB = (
    '[project]\nname = "applib"\nversion = "1.0"\n'
    'dependencies = [\n    "CherryPy",\n    "aiohttp",\n]\n'
)

_RUNNER = (
    "from aiohttp.web_runner import AppRunner, TCPSite\n\n\n"
    "def run_app(app, port: int) -> None:\n    runner = AppRunner(app)\n"
    "    site = TCPSite(runner, port=port)\n"
)

_WEB = (
    "import threading\n\nimport cherrypy\n\n\nclass WebServer(threading.Thread):\n"
    "    def __init__(self, web_app) -> None:\n        super().__init__()\n"
    "        self.web_app = web_app\n\n    def run(self) -> None:\n"
    "        cherrypy.tree.mount(self.web_app, '', self.web_app.config)\n"
    "        cherrypy.engine.start()\n        cherrypy.engine.block()\n"
)

_WORKER = (
    '[project]\nname = "appworker"\nversion = "1.0"\ndependencies = [\n    "applib==1.0",\n]\n\n'
    '[project.scripts]\nappworker = "worker.__main__:main"\n'
)

_WORKER_MAIN = (
    "from lib.web import WebServer\nfrom lib.web.metrics import WebApp\n\n\ndef main() -> None:\n"
    "    WebServer(WebApp()).start()\n"
)


def _tree(**extra: str) -> dict[str, str]:
    return {
        "requirements.txt": _PINS,
        "core/pyproject.toml": _CORE,
        "core/core/__init__.py": "",
        "core/core/__main__.py": _CORE_MAIN,
        "core/core/api.py": _CORE_API,
        "lib/pyproject.toml": _LIB,
        "lib/lib/__init__.py": "",
        "lib/lib/web/__init__.py": _WEB,
        "lib/lib/web/metrics.py": "class WebApp:\n    config = {}\n",
        "lib/lib/web/runner.py": _RUNNER,
        "worker/pyproject.toml": _WORKER,
        "worker/worker/__init__.py": "",
        "worker/worker/__main__.py": _WORKER_MAIN,
        **extra,
    }


def test_the_service_a_library_runner_starts_is_the_backend_on_aiohttp(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree()))
    assert set(found) == {"core"}
    assert first(found["core"], FindingKind.FRAMEWORK)[0] == "aiohttp"


def test_a_pinned_orm_no_module_imports_is_no_data_layer(tmp_path: Path) -> None:
    core = by_folder(write(tmp_path, _tree()))["core"]
    assert "SQLAlchemy" not in {f.name for f in core.findings if f.kind is FindingKind.ORM}
    assert first(core, FindingKind.QUERY)[0] == "python-arango"


def test_a_pinned_orm_a_module_imports_stays(tmp_path: Path) -> None:
    model = {"core/core/model.py": "from sqlalchemy import Column\n"}
    core = by_folder(write(tmp_path, _tree(**model)))["core"]
    assert first(core, FindingKind.ORM)[0] == "SQLAlchemy"


def test_a_runner_that_binds_no_aiohttp_site_lends_no_start(tmp_path: Path) -> None:
    runner = {"lib/lib/web/runner.py": "def run_app(app, port: int) -> None:\n    print(app)\n"}
    assert "core" not in by_folder(write(tmp_path, _tree(**runner)))


def test_a_library_whose_server_no_project_imports_stays(tmp_path: Path) -> None:
    worker = {"worker/worker/__main__.py": "from lib.web.metrics import WebApp\n\nWebApp()\n"}
    assert "lib" in by_folder(write(tmp_path, _tree(**worker)))


def test_a_library_keeping_data_of_its_own_stays(tmp_path: Path) -> None:
    data = {
        "lib/pyproject.toml": _LIB.replace('"aiohttp",', '"aiohttp",\n    "SQLAlchemy",'),
        "lib/lib/models.py": "from sqlalchemy import Column\n",
    }
    assert "lib" in by_folder(write(tmp_path, _tree(**data)))
