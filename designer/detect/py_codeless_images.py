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
image says whose code runs), or whose framework no other project with code declares, is left to
the other rules.
"""

from __future__ import annotations

import os

from designer.detect.assemble import Unit
from designer.detect.codewalk import all_code_files
from designer.detect.signals import Strength
from designer.model.stack import FindingKind

LANGUAGE = "python"

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
    """Whether `folder` holds a Dockerfile (`Dockerfile`, `Dockerfile.worker`, `x.Dockerfile`)."""
    try:
        names = os.listdir(os.path.join(top, *folder.split("/")))
    except OSError:
        return False
    return any(n.startswith("Dockerfile") or n.endswith(".Dockerfile") for n in names)


def _holds_code(top: str, unit: Unit, units: dict[str, Unit]) -> bool:
    """Whether `unit`'s folder (outside the projects nested in it) holds a Python file."""
    nested = {other.folder for other in units.values() if other.is_under(unit)}
    return all_code_files(top, unit.folder, (".py",), MAX_FILES, nested=nested) != []
