"""aiohttp started by hand, as set 111 showed it (benchmarks/detect_heldout111.yaml, #19): a
Matrix bot manager declares `aiohttp>=3,<4` and runs its own `web.Application` through an
`AppRunner` bound by a `TCPSite`, never `web.run_app`: aiohttp is its framework."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_SERVER = (
    "import asyncio\n\nfrom aiohttp import web\n\n\nclass MaubotServer:\n"
    "    def __init__(self, config, loop):\n"
    "        self.app = web.Application(loop=loop, client_max_size=100 * 1024 * 1024)\n"
    "        self.runner = web.AppRunner(self.app)\n\n"
    "    async def start(self):\n        await self.runner.setup()\n"
    "        site = web.TCPSite(self.runner, '0.0.0.0', 29316)\n        await site.start()\n"
)

_CLIENT = (
    "import aiohttp\n\n\nasync def fetch(url):\n"
    "    async with aiohttp.ClientSession() as session:\n"
    "        async with session.get(url) as response:\n            return await response.json()\n"
)


def _bot(server: str) -> dict[str, str]:
    return {
        "requirements.txt": "aiohttp>=3,<4\nasyncpg>=0.20,<1\naiosqlite>=0.16,<1\n",
        "setup.py": "import setuptools\n\nsetuptools.setup(name='bot', python_requires='~=3.10')\n",
        "bot/__init__.py": "",
        "bot/server.py": server,
        "Dockerfile": "FROM python:3.12\nCOPY . /opt/bot\nCMD [\"python\", \"-m\", \"bot\"]\n",
    }


def test_an_app_runner_bound_by_a_site_starts_aiohttp(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _bot(_SERVER)))["."]
    assert not backend.ambiguous
    assert first(backend, K.FRAMEWORK) == ("aiohttp", ">=3,<4")


def test_aiohttps_client_alone_starts_nothing(tmp_path: Path) -> None:
    # Counter-case: the same project only calls other services with aiohttp's client.
    found = by_folder(write(tmp_path, _bot(_CLIENT)))
    assert "." not in found or first(found["."], K.FRAMEWORK) == ("", "")
