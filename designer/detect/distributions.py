"""JVM modules that package another application of their build again.

A product may ship its web application a second way from a module of the same build: an
"uber" distribution that depends on the application's module, adds an embedded database and
repackages it under the application's own main class, or a native-image build of a worker
that depends on the worker's module and adds only configuration. Such a module starts nothing
of its own (no code of it declares the framework's entry point; at most its settings file
configures the framework), and depends on a module of its build that is an application with
an entry point: it is that application packaged again, not a second backend.
"""

from __future__ import annotations

from designer.detect.assemble import Unit
from designer.detect.build_modules import used_modules
from designer.detect.signals import Strength
from designer.model.stack import FindingKind

LANGUAGE = "jvm"

CODE = (".java", ".kt", ".groovy", ".scala")
"""Source files whose entry point is a program's own start (not a settings file's)."""


def _starts_in_code(unit: Unit) -> bool:
    return any(
        s.kind is FindingKind.FRAMEWORK
        and s.strength is Strength.ENTRY
        and s.evidence.path.endswith(CODE)
        for s in unit.signals.get(LANGUAGE, [])
    )


def repackaged(
    services: list[Unit],
    units: dict[str, Unit],
    eco: dict[str, str],
    roots: dict[str, str],
    entry: set[str],
) -> set[str]:
    """The folders of the JVM services that depend on another service of their build with an
    entry point, while starting nothing in their own code. (A .NET web project referencing
    another is not asked: its start is its `Program.cs`, which this does not read.)"""
    return {
        u.folder
        for u in services
        if eco[u.folder] == LANGUAGE
        and not _starts_in_code(u)
        and any(
            m.folder in entry and m in services for m in used_modules(u, units, eco, roots)
        )
    }
