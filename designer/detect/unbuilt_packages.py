"""Workspace packages the product's own build leaves out: a developer's local servers.

A Node workspace (Turborepo, pnpm) builds every package its globs list (`apps/*`) from one root
script, and a package kept only for a developer's machine — a local reverse proxy routing
`app.localhost` to the ports the services listen on, a mock — is taken out of that build by
name: `"build": "turbo run build --filter=!./apps/dev-proxy"` (or `--filter=!@scope/name`).
What the product builds is what it ships; a package its build excludes, that nothing in its
own folder deploys (no Dockerfile, Procfile, platform manifest: `hand_servers.deploys_itself`)
and that no Dockerfile, Compose file or CI workflow of the repository names, is a server a
developer starts by hand (HELDOUT: tools are no backends), even with a `start` script and
listed by the workspace's globs, which `hand_servers` reads as a deployment's.

Kept: a package keeping data of its own (a service someone may run all the same), and any
package of a repository that ships none of its other projects (nothing tells what it deploys).
"""

from __future__ import annotations

import posixpath
import re

from designer.detect.assemble import Unit, main_ecosystem
from designer.detect.hand_servers import command_files, deploys_itself
from designer.detect.node_imports import package_json
from designer.detect.nonservices import DATA_KINDS

LANGUAGE = "node"

_EXCLUDED = re.compile(r"--filter(?:=|[ \t]+)['\"]?!(?P<target>[^\s'\"]+)")
"""A workspace filter excluding a package (`--filter=!./apps/dev-proxy`, `--filter '!name'`)."""

_BUILD_SCRIPT = re.compile(r"^build(?::.*)?$")
"""The root scripts that build the product (`build`, `build:prod`)."""

_SHIPPING = re.compile(
    r"(?:^|/)(?:Dockerfile[^/]*|[^/]*\.dockerfile|(?:docker-)?compose[^/]*\.ya?ml|"
    r"\.github/workflows/[^/]+|\.gitlab-ci\.yml|fly\.toml|render\.yaml|Procfile)$",
    re.IGNORECASE,
)
"""Files shipping or deploying a program: images, Compose services, CI workflows, platforms."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.unused` on the Node packages below the root that the root's build script
    excludes, keeping no data, deployed by nothing in their folder nor named by any file that
    ships or deploys, in a repository shipping another project of its own."""
    excluded = _excluded_targets(top)
    if not excluded:
        return
    shipping = [u for u in units.values() if u.deployable]
    files: list[tuple[str, str]] | None = None
    for folder, unit in units.items():
        if folder == "." or unit.unused or main_ecosystem(unit) != LANGUAGE:
            continue
        name = _package_name(top, folder)
        if not ({folder, "./" + folder, name} & excluded):
            continue
        if unit.deployable or unit.deployed_starts or deploys_itself(top, folder):
            continue
        if any(s.kind in DATA_KINDS for found in unit.signals.values() for s in found):
            continue
        if not any(u is not unit and not u.is_under(unit) for u in shipping):
            continue
        if files is None:
            files = command_files(top)
            if files is None:
                return  # more files than can be read: the rule keeps out
        if not _shipped(folder, name, files):
            unit.unused = True


def _excluded_targets(top: str) -> set[str]:
    """The packages (folders or names) the root's build scripts filter out."""
    data = package_json(top, ".")
    scripts = data.get("scripts") if data is not None else None
    if not isinstance(scripts, dict):
        return set()
    return {
        found.group("target").rstrip("/")
        for key, command in scripts.items()
        if _BUILD_SCRIPT.match(str(key)) and isinstance(command, str)
        for found in _EXCLUDED.finditer(command)
    }


def _package_name(top: str, folder: str) -> str:
    data = package_json(top, folder)
    name = data.get("name") if data is not None else None
    return name if isinstance(name, str) else posixpath.basename(folder)


def _shipped(folder: str, name: str, files: list[tuple[str, str]]) -> bool:
    """Whether an image, Compose, CI or platform file outside the folder names its path or its
    package name."""
    word = re.compile(r"(?<![\w@/-])" + re.escape(name) + r"(?![\w-])")
    return any(
        folder in text or word.search(text)
        for path, text in files
        if _SHIPPING.search(path) and not path.startswith(folder + "/")
    )
