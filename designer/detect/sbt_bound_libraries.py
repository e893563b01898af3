"""An sbt program whose server a library of its build binds.

A multi-project build often keeps the whole server in a library project (routes, actors, the
`Http().bindAndHandle(routes, …)` call) and makes the program a thin project of its own: a
`main` parsing the command line and calling the library's start, its definition depending on
the library (`lazy val server = project.dependsOn(engine)`). The program's code never imports
the web framework, so the framework its library lends it stays held (`sbt_named_lists.confirm`)
and the program looks like no server at all, while the library, which it is, serves nothing
of its own. The program serves through its library: it takes the framework the library's
own main sources start and bind, with the library's code starting it as its own start.
"""

from __future__ import annotations

from designer.detect.assemble import Unit
from designer.detect.sbt_batch_projects import BINDS, MAIN, main_sources, used_folders
from designer.detect.signals import Strength
from designer.model.stack import FindingKind


def lend(top: str, units: dict[str, Unit]) -> None:
    """Give each sbt project with a main of its own and no framework its code starts the
    held frameworks that a project it depends on at run time starts in main sources binding
    a server."""
    for unit in units.values():
        held = [
            s
            for _, eco, result in unit.manifests
            if eco == "scala" and not result.library
            for s in result.held
            if s.kind is FindingKind.FRAMEWORK
        ]
        if not held or _started(unit):
            continue
        uses = used_folders(top, unit, units)
        if not uses:
            continue
        own = main_sources(top, unit.folder)
        if not own or not any(MAIN.search(text) for text in own):
            continue
        names = {s.name for s in held}
        for folder in uses:
            library = units.get(folder)
            if library is None or not (_started(library) & names):
                continue
            if any(BINDS.search(text) for text in main_sources(top, folder) or ()):
                # The release its build lends, and the library's code starting it: the
                # program's start, as the library's start is the program's.
                started = _started(library) & names
                unit.signals["scala"] += [s for s in held if s.name in started]
                unit.signals["scala"] += [
                    s
                    for s in library.signals.get("scala", ())
                    if s.name in started and s.strength is Strength.ENTRY
                ]
                break


def _started(unit: Unit) -> set[str]:
    """The frameworks the project's own code starts."""
    return {
        s.name
        for s in unit.signals.get("scala", ())
        if s.kind is FindingKind.FRAMEWORK and s.strength is Strength.ENTRY
    }
