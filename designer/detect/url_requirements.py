"""Python: SQLAlchemy a project's code is written to, installed by a package named by URL.

A product's API may take its models and database session from a package of the product kept
in another repository, installed by URL in the requirements file its image uses
(`https://github.com/owner/product-db/archive/<commit>.zip`, `-r https://…/requirements.txt`,
`git+https://…`). What that package requires (SQLAlchemy among it) is not in any file here, so
the manifest names no data layer, while the API's own routers import SQLAlchemy's ORM
(`import sqlalchemy.orm`, `session_query: sqlalchemy.orm.Query`) and open sessions from that
package. The code says which data layer it is written to; the URL says why no manifest does.
So a Python project with a framework and no data layer of its own, one of whose requirements
files installs something by URL, and one of whose modules (outside tests) imports SQLAlchemy's
ORM, takes SQLAlchemy as its data layer, with that module as evidence. Without a requirement
by URL an undeclared import is left alone (an environment's accident, not the product's choice).
"""

from __future__ import annotations

import os
import re

from designer.detect.assemble import Unit
from designer.detect.pymodules import each_module, nested_projects
from designer.detect.signals import OWN_DATA, Signal, Strength
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


def lend(top: str, units: dict[str, Unit]) -> None:
    """Give SQLAlchemy to each Python project with a framework and no data of its own whose
    requirements install something by URL and whose modules import SQLAlchemy's ORM."""
    folders = [u.folder for u in units.values() if u.signals.get(LANGUAGE)]
    for folder, unit in sorted(units.items()):
        signals = unit.signals.get(LANGUAGE, [])
        if not any(s.kind is FindingKind.FRAMEWORK for s in signals):
            continue
        if any(s.kind in OWN_DATA for found in unit.signals.values() for s in found):
            continue
        if not _installs_by_url(top, folder):
            continue
        for module in each_module(top, folder, nested_projects(folder, folders)):
            if module is None:
                break  # too many modules to read: left alone
            path, text = module
            found = _ORM_IMPORT.search(text)
            if found:
                line = text.count("\n", 0, found.start()) + 1
                evidence = Evidence(path=path, line=line, text=found.group(0).strip())
                signals.append(Signal(FindingKind.ORM, "SQLAlchemy", Strength.ENTRY, evidence))
                break


def _installs_by_url(top: str, folder: str) -> bool:
    """Whether a requirements file at the top of `folder` installs something by URL."""
    try:
        names = os.listdir(os.path.join(top, folder))
    except OSError:
        return False
    for name in sorted(names):
        if name.startswith("requirements") and name.endswith(".txt"):
            text = read_text(top, name if folder == "." else f"{folder}/{name}")[0] or ""
            if _BY_URL.search(text):
                return True
    return False
