"""The ORM a Python project's modules import when another package installs it.

A Python application may declare no ORM itself and still be written to one: its models come
from a library that requires it (a workspace member absent from the checkout, a package of the
same repository installed from git) and its lock resolves the ORM with the rest. A data layer
a library lends the application is the application's, and two things together prove it here:
the project's own lock resolves the ORM's package and the project's own modules (outside its
tests) import it. A glue package the project declares may bring the ORM just as well, lock or
none: Flask-Migrate requires Flask-SQLAlchemy (and so SQLAlchemy), so a project pinning
Flask-Migrate alone in its requirements whose modules import `flask_sqlalchemy` is on
SQLAlchemy. A project declaring an ORM of its own is not asked; nor is one whose lock holds no
ORM and that declares no such glue, so most projects cost one lookup in a lock already parsed.
"""

from __future__ import annotations

import functools
import posixpath
import re

from designer.detect.assemble import Unit
from designer.detect.codewalk import code_files
from designer.detect.ecosystems.python import CATALOG, GLUE
from designer.detect.locks import LockFiles
from designer.detect.pymodules import nested_projects
from designer.detect.signals import Strength, dependency_signals
from designer.detect.walker import read_text
from designer.model.stack import Evidence, FindingKind

LANGUAGE = "python"

MAX_FILES = 400
"""Python files read per project at most, looking for the import."""

_SKIPPED = frozenset(
    {"tests", "test", "node_modules", "venv", ".venv", "site-packages", "__pycache__"}
)
"""Folders whose modules are not the project's own code (its tests, installed packages)."""


BRINGS = {"flask-migrate": ("flask-sqlalchemy", "sqlalchemy")}
"""Packages that require an ORM's packages (Flask-Migrate is Alembic for Flask-SQLAlchemy's
models): declaring one installs them."""


@functools.cache
def _orms() -> tuple[str, ...]:
    """The catalogue's ORM packages that are no framework (Django's ORM comes with Django,
    whose apps any package of a Django project imports); each is imported as its name with
    `_` for `-` (`flask-sqlalchemy` as `flask_sqlalchemy`)."""
    return tuple(
        key
        for key, found in CATALOG.items()
        if any(kind is FindingKind.ORM for kind, _ in found)
        and not any(kind is FindingKind.FRAMEWORK for kind, _ in found)
        and key.replace("-", "_").isidentifier()
    )


def lend(top: str, units: dict[str, Unit], locks: LockFiles) -> None:
    """Give each Python project declaring no ORM the ORM its lock installs and its own
    modules import."""
    folders = list(units)
    for unit in units.values():
        signals = unit.signals.get(LANGUAGE)
        if not signals or not any(e == LANGUAGE for _, e, _ in unit.manifests):
            continue
        if any(s.kind is FindingKind.ORM and s.strength is not Strength.DEV for s in signals):
            continue
        locked = {
            key: ""
            for s in signals
            if s.strength is not Strength.DEV
            for key in BRINGS.get(s.package or "", ())
        }
        # A lock further up is an enclosing project's: only the project's own is read.
        if next(locks.holders(unit.folder, LANGUAGE), ("",))[0] == unit.folder:
            locked.update(locks.versions(unit.folder, LANGUAGE, dict.fromkeys(_orms(), "")))
        if not locked:
            continue
        modules = {key.replace("-", "_"): key for key in locked}
        found = _first_import(top, unit.folder, nested_projects(unit.folder, folders), modules)
        if found is not None:
            key, evidence = found
            signals += dependency_signals(CATALOG, key, "", False, evidence, GLUE)


_IMPORT = r"^[ \t]*(?:from|import)[ \t]+({names})\b"


def _first_import(
    top: str, folder: str, nested: set[str], modules: dict[str, str]
) -> tuple[str, Evidence] | None:
    """The package of the first of `modules` a module of `folder` imports, with the line;
    None when none does within the budget."""
    pattern = re.compile(
        _IMPORT.format(names="|".join(re.escape(m) for m in sorted(modules))), re.MULTILINE
    )
    for path in code_files(
        top,
        folder,
        (".py",),
        MAX_FILES,
        skip_dir=_SKIPPED.__contains__,
        skip_file=lambda name: name.startswith("test_") or name == "conftest.py",
        nested=nested,
    ):
        if path is None:
            return None
        text = read_text(top, path)[0] or ""
        match = pattern.search(text)
        if match is None:
            continue
        line = text.count("\n", 0, match.start()) + 1
        end = text.find("\n", match.start())
        written = text[match.start() : end if end != -1 else len(text)].strip()
        evidence = Evidence(path=posixpath.normpath(path), line=line, text=written)
        return modules[match.group(1)], evidence
    return None
