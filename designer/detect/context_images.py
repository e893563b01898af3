"""Pip lists kept beside a Dockerfile that builds the root's package from the root.

A Python package whose server is one of its parts (an SDK whose API server installs as an
extra, `pip install .[api]`) may keep each image's recipe in a folder of its own with the pip
list that image adds (`dockerfiles/api/Dockerfile` beside `dockerfiles/api/requirements.txt`).
The image is built from the repository's root: the Dockerfile names its own list by its path
from the root (`COPY ./dockerfiles/api/requirements.txt ./`), copies the whole root
(`COPY . .`) and pip-installs the root's package (`pip install .[api]`). The folder holds no
code; its list is the root project's (the packages its server runs on), not a backend of
the folder keeping the recipe. Only lists of folders without code, below a root holding a
Python project file, are taken.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable

from designer.detect.sidefiles import DOCKERFILE_VARIANTS
from designer.detect.signals import ManifestResult

PROJECT_FILES = frozenset({"pyproject.toml", "setup.py"})

_WHOLE_COPY = re.compile(r"^[ \t]*(?:COPY|ADD)\b(?:[ \t]+--\S+)*[ \t]+\.[ \t]+\S", re.MULTILINE)
"""A COPY of the whole build context (`COPY . .`, `COPY --chown=u:g . $HOME/app`)."""

_SELF_INSTALL = re.compile(
    r"\bpip3?[ \t]+install\b[^\n]*?[ \t][\"']?\.(?:\[[\w,.-]+\])?[\"']?(?=[ \t]|$|&|;)",
    re.MULTILINE,
)
"""A pip install of the package in the current folder (`pip install .[complete-api]`)."""


def homes(
    side: list[tuple[str, str, str]],
    parsed: list[tuple[str, str, ManifestResult]],
    holds_code: Callable[[str], bool],
) -> dict[str, str]:
    """Manifest path → "." for the pip lists a root-built image names by their path from the
    root, kept beside its Dockerfile in a folder without code (see the module's docstring)."""
    python = [path for path, eco, _ in parsed if eco == "python"]
    if not any(posixpath.basename(p) in PROJECT_FILES and "/" not in p for p in python):
        return {}
    lists = {path for path in python if path.endswith(".txt")}
    found: dict[str, str] = {}
    for path, _, text in side:
        name = posixpath.basename(path)
        folder = posixpath.dirname(path)
        if not folder or (name != "Dockerfile" and not name.startswith(DOCKERFILE_VARIANTS)):
            continue
        if _WHOLE_COPY.search(text) is None or _SELF_INSTALL.search(text) is None:
            continue
        if holds_code(folder):
            continue
        for listed in lists:
            if posixpath.dirname(listed) != folder:
                continue
            if re.search(rf"(?<![\w/.-])(?:\./)?{re.escape(listed)}\b", text):
                found[listed] = "."
    return found
