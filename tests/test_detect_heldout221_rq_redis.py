"""Python: RQ in a service's pip list brings the Redis client its code opens (set 221, #19).

A Flask service queues its analyses with RQ (`rq==2.9.0`, no `redis` line: RQ brings redis-py)
and keeps its analysis list in Redis through `from redis import Redis`; it names no database,
driver or data layer. RQ declares Redis as a cache does, so `redis_only` reads the code, finds
the client opened and makes Redis the engine. A service with a relational store beside RQ keeps
that store, and RQ declared with no client opened in the code names no engine."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_WORKER = (
    "from redis import Redis\nfrom rq import Queue\n\n\n"
    "def get_redis_connection(host: str, port: int) -> Redis:\n"
    "    return Redis(host=host, port=port)\n"
)


def _sandbox() -> dict[str, str]:
    return {
        "requirements.txt": "Flask==3.0.3\nrq==2.9.0\nboto3==1.35.81\n",
        "setup.py": "from setuptools import setup\n\nsetup(name='sandbox', "
        "install_requires=open('requirements.txt').read().splitlines())\n",
        "sandbox/__init__.py": "",
        "sandbox/web/app.py": "from flask import Flask\n\napp = Flask(__name__)\n",
        "sandbox/web/api.py": "from sandbox.worker import get_redis_connection\n\n"
        "redis = get_redis_connection('localhost', 6379)\n",
        "sandbox/worker.py": _WORKER,
    }


def test_rq_and_an_opened_client_make_redis_the_engine(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _sandbox()))
    assert first(found["."], K.FRAMEWORK)[0] == "Flask"
    assert first(found["."], K.DATABASE)[0] == "Redis"


def test_a_relational_store_beside_rq_stays_the_engine(tmp_path: Path) -> None:
    # Counter-case: the queue beside a PostgreSQL store is no engine.
    files = _sandbox()
    files["requirements.txt"] += "psycopg2==2.9.9\nSQLAlchemy==2.0.36\n"
    files["sandbox/db.py"] = (
        "from sqlalchemy import create_engine\n\nengine = create_engine('postgresql://db/x')\n"
    )
    found = by_folder(write(tmp_path, files))
    assert first(found["."], K.DATABASE)[0] == "PostgreSQL"


def test_rq_with_no_client_opened_names_no_engine(tmp_path: Path) -> None:
    # Counter-case: RQ declared, but the code never opens a Redis client.
    files = _sandbox()
    files["sandbox/worker.py"] = "def get_redis_connection(host: str, port: int) -> None:\n"
    files["sandbox/worker.py"] += "    return None\n"
    found = by_folder(write(tmp_path, files))
    assert first(found["."], K.DATABASE) == ("", "")
