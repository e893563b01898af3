"""The data layer a Flask worker binds to its own app from a package of the tree it uses.

A queue worker of a product often imports the product API's package for its models and
binds that package's Flask-SQLAlchemy object to its own app (`from acme_api.models import
db` … `db.init_app(app)`), then writes through it (`db.session.commit()`). It keeps data of
its own (`flask_apps`), on the data layer the package declares: SQLAlchemy, although the
worker's own manifest names only the package (a git dependency on the API's folder). The API
is an application, whose store is not lent to what merely imports its code (`monorepo`); a
worker binding it to its own app opens it, so the package's ORM is the worker's finding.
"""

from __future__ import annotations

from designer.detect.assemble import Unit
from designer.detect.nonservices import module_names, module_uses
from designer.detect.pymodules import each_module
from designer.detect.signals import LazyPattern, Signal, Strength
from designer.model.stack import Evidence, FindingKind

BINDING_SOURCE = r"\b\w*db[ \t]*\.[ \t]*init_app[ \t]*\("
"""Flask-SQLAlchemy's object bound to the program's own app (`db.init_app(app)`)."""

BINDING = LazyPattern(BINDING_SOURCE)


def lend(top: str, unit: Unit, units: dict[str, Unit], nested: set[str]) -> None:
    """Add to `unit` (a Flask worker keeping data, with no data layer of its own) the one
    ORM the packages of the tree it uses declare, at the line binding their object."""
    signals = unit.signals.get("python", [])
    if any(s.kind is FindingKind.ORM and s.strength is not Strength.DEV for s in signals):
        return
    used = module_uses(unit, "python") - module_names(unit, "python")
    if not used:
        return
    names = {
        s.name
        for other in units.values()
        if other is not unit and module_names(other, "python") & used
        for s in other.signals.get("python", [])
        if s.kind is FindingKind.ORM and s.strength is not Strength.DEV
    }
    if len(names) != 1:
        return
    for found in each_module(top, unit.folder, nested):
        if found is None:
            return
        path, text = found
        match = BINDING.search(text)
        if match:
            line = text.count("\n", 0, match.start()) + 1
            end = text.find("\n", match.start())
            evidence = Evidence(
                path=path, line=line, text=text[match.start() : end if end != -1 else None]
            )
            unit.signals["python"].append(
                Signal(FindingKind.ORM, names.pop(), Strength.ENTRY, evidence)
            )
            return
