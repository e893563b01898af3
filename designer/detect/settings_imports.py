"""A Django project whose settings module imports every setting of another project's.

An edition or a deployment variant of an application is often a project of its own beside
the application's (its own manifest, the application as a path dependency) whose settings
module starts with `from app.settings import *` and overrides a few values (a licence, extra
routes). The database it runs on is the one the imported settings configure: their engine
rules fired on the other project's file, and are given to this one too.

Only a Django project that configures no engine of its own is read, and only its settings
modules (`settings.py`, the modules of a `settings/` package), listed by the shared code walk.
"""

from __future__ import annotations

import posixpath
import re

from designer.detect.assemble import Unit
from designer.detect.codewalk import code_files
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

LANGUAGE = "python"

MAX_FILES = 3000
"""Python files listed per project at most (only its settings modules are read)."""

_STAR_IMPORT = re.compile(r"^from[ \t]+([A-Za-z_][\w.]*)[ \t]+import[ \t]+\*", re.MULTILINE)
"""A star import of an absolute module (`from ciso_assistant.settings import *`); a relative
one (`from .base import *`) is the project's own."""


def lend(top: str, units: dict[str, Unit]) -> None:
    """Give each Django project configuring no engine the engine findings of the settings
    module of another project that its own settings import wholesale."""
    engines = [
        (unit, signal)
        for unit in units.values()
        for signal in unit.signals.get(LANGUAGE, [])
        if signal.kind is FindingKind.DATABASE
    ]
    if not engines:
        return
    for unit in units.values():
        signals = unit.signals.get(LANGUAGE)
        if not signals or not _django_without_engine(unit):
            continue
        for module in _imported_settings(top, unit, units):
            found = [
                s
                for owner, s in engines
                if owner is not unit
                and ("/" + s.evidence.path).endswith(_files_of(module))
            ]
            if found:
                signals += found
                break


def _django_without_engine(unit: Unit) -> bool:
    return any(
        s.kind is FindingKind.FRAMEWORK and s.name == "Django" for s in unit.signals[LANGUAGE]
    ) and not any(
        s.kind is FindingKind.DATABASE for signals in unit.signals.values() for s in signals
    )


def _imported_settings(top: str, unit: Unit, units: dict[str, Unit]) -> list[str]:
    """The settings modules the project's own settings modules star-import."""
    prefix = "" if unit.folder == "." else unit.folder + "/"
    nested = {u.folder for u in units.values() if u.folder.startswith(prefix) and u is not unit}
    modules: list[str] = []
    for path in code_files(top, unit.folder, (".py",), MAX_FILES, nested=nested):
        if path is None:
            break
        if posixpath.basename(path) != "settings.py" and "/settings/" not in "/" + path:
            continue
        text = read_text(top, path)[0]
        if text is not None:
            modules += [m for m in _STAR_IMPORT.findall(text) if "settings" in m.split(".")]
    return modules


def _files_of(module: str) -> tuple[str, str]:
    """The endings of the paths a module's file may have (`a/settings.py`,
    `a/settings/__init__.py`), each after a folder separator."""
    base = "/" + module.replace(".", "/")
    return (base + ".py", base + "/__init__.py")
