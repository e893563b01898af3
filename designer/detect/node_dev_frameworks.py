"""Node packages whose web framework is only a development dependency.

Two rules set such a package aside as no backend (`ui_dev_servers`: a front end's dev server
started beside a bundler; `library_demos`: a library's try-out server over its own build). Both
start from the same shape, read here once: a Node package that nothing deploys, keeping no data of
its own, whose server framework is declared among its devDependencies and nowhere as a run-time
dependency.
"""

from __future__ import annotations

from designer.detect.assemble import Unit, main_ecosystem
from designer.detect.nonservices import DATA_KINDS
from designer.detect.signals import Signal, Strength
from designer.model.stack import FindingKind


def dev_only_frameworks(unit: Unit) -> list[Signal]:
    """The framework signals of `unit` when it has that shape, else an empty list."""
    if unit.deployable or unit.deployed_starts or main_ecosystem(unit) != "node":
        return []
    frameworks = [s for s in unit.signals.get("node", []) if s.kind is FindingKind.FRAMEWORK]
    if not frameworks or any(s.strength is Strength.DEPENDENCY for s in frameworks):
        return []
    if not any(s.strength is Strength.DEV for s in frameworks):
        return []
    if any(s.kind in DATA_KINDS for found in unit.signals.values() for s in found):
        return []
    return frameworks
