"""A setup.py kept inside the package it packages, below the project that declares it.

A Python project may keep a second, bare `setup.py` inside its importable package (`app/
setup.py` beside `app/__init__.py`, `setup(name="app", packages=find_packages(),
install_requires=[])`), left from the days the package was installed on its own, while the
project's own manifest above it (a `pyproject.toml` and its lock) declares every dependency and
the deployment installs that. Taken for a project of its own, the package folder becomes the
service (its code holds the server's start) and the real project folder, which declares the
framework, a parent lending it: the service is reported one folder too deep.

Such a setup.py is a module of the enclosing project, as a first-run `setup.py` is (see
`scan._enclosing`): only one declaring no requirements at all, inside a folder holding
`__init__.py`, below a folder whose own packaging manifest (`pyproject.toml`, `setup.py`) the
walk found. A nested package that declares what it needs is still a project of its own.
"""

from __future__ import annotations

import os
import posixpath

from designer.detect.ecosystems import python
from designer.detect.signals import Lines, ManifestError

_NAME = "setup.py"
_PACKAGING = ("pyproject.toml", "setup.py")
_PACKAGE_MARK = "__init__.py"


def inside_package(top: str, path: str, text: str, manifests: set[str]) -> bool:
    """Whether the manifest `path` (read as `text`) is a bare setup.py of a package that an
    enclosing project's packaging manifest (among `manifests`, the walk's paths) declares."""
    if posixpath.basename(path) != _NAME:
        return False
    folder = posixpath.dirname(path)
    if not folder or not os.path.isfile(os.path.join(top, *folder.split("/"), _PACKAGE_MARK)):
        return False
    if not _enclosed(folder, manifests):
        return False
    try:
        result = python.parse(Lines(path, text))
    except (ManifestError, ValueError, TypeError, AttributeError, KeyError, RecursionError):
        return False
    return not result.signals and not result.includes


def _enclosed(folder: str, manifests: set[str]) -> bool:
    """Whether an ancestor of `folder` holds a packaging manifest."""
    outer = folder
    while outer:
        outer = posixpath.dirname(outer)
        prefix = f"{outer}/" if outer else ""
        if any(prefix + name in manifests for name in _PACKAGING):
            return True
    return False
