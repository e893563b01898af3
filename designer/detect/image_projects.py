"""Python projects a folder's image installs from a folder kept for its manifest alone.

An application may keep its code at the top of its folder (`manage.py`, its settings and
apps) and its Poetry project in a folder of its own holding nothing else (`poetry/`, its
`pyproject.toml` and `poetry.lock`): its Dockerfile copies that folder, runs `poetry install`
there, then copies the code. The project is the application's, the folder whose image
installs it, not a backend of the folder that keeps it. Only a project whose folder, below the
Dockerfile's, holds no code, installed by a Dockerfile whose own folder declares no Python
dependency, is taken. (`image_lists` does the same for the pip lists `pip install -r` names.)
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable

from designer.detect.sidefiles import DOCKERFILE_VARIANTS
from designer.detect.signals import LazyPattern, ManifestResult

INSTALLERS = LazyPattern(
    r"\b(?:poetry[ \t]+install|pipenv[ \t]+install|uv[ \t]+sync|pdm[ \t]+install)\b"
)
"""A project manager's install of the project in the current folder."""

PROJECT_FILES = frozenset({"pyproject.toml", "Pipfile"})

_COPY = re.compile(r"^[ \t]*(?:COPY|ADD)\b([^\n]*)", re.MULTILINE | re.IGNORECASE)
"""A Dockerfile's COPY or ADD line, its sources and destination after the word."""


def homes(
    side: list[tuple[str, str, str]],
    parsed: list[tuple[str, str, ManifestResult]],
    holds_code: Callable[[str], bool],
) -> dict[str, str]:
    """Manifest path → the folder of the Dockerfile that copies its folder and installs it, for
    the Python projects kept in a folder without code below that Dockerfile's."""
    python = [(path, result) for path, eco, result in parsed if eco == "python"]
    declaring = {posixpath.dirname(path) for path, result in python if result.runtime_dependencies}
    projects = {
        posixpath.dirname(path): path
        for path, _ in python
        if posixpath.basename(path) in PROJECT_FILES and posixpath.dirname(path)
    }
    found: dict[str, str] = {}
    for path, _, text in side:
        name = posixpath.basename(path)
        if name != "Dockerfile" and not name.startswith(DOCKERFILE_VARIANTS):
            continue
        folder = posixpath.dirname(path)
        if folder in declaring or INSTALLERS.search(text) is None:
            continue
        for line in _COPY.finditer(text):
            words = [w for w in line.group(1).split() if not w.startswith("--")]
            for word in words[:-1]:  # the last word is the destination
                keeper = posixpath.normpath(posixpath.join(folder, word.removeprefix("./")))
                manifest = projects.get(keeper)
                if manifest is None or manifest in found or holds_code(keeper):
                    continue
                if not folder or keeper.startswith(folder + "/"):
                    found[manifest] = folder or "."
    return found
