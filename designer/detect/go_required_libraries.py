"""Go modules that build no program and that another module of the tree requires: libraries.

A Go program may keep its plugins in modules of their own (`plugins/kubernetes/go.mod`), each
required by the program's go.mod and `replace`d by its folder (`=> ./plugins/kubernetes`). A
plugin's code takes the program's router types (`echo.Context`) and registers its handlers on
the router the program builds, so its go.mod names the web framework, yet no `package main` in
its sources builds anything: the program compiles it in (HELDOUT.md: a library, "a module
others depend on, with no entry point of its own", is no backend). Such a module is marked
`Unit.no_service`. Only a module read whole within a budget (`go_mainless` reads the same
way), and only one another Go module of the tree requires by its module path: a lone module
without `package main` (an App Engine app of the first Go runtime registers its handlers in
`init`) is left to the other rules.
"""

from __future__ import annotations

from designer.detect.assemble import Unit
from designer.detect.go_mainless import builds_program, is_go_module
from designer.detect.nonservices import module_names, module_uses
from designer.model.stack import FindingKind

LANGUAGE = "go"


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.no_service` on each Go module naming a web framework whose own sources hold
    no `package main` and whose module path another Go module of the tree requires."""
    modules = [u for u in units.values() if is_go_module(u)]
    if len(modules) < 2:
        return
    for unit in modules:
        signals = unit.signals.get(LANGUAGE, [])
        if unit.no_service or not any(s.kind is FindingKind.FRAMEWORK for s in signals):
            continue
        names = module_names(unit, LANGUAGE)
        if not names or not any(
            module_uses(other, LANGUAGE) & names for other in modules if other is not unit
        ):
            continue
        if builds_program(top, unit, modules) is False:
            unit.no_service = True
