"""Servers the repository's own desktop app spawns on the loopback: its sidecars, not services.

A local-first product may write its engine as a web server (a FastAPI app with its own SQLite
store and migrations) and ship it inside an Electron desktop app: the app's main process
spawns it as a child process on `127.0.0.1` (`spawn("uv", ["run", "python", "-m", "agent",
"--host", "127.0.0.1"], {cwd: path.resolve(__dirname, "…", "backend")})` in development, a
PyInstaller binary the installer bundles in release). Its only clients are the user's own
shells on the same machine; nothing deploys it. By every mark of its own folder it is a
backend; by how the product runs it, it is part of the desktop app (HELDOUT.md: a desktop app
is no backend, nor is what it runs for itself).

So a project below the root is no service (`Unit.no_service`, even where nothing else of the
tree is one) when at the same time:

- a package of the tree declaring `electron` keeps, outside its tests, a module that imports
  `child_process`, names a loopback address (`127.0.0.1`, `localhost`) and names the project's
  folder as a string (its path, or its last segment: `"backend"`);
- nothing deploys it: no deployment file at the top of its folder (`hand_servers
  .deploys_itself`), no deployment start or image build of its own (`Unit.deployable`,
  `Unit.deployed_starts`, `Unit.published`), and no Dockerfile or Compose file of the repository
  names its folder.

A server a Compose file or an image builds stays a backend, whoever else starts it.
"""

from __future__ import annotations

import json
import os
import posixpath
import re

from designer.detect.assemble import Unit
from designer.detect.codewalk import code_files
from designer.detect.hand_servers import deploys_itself
from designer.detect.walker import PRUNED, read_text

MAX_FILES = 400
"""Source files read per desktop app at most; manifests and deployment files found at most."""

MAX_DEPTH = 4
"""Folders below the root looked into for desktop apps and deployment files (an app lies at
`desktop/`, `apps/desktop/` or `frontend/apps/desktop/`)."""

_CODE = (".ts", ".js", ".mjs", ".cjs", ".mts", ".cts")
_TEST = re.compile(r"\.(?:test|spec)\.[cm]?[jt]s$")

_CHILD = re.compile(r"""(?:from|require\()\s*["'](?:node:)?child_process["']""")
"""A module importing Node's process spawner."""

_LOOPBACK = re.compile(r"\b(?:127\.0\.0\.1|localhost)\b")

_DEPLOY_PREFIXES = ("Dockerfile", "docker-compose", "compose.")


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.no_service` on the projects the tree's Electron apps spawn on the loopback
    and that nothing deploys."""
    candidates = [
        u
        for folder, u in sorted(units.items())
        if folder != "."
        and not (u.deployable or u.deployed_starts or u.published or u.no_service)
    ]
    if not candidates:
        return
    apps, deploy_files = _scan(top)
    if not apps:
        return
    spawners = [text for app in apps for text in _spawning_modules(top, app)]
    if not spawners:
        return
    deploy_texts: list[str] | None = None
    for unit in candidates:
        if any(unit.folder == app or unit.folder.startswith(app + "/") for app in apps):
            continue
        if not any(_names(text, unit.folder) for text in spawners):
            continue
        if deploys_itself(top, unit.folder):
            continue
        if deploy_texts is None:
            deploy_texts = [read_text(top, path)[0] or "" for path in deploy_files]
        if any(_word(unit.folder).search(text) for text in deploy_texts):
            continue
        unit.no_service = True


def _scan(top: str) -> tuple[list[str], list[str]]:
    """The folders of the tree's packages declaring Electron, and its Dockerfiles and Compose
    files (relative paths)."""
    apps: list[str] = []
    deploys: list[str] = []
    for here, folders, names in os.walk(top):
        relative = os.path.relpath(here, top).replace(os.sep, "/")
        deep = relative != "." and relative.count("/") + 1 >= MAX_DEPTH
        folders[:] = [] if deep else sorted(
            f for f in folders if f not in PRUNED and not f.startswith(".")
        )
        for name in names:
            path = name if relative == "." else f"{relative}/{name}"
            if name.startswith(_DEPLOY_PREFIXES) and len(deploys) < MAX_FILES:
                deploys.append(path)
            elif name == "package.json" and _declares_electron(top, path):
                apps.append(relative)
    return apps, deploys


def _declares_electron(top: str, path: str) -> bool:
    """Whether the package.json at `path` depends on Electron."""
    try:
        data = json.loads(read_text(top, path)[0] or "{}")
    except ValueError:
        return False
    if not isinstance(data, dict):
        return False
    return any(
        isinstance(data.get(key), dict) and "electron" in data[key]
        for key in ("dependencies", "devDependencies")
    )


def _spawning_modules(top: str, app: str) -> list[str]:
    """The text of the app's modules (outside its tests and build output) that spawn a process
    and name a loopback address; a larger app than the budget is read up to it."""
    found: list[str] = []
    for path in code_files(
        top, app, _CODE, MAX_FILES,
        skip_dir=lambda d: d in PRUNED or d == "dist",
        skip_file=lambda name: name.endswith(".d.ts") or bool(_TEST.search(name)),
    ):
        if path is None:
            break
        text = read_text(top, path)[0] or ""
        if _CHILD.search(text) and _LOOPBACK.search(text):
            found.append(text)
    return found


def _names(text: str, folder: str) -> bool:
    """Whether `text` names `folder` as a string: its path, or its last segment."""
    for name in {folder, posixpath.basename(folder)}:
        if re.search(r"""["'`](?:[^"'`\n]*/)?""" + re.escape(name) + r"""/?["'`]""", text):
            return True
    return False


def _word(folder: str) -> re.Pattern[str]:
    """The folder's path or last segment as a word of a deployment file."""
    base = re.escape(posixpath.basename(folder))
    return re.compile(r"(?<![\w-])(?:" + re.escape(folder) + "|" + base + r")(?![\w-])")
