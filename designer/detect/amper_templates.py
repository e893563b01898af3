"""The templates an Amper module applies: their dependencies and settings are the module's.

An Amper project keeps what its modules share in templates (`*.module-template.yaml`) that each
`module.yaml` applies (`apply: [../build-logic/templates/spring-web.module-template.yaml]`), a
template applying others in turn: the Spring Boot release (`settings: springBoot: version`),
the web starter, the persistence starters and the database driver are often all written there,
none in the module file. Every template applied, directly or through another, is read as the
module's own file (`ecosystems.amper.read`), its accessors left to the catalogue as the
module's are (`jvm_refs.resolve`).
"""

from __future__ import annotations

import posixpath
from types import ModuleType

from designer.detect.ecosystems import amper, jvm
from designer.detect.signals import Lines, ManifestError, ManifestResult
from designer.detect.walker import read_text

MAX_TEMPLATES = 50
"""Templates read per module at most (they apply one another; each is read once)."""


def settle(top: str, read: list[tuple[str, ModuleType, ManifestResult]]) -> None:
    """Merge into each Amper module's result the templates it applies."""
    for path, module, result in read:
        if module is not jvm or posixpath.basename(path) != amper.MODULE_FILE:
            continue
        found = _read(top, path)
        if found is None:
            continue
        queue = [_join(path, t) for t in found[1]]
        seen: set[str] = set()
        while queue and len(seen) < MAX_TEMPLATES:
            template = queue.pop(0)
            if template in seen:
                continue
            seen.add(template)
            found = _read(top, template)
            if found is None:
                continue
            applied, more = found
            result.signals += applied.signals
            result.pending += applied.pending
            result.runtime_dependencies += applied.runtime_dependencies
            queue += [_join(template, t) for t in more]


def _read(top: str, path: str) -> tuple[ManifestResult, list[str]] | None:
    """A module or template file's result and the templates it applies; None when it is
    missing or not an Amper file."""
    text = read_text(top, path)[0]
    if text is None:
        return None
    try:
        return amper.read(Lines(path, text))
    except ManifestError:
        return None


def _join(path: str, relative: str) -> str:
    """A template's path from the root, written relative to the file applying it."""
    return posixpath.normpath(posixpath.join(posixpath.dirname(path), relative))
