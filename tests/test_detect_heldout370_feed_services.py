"""Gaps the 370th held-out set showed in a Python repository holding several services
(benchmarks/detect_heldout370.yaml), as small fixtures of the real files' shape (#19): an aiohttp
service speaking to its search engine over hand-built REST requests while Redis keeps its locks,
beside two small servers standing in for the feeds it reads — one named as a dummy, one its own
tests start as a process."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.detect.nonservices import is_double
from designer.model.stack import FindingKind as K

_SERVER = (
    "import asyncio\nimport os\n\nfrom aiohttp import web\n\n\n"
    "async def run_application():\n    app = web.Application()\n"
    "    app.add_routes([web.get(r'/{page:\\d+}', handle)])\n"
    "    runner = web.AppRunner(app)\n    await runner.setup()\n"
    "    await web.TCPSite(runner, '0.0.0.0', os.environ['PORT']).start()\n\n\n"
    "def main():\n    loop = asyncio.get_event_loop()\n"
    "    loop.create_task(run_application())\n    loop.run_forever()\n\n\n"
    "if __name__ == '__main__':\n    main()\n"
)

_REQUIREMENTS = "aiohttp==3.10.11\nmultidict==6.1.0\nyarl==1.15.2\n"


def _tree(compose_image: str = "opensearchproject/opensearch:1.2.4",
          endpoints: tuple[str, ...] = ("_search", "_bulk", "_aliases")) -> dict[str, str]:
    """The service under core/, two stand-ins beside it, a root Dockerfile and Compose file."""
    calls = "\n".join(
        f"async def call_{i}(context):\n"
        f"    return await http_make_request(context.session, 'POST', f'/{{ALIAS}}/{e}')\n"
        for i, e in enumerate(endpoints)
    )
    return {
        "Dockerfile": (
            "FROM python:3.11\nWORKDIR /app\nADD ./core/requirements.txt .\n"
            "RUN pip install -r requirements.txt\nADD . /app/\nCMD [\"sh\", \"start-dev.sh\"]\n"
        ),
        "start-dev.sh": "python -m core.app.app_incoming &\npython -m core.app.app_outgoing &\n",
        "docker-compose.yml": (
            "version: '3'\nservices:\n  stream:\n    build:\n      context: .\n"
            "    depends_on:\n      - stream-redis\n      - search\n      - check-feed\n"
            "  check-feed:\n    build:\n      context: ./check_feed\n"
            "    depends_on:\n      - stream-redis\n      - search\n"
            "  stream-redis:\n    image: redis:6.2.6\n"
            f"  search:\n    image: {compose_image}\n"
        ),
        "core/requirements.txt": _REQUIREMENTS + "redis==5.0.8\naiobotocore==2.15.2\n",
        "core/Procfile": "web: python -m app.app_incoming\nworker: python -m app.app_outgoing\n",
        "core/app/__init__.py": "",
        "core/app/app_incoming.py": _SERVER,
        "core/app/redis.py": "import redis\n\n\ndef client(uri):\n    return redis.from_url(uri)\n",
        "core/app/search.py": (
            "from .http import http_make_request\n\nALIAS = 'activities'\n\n\n" + calls
        ),
        "core/app/http.py": "async def http_make_request(session, method, path):\n    ...\n",
        "core/tests/__init__.py": "",
        "core/tests/tests_process.py": (
            "import asyncio\nimport sys\nimport unittest\n\n\n"
            "class TestProcess(unittest.IsolatedAsyncioTestCase):\n"
            "    async def test_end_to_end(self):\n"
            "        feed = await asyncio.create_subprocess_exec(\n"
            "            *[sys.executable, '-m', 'check_feed.app'], env={'PORT': '8081'})\n"
        ),
        "check_feed/__init__.py": "",
        "check_feed/app.py": _SERVER,
        "check_feed/requirements.txt": _REQUIREMENTS,
        "check_feed/Procfile": "web: python -m app\n",
        "check_feed/runtime.txt": "python-3.11.10\n",
        "check_feed/manifest.yml": (
            "applications:\n- name: stream-check-feed\n  buildpacks:\n    - python_buildpack\n"
        ),
        "check_feed/Dockerfile": "FROM python:3.8\nADD . /app/\nCMD [\"python\", \"app.py\"]\n",
        "dummy_events/__init__.py": "",
        "dummy_events/app.py": _SERVER,
        "dummy_events/requirements.txt": _REQUIREMENTS,
        "dummy_events/Procfile": "web: python -m app\n",
        "dummy_events/manifest.yml": (
            "applications:\n- name: stream-dummy-events\n  buildpacks:\n    - python_buildpack\n"
        ),
        "dummy_events/fixture_listEvents.json": "[]\n",
    }


def test_the_search_engine_its_rest_calls_and_compose_name(tmp_path: Path) -> None:
    core = by_folder(write(tmp_path, _tree()))["core"]
    assert first(core, K.FRAMEWORK)[0] == "aiohttp"
    assert first(core, K.DATABASE)[0] == "OpenSearch"


def test_elasticsearch_image_names_elasticsearch(tmp_path: Path) -> None:
    image = "docker.elastic.co/elasticsearch/elasticsearch:8.15.0"
    core = by_folder(write(tmp_path, _tree(compose_image=image)))["core"]
    assert first(core, K.DATABASE)[0] == "Elasticsearch"


def test_without_a_search_engine_run_redis_stays(tmp_path: Path) -> None:
    core = by_folder(write(tmp_path, _tree(compose_image="postgres:16")))["core"]
    assert first(core, K.DATABASE)[0] != "OpenSearch"


def test_one_endpoint_alone_names_no_engine(tmp_path: Path) -> None:
    core = by_folder(write(tmp_path, _tree(endpoints=("_search",))))["core"]
    assert first(core, K.DATABASE)[0] != "OpenSearch"


def test_the_stand_ins_are_no_backends(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree()))
    assert "core" in found
    assert "check_feed" not in found
    assert "dummy_events" not in found


def test_a_server_its_own_tests_start_stays(tmp_path: Path) -> None:
    files = _tree()
    # The feed's own tests start it; the service's tests start nothing.
    files["core/tests/tests_process.py"] = "import unittest\n"
    files["check_feed/tests/test_app.py"] = (
        "import sys\nimport subprocess\n\n\ndef test_starts():\n"
        "    subprocess.Popen([sys.executable, '-m', 'check_feed.app'])\n"
    )
    found = by_folder(write(tmp_path, files))
    assert "check_feed" in found


def test_dummy_names_a_double() -> None:
    assert is_double("dummy_payments")
    assert is_double("payments-dummy")
    assert not is_double("payments")
