"""Python folders whose image ships a program of their own, leaving their web server out.

A folder of model or batch code may keep, beside the program it deploys, a small web server
written to try the model by hand (a FastAPI app serving one inference route), and list the
framework in its requirements. Its Dockerfile says what runs: it copies the files it needs by
name (`COPY contract.py handler.py ./`) and starts one of them (`CMD ["python", "handler.py"]`,
a serverless platform's worker loop). Where no file the image ships imports the web framework,
the server is no part of what is deployed; where nothing else starts it either (no Procfile, no
script or unit file of the folder naming its module, no Compose file naming the folder), the
folder runs no server of its own: it is deployed as a function its platform feeds
(`ManifestResult.event_function`, read by `nonservices.is_client`), as a Lambda is.

An image copying a folder (`COPY . .`, `COPY app/ ./app/`) or a wildcard ships whatever it holds,
server included: such a folder is left alone, as is one with no Dockerfile of its own, and one
whose image starts a Python file it did not copy by name (code cloned or mounted into the image,
`python manage.py runserver`): its COPY lines do not say what it ships.
"""

from __future__ import annotations

import os
import posixpath
import re

from designer.detect.assemble import Unit
from designer.detect.lambda_tools import any_file
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

LANGUAGE = "python"

_WEB_IMPORT = re.compile(
    r"^[ \t]*(?:from|import)[ \t]+(?:fastapi|flask|starlette|litestar|quart|sanic|aiohttp"
    r"|tornado|falcon|bottle|django)\b",
    re.MULTILINE,
)
"""A module importing a Python web framework."""

_COPY = re.compile(r"^[ \t]*(?:COPY|ADD)[ \t]+(.+)$", re.MULTILINE | re.IGNORECASE)

_START = re.compile(r"^[ \t]*(?:CMD|ENTRYPOINT)[ \t]+(.+)$", re.MULTILINE | re.IGNORECASE)

_STARTERS = (".sh", ".yml", ".yaml", ".service", ".toml", ".cfg", ".ini", ".json")
"""Files of the folder that may start a server module by name (scripts, unit files, configs)."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Mark as functions the Python folders whose images leave their web server out."""
    for unit in units.values():
        home = [
            r for p, e, r in unit.manifests
            if e == LANGUAGE and (posixpath.dirname(p) or ".") == unit.folder
        ]
        if not home or any(r.event_function for r in home):
            continue
        if not any(s.kind is FindingKind.FRAMEWORK for s in unit.signals.get(LANGUAGE, [])):
            continue
        if _left_out(top, unit.folder):
            for result in home:
                result.event_function = True


def _left_out(top: str, folder: str) -> bool:
    """Whether the folder's own images ship named files only, none importing a web framework,
    while a module of the folder that imports one is started by nothing else."""
    base = top if folder == "." else os.path.join(top, *folder.split("/"))
    try:
        names = sorted(os.listdir(base))
    except OSError:
        return False
    images = [n for n in names if n.startswith("Dockerfile") or n.endswith(".dockerfile")]
    if not images or "Procfile" in names:
        return False
    shipped: set[str] = set()
    for image in images:
        text = read_text(top, posixpath.join(folder, image))[0] or ""
        files = _copied(text)
        if files is None or not _starts_shipped(text, files):
            return False
        shipped |= files
    servers = [
        n for n in names
        if n.endswith(".py") and not n.startswith("test_")
        and _WEB_IMPORT.search(read_text(top, posixpath.join(folder, n))[0] or "")
    ]
    if not servers or any(n in shipped for n in servers):
        return False
    stems = [n[:-3] for n in servers]
    for name in names:
        if name.endswith(_STARTERS) or name in ("Makefile", "justfile"):
            text = read_text(top, posixpath.join(folder, name))[0] or ""
            if any(stem in text for stem in stems):
                return False
    return not _composed(top, folder)


def _starts_shipped(text: str, shipped: set[str]) -> bool:
    """Whether the image's start command runs a Python file it copied by name (an image
    cloning its code, or starting a server command, ships more than its COPY lines say)."""
    started = [
        posixpath.basename(word.strip("\"',[]"))
        for match in _START.finditer(text)
        for word in match.group(1).split()
    ]
    scripts = [w for w in started if w.endswith(".py")]
    return bool(scripts) and all(w in shipped for w in scripts)


def _copied(text: str) -> set[str] | None:
    """The file names a Dockerfile copies from its context, or None where it copies a folder,
    a wildcard or the whole context."""
    shipped: set[str] = set()
    for match in _COPY.finditer(text.replace("\\\n", " ")):
        words = [w for w in match.group(1).split() if not w.startswith("--")]
        if "--from" in match.group(1):
            continue  # from another stage, not from the folder
        if words and words[0].startswith("["):
            return None  # the JSON form: left alone
        for source in words[:-1]:
            name = posixpath.basename(source.rstrip("/"))
            if source.endswith("/") or "*" in source or "?" in source or "." not in name:
                return None
            if name in (".", ".."):
                return None
            shipped.add(name)
    return shipped


def _composed(top: str, folder: str) -> bool:
    """Whether a Compose file of the tree names the folder (a service built or mounted from
    it may start any module it holds)."""
    if folder == ".":
        return any_file(top, lambda t, r, lower: lower.startswith(("docker-compose", "compose.")))

    def names(t: str, relative: str, lower: str) -> bool:
        if not lower.startswith(("docker-compose", "compose.")):
            return False
        return folder in (read_text(t, relative.replace(os.sep, "/"))[0] or "")

    return any_file(top, names)
