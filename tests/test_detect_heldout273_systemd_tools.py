"""Python: a tools-folder server its own systemd unit runs is deployed, not a tool (set 273, #19).

A product keeps, in `tools/video-server/`, a FastAPI server of its own requirements file with a
systemd unit beside it (`[Service]`, `ExecStart=…/uvicorn server:app`): the operator installs
the unit and the product calls the server. A server in a tools folder is a developer's tool
unless it ships as an application of its own (`nonservices.is_tool`); the unit ships it as a
Dockerfile would (`tool_units`). The counter-cases: the same server without the unit, or with a
`.service` file that is no systemd unit, stays a tool."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_UNIT = (
    "[Unit]\nDescription=Image-to-video server\nAfter=network-online.target\n\n"
    "[Service]\nType=simple\nWorkingDirectory=/opt/video-server\n"
    "ExecStart=/opt/video-server/.venv/bin/uvicorn server:app --host 0.0.0.0 --port 5052\n"
    "Restart=on-failure\n\n[Install]\nWantedBy=multi-user.target\n"
)


def _product() -> dict[str, str]:
    return {
        "requirements.txt": "fastapi==0.110.0\nsqlalchemy==2.0.29\npsycopg2-binary==2.9.9\n",
        "main.py": "from fastapi import FastAPI\nfrom sqlalchemy import create_engine\n\n"
        "engine = create_engine('postgresql://db/app')\napp = FastAPI()\n\n\n"
        "@app.get('/items')\ndef items():\n    return []\n",
        "Dockerfile": "FROM python:3.12\nCOPY . .\nCMD [\"uvicorn\", \"main:app\"]\n",
        "tools/video-server/requirements.txt": "fastapi==0.115.4\nuvicorn[standard]==0.32.0\n",
        "tools/video-server/server.py": "from fastapi import FastAPI\n\n"
        "app = FastAPI(title='Video')\n\n\n@app.post('/animate')\ndef animate():\n"
        "    return {}\n",
    }


def test_a_tools_server_its_systemd_unit_runs_is_a_backend(tmp_path: Path) -> None:
    files = _product()
    files["tools/video-server/video-server.service"] = _UNIT
    found = by_folder(write(tmp_path, files))
    assert set(found) == {".", "tools/video-server"}
    assert first(found["tools/video-server"], K.FRAMEWORK) == ("FastAPI", "==0.115.4")


def test_a_tools_server_without_a_unit_stays_a_tool(tmp_path: Path) -> None:
    # Counter-case: nothing in its folder ships it.
    found = by_folder(write(tmp_path, _product()))
    assert set(found) == {"."}


def test_a_service_file_that_is_no_systemd_unit_ships_nothing(tmp_path: Path) -> None:
    # Counter-case: a `.service` file without a `[Service]` section starting a program.
    files = _product()
    files["tools/video-server/dbus.service"] = "[D-BUS Service]\nName=org.example.Video\n"
    found = by_folder(write(tmp_path, files))
    assert set(found) == {"."}
