"""Python: SQLAlchemy a project's code is written to, installed by a package named by URL.

A product's API may take its models and database session from a package of the product kept
in another repository, installed by URL in the requirements file its image uses
(`https://github.com/owner/product-db/archive/<commit>.zip`, `-r https://…/requirements.txt`,
`git+https://…`). What that package requires (SQLAlchemy among it) is not in any file here, so
the manifest names no data layer, while the API's own routers import SQLAlchemy's ORM
(`import sqlalchemy.orm`, `session_query: sqlalchemy.orm.Query`) and open sessions from that
package. The code says which data layer it is written to; the URL says why no manifest does.
So a Python project with a framework and no data layer of its own (an engine its settings
configure is no data layer), one of whose requirements files installs something by URL (or
whose setup.py, setup.cfg or pyproject.toml names a dependency by URL: `'name @ git+https://…'`),
and one of whose modules (outside tests) imports SQLAlchemy's ORM, takes SQLAlchemy as its
data layer, with that module as evidence. Without a requirement
by URL an undeclared import is left alone (an environment's accident, not the product's choice).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator

from designer.detect.assemble import Unit
from designer.detect.pymodules import each_module, nested_projects
from designer.detect.signals import Signal, Strength
from designer.detect.walker import read_text
from designer.model.stack import Evidence, FindingKind

LANGUAGE = "python"

_BY_URL = re.compile(
    r"^[ \t]*(?:-[re][ \t]+|[\w.-]+(?:\[[^\]]*\])?[ \t]*@[ \t]*)?(?:git\+)?https?://\S+",
    re.MULTILINE,
)
"""A requirement (or a requirements file) installed by URL: an archive or a repository
(`https://…/archive/<sha>.zip`, `git+https://…`, `name @ https://…`, `-r https://…`)."""

_ORM_IMPORT = re.compile(
    r"^[ \t]*(?:import[ \t]+sqlalchemy\.orm\b|from[ \t]+sqlalchemy\.orm\b[\w.]*[ \t]+import\b"
    r"|from[ \t]+sqlalchemy[ \t]+import[ \t]+\(?[^)\n]*\borm\b)",
    re.MULTILINE,
)
"""An import of SQLAlchemy's ORM (sessions, queries, mapped classes), not its exceptions."""

_LAYERS = frozenset({FindingKind.ORM, FindingKind.QUERY})
"""A data layer of the project's own, which the package by URL does not replace."""

_PROJECT_FILES = ("setup.py", "setup.cfg", "pyproject.toml")
"""Project files whose dependency lists may name a package by URL."""

_DIRECT_REFERENCE = re.compile(
    r"""^[ \t]*['"]?[\w.-]+(?:\[[^\]]*\])?[ \t]*@[ \t]*(?:git\+)?https?://""", re.MULTILINE
)
"""A dependency of a project file installed by URL, a PEP 508 direct reference (`'lccs-db @
git+https://…@v0.8.2',` in setup.py's install_requires, quoted or not), not a project's own
`url = 'https://…'`."""


def lend(top: str, units: dict[str, Unit]) -> None:
    """Give SQLAlchemy to each Python project with a framework and no data of its own whose
    requirements install something by URL and whose modules import SQLAlchemy's ORM."""
    for folder, signals, nested in candidates(top, units):
        for module in each_module(top, folder, nested):
            if module is None:
                break  # too many modules to read: left alone
            path, text = module
            found = _ORM_IMPORT.search(text)
            if found:
                line = text.count("\n", 0, found.start()) + 1
                evidence = Evidence(path=path, line=line, text=found.group(0).strip())
                signals.append(Signal(FindingKind.ORM, "SQLAlchemy", Strength.ENTRY, evidence))
                break


def candidates(top: str, units: dict[str, Unit]) -> Iterator[tuple[str, list[Signal], set[str]]]:
    """Each Python project with a framework and no data layer of its own whose requirements
    install something by URL: its folder, its Python signals (to add to) and the folders of
    the Python projects nested in it (whose modules are theirs)."""
    folders = [u.folder for u in units.values() if u.signals.get(LANGUAGE)]
    for folder, unit in sorted(units.items()):
        signals = unit.signals.get(LANGUAGE, [])
        if not any(s.kind is FindingKind.FRAMEWORK for s in signals):
            continue
        # An engine alone (a configured `SQLALCHEMY_DATABASE_URI`) is what such a project
        # shows of the data layer the package brings: only a data layer of its own stops it.
        if any(s.kind in _LAYERS for found in unit.signals.values() for s in found):
            continue
        if installs_by_url(top, folder):
            yield folder, signals, nested_projects(folder, folders)


def installs_by_url(top: str, folder: str) -> bool:
    """Whether a requirements file (or a project file) at the top of `folder` installs
    something by URL."""
    try:
        names = os.listdir(os.path.join(top, folder))
    except OSError:
        return False
    for name in sorted(names):
        if name.startswith("requirements") and name.endswith(".txt"):
            text = read_text(top, name if folder == "." else f"{folder}/{name}")[0] or ""
            if _BY_URL.search(text):
                return True
        elif name in _PROJECT_FILES:
            # A project file's install_requires or [project] dependencies may install the
            # product's data package by URL just as a requirements file does.
            text = read_text(top, name if folder == "." else f"{folder}/{name}")[0] or ""
            if _DIRECT_REFERENCE.search(text):
                return True
    return False
