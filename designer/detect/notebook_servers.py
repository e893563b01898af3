"""Python servers kept among a folder's notebooks: an experiment, not a backend.

A product's repository sometimes keeps a research folder beside its services: Jupyter notebooks
trying out a method (a text filter's exact and fuzzy matching) and, in a sub-folder of it, the
method wrapped in a few lines of FastAPI or Flask (one POST route over the notebook's function,
a Dockerfile running uvicorn) to try it as a service. Nothing of the product builds, ships or
calls it: no CI job, Compose file, script or configuration outside its folder names it. Such a
project is an experiment a developer ran (HELDOUT.md: "a leftover that nothing builds or calls
any more"), when at the same time:

- it is a Python project below a folder that is itself below the repository root and that keeps
  Jupyter notebooks of its own (`*.ipynb` directly in it): the folder is one of experiments;
- it keeps no data (a data layer or a store of its own makes it a service someone adopted);
- no command, build, CI or configuration file of the repository outside its folder names it
  (its path, or its folder's name as a word: `hand_servers.command_files`); a Dockerfile in its
  own folder that nothing builds ships nothing;
- the repository ships some other project of its own (a Dockerfile or Procfile elsewhere): it
  does deploy its services, and this one is not among them.

Documentation is not read: a README telling how to try the experiment does not deploy it. A
project whose folder sits directly at the root, or beside no notebook, is left to the other
rules (`hand_servers`).
"""

from __future__ import annotations

import os
import posixpath

from designer.detect.assemble import Unit, main_ecosystem
from designer.detect.hand_servers import command_files, named
from designer.detect.nonservices import DATA_KINDS

_NOTEBOOK = ".ipynb"


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.unused` on the Python projects kept below a folder of notebooks that keep no
    data and that nothing of a repository shipping its other projects names."""
    candidates = [u for folder, u in units.items() if folder != "." and _candidate(top, u)]
    if not candidates:
        return
    shipping = [u for u in units.values() if u.deployable]
    files: list[tuple[str, str]] | None = None
    for unit in candidates:
        if not any(u is not unit and not u.is_under(unit) for u in shipping):
            continue
        if files is None:
            files = command_files(top)
            if files is None:
                return  # more than can be read: the repository is taken to name it
        if not named(unit.folder, files):
            unit.unused = True


def _candidate(top: str, unit: Unit) -> bool:
    """Whether the unit is a Python project keeping no data, started by nothing a deployment
    runs, whose parent folder (not the root) holds notebooks."""
    if unit.deployed_starts or main_ecosystem(unit) != "python":
        return False
    if any(s.kind in DATA_KINDS for found in unit.signals.values() for s in found):
        return False
    parent = posixpath.dirname(unit.folder)
    return bool(parent) and _holds_notebooks(top, parent)


def _holds_notebooks(top: str, folder: str) -> bool:
    """Whether a Jupyter notebook lies directly in `folder`."""
    try:
        names = os.listdir(os.path.join(top, *folder.split("/")))
    except OSError:
        return False
    return any(name.endswith(_NOTEBOOK) for name in names)
