"""Node frameworks a server calls through a drop-in package named after them.

A package may wrap a web framework and export it whole, extended (`express.oi`: Express with
socket.io routes), or re-implement its API as a drop-in replacement (`ultimate-express`:
Express's API over another HTTP server), so that a server requires it under the framework's own
name (`express = require('express.oi')`) and builds its application exactly as the framework's
(`express()`).
The manifest declares the wrapper, not the framework, and a framework seen in code that the
manifest does not declare is left for the user to confirm (vendored or sample code, perhaps).
Here the manifest does declare it, through the wrapper: a framework a library lends the
application is the application's, at no release the manifest names.

Only frameworks seen started in code, only where a module of the server binds the framework
package's own name to a run-time dependency whose name is the framework's followed by a dot or
a dash (`express.oi`, not `socket.io`) or preceded by a dash (`ultimate-express`: drop-in
replacements are named so), and only when no manifest declares the framework.
"""

from __future__ import annotations

import re

from designer.detect.assemble import Unit
from designer.detect.ecosystems.node import CATALOG, GLUE
from designer.detect.lent_frameworks import FRAMEWORK_PACKAGES
from designer.detect.signals import (
    ManifestResult,
    Signal,
    dependency_signals,
    framework_starts,
)
from designer.detect.walker import read_text
from designer.model.stack import Evidence, FindingKind

LANGUAGE = "node"

_IDENT = re.compile(r"[A-Za-z_$][\w$]*")


def lend(top: str, units: dict[str, Unit]) -> None:
    """Declare for each Node server the framework its code starts through a wrapper package
    it requires under the framework's name."""
    for unit in units.values():
        signals = unit.signals.get(LANGUAGE)
        if not signals:
            continue
        declared, started = framework_starts(signals)
        manifests = [(p, r) for p, e, r in unit.manifests if e == LANGUAGE]
        for signal in sorted(started, key=lambda s: (s.name, s.evidence.path)):
            if signal.name in declared:
                continue
            found = _wrapper(top, signal, manifests)
            if found is not None:
                signals += found
                declared.add(signal.name)


def _wrapper(
    top: str, started: Signal, manifests: list[tuple[str, ManifestResult]]
) -> list[Signal] | None:
    """The framework's declared signals, when the module starting it requires it under its
    own name from a run-time dependency named after it."""
    text = read_text(top, started.evidence.path)[0] or ""
    for path, result in manifests:
        for package in result.uses:
            framework = _wrapped(package)
            if framework is None or not _IDENT.fullmatch(framework):
                continue
            if not _binds(text, framework, package):
                continue
            lent = [
                s
                for s in dependency_signals(
                    CATALOG, framework, "", False, _evidence(top, path, package), GLUE
                )
                if s.kind is FindingKind.FRAMEWORK and s.name == started.name
            ]
            if lent:
                return lent
    return None


def _wrapped(package: str) -> str | None:
    """The framework package whose name `package` extends with a dot or a dash after it
    (`express.oi`), or with a dash before it (`ultimate-express`), if any."""
    for framework in FRAMEWORK_PACKAGES:
        if len(package) <= len(framework) + 1:
            continue
        if package.startswith(framework) and package[len(framework)] in ".-":
            return framework
        if package.endswith("-" + framework):
            return framework
    return None


def _binds(text: str, name: str, package: str) -> bool:
    """Whether the module binds `name` to the whole of `package` (`var express =
    require('express.oi')`, `import express from 'express.oi'`)."""
    quoted = "['\"]" + re.escape(package) + "['\"]"
    bound = re.escape(name)
    return bool(
        re.search(rf"\b{bound}\s*=\s*require\s*\(\s*{quoted}\s*\)", text)
        or re.search(rf"\bimport\s+{bound}\s+from\s+{quoted}", text)
    )


def _evidence(top: str, path: str, package: str) -> Evidence:
    """The manifest's line declaring `package`."""
    text = read_text(top, path)[0] or ""
    needle = f'"{package}"'
    for number, line in enumerate(text.splitlines(), 1):
        if needle in line:
            return Evidence(path=path, line=number, text=line.strip())
    return Evidence(path=path, text=needle)
