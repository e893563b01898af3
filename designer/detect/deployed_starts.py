"""The files a project's own deployment runs: its Dockerfile, Procfile and Compose commands.

A program kept in a folder of developer tools (`tools/server.py`, `scripts/api.js`) is a
helper the developers run, unless the project ships it: its own Dockerfile starts it
(`CMD ["python", "tools/server.py"]`, `ENTRYPOINT`), a Procfile line runs it (`web: node
scripts/api.js`), or a Compose service beside it has it as its `command` or `entrypoint`.
Only the files at the top of the project's folder are read, and a start file counts as run
when a command names it by its path below the folder (perhaps under the image's working
folder, `/app/tools/server.py`, or without its extension) or, for Python, by its module
(`python -m tools.server`, `uvicorn tools.server:app`).
"""

from __future__ import annotations

import os
import posixpath
import re

from designer.detect.sidefiles import DOCKERFILE_VARIANTS
from designer.detect.walker import read_text

_CONTINUATION = re.compile(r"\\[ \t]*\r?\n")

_START = re.compile(r"^[ \t]*(?:CMD|ENTRYPOINT)[ \t]+(.*)$", re.MULTILINE | re.IGNORECASE)
"""A Dockerfile's instruction starting the image's program."""

_PROCFILE_LINE = re.compile(r"^[ \t]*[\w-]+[ \t]*:(.*)$", re.MULTILINE)
"""A Procfile's process line (`web: gunicorn app:app`)."""

_COMPOSE_PREFIXES = ("docker-compose", "compose.")

_COMPOSE_KEYS = ("command", "entrypoint")


def commands(top: str, folder: str) -> list[str]:
    """The commands the folder's own Dockerfiles, Procfile and Compose services run."""
    try:
        names = sorted(os.listdir(os.path.join(top, *folder.split("/")) if folder != "." else top))
    except OSError:
        return []
    found: list[str] = []
    for name in names:
        path = name if folder == "." else f"{folder}/{name}"
        if name == "Dockerfile" or name.startswith(DOCKERFILE_VARIANTS):
            text = read_text(top, path)[0] or ""
            found += _START.findall(_CONTINUATION.sub(" ", text))
        elif name == "Procfile":
            found += _PROCFILE_LINE.findall(read_text(top, path)[0] or "")
        elif name.startswith(_COMPOSE_PREFIXES) and name.endswith((".yml", ".yaml")):
            found += _compose_commands(read_text(top, path)[0] or "")
    return found


def _compose_commands(text: str) -> list[str]:
    """The `command` and `entrypoint` of each service of a Compose file."""
    if "command" not in text and "entrypoint" not in text:
        return []
    import yaml  # only for a folder whose Compose file might run a command

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        data = yaml.load(text, Loader=loader)  # a safe loader (C when available)
    except (yaml.YAMLError, RecursionError, ValueError, TypeError):
        return []
    services = data.get("services") if isinstance(data, dict) else None
    if not isinstance(services, dict):
        return []
    found: list[str] = []
    for body in services.values():
        if not isinstance(body, dict):
            continue
        for key in _COMPOSE_KEYS:
            value = body.get(key)
            if isinstance(value, str):
                found.append(value)
            elif isinstance(value, list):
                found.append(" ".join(str(v) for v in value))
    return found


def runs(command: str, inner: str) -> bool:
    """Whether `command` runs the file at `inner` (its path below the project's folder)."""
    stem, extension = posixpath.splitext(inner)
    path = rf"(?<![\w.-]){re.escape(stem)}(?:{re.escape(extension)})?(?![\w./-])"
    if re.search(path, command):
        return True
    if not inner.endswith(".py"):
        return False
    module = re.escape(stem.replace("/", "."))
    return re.search(rf"(?<![\w./-]){module}(?![\w./-])", command) is not None
