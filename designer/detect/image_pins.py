"""Pip lists a service's image installs from elsewhere in its repository.

Several services of one repository may share libraries of the same repository (a `gear/` of
database pools and web helpers, a `web_common/` of templates) and declare nothing themselves:
their pyproject.toml names no dependency, and each service's Dockerfile copies the libraries'
pinned lists from the build context (`COPY gear/pinned-requirements.txt gear-requirements.txt`)
and installs them (`RUN pip install -r gear-requirements.txt`, or a wrapper of pip taking the
same `-r`). What the image installs is what the service runs on: its framework's release, its
data layer and its driver are those lists'. A framework, data layer or library a sibling
package lends the application is the application's.

Only services whose code starts a framework that none of their own manifests declares are
asked (the gap those lists fill), only about the Dockerfiles of their own folder (as the scan
read them), only about lists the tree holds that the service's manifests are not already (read
as they are), and only lists naming that framework are taken. Copies and build contexts are
read as `image_lists` reads them.
"""

from __future__ import annotations

import os
import posixpath
import re

from designer.detect.assemble import Unit
from designer.detect.ecosystems import python
from designer.detect.image_layers import keep_reached
from designer.detect.image_lists import COPIED, build_context
from designer.detect.pymodules import nested_projects
from designer.detect.sidefiles import DOCKERFILE_VARIANTS
from designer.detect.signals import Lines, ManifestError, Signal, Strength
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

LANGUAGE = "python"

_CONTINUATION = re.compile(r"\\[ \t]*\r?\n")

_RUN = re.compile(r"^[ \t]*RUN[ \t]+(.*)$", re.MULTILINE | re.IGNORECASE)

_LIST_OPTION = re.compile(r"(?:^|[ \t])(?:-r|--requirement)(?:[ \t]+|=)(\S+)")
"""A pip list handed to pip (or to a wrapper passing pip's options on) by `-r`."""


def lend(top: str, units: dict[str, Unit], side: list[tuple[str, str, str]]) -> None:
    """Add to each Python service whose code starts an undeclared framework the signals of the
    pip lists its own Dockerfiles (among the scan's `side` files: path, owner, text) copy in and
    install."""
    dockerfiles: dict[str, list[str]] = {}
    for path, _, text in side:
        name = posixpath.basename(path)
        if name == "Dockerfile" or name.startswith(DOCKERFILE_VARIANTS):
            dockerfiles.setdefault(posixpath.dirname(path) or ".", []).append(text)
    for unit in units.values():
        signals = unit.signals.get(LANGUAGE)
        started = _undeclared_frameworks(signals or [])
        if not signals or not started:
            continue
        own = {path for path, _, _ in unit.manifests}
        for path in _installed_lists(top, unit.folder, dockerfiles.get(unit.folder, [])):
            if path in own:
                continue
            own.add(path)
            text, _ = read_text(top, path)
            if text is None:
                continue
            try:
                result = python.parse(Lines(path, text))
            except ManifestError:
                continue
            # Only a list naming a framework the code starts fills the gap: a list of another
            # project (a service's own, copied by a root image) names another framework.
            if {s.name for s in result.signals if s.kind is FindingKind.FRAMEWORK} & started:
                nested = nested_projects(unit.folder, list(units))
                signals += keep_reached(top, unit.folder, nested, path, result.signals)


def _undeclared_frameworks(signals: list[Signal]) -> set[str]:
    """The frameworks started in code that no manifest line declares."""
    frameworks = [s for s in signals if s.kind is FindingKind.FRAMEWORK]
    started = {s.name for s in frameworks if s.strength is Strength.ENTRY}
    return started - {s.name for s in frameworks if s.strength is not Strength.ENTRY}


def _installed_lists(top: str, folder: str, texts: list[str]) -> list[str]:
    """The tree's paths of the `.txt` lists the Dockerfiles of `folder` (their `texts`) copy in
    and install with `-r`, each found from the folder or the nearest folder above holding it
    (the build context)."""

    def exists(path: str, _folder: bool) -> bool:
        return os.path.isfile(os.path.join(top, *path.split("/")))

    found: list[str] = []
    for text in texts:
        text = _CONTINUATION.sub(" ", text)
        installed = {
            arg.strip("'\"")
            for run in _RUN.findall(text)
            for arg in _LIST_OPTION.findall(run)
        }
        for source, dest in COPIED.findall(text):
            if not source.endswith(".txt") or not _names(dest, source, installed):
                continue
            path = build_context("" if folder == "." else folder, source.removeprefix("./"), exists)
            if path is not None and path not in found:
                found.append(path)
    return found


def _names(dest: str, source: str, installed: set[str]) -> bool:
    """Whether a `-r` argument installs what was copied to `dest` (a file, or a folder the
    source's name lands in)."""
    copied = {dest, dest.removeprefix("./")}
    if dest.endswith("/"):
        copied |= {d + posixpath.basename(source) for d in copied}
    return any(
        arg in copied or arg.removeprefix("./") in copied
        or (arg.startswith("/") and posixpath.basename(arg) == posixpath.basename(dest))
        for arg in installed
    )
