""".NET: a document store's SDK a referenced library declares, whose code working it only
another library's registration wires.

A solution's core library often declares every SDK its hosts might need (`Microsoft.Azure.Cosmos`
beside the mail, queue and payment clients) and holds the classes that work one of them (a
grant repository over a Cosmos container), while the registration choosing those classes lives
in the shared web library (`services.AddKeyedSingleton<IGrantRepository, Cosmos.GrantRepository>`).
A host referencing the core library for its models and settings, but never calling that
registration (`dotnet_registrations` declines the web library), never gets those classes into
its container: the store is not its. Relational providers need no such rule: where no code of
the host's opens them they are dropped already (`build_modules`' `opened`).

So, for each ASP.NET Core host (not a test project), a store SDK a referenced library declares
as a package (not seen in code; not relational, nor a cache) is declined for that library
(`Unit.declined_stores`, read by `build_modules.take_from_used_modules`) when:
- the library's own C# files importing the SDK's namespace (its data code) exist, and the
  library's other files neither construct nor register a type they declare;
- another project of the tree names one of those types: the one wiring them;
- neither the host's own code nor any project it references and does not decline (the library
  aside) names one of those types, or a namespace only the data code is declared in.
A project whose files cannot all be read (`dotnet_sources.MAX_FILES`) is left as it is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from designer.detect.assemble import Unit
from designer.detect.dotnet_registrations import project_references, referenced_projects
from designer.detect.dotnet_sources import aspnet_projects, own_sources
from designer.detect.ecosystems.dotnet import classify
from designer.detect.nonservices import DATA_KINDS
from designer.detect.signals import Strength
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

LANGUAGE = "dotnet"

MAX_LIBRARY_FILES = 3000
"""C# files of a referenced library read, at most: a solution's core library (models, settings,
services, a few stores) runs past `dotnet_sources.MAX_FILES`, and only the files naming the
SDK are parsed."""

_NAMESPACE = re.compile(r"^[ \t]*namespace[ \t]+([\w.]+)", re.M)

_TYPE = re.compile(r"\b(?:class|record|struct)[ \t]+(\w+)")

_RELATIONAL = frozenset({(FindingKind.ORM, "EF Core"), (FindingKind.QUERY, "ADO.NET")})


@dataclass(frozen=True)
class _Code:
    """What a library's data code for one SDK declares: its types and namespaces."""

    types: frozenset[str]
    namespaces: frozenset[str]


def mark(top: str, units: dict[str, Unit]) -> None:
    """Decline, for each ASP.NET Core host, the store SDKs of referenced libraries whose data
    code only another project wires."""
    texts: dict[str, dict[str, str] | None] = {}
    for host, _ in aspnet_projects(top, units):
        if any(r.tests_only for _, e, r in host.manifests if e == LANGUAGE):
            continue
        own = _texts(top, host, units, texts)
        if own is None:
            continue
        used = referenced_projects(host, project_references(host, units))
        for library in used:
            if library.folder in host.declined:
                continue
            for package in _stores(library):
                code = _data_code(top, library, package, units, texts)
                if code is None:
                    continue
                users = [own] + [
                    _texts(top, other, units, texts) for other in used
                    if other is not library and other.folder not in host.declined
                ]
                if any(t is None or _names(t, code) for t in users):
                    continue
                if _wired_elsewhere(top, library, host, code, units, texts):
                    host.declined_stores.add((library.folder, package))


def _stores(library: Unit) -> set[str]:
    """The packages of non-relational database engines the library declares (lower-cased),
    none of them seen in code (a broker's client is no data of the host's either way)."""
    signals = [
        s for s in library.signals.get(LANGUAGE, [])
        if s.kind in DATA_KINDS - {FindingKind.CACHE} and s.strength is not Strength.DEV
    ]
    if any(s.strength is Strength.ENTRY for s in signals):
        return set()
    return {
        s.package.lower() for s in signals
        if s.package and s.kind is FindingKind.DATABASE
        and not _RELATIONAL & set(classify(s.package))
    }


def _data_code(
    top: str, library: Unit, package: str, units: dict[str, Unit],
    texts: dict[str, dict[str, str] | None],
) -> _Code | None:
    """The types and namespaces of the library's files importing the package's namespace;
    None when there are none, or the library's other files construct or register one."""
    own = _texts(top, library, units, texts, MAX_LIBRARY_FILES)
    if own is None:
        return None
    importing = re.compile(
        r"^[ \t]*(?:global[ \t]+)?using[ \t]+" + re.escape(package) + r"(?:\.[\w.]+)?[ \t]*;",
        re.M | re.I,
    )
    data = {path for path, text in own.items() if importing.search(text)}
    types = {name for path in data for name in _TYPE.findall(own[path])}
    if not types:
        return None
    wired = re.compile(
        r"\bnew[ \t]+(?:[\w.]*\.)?(?:" + "|".join(map(re.escape, sorted(types))) + r")\b"
        r"|[<,][ \t]*(?:[\w.]*\.)?(?:" + "|".join(map(re.escape, sorted(types))) + r")[ \t]*>"
    )
    if any(wired.search(text) for path, text in own.items() if path not in data):
        return None
    # A namespace the data code shares with other files (a utilities namespace holding the
    # SDK's serializer) is named by hosts that use none of it: only one of its own counts.
    elsewhere = {name for path, text in own.items() if path not in data
                 for name in _NAMESPACE.findall(text)}
    namespaces = {name for path in data for name in _NAMESPACE.findall(own[path])} - elsewhere
    return _Code(frozenset(types), frozenset(namespaces))


def _names(texts: dict[str, str], code: _Code) -> bool:
    """Whether any of `texts` names a type or a namespace of the data code."""
    words = re.compile(
        r"\b(?:" + "|".join(map(re.escape, sorted(code.types | code.namespaces))) + r")\b"
    )
    return any(words.search(text) for text in texts.values())


def _wired_elsewhere(
    top: str, library: Unit, host: Unit, code: _Code, units: dict[str, Unit],
    texts: dict[str, dict[str, str] | None],
) -> bool:
    """Whether a project referencing the library, other than the host, names a type of its
    data code: where the classes are registered."""
    for other in units.values():
        if other is library or other is host:
            continue
        if not any(e == LANGUAGE for _, e, _ in other.manifests):
            continue
        if library not in referenced_projects(other, project_references(other, units)):
            continue
        found = _texts(top, other, units, texts)
        if found is not None and _names(found, _Code(code.types, frozenset())):
            return True
    return False


def _texts(
    top: str, unit: Unit, units: dict[str, Unit], cache: dict[str, dict[str, str] | None],
    limit: int = MAX_LIBRARY_FILES,
) -> dict[str, str] | None:
    """A project's own C# files' texts; None when it has none, more than `limit`, or one
    cannot be read."""
    if unit.folder not in cache:
        paths = own_sources(top, unit, units, limit)
        found: dict[str, str] | None = {} if paths else None
        for path in paths:
            text = read_text(top, path)[0]
            if text is None or found is None:
                found = None
                break
            found[path] = text
        cache[unit.folder] = found
    return cache[unit.folder]
