"""A Python application keyed at the root project that installs it, not at its package folder.

A repository may keep its application's package in a folder of its own (`backend/`, run as
`python -m backend.start` from the folder above it) while the root's `pyproject.toml` declares
every dependency and a lock beside it pins them (`uv sync --locked` in the Dockerfile and CI).
The package folder may still hold a `pyproject.toml` of its own carrying only metadata (a name,
a version, authors; no dependency) and an older pin list nothing installs: the walk keys the
code by that folder, which looks like a project of its own. The project is the root's: what is
installed, locked and built there is the application, as a Django project whose manifest sits
at the root and whose `manage.py` sits below is keyed by the root.

So a Python backend whose folder's `pyproject.toml` declares no dependency and no lock, directly
below a folder whose `pyproject.toml` declares dependencies beside a lock (uv's, Poetry's or
PDM's) and which keys no backend and holds no other Python project, is keyed at that folder.
"""

from __future__ import annotations

import os
import posixpath

from designer.detect import tomlfile
from designer.detect.assemble import Unit
from designer.model.stack import DetectedBackend

LANGUAGE = "python"

_LOCKS = ("uv.lock", "poetry.lock", "pdm.lock")
"""Lock files pinning a `pyproject.toml`'s dependencies."""


def key_at_root(top: str, units: dict[str, Unit], found: list[DetectedBackend]) -> None:
    """Key at the folder above it each Python backend whose own `pyproject.toml` carries only
    metadata while that folder's declares and locks the dependencies."""
    keyed = {backend.folder for backend in found}
    for backend in found:
        folder = backend.folder
        if folder == "." or backend.language != "Python":
            continue
        base = posixpath.dirname(folder) or "."
        if base in keyed or base not in units:
            continue
        if _dependencies(top, folder) != 0 or _locked(top, folder):
            continue
        if not _dependencies(top, base) or not _locked(top, base):
            continue
        if any(
            unit.folder != folder
            and unit.is_under(units[base])
            and any(e == LANGUAGE for _, e, _ in unit.manifests)
            for unit in units.values()
        ):
            continue  # the root holds other Python projects: a workspace of its own
        keyed.discard(folder)
        keyed.add(base)
        backend.folder = base


def _dependencies(top: str, folder: str) -> int | None:
    """How many dependencies `folder`'s `pyproject.toml` declares (PEP 621's or Poetry's,
    Python itself aside); None without a readable one."""
    # tomlfile imports tomllib only when a TOML file is read (its import is costly).
    try:
        with open(os.path.join(top, folder, "pyproject.toml"), "rb") as handle:
            data = tomlfile.loads(handle.read().decode("utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        return None
    project = data.get("project")
    declared = project.get("dependencies") if isinstance(project, dict) else None
    count = len(declared) if isinstance(declared, list) else 0
    poetry = data.get("tool", {}).get("poetry", {})
    listed = poetry.get("dependencies") if isinstance(poetry, dict) else None
    if isinstance(listed, dict):
        count += len([name for name in listed if name.lower() != "python"])
    return count


def _locked(top: str, folder: str) -> bool:
    """Whether `folder` holds a lock of its `pyproject.toml`."""
    return any(os.path.isfile(os.path.join(top, folder, name)) for name in _LOCKS)
