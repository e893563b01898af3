"""A gap the 492nd held-out set showed (benchmarks/detect_heldout492.yaml), as a small fixture
of the real files' shape (#19): an aiohttp server whose requirements.txt installs aiomongo, an
asyncio MongoDB driver of its own, from its repository by a bare VCS line
(`git+https://github.com/<owner>/aiomongo`), and whose db module opens
`aiomongo.create_client(url)` and wraps its collections. The driver is the data layer, as
Motor is, and MongoDB the engine."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_REQUIREMENTS = (
    "aiohttp>=3.6.0,<3.8.0\njinja2>=2.9.0\naioamqp\npytz\n"
    "git+https://github.com/example/aiomongo\nyarl\n"
)

_DB = (
    "import aiomongo\nimport functools\n\n\nasync def init(url):\n"
    "  global _client, _db\n  _client = await aiomongo.create_client(url)\n"
    "  _db = _client.get_default_database()\n\n\n@functools.lru_cache()\n"
    "def coll(name):\n  return aiomongo.Collection(_db, name)\n"
)

_SERVER = (
    "from aiohttp import web\n\nfrom judge import db\n\n\ndef main():\n"
    "  app = web.Application()\n  web.run_app(app, port=8888)\n"
)


def test_an_aiohttp_server_over_aiomongo_reads_mongodb(tmp_path: Path) -> None:
    tree = {
        "requirements.txt": _REQUIREMENTS,
        "setup.py": "import setuptools\n\nsetuptools.setup(name='judge', "
        "install_requires=open('requirements.txt').readlines())\n",
        "judge/__init__.py": "",
        "judge/db.py": _DB,
        "judge/server.py": _SERVER,
    }
    backend = by_folder(write(tmp_path, tree))["."]
    assert first(backend, K.FRAMEWORK)[0] == "aiohttp"
    assert first(backend, K.QUERY)[0] == "aiomongo"
    assert first(backend, K.DATABASE)[0] == "MongoDB"
