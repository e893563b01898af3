"""pytest settings that point at test folders the project does not have.

A project template leaves `[tool:pytest]` in setup.cfg with `testpaths = tests/unit` (and a
Makefile running pytest) while the service never grew a test: the settings are no test suite.
Where setup.cfg's pytest section names its test paths and none of them exists beside it, that
file's pytest signal is dropped; pytest from a requirement, a `conftest.py`, a test file or a
file kept for pytest alone (pytest.ini, tox.ini's `[pytest]`) stays. Settings naming no paths
are left alone.
"""

from __future__ import annotations

import os
import posixpath
import re

from designer.detect.assemble import Unit
from designer.detect.signals import LazyPattern
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

_SETTINGS = frozenset({"setup.cfg"})
"""Files whose pytest section a template carries along with every other tool's settings."""

_TESTPATHS = LazyPattern(r"^[ \t]*testpaths[ \t]*=[ \t]*(.*(?:\n[ \t]+\S.*)*)", re.MULTILINE)
"""The `testpaths` option and its continuation lines (INI), or its TOML list on one line."""

_PATH = LazyPattern(r"""["']([^"'\n]+)["']|([^\s,"'\[\]]+)""")


def drop_missing(top: str, units: dict[str, Unit]) -> None:
    """Drop, from each Python unit, the pytest signal of a settings file whose test paths are
    all missing."""
    for unit in units.values():
        found = unit.signals.get("python", [])
        missing = {
            s.evidence.path
            for s in found
            if s.kind is FindingKind.TEST
            and posixpath.basename(s.evidence.path) in _SETTINGS
            and _paths_missing(top, s.evidence.path)
        }
        if missing:
            unit.signals["python"] = [
                s
                for s in found
                if not (s.kind is FindingKind.TEST and s.evidence.path in missing)
            ]


def _paths_missing(top: str, settings: str) -> bool:
    """Whether the settings file at `settings` names test paths and none exists beside it."""
    text, _ = read_text(top, settings)
    match = _TESTPATHS.search(text) if text else None
    if match is None:
        return False
    paths = [a or b for a, b in _PATH.findall(match.group(1))]
    folder = posixpath.dirname(settings)
    return bool(paths) and not any(
        os.path.exists(os.path.join(top, *posixpath.join(folder, p).split("/"))) for p in paths
    )
