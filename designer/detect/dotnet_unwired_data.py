""".NET: a data library another host of the solution wires, which this host's code never names.

A solution's libraries are shared by its API and its server-rendered front: the front
references the application library for its request and response types and the infrastructure
library for its API clients, and through them reaches the data library whose repositories
open the database (`using System.Data.SqlClient;`, `using Dapper;`). Those repositories reach
a host's container only through a registration naming them (`AddTransient<IApplyRepository,
ApplyRepository>()`), which the API's start-up writes beside `using App.Data.Repositories;`.
A host whose own code names none of the namespaces the library's data code is declared in
registers none of it: the database is the API's, not the front's.

So, for each ASP.NET Core host (not a test project), a library it references (directly or
through others) that keeps data is declined (`Unit.declined`, as `dotnet_registrations`
records) when:
- the library's own C# files naming one of its data packages' namespaces (imported, or a
  type written in full: `System.Data.SqlClient.SqlConnection`), or where its data was seen
  (the data code), exist, and none of its files declares an extension method of the services
  or a host builder (a registration the host could call without naming its namespaces);
- the host's own C# files name none of the namespaces that data code is declared in;
- another ASP.NET Core host of the tree (not a test project) names one of them: the one
  wiring the library.
A library importing its data package in every file (`global using`, or `<Using Include=…>` in
its project file) has all its namespaces as data code. A host naming the library's assembly in
a string (`MigrationsAssembly("App.Postgres")`), or scanning assemblies for registrations
(`AddMediatR`, `RegisterAssemblyTypes`) while naming one of its namespaces, keeps it; so does
a project whose files cannot all be read (`dotnet_sources.MAX_FILES`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from designer.detect.assemble import Unit
from designer.detect.dotnet_registrations import project_references, referenced_projects
from designer.detect.dotnet_sources import aspnet_projects, own_sources
from designer.detect.nonservices import DATA_KINDS, module_names
from designer.detect.signals import Strength
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

LANGUAGE = "dotnet"

_NAMESPACE = re.compile(r"^[ \t]*namespace[ \t]+([\w.]+)", re.M)

_GLOBAL = re.compile(r"^[ \t]*global[ \t]+using\b", re.M)

_PROJECT_USING = re.compile(r"<Using\s+Include\s*=\s*\"([\w.]+)\"")

_SCANS = re.compile(r"\bAssembly\b|FromAssembl|RegisterAssemblyTypes|AddMediatR|AddAutoMapper")
"""Registration by scanning an assembly: the types registered are never named."""

_EXTENSION = re.compile(r"\(\s*this\s+(?:[\w.]*\.)?(?:IServiceCollection|I?\w*Builder)\b")
"""An extension method of the services or of a host builder (`dotnet_registrations`)."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Decline, for each ASP.NET Core host, the data libraries another host wires and its own
    code never names."""
    hosts: dict[str, str] = {}
    for unit, paths in aspnet_projects(top, units):
        if any(r.tests_only for _, e, r in unit.manifests if e == LANGUAGE):
            continue
        texts = [read_text(top, path)[0] for path in paths]
        if any(text is None for text in texts):
            continue
        hosts[unit.folder] = "\n".join(text or "" for text in texts)
    cache: dict[str, Found | None] = {}
    for folder, text in hosts.items():
        host = units[folder]
        for library in referenced_projects(host, project_references(host, units)):
            if library.folder in host.declined or library.folder in hosts:
                continue
            found = _data_namespaces(top, library, units, cache)
            if found is None:
                continue
            namespaces, declared = found
            if _host_names(text, namespaces):
                continue
            if _SCANS.search(text) and _names_any(text, declared):
                continue  # its types registered by scanning the library's assembly
            if any(f'"{name}' in text for name in module_names(library, LANGUAGE)):
                continue  # its assembly named (`MigrationsAssembly("App.Postgres")`)
            if any(
                other != folder and _host_names(other_text, namespaces)
                for other, other_text in hosts.items()
            ):
                host.declined.add(library.folder)


Found = tuple[list[str], list[str]]


def _data_namespaces(
    top: str, library: Unit, units: dict[str, Unit], cache: dict[str, Found | None]
) -> Found | None:
    """The namespaces the library's data code is declared in, and all it declares; None when
    it keeps no data, its data code cannot be told, or it declares a registration a host may
    call unnamed."""
    if library.folder in cache:
        return cache[library.folder]
    cache[library.folder] = None
    signals = [
        s
        for s in library.signals.get(LANGUAGE, [])
        if s.kind in DATA_KINDS - {FindingKind.CACHE} and s.strength is not Strength.DEV
    ]
    # Package names are read lower-cased; a namespace is compared so too.
    packages = {s.package.lower() for s in signals if s.package}
    seen = {s.evidence.path for s in signals if s.evidence.path.endswith(".cs")}
    paths = own_sources(top, library, units)
    if not signals or not paths:
        return None
    everywhere = False
    namespaces: set[str] = set()
    declared: set[str] = set()
    for path in paths:
        text = read_text(top, path)[0]
        if text is None or _EXTENSION.search(text):
            return None
        declared.update(_NAMESPACE.findall(text))
        if _GLOBAL.search(text) and _names_any(text, packages, re.IGNORECASE):
            everywhere = True  # `global using Microsoft.EntityFrameworkCore;`: every file
        if path in seen or _names_any(text, packages, re.IGNORECASE):
            namespaces.update(_NAMESPACE.findall(text))
    if everywhere or _project_global(top, library, packages):
        namespaces = declared
    found = (sorted(namespaces), sorted(declared)) if namespaces else None
    cache[library.folder] = found
    return found


def _project_global(top: str, library: Unit, packages: set[str]) -> bool:
    """Whether the library's project file imports a data package's namespace in every file
    (`<Using Include="Microsoft.EntityFrameworkCore" />`)."""
    for path, ecosystem, _ in library.manifests:
        if ecosystem != LANGUAGE:
            continue
        text = read_text(top, path)[0] or ""
        for match in _PROJECT_USING.finditer(text):
            if any(match.group(1).lower() in (p, ) or match.group(1).lower().startswith(p + ".")
                   for p in packages):
                return True
    return False


def _host_names(text: str, namespaces: list[str]) -> bool:
    """Whether a host's code names one of `namespaces`, in full or relative to its own."""
    return _names_any(text, namespaces) or _imports_relative(text, namespaces)


def _imports_relative(text: str, namespaces: Iterable[str]) -> bool:
    """Whether `text` imports one of `namespaces` by a name relative to a namespace it declares.

    C# resolves a `using` written inside `namespace App.Api { ... }` against the enclosing
    namespaces too, so `using Projections.Store;` there imports `App.Projections.Store`."""
    enclosing = set(_NAMESPACE.findall(text))
    for target in namespaces:
        for name in enclosing:
            parts = name.split(".")
            for cut in range(1, len(parts) + 1):
                prefix = ".".join(parts[:cut]) + "."
                if not target.startswith(prefix) or len(target) == len(prefix):
                    continue
                rest = re.escape(target[len(prefix):])
                if re.search(r"\busing\s+(?:static\s+)?" + rest + r"\b", text):
                    return True
    return False


def _names_any(text: str, namespaces: Iterable[str], flags: int = 0) -> bool:
    """Whether `text` names one of `namespaces` (imported, or a type written in full)."""
    return any(
        re.search(r"(?<![\w.])" + re.escape(n) + r"\b", text, flags) for n in namespaces
    )
