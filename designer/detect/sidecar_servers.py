"""Python servers a folder's start script runs only for the program it starts beside them.

A product's inference worker (a client of the product's API over a websocket, pulling work and
posting results back) needs a model server to generate with: its folder keeps a small FastAPI
module serving the model (`POST /generate_stream`, `GET /health`), and the start script the
worker's image runs launches both in one container:

    python3 -m uvicorn --host 0.0.0.0 --port $worker_port model_server:app &
    export INFERENCE_SERVER_URL="http://localhost:$worker_port"
    python3 __main__.py &

The server's only client is the process the same script points at it over the loopback: a
part of the worker's program, the way a thread would be, not a service of the product (its
callers reach the worker through the product's API, never this port). With no data of its
own, the folder is a worker, no backend (HELDOUT.md: workers with no data). The rule is kept
narrow: every module starting the folder's web framework lies at the top of the folder and is
started by a shell script of that folder, and every such script hands the port it gives the
server to a program in a variable holding a loopback address (`localhost`, `127.0.0.1`). A
server some script starts on its own (its address only printed for a developer), a module
started elsewhere, or a folder keeping data of its own (a worker serving its own API over its
store) stays a backend.
"""

from __future__ import annotations

import os
import posixpath
import re

from designer.detect.assemble import Unit, shows_own_data
from designer.detect.signals import Strength
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

LANGUAGE = "python"

_SERVE = re.compile(
    r"\b(?:uvicorn|gunicorn|hypercorn)\b[^\n]*?(?<![\w.])(?P<module>\w+):\w+\b"
)
"""An ASGI or WSGI server started on a module's application (`uvicorn … model_server:app`)."""

_PORT = re.compile(r"--port[ =](?P<port>\$\{?\w+\}?|\d+)|--bind[ =]\S*:(?P<bind>\$\{?\w+\}?|\d+)")
"""The port the server is given (`--port $worker_port`, `--bind 0.0.0.0:8300`)."""

_LOOPBACK = re.compile(
    r"\b[A-Za-z_]\w*=[\"']?https?://(?:localhost|127\.0\.0\.1):(?P<port>\$\{?\w+\}?|\d+)"
)
"""An address on the loopback handed to a program in a variable it reads
(`export INFERENCE_SERVER_URL="http://localhost:$worker_port"`, or the same before the
command it starts): a line only printing the address for a developer
(`echo "API → http://localhost:8000"`) hands it to no program."""

MAX_SCRIPTS = 20
"""Shell scripts read at the top of a folder at most: a folder with more is left alone."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.no_web` on the Python projects keeping no data whose web framework's every
    start lies in a top module of the folder that only its own shell scripts start, each one
    handing the server's port to a program it starts over the loopback."""
    for unit in units.values():
        if unit.no_web or unit.folder == "." or shows_own_data(unit):
            continue
        started = [
            s
            for s in unit.signals.get(LANGUAGE, [])
            if s.kind is FindingKind.FRAMEWORK and s.strength is Strength.ENTRY
        ]
        if not started:
            continue
        modules = {s.evidence.path for s in started}
        if any(posixpath.dirname(path) != unit.folder for path in modules):
            continue
        scripts = _scripts(top, unit.folder)
        if scripts and all(
            _beside_only(posixpath.basename(path)[: -len(".py")], scripts) for path in modules
        ):
            unit.no_web = True


def _scripts(top: str, folder: str) -> list[str]:
    """The texts of the shell scripts at the top of the folder (none past `MAX_SCRIPTS`)."""
    try:
        names = sorted(n for n in os.listdir(os.path.join(top, *folder.split("/")))
                       if n.endswith(".sh"))
    except OSError:
        return []
    if len(names) > MAX_SCRIPTS:
        return []
    return [read_text(top, posixpath.join(folder, name))[0] or "" for name in names]


def _bare(port: str) -> str:
    """The port as written, a variable's braces dropped (`${port}` and `$port` alike)."""
    return port.replace("{", "").replace("}", "")


def _beside_only(module: str, scripts: list[str]) -> bool:
    """Whether some script starts `module`'s application and every script starting it hands
    the port it gives it to a loopback address in the same script."""
    starts = 0
    for text in scripts:
        ports: set[str] = set()
        for found in _SERVE.finditer(text):
            if found.group("module") != module:
                continue
            # The port is given on the line starting the server, before or after the module.
            start = text.rfind("\n", 0, found.start()) + 1
            end = text.find("\n", found.end())
            port = _PORT.search(text, start, len(text) if end < 0 else end)
            if port is None:
                return False
            ports.add(_bare(port.group("port") or port.group("bind")))
        if not ports:
            continue
        starts += 1
        handed = {_bare(found.group("port")) for found in _LOOPBACK.finditer(text)}
        if not ports <= handed:
            return False
    return starts > 0
