"""Frameworks a fully pinned pip list holds only because another package requires them.

A project may declare its dependencies in its own project file (setup.cfg's
`install_requires`, pyproject.toml's `dependencies`) and keep beside it a pip list pinning every
package of the environment that resolves (`pip freeze` or `pip-compile` output: `Flask==2.2.5`,
and `tornado==6.4.2` because a monitoring tool among hundreds of pins requires it). The project
file says which framework the application is written on; a framework the pinned list alone
names, which no code starts, is one of the resolution's transitive packages, not a second
framework to choose between. The declared framework keeps the pin (its release).

A project file declaring its dependencies but no framework at all (a data pipeline's setup.py
requiring luigi, whose pinned list holds `tornado==6.4.2` because luigi's scheduler requires it)
says the same: the pinned list's framework is a package of the resolution, and the project
serves nothing of its own on it.

Only folders whose own project file declares a framework at run time, or declares dependencies
and no framework, are read, only pip lists of that folder whose every requirement is pinned to
one release, and only frameworks no code starts and no other manifest names.
"""

from __future__ import annotations

import posixpath
import re

from designer.detect.assemble import Unit
from designer.detect.signals import Strength
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

LANGUAGE = "python"

_PROJECT_FILES = frozenset({"pyproject.toml", "setup.cfg", "setup.py", "Pipfile"})

_PINNED = re.compile(r"^[A-Za-z0-9][\w.-]*(?:\[[^\]]*\])?[ \t]*===?[ \t]*\d[\w.+!-]*")
"""A requirement pinned to one release (`Flask==2.2.5`, `psycopg[binary]==3.2.1`)."""

MIN_PINS = 20
"""Pins a list must hold to be a resolved environment rather than a short hand-kept list."""


def drop(top: str, units: dict[str, Unit]) -> None:
    """Drop from each Python project the frameworks only its fully pinned pip lists name,
    when its project file declares another framework, or dependencies and no framework, and
    no code starts them."""
    for unit in units.values():
        signals = unit.signals.get(LANGUAGE)
        if not signals:
            continue
        paths = [p for p, e, _ in unit.manifests if e == LANGUAGE]
        projects = {p for p in paths if posixpath.basename(p) in _PROJECT_FILES}
        frameworks = [s for s in signals if s.kind is FindingKind.FRAMEWORK]
        declared = {
            s.name
            for s in frameworks
            if s.evidence.path in projects and s.strength is Strength.DEPENDENCY
        }
        if not declared and not any(
            s.evidence.path in projects and s.strength is Strength.DEPENDENCY for s in signals
        ):
            continue
        folders = {posixpath.dirname(p) for p in projects}
        pinned = {
            p
            for p in paths
            if p.endswith(".txt") and posixpath.dirname(p) in folders and _fully_pinned(top, p)
        }
        if not pinned:
            continue
        named: dict[str, set[str]] = {}
        for s in frameworks:
            where = "entry" if s.strength is Strength.ENTRY else s.evidence.path
            named.setdefault(s.name, set()).add(where)
        transitive = {
            name for name, where in named.items() if name not in declared and where <= pinned
        }
        if transitive:
            unit.signals[LANGUAGE] = [
                s
                for s in signals
                if not (s.kind is FindingKind.FRAMEWORK and s.name in transitive)
            ]


def _fully_pinned(top: str, path: str) -> bool:
    """Whether every requirement of the pip list is pinned to one release, and it holds at
    least MIN_PINS of them."""
    text, _ = read_text(top, path)
    if text is None:
        return False
    pins = 0
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped or stripped.startswith(("#", "-")):
            continue
        if not _PINNED.match(stripped):
            return False
        pins += 1
    return pins >= MIN_PINS
