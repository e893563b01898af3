"""Clojure programs run only through a deps.edn alias, serving nothing: tools, not backends.

A deps.edn whose alias runs a namespace of the project's own (`:generate {:main-opts ["-m"
"generate-schema"]}`) is a program, and `clojure -M:generate` is how a developer starts it by
hand: a schema report, an import, a one-off fix over the product's database. With no
framework or server named anywhere in the folder, no Leiningen project or uberjar build beside
it and nothing that deploys it (a Dockerfile, a Procfile), it serves no route however much
data it touches (HELDOUT.md: CLIs and tools are not backends).
"""

from __future__ import annotations

import posixpath

from designer.detect.assemble import CONFIG, Unit
from designer.model.stack import FindingKind

ECOSYSTEM = "clojure"

_SERVING = frozenset({FindingKind.FRAMEWORK, FindingKind.SERVER})


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.no_service` on Clojure units whose only program is a deps.edn alias's main."""
    for unit in units.values():
        if unit.deployable or ECOSYSTEM not in unit.signals:
            continue
        if any(e not in (ECOSYSTEM, CONFIG) for e in unit.signals):
            continue
        names = [posixpath.basename(path) for path, eco, _ in unit.manifests if eco == ECOSYSTEM]
        if names != ["deps.edn"]:
            continue
        if any(s.kind in _SERVING for signals in unit.signals.values() for s in signals):
            continue
        if any(not result.library for _, eco, result in unit.manifests if eco == ECOSYSTEM):
            unit.no_service = True
