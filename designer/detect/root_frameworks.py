"""Web frameworks a nested Node package starts from what an enclosing package.json installs.

A repository may keep its server's code in a package folder (`packages/api`, with a
package.json of its own naming it and its start script) while the root package.json installs
everything it runs on: the web framework, the database client, the test runner (`npm ci` at the
root; Node resolves the package's imports up through the folders above it). The package's
modules start the framework (`new Koa()`), yet its manifest declares none, so its framework
has no declaration nor release, and the root, declaring the framework but starting nothing of
its own, looks like a second server. A framework the enclosing package lends the application
is the application's: the nested package is given the enclosing package's declaration of each
framework its code starts and its own manifest does not name (with the release the lock
resolves), as `root_imports` gives it the data layers its modules import. The enclosing package,
when no code of its own (outside the nested packages) starts a framework, is marked
(`Unit.lends_server`) so that it is no service of its own: what it installs is the nested
package's.
"""

from __future__ import annotations

from designer.detect.assemble import Unit, enclosing
from designer.detect.signals import Strength
from designer.model.stack import FindingKind

LANGUAGE = "node"


def lend(units: dict[str, Unit]) -> None:
    """Give each nested Node package the enclosing package's declaration of the frameworks its
    code starts and its own manifest does not declare, and mark an enclosing package starting
    none of its own."""
    packages = [
        u for u in units.values() if any(e == LANGUAGE for _, e, _ in u.manifests)
    ]
    for unit in packages:
        if unit.folder == ".":
            continue
        signals = unit.signals.get(LANGUAGE, [])
        started = {
            s.name
            for s in signals
            if s.kind is FindingKind.FRAMEWORK and s.strength is Strength.ENTRY
        }
        declared = {
            s.name
            for s in signals
            if s.kind is FindingKind.FRAMEWORK and s.strength is not Strength.ENTRY
        }
        missing = started - declared
        if not missing:
            continue
        outer = enclosing(unit, LANGUAGE, units)
        if outer is None:
            continue
        offered = [
            s
            for s in outer.signals.get(LANGUAGE, [])
            if s.kind is FindingKind.FRAMEWORK
            and s.strength is Strength.DEPENDENCY
            and s.name in missing
        ]
        if not offered:
            continue
        unit.signals[LANGUAGE] = [*signals, *offered]
        if not _starts_own(outer, packages):
            outer.lends_server = True


def _starts_own(outer: Unit, packages: list[Unit]) -> bool:
    """Whether code of `outer`'s own (outside the Node packages nested in it) starts a
    framework."""
    nested = [
        u.folder + "/"
        for u in packages
        if u is not outer and (outer.folder == "." or u.folder.startswith(outer.folder + "/"))
    ]
    return any(
        s.kind is FindingKind.FRAMEWORK
        and s.strength is Strength.ENTRY
        and not any(s.evidence.path.startswith(folder) for folder in nested)
        for s in outer.signals.get(LANGUAGE, [])
    )
