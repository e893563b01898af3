"""Packaged Django apps whose only Django project is their test harness: libraries.

A reusable Django app (or a set of them) is a Python distribution (`setup.py` packaging
`ratechecker`, `countylimits`, ... with `find_packages()`) that another Django project installs
and mounts. To run its tests it keeps a small project of its own: a `manage.py` at the root
whose `DJANGO_SETTINGS_MODULE` is a settings module for the tests (`settings_for_testing`,
`test_settings`, `tests.settings`), run by tox as `manage.py test`. Its `urls.py` and models
make it look like a Django backend, yet nothing serves it: no WSGI or ASGI module for a server
to load, no image, no Procfile. HELDOUT.md counts such a package as no backend.

Only a folder declaring Django, with a packaging manifest of its own (a `setup.py` calling
`setup(`, a `setup.cfg` with `[metadata]`, a `pyproject.toml` with `[project]` or
`[tool.poetry]`), nothing deploying or publishing it, and at least one Django entry point
(`manage.py`, `wsgi.py`, `asgi.py`) below it, every one of which names only settings modules
for tests, is marked. A project whose `manage.py` picks test settings for `manage.py test` and
its own settings otherwise names both, and stays a service.
"""

from __future__ import annotations

import posixpath
import re

from designer.detect.assemble import Unit
from designer.detect.codewalk import code_files
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

LANGUAGE = "python"

_ENTRY_FILES = ("manage.py", "wsgi.py", "asgi.py")
_LIMIT = 50
"""Entry-point files listed per folder at most: a larger tree is left alone."""
_SKIPPED = frozenset({"node_modules", "venv", "env", "site-packages", "build", "dist"})

_SETTINGS_MODULE = re.compile(
    r"""DJANGO_SETTINGS_MODULE['"]\s*(?:,|\]\s*=)\s*['"]([A-Za-z_][\w.]*)['"]"""
)
"""A settings module an entry point sets (as `django_projects` reads it)."""

_TEST_WORDS = frozenset({"test", "tests", "testing"})
"""Words of a settings module's name saying it is for the tests (`settings_for_testing`)."""

_PYPROJECT_PACKAGE = re.compile(r"^\[(?:project|tool\.poetry)\]", re.MULTILINE)
_SETUP_CFG_PACKAGE = re.compile(r"^\[metadata\]", re.MULTILINE)


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.no_service` on the packaged Django apps whose Django projects all run on
    settings for their tests."""
    for unit in units.values():
        if unit.no_service or unit.deployable or unit.published:
            continue
        if not _declares_django(unit) or not _packaged(top, unit):
            continue
        nested = {f for f in units if f != unit.folder and f.startswith(unit.folder + "/")}
        if _test_settings_only(top, unit.folder, nested):
            unit.no_service = True


def _declares_django(unit: Unit) -> bool:
    return any(
        s.kind is FindingKind.FRAMEWORK and s.name == "Django"
        for s in unit.signals.get(LANGUAGE, [])
    )


def _packaged(top: str, unit: Unit) -> bool:
    """Whether a manifest of the folder itself packages a distribution."""
    for path, eco, _ in unit.manifests:
        if eco != LANGUAGE or (posixpath.dirname(path) or ".") != unit.folder:
            continue
        name = posixpath.basename(path)
        if name == "setup.py":
            return True  # a setup.py that packages nothing is read as a module, not here
        if name in ("pyproject.toml", "setup.cfg"):
            text, _ = read_text(top, path)
            pattern = _PYPROJECT_PACKAGE if name == "pyproject.toml" else _SETUP_CFG_PACKAGE
            if text and pattern.search(text):
                return True
    return False


def _test_settings_only(top: str, folder: str, nested: set[str]) -> bool:
    """Whether the Django entry points under `folder` name settings modules, every one of
    them a settings module for tests."""
    named = False
    for path in code_files(
        top, folder, _ENTRY_FILES, _LIMIT,
        skip_dir=lambda name: name in _SKIPPED or name.startswith("__"),
        nested=nested,
    ):
        if path is None:
            return False  # too large a tree to tell
        if posixpath.basename(path) not in _ENTRY_FILES:
            continue
        text, _ = read_text(top, path)
        modules = _SETTINGS_MODULE.findall(text or "")
        if posixpath.basename(path) != "manage.py" and not modules:
            return False  # a server's module with settings set elsewhere
        for module in modules:
            if _TEST_WORDS.isdisjoint(re.split(r"[._]", module.lower())):
                return False
            named = True
    return named
