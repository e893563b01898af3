"""Pip lists whose name marks them superseded, kept beside the list that replaced them.

A project upgrading its dependencies sometimes keeps the old list under a name saying so
(`requirements-old.txt`, `requirements_bak.txt`, `requirements.backup.txt`) beside the new
`requirements.txt` its Procfile or Dockerfile installs. The old list is a record of what the
application once ran, not what it runs: its stale pins (`Flask==0.12.2` where the current list
pins `Flask==2.0.2`) would otherwise tie with the current ones, and the file's name, sorting
first, would win the version. Where a folder's Python manifests include such a list and at least
one other runtime manifest, the superseded list is dropped, with every signal it gave. A
folder whose only list is marked old keeps it: it is all the project says it installs. Only the
file's own name is read: a folder named so (`backup/requirements.txt`) is a helper's, read by
the rules for helpers.
"""

from __future__ import annotations

import posixpath
import re

from designer.detect.assemble import Unit
from designer.detect.ecosystems.python import is_dev_pip

LANGUAGE = "python"

_SUPERSEDED = re.compile(
    r"(?:^|[-_.])(?:old|bak|backup|orig|prev|previous|deprecated|obsolete|outdated)(?:[-_.]|$)"
)
"""A word of a pip list's name (without `.txt`) marking it superseded (`requirements-old`,
`requirements_bak`, `old` in a `requirements/` folder): a word of its own, so that
`requirements-gold` or `requirements-holdout` stays a list."""


def superseded(path: str) -> bool:
    """Whether the pip list at `path` is named as a superseded one."""
    name = posixpath.basename(path).lower()
    return name.endswith(".txt") and _SUPERSEDED.search(name[: -len(".txt")]) is not None


def drop(units: dict[str, Unit]) -> None:
    """Drop, from each Python unit, the superseded pip lists beside another runtime manifest
    of the same folder, with their signals."""
    for unit in units.values():
        paths = [p for p, e, _ in unit.manifests if e == LANGUAGE]
        # Only where a current list of the same folder says what the project installs now.
        current = {posixpath.dirname(p) for p in paths if not superseded(p) and not is_dev_pip(p)}
        old = {p for p in paths if superseded(p) and posixpath.dirname(p) in current}
        if not old:
            continue
        unit.manifests = [m for m in unit.manifests if m[0] not in old]
        signals = unit.signals.get(LANGUAGE)
        if signals:
            unit.signals[LANGUAGE] = [s for s in signals if s.evidence.path not in old]
