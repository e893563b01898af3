""".NET programs whose web host a class library of the solution builds and runs for them.

A solution of several services may keep the ASP.NET Core start-up in one shared class library
(a Web SDK project told `<OutputType>Library</OutputType>`, whose class builds the host:
`Host.CreateDefaultBuilder(args).ConfigureWebHostDefaults(…)`, `host.Run()`), and each
service as a plain console project (`Microsoft.NET.Sdk`, `<OutputType>Exe</OutputType>`)
referencing it, whose `Main` only calls that class (`ServerProgram.Run(args, "Admin")`) and
whose controllers the host loads with the program's assembly (a Web SDK executable may do the
same). A framework a library lends the application is the application's: each such program
serves HTTP on ASP.NET Core, started by its own call (an entry, as a host built in its own
code would be), at the shared framework its own target runs (`shared_release`). The library
itself stays a library.

Only a program (no library, test, desktop or browser project) referencing such a library and
starting nothing itself yet is read, and only its own C# files (`dotnet_sources.own_sources`,
entry files first): it must call a member of a class declared in the library file where the
host is built. A console tool referencing the same library without calling that class (a
migrator over its data context, a seeder) is left alone.

The host may come from a package instead (`mark_packaged`): a service template of an
organisation's own SDK whose `Main` only hands its start-up class to the package's starter
(`await ServiceStarter.Start<Startup>(…)`), on the plain SDK with no ASP.NET Core package of its
own. Its start-up class still configures ASP.NET Core's request pipeline (`public void
Configure(IApplicationBuilder app, …)` in a file importing `Microsoft.AspNetCore.Builder`) and
its controllers serve the routes: ASP.NET Core is the program's, declared by the package whose
namespace the starter's file imports, on the shared framework its target runs. Only a console
executable with no framework found at all is read, and it must pass that class to a call as a
type argument, import a package it references in that file, and declare a controller.
"""

from __future__ import annotations

import re

from designer.detect.assemble import Unit
from designer.detect.dotnet_sources import own_sources
from designer.detect.ecosystems.dotnet import SHARED_FRAMEWORK, shared_release
from designer.detect.ecosystems.gradle_text import blank_comments
from designer.detect.nonservices import module_names, module_uses
from designer.detect.signals import Signal, Strength, clip
from designer.detect.walker import read_text
from designer.model.stack import Evidence, FindingKind

LANGUAGE = "dotnet"

_CLASS = re.compile(r"\b(?:class|record)\s+([A-Z]\w*)")
"""A class declared in the file building the host (`public class ServerProgram`)."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Give each program calling a host-building class of a library it references ASP.NET
    Core and Kestrel, evidenced by its own call."""
    hosts = {
        unit.folder: _host_classes(top, unit)
        for unit in units.values()
        if _library(unit)
    }
    hosts = {folder: names for folder, names in hosts.items() if names}
    if not hosts:
        return
    for unit in units.values():
        own = [r for _, e, r in unit.manifests if e == LANGUAGE]
        if not own or any(
            r.library or r.tests_only or r.desktop or r.frontend for r in own
        ) or _started(unit):
            continue
        uses = module_uses(unit, LANGUAGE)
        classes = {
            name
            for folder, names in hosts.items()
            if module_names(units[folder], LANGUAGE) & uses
            for name in names
        }
        if not classes:
            continue
        names = "|".join(map(re.escape, sorted(classes)))
        call = re.compile(rf"\b(?:{names})\s*\.\s*\w+\s*\(")
        found = _call(top, unit, units, call)
        if found is None:
            continue
        _give_host(unit, shared_release(own[0].language_version), found)


_PIPELINE = re.compile(r"\bvoid\s+Configure\s*\(\s*IApplicationBuilder\b")
"""ASP.NET Core's start-up convention: the method configuring the request pipeline."""

_BUILDER_IMPORT = re.compile(
    r"^[ \t]*using[ \t]+Microsoft\.AspNetCore\.Builder[ \t]*;", re.MULTILINE
)

_CONTROLLER = re.compile(
    r"\[\s*ApiController\b|\bclass\s+\w+[^{;]*?:\s*(?:Controller|ControllerBase)\b"
)
"""A controller class of ASP.NET Core's MVC, which serves the routes."""


def mark_packaged(top: str, units: dict[str, Unit]) -> None:
    """Give each console program with no framework whose start-up class configures ASP.NET
    Core's pipeline, is handed to a package's starter and has controllers ASP.NET Core and
    Kestrel, evidenced by the starter call."""
    for unit in units.values():
        own = [r for _, e, r in unit.manifests if e == LANGUAGE]
        if not own or not all(r.console for r in own) or any(
            r.library or r.tests_only or r.desktop or r.frontend for r in own
        ) or any(s.kind is FindingKind.FRAMEWORK for s in unit.signals.get(LANGUAGE, [])):
            continue
        texts = [
            blank_comments(read_text(top, path)[0] or "")
            for path in own_sources(top, unit, units)
        ]
        startups = {
            name
            for text in texts
            if _PIPELINE.search(text) and _BUILDER_IMPORT.search(text)
            for name in _CLASS.findall(text)
        }
        if not startups or not any(_CONTROLLER.search(text) for text in texts):
            continue
        names = "|".join(map(re.escape, sorted(startups)))
        call = re.compile(rf"\.\s*\w+\s*<\s*(?:{names})\s*>\s*\(")
        found = _call(top, unit, units, call)
        if found is None:
            continue
        declared = _starter_package(top, unit, found.path)
        if declared is None:
            continue
        release = shared_release(own[0].language_version)
        unit.signals.setdefault(LANGUAGE, []).append(
            Signal(FindingKind.FRAMEWORK, "ASP.NET Core", Strength.DEPENDENCY, declared,
                   version=release, package=SHARED_FRAMEWORK, glue=True)
        )
        _give_host(unit, release, found)


def _give_host(unit: Unit, release: str, found: Evidence) -> None:
    """Record that the program's code starts ASP.NET Core on Kestrel, evidenced by `found`."""
    unit.signals.setdefault(LANGUAGE, []).extend([
        Signal(FindingKind.FRAMEWORK, "ASP.NET Core", Strength.ENTRY, found,
               version=release, package=SHARED_FRAMEWORK, glue=True),
        Signal(FindingKind.SERVER, "Kestrel", Strength.ENTRY, found),
    ])


def _starter_package(top: str, unit: Unit, path: str) -> Evidence | None:
    """The project file's reference to a package whose namespace the starter call's file
    imports (`using Acme.Sdk;` and `<PackageReference Include="Acme.Sdk" …>`): the package
    bringing the host, or None when no referenced package is imported there."""
    imported = {
        name.lower()
        for name in _IMPORT.findall(blank_comments(read_text(top, path)[0] or ""))
    }
    for manifest, ecosystem, _ in unit.manifests:
        if ecosystem != LANGUAGE:
            continue
        lines = (read_text(top, manifest)[0] or "").splitlines()
        for number, line in enumerate(lines, 1):
            match = _PACKAGE.search(line)
            if match and match.group(1).lower() in imported:
                return Evidence(path=manifest, line=number, text=clip(line))
    return None


_IMPORT = re.compile(r"^[ \t]*using[ \t]+([\w.]+)[ \t]*;", re.MULTILINE)
_PACKAGE = re.compile(r"<PackageReference\s+Include\s*=\s*\"([\w.]+)\"")


def _library(unit: Unit) -> bool:
    """Whether the folder's .NET projects are all class libraries (not tests)."""
    own = [r for _, e, r in unit.manifests if e == LANGUAGE]
    return bool(own) and all(r.library and not r.tests_only for r in own)


def _started(unit: Unit) -> bool:
    """Whether the scan already saw the program's own code start a framework."""
    return any(
        s.kind is FindingKind.FRAMEWORK and s.strength is Strength.ENTRY
        for s in unit.signals.get(LANGUAGE, [])
    )


def _host_classes(top: str, unit: Unit) -> set[str]:
    """The classes declared in the library's C# files where ASP.NET Core's host is built (an
    entry-strength signal of the scan)."""
    files = {
        s.evidence.path
        for s in unit.signals.get(LANGUAGE, [])
        if s.kind is FindingKind.FRAMEWORK
        and s.name == "ASP.NET Core"
        and s.strength is Strength.ENTRY
        and s.evidence.path.endswith(".cs")
    }
    names: set[str] = set()
    for path in files:
        names |= set(_CLASS.findall(blank_comments(read_text(top, path)[0] or "")))
    return names


def _call(
    top: str, unit: Unit, units: dict[str, Unit], call: re.Pattern[str]
) -> Evidence | None:
    """The evidence of the first call of `call` in the program's own C# files, or None."""
    for path in own_sources(top, unit, units):
        raw = read_text(top, path)[0] or ""
        match = call.search(blank_comments(raw))
        if match:
            line = raw.count("\n", 0, match.start()) + 1
            return Evidence(path=path, line=line, text=clip(raw.splitlines()[line - 1]))
    return None
