"""Python: a folder of an image's pip list and no code, beside the program the image runs.

A product may build a worker image in a folder of its own holding only a Dockerfile and the
pip list it installs (`ln_payments_processor/`: `COPY ./ln_payments_processor/requirements.txt`,
`pip3 install -r`), a copy of the API's list, while the worker's command is a CLI command of the
API's code (`flask settle-lightning-payments`, the API's folder mounted as `/app`). The list
names the API's web framework, and Compose builds the folder, yet nothing in it starts a server:
it holds no Python at all. Such a folder is no service (`Unit.no_service`) when its manifests are
pip lists alone, its framework is seen in no code of its own, and another Python project of the
tree holding code declares that framework (the program whose code the image runs). A folder
with any Python file of its own, with no Dockerfile (a list beside a Procfile's process, say: no
image says whose code runs) or one that starts a command or copies in files from outside the
folder (set 94's base images keep that counter-case), or whose framework no other project with
code declares, is left to the other rules.
"""

from __future__ import annotations

import os
import posixpath

from designer.detect.assemble import Unit
from designer.detect.codewalk import all_code_files
from designer.detect.signals import Strength
from designer.model.stack import FindingKind

LANGUAGE = "python"

_MAX_DOCKERFILE = 65536
"""Characters of a Dockerfile read: an image recipe is short."""

MAX_FILES = 1
"""Python files looked for: one is enough to leave the folder to the other rules."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.no_service` on the Python folders holding only pip lists and no code whose
    framework another project of the tree, one holding code, declares."""
    for folder, unit in units.items():
        signals = unit.signals.get(LANGUAGE, [])
        frameworks = {s.name for s in signals if s.kind is FindingKind.FRAMEWORK}
        if folder == "." or unit.no_service or not frameworks:
            continue
        if any(s.kind is FindingKind.FRAMEWORK and s.strength is Strength.ENTRY for s in signals):
            continue
        if not unit.manifests or any(
            eco != LANGUAGE or not path.endswith(".txt") for path, eco, _ in unit.manifests
        ):
            continue
        if not _builds_image(top, unit.folder) or _holds_code(top, unit, units):
            continue
        others = [
            other
            for other in units.values()
            if other is not unit
            and not other.is_under(unit)
            and any(
                s.kind is FindingKind.FRAMEWORK and s.name in frameworks
                for s in other.signals.get(LANGUAGE, [])
            )
        ]
        # The program the image runs: another project of the framework, with code.
        if any(_holds_code(top, other, units) for other in others):
            unit.no_service = True


def _builds_image(top: str, folder: str) -> bool:
    """Whether `folder` holds a Dockerfile that only installs the folder's own files: no CMD or
    ENTRYPOINT of its own (the command is another program's, given where it runs) and no COPY or
    ADD of anything outside the folder (code copied in from elsewhere is a program of its own)."""
    base = os.path.join(top, *folder.split("/"))
    try:
        names = os.listdir(base)
    except OSError:
        return False
    images = [n for n in names if n.startswith("Dockerfile") or n.endswith(".Dockerfile")]
    if not images:
        return False
    for name in images:
        try:
            with open(os.path.join(base, name), encoding="utf-8", errors="replace") as f:
                text = f.read(_MAX_DOCKERFILE)
        except OSError:
            return False
        for line in text.splitlines():
            words = line.split()
            if not words:
                continue
            verb = words[0].upper()
            if verb in ("CMD", "ENTRYPOINT"):
                return False
            if verb in ("COPY", "ADD"):
                sources = [w for w in words[1:-1] if not w.startswith("--")]
                if not all(_own(base, folder, src) for src in sources):
                    return False
    return True


def _own(base: str, folder: str, source: str) -> bool:
    """Whether a COPY source names the folder itself, a path in it (from the repository's root
    as build context), or a file of the folder (the folder as build context)."""
    path = posixpath.normpath(source.removeprefix("./"))
    if path == folder or path.startswith(folder + "/"):
        return True
    return not path.startswith("..") and os.path.isfile(os.path.join(base, *path.split("/")))


def _holds_code(top: str, unit: Unit, units: dict[str, Unit]) -> bool:
    """Whether `unit`'s folder (outside the projects nested in it) holds a Python file."""
    nested = {other.folder for other in units.values() if other.is_under(unit)}
    return all_code_files(top, unit.folder, (".py",), MAX_FILES, nested=nested) != []
