"""Projects whose image a CI workflow builds from their folder and pushes to a registry.

A server kept in a `scripts/` folder is a helper the developers run, even with a Dockerfile
of its own (`nonservices.is_script`). One whose image the repository's CI builds from that
folder and pushes (`working-directory: scripts/python/parser`, `docker build .`, `docker
push`; or a build action's `context: ./scripts/parser` with `push: true`) is shipped: a
service the product deploys from the registry (its Compose file names the pushed image), not
a developer's tool. Only GitHub Actions workflows are read, each as a whole: a workflow that
pushes an image and builds one from the folder.
"""

from __future__ import annotations

import os
import posixpath
import re

from designer.detect.assemble import Unit
from designer.detect.nonservices import is_script
from designer.detect.walker import read_text

_WORKFLOWS = ".github/workflows"
_PUSHES = re.compile(r"\bdocker[ \t]+(?:image[ \t]+)?push\b|^[ \t]*push:[ \t]*true\b", re.MULTILINE)
"""A step pushing an image (`docker push $IMAGE_ID`, a build action's `push: true`)."""
_BUILT_FROM = (
    r"^[ \t]*(?:working-directory|context):[ \t]*[\"']?(?:\./)?{folder}/?[\"']?[ \t]*$"
    r"|\bdocker[ \t]+(?:image[ \t]+)?build\b[^\n]*[ \t](?:\./)?{folder}/?(?:[ \t]|$)"
)
"""The folder a step builds from: its working directory, a build action's context, or the
path `docker build` is given."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.published` on the projects in a scripts folder whose image a workflow builds
    from their folder and pushes (only they are asked: elsewhere a Dockerfile already tells)."""
    asked = [u for u in units.values() if u.folder != "." and is_script(u.folder)]
    if not asked:
        return
    pushing = [text for text in _workflows(top) if _PUSHES.search(text)]
    for unit in asked:
        built = re.compile(_BUILT_FROM.format(folder=re.escape(unit.folder)), re.MULTILINE)
        if any(built.search(text) for text in pushing):
            unit.published = True


def _workflows(top: str) -> list[str]:
    """The texts of the repository's GitHub Actions workflows."""
    try:
        names = sorted(os.listdir(os.path.join(top, *_WORKFLOWS.split("/"))))
    except OSError:
        return []
    texts = []
    for name in names:
        if name.endswith((".yml", ".yaml")):
            text = read_text(top, posixpath.join(_WORKFLOWS, name))[0]
            if text is not None:
                texts.append(text)
    return texts
