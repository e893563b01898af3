"""Node servers a product's service definitions leave out while starting their siblings.

A product installed on a machine rather than shipped as images (a SCADA system of some forty
programs under `src/`) declares its services to a process manager: supervisord programs
(`[program:api]` with `command=/usr/bin/node /opt/product/src/api/index.js`), Windows services
(`nssm install Product_api node.exe C:\\product\\src\\api\\index.js`), systemd units
(`ExecStart=`), pm2's ecosystem file. Those definitions are the list of what the product runs.
An Express server in a sibling folder of the ones they start, which none of them starts nor any
Compose file, Dockerfile, Procfile or deployment manifest names, is a tool a user starts by
hand (a receiver of another program's alerts, a playground over the historian), even though
the build script installs its packages as it does every folder's, and even with data of its
own: the product's services are the ones it defines.

The rule holds only where the definitions start at least one Node server of the repository by
its folder, and only for Node servers in the same parent folder as one of those (a sibling): a
server elsewhere in the tree belongs to another part the definitions may not describe. A server
with a Dockerfile, Procfile or Compose file of its own, or built into an image
(`Unit.deployable`, `Unit.published`, `Unit.deployed_starts`), is deployed and stays. Build and
install scripts are not read as starts (`npm install` in every folder starts nothing), except
for their lines defining a service (`nssm install`, `nssm set … AppDirectory`).
"""

from __future__ import annotations

import os
import posixpath
import re

from designer.detect.assemble import Unit, main_ecosystem
from designer.detect.hand_servers import deploys_itself
from designer.detect.walker import PRUNED, read_text
from designer.model.stack import FindingKind

_SUPERVISOR = re.compile(r"(?m)^[ \t]*\[program:")
"""A supervisord program section: the file defines services."""

_SYSTEMD = re.compile(r"(?m)^[ \t]*ExecStart[ \t]*=")
"""A systemd unit's start command."""

_NSSM = re.compile(r"(?im)^.*\bnssm(?:\.exe)?[\"']?[ \t]+(?:install|set)\b.*$")
"""A Windows service defined through nssm (its program, its working folder)."""

_SCRIPTS = (".bat", ".cmd", ".ps1")
"""Windows scripts, read for their nssm lines only."""

_NAMING_PREFIXES = ("Dockerfile", "docker-compose", "compose.", "Procfile", "ecosystem.config")
"""Files deploying or starting programs, read whole when looking for a server's name."""

_NAMING_SUFFIXES = (".yml", ".yaml", ".dockerfile", ".service", ".ini", ".conf")
"""Compose, CI and cluster manifests, systemd units, process manager configurations."""

_MAX_FILES = 5000
"""How many files are read at most: past that, the rule keeps out."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.unused` on the Node servers below the root that no service definition,
    Compose file, Dockerfile, Procfile or deployment manifest names, in a folder whose sibling
    Node server a process manager's service definition starts."""
    servers = [u for f, u in units.items() if f != "." and _node_server(u)]
    if len(servers) < 2:
        return
    read = _files(top)
    if read is None:
        return
    definitions, naming = read
    started = [u for u in servers if any(_names(u.folder, text) for text in definitions)]
    if not started:
        return
    parents = {posixpath.dirname(u.folder) for u in started}
    for unit in servers:
        if unit in started or posixpath.dirname(unit.folder) not in parents:
            continue
        if unit.deployable or unit.published or unit.deployed_starts:
            continue
        if deploys_itself(top, unit.folder):
            continue
        if any(
            _names(unit.folder, text)
            for path, text in naming
            if not path.startswith(unit.folder + "/")
        ):
            continue
        unit.unused = True


def _node_server(unit: Unit) -> bool:
    """Whether the unit is a Node program starting a web framework."""
    return main_ecosystem(unit) == "node" and any(
        s.kind is FindingKind.FRAMEWORK for s in unit.signals.get("node", [])
    )


def _names(folder: str, text: str) -> bool:
    """Whether the text names the folder: its path (with either separator), or its own name
    as a word (a Compose service mounting `../src/api` as `/api`)."""
    text = text.replace("\\", "/")
    base = posixpath.basename(folder)
    return any(
        re.search(r"(?<![\w.-])" + re.escape(name) + r"(?![\w.-])", text)
        for name in (folder, base)
    )


def _files(top: str) -> tuple[list[str], list[tuple[str, str]]] | None:
    """The texts of the repository's service definitions (supervisord programs, systemd units,
    nssm lines, pm2 ecosystem files), and (path, text) of every file naming what it deploys or
    starts (those definitions, Compose files, Dockerfiles, Procfiles, YAML manifests); None
    when there are more files than can be read."""
    definitions: list[str] = []
    naming: list[tuple[str, str]] = []
    seen = 0
    for here, folders, names in os.walk(top):
        folders[:] = sorted(
            f for f in folders if f not in PRUNED and (not f.startswith(".") or f == ".github")
        )
        relative = os.path.relpath(here, top).replace(os.sep, "/")
        for name in sorted(names):
            scripts = name.lower().endswith(_SCRIPTS)
            if not (scripts or name.startswith(_NAMING_PREFIXES)
                    or name.endswith(_NAMING_SUFFIXES)):
                continue
            seen += 1
            if seen > _MAX_FILES:
                return None
            path = name if relative == "." else f"{relative}/{name}"
            text = read_text(top, path)[0] or ""
            if scripts:
                lines = "\n".join(m.group(0) for m in _NSSM.finditer(text))
                if lines:
                    definitions.append(lines)
                    naming.append((path, lines))
                continue
            naming.append((path, text))
            if (
                _SUPERVISOR.search(text)
                or (name.endswith(".service") and _SYSTEMD.search(text))
                or name.startswith("ecosystem.config")
            ):
                definitions.append(text)
    return definitions, naming


is_node_server = _node_server
"""Shared with `unreleased_siblings`."""

names_folder = _names
"""Shared with `unreleased_siblings`."""


def deployment_files(top: str) -> list[tuple[str, str]] | None:
    """(path, text) of every file naming what it deploys or starts (`_files`' second part);
    None when there are more files than can be read."""
    read = _files(top)
    return None if read is None else read[1]
