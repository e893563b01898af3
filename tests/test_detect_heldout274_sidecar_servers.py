"""Python: a model server a worker's start script runs for that worker alone (set 274, #19).

An inference worker's folder keeps a FastAPI module serving a model, and the start script its
image runs launches it with uvicorn on a port, hands `http://localhost:<that port>` to the
worker and starts the worker beside it: the server's only client is that worker, a part of its
program, and the folder keeps no data, so it is a worker, no backend (`sidecar_servers`). A
script starting the server on its own, or a folder keeping data of its own, stays a backend."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_SERVER = (
    "import fastapi\nimport uvicorn\n\napp = fastapi.FastAPI()\n\n\n"
    '@app.post("/generate")\nasync def generate(prompt: str):\n    return {"text": prompt}\n\n\n'
    '@app.get("/health")\nasync def health():\n    return {"status": "ok"}\n'
)

_WORKER = (
    "import os\n\nimport websocket\n\n\ndef main():\n"
    '    ws = websocket.create_connection(os.environ["BACKEND_URL"] + "/workers/work")\n'
    "    while True:\n        ws.recv()\n\n\nmain()\n"
)

_BESIDE = (
    "#!/bin/bash\nworker_port=8300\n"
    "python3 -m uvicorn --host 0.0.0.0 --port $worker_port model_server:app &\n"
    'export MODEL_SERVER_URL="http://localhost:$worker_port"\n'
    "python3 __main__.py &\nwait -n\n"
)

_ALONE = "#!/bin/bash\npython3 -m uvicorn --host 0.0.0.0 --port 8300 model_server:app\n"

_STORE = (
    "from sqlalchemy import create_engine\n\n"
    'engine = create_engine("postgresql://worker@db/worker")\n'
)


def _repo(script: str = _BESIDE, data: bool = False) -> dict[str, str]:
    requirements = "fastapi\nuvicorn\nwebsocket-client\n"
    files = {
        "api/requirements.txt": "fastapi==0.88.0\nsqlalchemy==2.0.0\npsycopg2==2.9.5\n",
        "api/main.py": "from fastapi import FastAPI\n\napp = FastAPI()\n",
        "api/db.py": _STORE,
        "api/Dockerfile": "FROM python:3.10\nCMD uvicorn main:app\n",
        "worker/requirements.txt": requirements + ("sqlalchemy==2.0.0\npsycopg2==2.9.5\n"
                                                   if data else ""),
        "worker/model_server.py": _SERVER,
        "worker/__main__.py": _WORKER,
        "worker/worker_main.sh": script,
    }
    if data:
        files["worker/db.py"] = _STORE
    return files


def test_a_server_only_its_worker_calls_is_no_backend(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _repo()))
    assert "worker" not in found
    assert first(found["api"], K.FRAMEWORK)[0] == "FastAPI"


def test_a_server_started_on_its_own_stays(tmp_path: Path) -> None:
    # Counter-case: no program of the script is pointed at it over the loopback.
    found = by_folder(write(tmp_path, _repo(script=_ALONE)))
    assert first(found["worker"], K.FRAMEWORK)[0] == "FastAPI"


def test_a_server_whose_address_is_only_printed_stays(tmp_path: Path) -> None:
    # Counter-case: a developer's script printing where the server listens hands it to no one.
    script = _ALONE.replace(" 8300 model_server:app\n", " 8300 model_server:app &\n") + (
        'echo "API -> http://localhost:8300"\npython3 __main__.py\n'
    )
    found = by_folder(write(tmp_path, _repo(script=script)))
    assert first(found["worker"], K.FRAMEWORK)[0] == "FastAPI"


def test_a_worker_keeping_data_stays(tmp_path: Path) -> None:
    # Counter-case: a worker serving its own API over a store of its own is a backend.
    found = by_folder(write(tmp_path, _repo(data=True)))
    assert first(found["worker"], K.FRAMEWORK)[0] == "FastAPI"
