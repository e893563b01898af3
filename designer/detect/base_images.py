"""A folder inside a Python service that builds the base image of its packages.

A service may prebuild the image its own Dockerfile starts `FROM`, so that its builds do not
compile the same wheels each time: a sub-folder holding a Dockerfile that copies in a pinned
`requirements.txt` and `pip install`s it into a Python image, a README on how to push it, and
nothing else. Its pip list names the service's framework and drivers, yet nothing in that
image starts: it has no `CMD` or `ENTRYPOINT`, copies in no code, and the folder holds no
Python file. It is a build of the service's dependencies, not a backend (`Unit.no_web`).

Only a folder with pip lists and no Python project file of its own, lying inside a Python
project whose code starts a framework, is read; every Dockerfile of it must start nothing and
copy in dependency lists alone, and no Procfile may start anything from it. A folder of a
Dockerfile and the requirements of an application whose code lies elsewhere with no manifest
(mounted by a Compose file that gives the command) has no such enclosing project, and stays.

The same image may be built beside the program it runs rather than inside it (set 470's
`ln_payments_processor/`: a copy of the API's pip list and a Dockerfile installing it, the
worker's command a `flask` CLI command of the API's code, given by Compose). There the program
is another Python project of the tree, one holding code, that declares the folder's framework;
copying in the folder itself (`COPY ./ln_payments_processor /app`) copies only its lists, as it
holds no Python file.
"""

from __future__ import annotations

import os
import posixpath
import re

from designer.detect.assemble import Unit, enclosing, has_entry_point
from designer.detect.codewalk import all_code_files
from designer.detect.sidefiles import DOCKERFILE_VARIANTS
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

LANGUAGE = "python"

_PIP_LIST = re.compile(r"^(?:requirements|constraints)[\w.-]*\.(?:txt|in)$")
"""A pip list's file name (`requirements.txt`, `requirements-prod.txt`, `constraints.txt`)."""

_DEPENDENCY_LISTS = frozenset(
    {"pyproject.toml", "poetry.lock", "Pipfile", "Pipfile.lock", "uv.lock", "pdm.lock"}
)
"""Other files that only list dependencies, which a base image may copy in to install."""

_CONTINUATION = re.compile(r"\\[ \t]*\r?\n")

_INSTRUCTION = re.compile(r"^[ \t]*([A-Za-z]+)[ \t]+(.*)$", re.MULTILINE)

_STARTS = frozenset({"CMD", "ENTRYPOINT"})

_COPIES = frozenset({"COPY", "ADD"})


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.no_web` on the folders inside a Python service that only build the image of
    its dependencies."""
    for unit in units.values():
        if unit.folder == "." or unit.no_web or has_entry_point(unit):
            continue
        manifests = [p for p, e, _ in unit.manifests if e == LANGUAGE]
        if not manifests or any(
            posixpath.dirname(p) != unit.folder or not _PIP_LIST.match(posixpath.basename(p))
            for p in manifests
        ):
            continue
        outer = enclosing(unit, LANGUAGE, units)
        if (outer is None or not has_entry_point(outer)) and not _beside_its_program(
            top, unit, units
        ):
            continue
        if _only_builds_dependencies(top, unit, units):
            unit.no_web = True


def _beside_its_program(top: str, unit: Unit, units: dict[str, Unit]) -> bool:
    """Whether another Python project of the tree, not below `unit` and holding code,
    declares a framework `unit`'s lists name: the program the image runs."""
    named = {s.name for s in unit.signals.get(LANGUAGE, []) if s.kind is FindingKind.FRAMEWORK}
    return bool(named) and any(
        other is not unit
        and not other.is_under(unit)
        and any(
            s.kind is FindingKind.FRAMEWORK and s.name in named
            for s in other.signals.get(LANGUAGE, [])
        )
        and _holds_python(top, other, units)
        for other in units.values()
    )


def _holds_python(top: str, unit: Unit, units: dict[str, Unit]) -> bool:
    """Whether `unit`'s folder, outside the projects nested in it, holds a Python file."""
    nested = {u.folder for u in units.values() if u.is_under(unit)}
    return all_code_files(top, unit.folder, (".py",), 1, nested=nested) != []


def _only_builds_dependencies(top: str, unit: Unit, units: dict[str, Unit]) -> bool:
    """Whether the folder has Dockerfiles, all starting nothing and copying in only
    dependency lists, no Procfile and no Python file of its own."""
    try:
        names = os.listdir(os.path.join(top, *unit.folder.split("/")))
    except OSError:
        return False
    if "Procfile" in names:
        return False
    dockerfiles = [n for n in names if n == "Dockerfile" or n.startswith(DOCKERFILE_VARIANTS)]
    if not dockerfiles:
        return False
    for name in dockerfiles:
        text = read_text(top, posixpath.join(unit.folder, name))[0]
        if text is None or not _builds_dependencies(text, unit.folder):
            return False
    return not _holds_python(top, unit, units)


def _builds_dependencies(text: str, folder: str) -> bool:
    """Whether a Dockerfile starts nothing and copies in nothing but dependency lists and the
    `folder` it is in (which holds no Python file: its lists)."""
    for instruction, arguments in _INSTRUCTION.findall(_CONTINUATION.sub(" ", text)):
        keyword = instruction.upper()
        if keyword in _STARTS:
            return False
        if keyword in _COPIES and not all(
            _dependency_list(s) or posixpath.normpath(s) == folder for s in _sources(arguments)
        ):
            return False
    return True


def _sources(arguments: str) -> list[str]:
    """The sources of a COPY or ADD read from the build context (all but the destination;
    none for a copy from another stage or image)."""
    words = arguments.split()
    if any(w.startswith("--from=") for w in words):
        return []
    paths = [w.strip('[]",') for w in words if not w.startswith("--")]
    return [p for p in paths[:-1] if p]


def _dependency_list(source: str) -> bool:
    name = posixpath.basename(source.rstrip("/"))
    return bool(_PIP_LIST.match(name)) or name in _DEPENDENCY_LISTS
