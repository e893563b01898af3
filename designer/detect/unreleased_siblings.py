"""Node servers a workspace's release scripts leave out while releasing their siblings.

A monorepo may release its apps from the root package.json, one script per app naming its
folder (`"release:auth:patch": "node scripts/release-app.mjs apps/auth auth-app-v patch"`,
`"deploy:api": "… apps/api"`): those scripts are the list of what the product ships. A Node
server in the same parent folder as the apps they name, which no script of the root names at
all and no CI, Compose or cluster file outside its own folder names either, is not shipped yet
(a spin-out's skeleton, a prototype), even with a Dockerfile of its own: every sibling has one,
and the release list is what tells the shipped ones. The rule holds only where the release
scripts name at least `MIN_RELEASED` Node servers of the tree by their folder paths; a server
built into a published image or started by a deployed command stays.
"""

from __future__ import annotations

import json
import posixpath
import re

from designer.detect import unstarted_siblings
from designer.detect.assemble import Unit
from designer.detect.walker import read_text

MIN_RELEASED = 3
"""Servers the release scripts must name by folder before the list is taken as the product's."""

_RELEASE = re.compile(r"(?i)release|deploy|publish")
"""A script releasing or deploying something, by its name."""


_COMMENT = re.compile(r"(?m)^[ \t]*#.*$")
"""A comment line of a Dockerfile or a YAML file: a sibling's Dockerfile "modeled on" this
one's deploys nothing of it."""

_LOCK = re.compile(r"(?:^|/)[\w.-]*lock\.ya?ml$")
"""A package manager's lock file (`pnpm-lock.yaml`): it lists every package of the workspace,
shipped or not."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.unused` on the Node servers in the parent folder of the apps the root's
    release scripts name, that no root script nor deployment file names."""
    scripts = _root_scripts(top)
    if not scripts:
        return
    servers = [
        u for f, u in units.items() if f != "." and unstarted_siblings.is_node_server(u)
    ]
    releasing = " ".join(command for name, command in scripts.items() if _RELEASE.search(name))
    released = [u for u in servers if _names_path(u.folder, releasing)]
    if len(released) < MIN_RELEASED:
        return
    parents = {posixpath.dirname(u.folder) for u in released}
    every = " ".join(scripts.values())
    naming: list[tuple[str, str]] | None = None
    for unit in servers:
        if unit in released or posixpath.dirname(unit.folder) not in parents:
            continue
        if unit.published or unit.deployed_starts or _names_path(unit.folder, every):
            continue
        if naming is None:
            read = unstarted_siblings.deployment_files(top)
            if read is None:
                return
            naming = read
        if any(
            unstarted_siblings.names_folder(unit.folder, _COMMENT.sub("", text))
            for path, text in naming
            if not path.startswith(unit.folder + "/") and not _LOCK.search(path)
        ):
            continue
        unit.unused = True


def _root_scripts(top: str) -> dict[str, str]:
    """The root package.json's scripts, name → command."""
    text = read_text(top, "package.json")[0]
    if not text:
        return {}
    try:
        manifest = json.loads(text)
    except ValueError:
        return {}
    scripts = manifest.get("scripts") if isinstance(manifest, dict) else None
    if not isinstance(scripts, dict):
        return {}
    return {str(k): str(v) for k, v in scripts.items()}


def _names_path(folder: str, text: str) -> bool:
    """Whether the text names the folder by its path (`apps/auth`, `./apps/auth/`)."""
    return re.search(r"(?<![\w.-])(?:\./)?" + re.escape(folder) + r"(?![\w.-])", text) is not None
