"""The C# files of a .NET project's own: what the rules telling an ASP.NET Core host's role
read (`consumer_hosts`, `job_hosts`, `log_sinks`, `second_hosts`, `schema_owners`, …).

A project's own files are those under its folder, not its build output (`bin/`, `obj/`) nor a
project nested in it, entry files first (`Program.cs`, `Startup.cs`: where routes are mapped,
so that a reading looking for one stops early). A project past `MAX_FILES` is left alone.
"""

from __future__ import annotations

import posixpath
from collections.abc import Iterator

from designer.detect.assemble import Unit
from designer.detect.codewalk import all_code_files
from designer.detect.ecosystems.dotnet import PROJECT_ENDINGS
from designer.detect.ecosystems.gradle_text import blank_comments
from designer.detect.nonservices import module_names, module_uses
from designer.detect.signals import Signal
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

_ENTRY_FILES = frozenset({"Program.cs", "Startup.cs"})

_BUILD_OUTPUT = frozenset({"bin", "obj"})

MAX_FILES = 500
"""C# files read per project at most: a larger tree is left alone."""


def aspnet_projects(
    top: str, units: dict[str, Unit], limit: int = MAX_FILES
) -> Iterator[tuple[Unit, list[str]]]:
    """Each ASP.NET Core project with C# files of its own, with those files (`own_sources`,
    none past `limit`)."""
    for unit in units.values():
        signals = unit.signals.get("dotnet", [])
        if not any(s.kind is FindingKind.FRAMEWORK and s.name == "ASP.NET Core" for s in signals):
            continue
        paths = own_sources(top, unit, units, limit)
        if paths:
            yield unit, paths


_DATA = frozenset({FindingKind.ORM, FindingKind.QUERY})


def dataless_projects(units: dict[str, Unit]) -> Iterator[tuple[Unit, list[Signal]]]:
    """Each .NET project that is not a test project (its fixtures and doubles are no data
    layer) and has no data layer yet, with its .NET signals (to append a layer its code
    shows: `dapper_code`, `dotnet_store_clients`)."""
    for unit in units.values():
        if not any(e == "dotnet" for _, e, _ in unit.manifests):
            continue
        if any(r.tests_only for _, e, r in unit.manifests if e == "dotnet"):
            continue
        signals = unit.signals.setdefault("dotnet", [])
        if not any(s.kind in _DATA for s in signals):
            yield unit, signals


def own_sources(
    top: str, unit: Unit, units: dict[str, Unit], limit: int = MAX_FILES
) -> list[str]:
    """The C# files of the project in `unit`'s folder (not its build output nor a project
    nested in it), relative to `top`, entry files first; none past `limit`."""
    nested = {
        other.folder
        for other in units.values()
        if other.is_under(unit)
        and any(path.endswith(PROJECT_ENDINGS) for path, _, _ in other.manifests)
    }
    paths = all_code_files(
        top, unit.folder, (".cs",), limit, skip_dir=_BUILD_OUTPUT.__contains__, nested=nested
    )
    return sorted(paths or (), key=lambda p: (posixpath.basename(p) not in _ENTRY_FILES, p))


def referenced_texts(top: str, unit: Unit, units: dict[str, Unit]) -> list[str]:
    """The C# files of the projects `unit` references, comments blanked."""
    uses = module_uses(unit, "dotnet")
    found: list[str] = []
    for other in units.values():
        if other is unit or not module_names(other, "dotnet") & uses:
            continue
        found += [
            blank_comments(read_text(top, path)[0] or "")
            for path in own_sources(top, other, units)
        ]
    return found
