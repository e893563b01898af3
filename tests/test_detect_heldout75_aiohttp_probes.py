"""A message consumers' shared library whose only aiohttp server answers probes
(benchmarks/detect_heldout75.yaml, #19), as a small fixture of the real files' shape: a
setuptools package (`packages=find_packages('src')`, aiohttp in its requirements) whose probe
class builds a `web.Application`, routes `/healthz`, `/readyz` and the build's `/meta`, and
runs it through an `AppRunner` bound by a `TCPSite` beside the queue subscription. Its routes
serve operators only: no backend (`aiohttp_probes`). The counter-case: the same server with a
route of a client's API is an aiohttp backend (tests/test_detect_heldout111_runners.py keeps
a server whose routes are added elsewhere)."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_PROBES = (
    "from aiohttp import web\n\n\nclass ServiceWorker:\n"
    "    def __init__(self, loop=None, host='0.0.0.0', port=7070):\n"
    "        self.loop = loop\n        self.host = host\n        self.port = port\n"
    "        self.app = None\n        self.site = None\n\n"
    "    async def healthz_handler(self, request):\n        return web.json_response({})\n\n"
    "    def get_app(self):\n        if self.app is None:\n"
    "            self.app = web.Application(loop=self.loop)\n"
    "            self.app.router.add_route('GET', '/healthz', self.healthz_handler)\n"
    "            self.app.router.add_route('GET', '/readyz', self.healthz_handler)\n"
    "            self.app.router.add_route('GET', '/meta', self.healthz_handler)\n"
    "{extra}"
    "        return self.app\n\n"
    "    async def start(self):\n        runner = web.AppRunner(self.get_app())\n"
    "        await runner.setup()\n"
    "        self.site = web.TCPSite(runner, self.host, self.port)\n"
    "        await self.site.start()\n"
)
_API = "            self.app.router.add_route('POST', '/api/filings', self.healthz_handler)\n"
_SETUP = (
    "from setuptools import setup, find_packages\n\n"
    "setup(\n    name='queue_common',\n    packages=find_packages('src'),\n"
    "    package_dir={'': 'src'},\n    tests_require=['pytest'],\n)\n"
)


_FLASK = (
    "from flask import Flask\n\napp = Flask(__name__)\n\n\n"
    "@app.get('/api/v1/businesses')\ndef businesses():\n    return []\n"
)


def _tree(extra: str) -> dict[str, str]:
    # Beside the API the repository serves (a Flask app of its own), as in the real tree: a
    # repository holding nothing else falls back to its one web-ish project.
    return {
        "legal-api/requirements.txt": "Flask==3.1.0\n",
        "legal-api/src/legal_api/__init__.py": _FLASK,
        "queue_services/common/setup.py": _SETUP,
        "queue_services/common/requirements.txt": "aiohttp\nattrs\nasyncio-nats-client\n",
        "queue_services/common/src/queue_common/__init__.py": "",
        "queue_services/common/src/queue_common/probes.py": _PROBES.replace("{extra}", extra),
        "queue_services/common/tests/conftest.py": "import pytest\n",
    }


@pytest.mark.parametrize(
    ("extra", "backend"),
    [
        # Health, readiness and the build's metadata: operators only, no backend.
        ("", False),
        # A route of a client's API beside them: an aiohttp backend.
        (_API, True),
    ],
)
def test_an_app_runner_routing_only_probes_serves_no_api(
    tmp_path: Path, extra: str, backend: bool
) -> None:
    found = by_folder(write(tmp_path, _tree(extra)))
    assert ("queue_services/common" in found) is backend
    if backend:
        assert first(found["queue_services/common"], K.FRAMEWORK)[0] == "aiohttp"
