"""Python frameworks a project ships as git submodules of their own repositories.

Projects of the playdoh era (Mozilla's funfactory sites among them) ship Django itself as a git
submodule of the project (`vendor-local/src/django`, `url = https://github.com/django/django.git`
in `.gitmodules`) and add it to the import path at start, while their pip lists name only the
extras compiled on the host: no manifest line declares the framework the code starts (`manage.py`
setting `DJANGO_SETTINGS_MODULE`), which leaves it unconfirmed. A snapshot without submodules
holds only the `.gitmodules` entry. That entry is the declaration: the framework's repository
pinned into the project's tree, at no stated release.

Only Python projects whose code starts a framework that none of their manifests declares are
asked, only submodules whose path lies inside the project's folder, and only a repository whose
name is a catalogued package giving that very framework is taken (with the rest its catalogue
entry gives: Django's ORM and migrations).
"""

from __future__ import annotations

import posixpath
import re

from designer.detect.assemble import Unit
from designer.detect.ecosystems import python
from designer.detect.signals import Strength, dependency_signals
from designer.detect.walker import read_text
from designer.model.stack import Evidence, FindingKind

LANGUAGE = "python"

_KEY = re.compile(r"^[ \t]*(path|url)[ \t]*=[ \t]*(\S+)[ \t]*$")


def lend(top: str, units: dict[str, Unit]) -> None:
    """Declare for each Python project the framework its code starts that a submodule of the
    framework's own repository inside its folder ships (see the module's docstring)."""
    text, _ = read_text(top, ".gitmodules")
    if not text:
        return
    modules = _modules(text)
    for unit in units.values():
        if not any(eco == LANGUAGE for _, eco, _ in unit.manifests):
            continue
        signals = unit.signals.get(LANGUAGE, [])
        frameworks = [s for s in signals if s.kind is FindingKind.FRAMEWORK]
        missing = {s.name for s in frameworks if s.strength is Strength.ENTRY} - {
            s.name for s in frameworks if s.strength is not Strength.ENTRY
        }
        if not missing:
            continue
        for path, url, evidence in modules:
            if unit.folder != "." and not path.startswith(unit.folder + "/"):
                continue
            name = python.normalise(posixpath.basename(url.rstrip("/")).removesuffix(".git"))
            lent = dependency_signals(python.CATALOG, name, "", False, evidence, python.GLUE)
            if any(s.kind is FindingKind.FRAMEWORK and s.name in missing for s in lent):
                signals += lent
                missing -= {s.name for s in lent}


def _modules(text: str) -> list[tuple[str, str, Evidence]]:
    """(path, url, the url line as evidence) of each `.gitmodules` section."""
    found: list[tuple[str, str, Evidence]] = []
    path = url = ""
    at: Evidence | None = None
    for number, line in enumerate([*text.splitlines(), "["], start=1):
        if line.lstrip().startswith("["):
            if path and url and at is not None:
                found.append((posixpath.normpath(path), url, at))
            path = url = ""
            at = None
            continue
        key = _KEY.match(line)
        if key is None:
            continue
        if key.group(1) == "path":
            path = key.group(2)
        else:
            url = key.group(2)
            at = Evidence(path=".gitmodules", line=number, text=line.strip())
    return found
