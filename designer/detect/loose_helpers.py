"""Servers kept as loose files among a repository's helpers.

A folder with no manifest of its language takes the code of the folders below it that hold
none either: a Python file starting aiohttp in `dev-tools/local-stack/mockoidc.py` makes the
repository root a Python unit, though the root declares no Python project at all. The place of
such a program is the file that starts its framework, not the folder it was gathered into: a
file named as a test double (`mockoidc.py`, `fake_idp.py`) or kept in a folder of tools,
scripts, doubles or tests is a helper the developers or the tests run (a mock identity
provider for a local stack), no backend. A folder with a manifest is a project of its own, and
stays one whatever its files are named, unless its manifests declare no framework at all and
every file starting one lies in a folder of developer tools below it: a repository root whose
pyproject.toml only configures linters, and whose one aiohttp start is `devbin/dev_proxy.py` (a
proxy for developers), is no backend because of that proxy. `bin/` is not such a folder: Rails'
`bin/rails` and a Node `bin/www` are the application's own entry points. A project that ships
such a program is its own, though: when its Dockerfile, Procfile or a Compose service beside
its manifests runs a file starting the framework (`CMD ["python", "tools/server.py"]`), that
file is the application the project deploys (`deployed_starts`), not a developer's helper.
"""

from __future__ import annotations

import posixpath

from designer.detect import deployed_starts
from designer.detect.assemble import Unit
from designer.detect.nonservices import is_double, is_script, is_test_host, is_tool
from designer.detect.signals import Strength
from designer.model.stack import FindingKind

DEVELOPER_FOLDERS = frozenset(
    {"devbin", "dev", "hack", "devtools", "dev-tools", "dev_tools", "script", "scripts",
     "tools", "tooling", "utilities"}
)
"""Folders of a repository's developer tools: the scripts and helpers its developers run
(`devbin/`, `hack/` of Go and Kubernetes projects, `dev-tools/`, `scripts/`, `tools/`)."""


def loose_helper(unit: Unit, language: str) -> bool:
    """Whether the unit declares no project at all and every file starting its `language`
    framework is placed as a helper: named as a test double, or in a folder of tools,
    scripts, doubles or tests; or whether its manifests declare no framework of the language
    and every file starting one lies in a folder of developer tools below it. (A folder with
    a manifest of any language is otherwise a project, whose language the loose files may
    outweigh: a Go module's mock server in Python.)"""
    signals = unit.signals.get(language, [])
    starts = {
        s.evidence.path
        for s in signals
        if s.kind is FindingKind.FRAMEWORK and s.strength is Strength.ENTRY and s.evidence
    }
    if not starts:
        return False
    if not unit.manifests:
        return all(helper_file(path) for path in starts)
    if any(s.kind is FindingKind.FRAMEWORK and s.strength is not Strength.ENTRY for s in signals):
        return False  # a framework its manifests install is the project's own
    if starts & unit.deployed_starts:
        return False  # its own Dockerfile, Procfile or Compose service runs the program
    return all(_in_developer_folder(path, unit.folder) for path in starts)


def mark(top: str, units: dict[str, Unit]) -> None:
    """Record, on each project starting a framework in a folder of developer tools, which of
    those start files its own Dockerfile, Procfile or Compose services run."""
    for unit in units.values():
        if not unit.manifests:
            continue
        starts = {
            s.evidence.path
            for signals in unit.signals.values()
            for s in signals
            if s.kind is FindingKind.FRAMEWORK and s.strength is Strength.ENTRY and s.evidence
            and _in_developer_folder(s.evidence.path, unit.folder)
        }
        if not starts:
            continue
        commands = deployed_starts.commands(top, unit.folder)
        for path in starts:
            inner = path if unit.folder == "." else path.removeprefix(unit.folder + "/")
            if any(deployed_starts.runs(command, inner) for command in commands):
                unit.deployed_starts.add(path)


def _in_developer_folder(path: str, folder: str) -> bool:
    """Whether `path` lies in a folder of developer tools inside the project `folder`."""
    inner = path if folder == "." else path.removeprefix(folder + "/")
    return any(part.lower() in DEVELOPER_FOLDERS for part in posixpath.dirname(inner).split("/"))


def helper_file(path: str) -> bool:
    """Whether the file is named as a test double or lies in a helpers' folder."""
    folder = posixpath.dirname(path)
    stem = posixpath.basename(path).split(".", 1)[0]
    return (
        is_double(stem)
        or is_double(folder)
        or is_tool(folder)
        or is_script(folder)
        or is_test_host(folder)
        or any(part.lower() in DEVELOPER_FOLDERS for part in folder.split("/"))
    )
