"""Python: pip lists kept in a folder of set-up files beside the application they install.

An application may keep its code at the top of a folder (`prod.py` with the WSGI
`application()`, `dev.py`, the `app/` package and its settings) with no manifest there, and its
only pip lists one folder down among set-up files (`setup/requirements.txt` and its pip-compile
`.in`, beside the SQL schema, the migrations and a few maintenance scripts), installed by a
person following the set-up notes rather than by an image (so `mounted_lists`, which reads a
Dockerfile, does not see it). Taken for a project of its own, the set-up folder is reported as a
phantom backend and the application is missed. The lists are the application's: the folder
holding them is no program (no Python file of its own, nothing below it named like an entry
point or a package) and the nearest folder above holding Python code declares no Python manifest
and holds a program (a package or a file named like an entry point).

A project file declaring no dependency (a root `setup.cfg` holding only pycodestyle's or
flake8's settings) is tools' settings beside the code, not a manifest the application declares.

A set-up folder's lists are then the application's only dependency lists: all named for
development (`devsetup/dev_requirements.txt`, which the set-up script installs), they are still
what the application is installed with and runs on, so they are read as its runtime dependencies
(`read_as_runtime`); beside a list not so named, they stay development lists.

Only a folder whose manifests are all pip lists is read as such a keeper, and only when it is the
one such folder of the application above (two would leave the lists' owner in doubt).

The folder above may declare the project in a `pyproject.toml` that names it and its tools'
settings but no dependency (`[project] name = "DAS"`, black and pylint settings), its code one
folder down (`das/manage.py`) and its pip-compiled lists in a sibling (`dependencies/
requirements.txt`): such a manifest installs nothing, so the lists are still what the
application runs on (set 468's er-server). A `pyproject.toml` declaring any dependency keeps
the lists beside it apart: it says itself what the project installs.
"""

from __future__ import annotations

import posixpath
from collections.abc import Callable

from designer.detect.ecosystems import python
from designer.detect.mounted_lists import enclosing_code
from designer.detect.signals import ManifestResult, Strength
from designer.detect.walker import Source, Tree

_PACKAGE = "__init__.py"


def homes(
    tree: Tree, owner: Callable[[str], str], settings: frozenset[str] = frozenset()
) -> dict[str, str]:
    """Folders holding only pip lists and no program → the enclosing application folder (see
    the module's docstring). `owner(path)` is the project folder the scan gives a manifest;
    `settings` the paths of Python project files declaring no dependency."""
    only: dict[str, bool] = {}
    for path, module in tree.manifests:
        folder = owner(path)
        only[folder] = only.get(folder, True) and module is python and path.endswith(".txt")
    declaring = {
        owner(path)
        for path, module in tree.manifests
        if module is python and path not in settings
    }
    # A folder whose only Python manifests are `pyproject.toml` files declaring nothing holds
    # the project's name and tools' settings above its code: it stands for the code below it.
    bare: dict[str, bool] = {}
    for path, module in tree.manifests:
        if module is python:
            empty = posixpath.basename(path) == "pyproject.toml" and path in settings
            bare[owner(path)] = bare.get(owner(path), True) and empty
    bare_dirs = {folder for folder, empty in bare.items() if empty}
    code = [
        s
        for files in tree.sources.values()
        for s in files
        if s.path.endswith(".py") and not s.is_test
    ]
    code_dirs = {posixpath.dirname(s.path) or "." for s in code}
    found: dict[str, str] = {}
    for folder, lists in only.items():
        if not lists or folder == "." or folder in code_dirs:
            continue
        inside = folder + "/"
        if any(s.path.startswith(inside) and _program(s.path, s.is_entry) for s in code):
            continue  # a package or an entry point below: code of its own, not set-up files
        home = enclosing_code(folder, code_dirs | bare_dirs, declaring)
        if home is None or not _holds_program(home, declaring, code):
            continue
        found[folder] = home
    # Two keepers of lists for one application leave in doubt whose lists each are.
    counts: dict[str, int] = {}
    for home in found.values():
        counts[home] = counts.get(home, 0) + 1
    return {folder: home for folder, home in found.items() if counts[home] == 1}


def read_as_runtime(
    parsed: list[tuple[str, str, ManifestResult]],
    keepers: dict[str, str],
    owner: Callable[[str], str],
) -> None:
    """Read as runtime dependencies the signals of the pip lists of each set-up folder in
    `keepers` (as `homes` returns them) whose lists are all named for development."""
    lists: dict[str, list[tuple[str, ManifestResult]]] = {}
    for path, eco, result in parsed:
        if eco == "python" and owner(path) in keepers:
            lists.setdefault(owner(path), []).append((path, result))
    for found in lists.values():
        if not all(python.is_dev_pip(path) for path, _ in found):
            continue
        for _, result in found:
            result.signals = [
                s.replace(strength=Strength.DEPENDENCY) if s.strength is Strength.DEV else s
                for s in result.signals
            ]


def _program(path: str, entry: bool) -> bool:
    """Whether the Python file `path` marks a program: a package or a name like an entry's."""
    return entry or posixpath.basename(path) == _PACKAGE


def _holds_program(home: str, declaring: set[str], code: list[Source]) -> bool:
    """Whether `home` holds a program of its own: a package or a file named like an entry
    point, directly in it or in a sub-folder no Python manifest makes a project of its own."""
    inside = "" if home == "." else home + "/"
    projects = tuple(f + "/" for f in declaring if f != home and (f + "/").startswith(inside))
    return any(
        s.path.startswith(inside)
        and not s.path.startswith(projects)
        and _program(s.path, s.is_entry)
        for s in code
    )
