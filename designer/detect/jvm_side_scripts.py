"""Node servers kept as loose scripts beside a JVM application's UI tooling.

A Spring Boot application generated with its browser UI (JHipster) keeps a package.json at its
root: the UI's build tooling (webpack, Jest, ESLint), declaring no server framework of its own.
The lock file resolves Express all the same (webpack's dev server depends on it), so a loose
script beside the build that starts Express (`proxy.js`, a developer's CORS proxy to the
deployed API) reads as a second framework of the application. Where the package.json declares
no Node server framework, nothing of the folder runs the script (no package.json script or
`main`, no Dockerfile, Procfile or Compose command names it), and the folder's JVM build
declares its own framework, the script is a developer's helper: its framework is not the
application's, which stays the JVM build's alone.
"""

from __future__ import annotations

import json
import posixpath

from designer.detect import deployed_starts
from designer.detect.assemble import Unit
from designer.detect.signals import Strength
from designer.detect.walker import read_text
from designer.model.stack import FindingKind


def drop(top: str, units: dict[str, Unit]) -> None:
    """Drop the Node framework signals of loose, unrun scripts from JVM applications' folders."""
    for unit in units.values():
        node = unit.signals.get("node", [])
        starts = [s for s in node if s.kind is FindingKind.FRAMEWORK]
        if not starts or any(s.strength is not Strength.ENTRY or not s.evidence for s in starts):
            continue  # a framework the package.json declares is the package's own
        if not _declares_jvm_framework(unit):
            continue
        packages = [path for path, eco, _ in unit.manifests if eco == "node"]
        if len(packages) != 1 or posixpath.dirname(packages[0]) != _dir(unit.folder):
            continue
        runners = _package_runners(top, packages[0]) + deployed_starts.commands(top, unit.folder)
        paths = {s.evidence.path for s in starts if s.evidence}
        if any(_named(path, unit.folder, runners) for path in paths):
            continue
        unit.signals["node"] = [s for s in node if s.kind is not FindingKind.FRAMEWORK]


def _dir(folder: str) -> str:
    return "" if folder == "." else folder


def _declares_jvm_framework(unit: Unit) -> bool:
    """Whether the folder's JVM build declares a web framework (a dependency, not code)."""
    return any(
        s.kind is FindingKind.FRAMEWORK and s.strength is Strength.DEPENDENCY
        for s in unit.signals.get("jvm", [])
    ) and any(eco == "jvm" for _, eco, _ in unit.manifests)


def _package_runners(top: str, path: str) -> list[str]:
    """The package.json's scripts and `main`: what `npm run` or `npm start` would run."""
    try:
        data = json.loads(read_text(top, path)[0] or "{}")
    except ValueError:
        return []
    if not isinstance(data, dict):
        return []
    scripts = data.get("scripts")
    found = [v for v in scripts.values() if isinstance(v, str)] if isinstance(scripts, dict) else []
    main = data.get("main")
    return found + ([main] if isinstance(main, str) else [])


def _named(path: str, folder: str, runners: list[str]) -> bool:
    """Whether a runner names the script: its path in the folder, or its file's name with or
    without the extension (`node proxy.js`, `node proxy`)."""
    inner = path if folder == "." else path.removeprefix(folder + "/")
    name = posixpath.basename(inner)
    names = {name, name.rsplit(".", 1)[0]}
    for command in runners:
        if inner in command:
            return True
        if any(posixpath.basename(word.strip("'\"")) in names for word in command.split()):
            return True
    return False
