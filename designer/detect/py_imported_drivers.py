"""The driver a Python service imports over the one it declares and never imports.

A service may declare one driver and write its SQL through another (psycopg2-binary left in the
manifest while every module imports psycopg 3, which a data-access library the service installs
requires, so the lock resolves it): ranked by the manifest alone, the declared driver names the
data layer. The code's imports are what the program runs on.

Only a Python project declaring drivers none of its own modules (outside its tests) imports,
declaring no ORM nor other data layer (whose URL might load a driver without an import), using
no other project of the tree, and whose modules import other drivers the lock resolves for its
folder: the declared drivers' data layers are dropped and the imported ones take their place, at
the lock's release. The engine the declared ones name stays (the imported ones name it too, or
the configuration does).
"""

from __future__ import annotations

from designer.detect.assemble import Unit
from designer.detect.bare_drivers import DRIVER_MODULES, _declared_drivers, _imported
from designer.detect.locks import LockFiles
from designer.detect.nonservices import module_names, module_uses
from designer.detect.py_lent_frameworks import lent_signals
from designer.model.stack import FindingKind

LANGUAGE = "python"

_OTHER_DATA = frozenset({FindingKind.ORM, FindingKind.QUERY, FindingKind.MIGRATIONS})


def prefer_imported(top: str, units: dict[str, Unit], locks: LockFiles) -> None:
    """Replace each Python project's declared, never imported drivers by the locked drivers
    its modules import (see the module's docstring)."""
    folders = list(units)
    names = {name for unit in units.values() for name in module_names(unit, LANGUAGE)}
    for folder, unit in units.items():
        if not any(ecosystem == LANGUAGE for _, ecosystem, _ in unit.manifests):
            continue
        signals = unit.signals.get(LANGUAGE, [])
        declared = _declared_drivers(signals, lambda s: s.name)
        if not declared:
            continue
        if any(
            s.kind in _OTHER_DATA and s.name not in DRIVER_MODULES
            for found in unit.signals.values()
            for s in found
        ):
            continue  # an ORM or a query library may load a declared driver through its URL
        if module_uses(unit, LANGUAGE) & (names - module_names(unit, LANGUAGE)):
            continue
        seen = _imported(top, folder, folders, sorted(set(DRIVER_MODULES.values())))
        if not seen or seen & set(declared):
            continue  # None: past the reading budget, taken to import everything
        found = locks.versions(folder, LANGUAGE, dict.fromkeys(sorted(seen), ""))
        lent = sorted(found)
        if not lent:
            continue
        dropped = {name for module in declared for name in declared[module]}
        unit.signals[LANGUAGE] = [
            s for s in signals if not (s.kind is FindingKind.QUERY and s.name in dropped)
        ] + lent_signals(folder, lent, locks)
