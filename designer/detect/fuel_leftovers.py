"""PHP: a FuelPHP front controller left behind after its application was moved or removed.

FuelPHP's front controller (`public/index.php`) defines the framework's paths, the
application's first (`define('APPPATH', realpath(__DIR__.'/../fuel/app/')…)`), and is what
shows the framework in a tree whose `fuel/core` is a git submodule or downloaded apart. The
application folder it points at is always in the tree: it holds the application's own
controllers, models and configuration. A repository rewritten on another framework often
keeps the old front controller in the web root it still serves static files from, while the
`fuel/` folder and its `composer.json` are gone; the file then starts nothing (a leftover, no
backend: HELDOUT.md). So in a unit whose manifests do not declare the framework, a FuelPHP
start read from a front controller whose application folder, resolved from that file's own
folder, is not in the tree is dropped. A declared framework, a path that cannot be read, or
one that leaves the repository, keeps the start.
"""

from __future__ import annotations

import os
import posixpath
import re

from designer.detect.assemble import Unit
from designer.detect.signals import Strength
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

LANGUAGE = "php"

_FRAMEWORK = "FuelPHP"

_APPPATH = re.compile(
    r"^[ \t]*define\([ \t]*['\"]APPPATH['\"][ \t]*,[ \t]*realpath\([ \t]*__DIR__[ \t]*\.[ \t]*"
    r"['\"]([^'\"$]+)['\"]",
    re.MULTILINE,
)
"""The application path defined from the front controller's folder (FuelPHP 1.1 and later)."""

_APP_VARIABLE = re.compile(r"^[ \t]*\$app_path[ \t]*=[ \t]*['\"]([^'\"$]+)['\"]", re.MULTILINE)
"""FuelPHP 1.0's form: the path kept in `$app_path`, joined to `__DIR__` afterwards."""


def drop(top: str, units: dict[str, Unit]) -> None:
    """Remove, in units whose manifests do not declare FuelPHP, the FuelPHP starts read from
    front controllers whose application folder is not in the tree."""
    for unit in units.values():
        signals = unit.signals.get(LANGUAGE)
        if not signals or any(
            s.name == _FRAMEWORK and s.strength is not Strength.ENTRY for s in signals
        ):
            continue  # a manifest declares the framework: the application is kept
        kept = [
            s
            for s in signals
            if not (
                s.kind is FindingKind.FRAMEWORK
                and s.name == _FRAMEWORK
                and s.evidence.path.endswith(".php")
                and _missing_application(top, s.evidence.path)
            )
        ]
        if len(kept) != len(signals):
            unit.signals[LANGUAGE] = kept


def _missing_application(top: str, path: str) -> bool:
    """Whether the front controller at `path` defines an application folder inside the tree
    that does not exist."""
    text = read_text(top, path)[0]
    if not text:
        return False
    found = _APPPATH.search(text) or _APP_VARIABLE.search(text)
    if not found:
        return False
    target = posixpath.normpath(posixpath.join(posixpath.dirname(path), found.group(1).strip("/")))
    if target == ".." or target.startswith("../") or posixpath.isabs(target):
        return False  # outside the repository: nothing to tell from the tree
    return not os.path.isdir(os.path.join(top, *target.split("/")))
