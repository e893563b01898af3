"""A gap the 456th held-out set showed (benchmarks/detect_heldout456.yaml), as a small fixture
of the real files' shape (#19): a door-controller client beside a Django product, with its own
Pipfile (`requests`, `cryptography`) and Pipfile.lock, keeps an inactive event proxy calling
`cherrypy.quickstart(...)`, a framework its lock never installs: the start is a leftover, no
backend. The same start whose lock holds CherryPy stays one."""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind

_PIPFILE = (
    '[[source]]\nname = "pypi"\nurl = "https://pypi.org/simple"\nverify_ssl = true\n\n'
    '[packages]\ncryptography = "*"\nrequests = "*"\n'
)

_PROXY = (
    "import threading\n\nimport cherrypy\n\n\nclass EventProxy(threading.Thread):\n"
    "    @cherrypy.expose\n    def index(self):\n        return 'proxy'\n\n"
    "    def run(self):\n        cherrypy.quickstart(self)\n"
)

_CLIENT = (
    "import requests\n\n\ndef poll(url):\n    return requests.get(url).json()\n\n\n"
    "if __name__ == '__main__':\n    poll('https://example.org/keymaster/')\n"
)


def _lock(*packages: str) -> str:
    default = {name: {"hashes": [], "version": "==1.0.0"} for name in packages}
    return json.dumps({"_meta": {"pipfile-spec": 6}, "default": default, "develop": {}}, indent=4)


def _tree(lock: str) -> dict[str, str]:
    return {
        "doors/Pipfile": _PIPFILE,
        "doors/Pipfile.lock": lock,
        "doors/event_proxy.py": _PROXY,
        "doors/gatekeeper_app.py": _CLIENT,
    }


def test_a_start_its_own_lock_cannot_run_is_no_backend(tmp_path: Path) -> None:
    tree = _tree(_lock("certifi", "cryptography", "idna", "requests", "urllib3"))
    assert "doors" not in by_folder(write(tmp_path, tree))


def test_a_start_its_lock_installs_stays_a_backend(tmp_path: Path) -> None:
    tree = _tree(_lock("cheroot", "cherrypy", "cryptography", "requests"))
    backend = by_folder(write(tmp_path, tree))["doors"]
    assert first(backend, FindingKind.FRAMEWORK)[0] == "CherryPy"
