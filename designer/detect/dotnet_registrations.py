"""Which libraries' data layers an ASP.NET Core host registers: those whose registration
method its own code calls.

A solution's shared web library often gathers the hosts' setup as extension methods of
`IServiceCollection` (`AddGlobalSettingsServices`, `AddIdentityAuthenticationServices`,
`AddDatabaseRepositories`), and references the data libraries because one of those methods
registers them (`AddDatabaseRepositories` calls the Dapper library's `AddDapperRepositories`
and the EF Core library's `SetupEntityFramework`). A data library's classes reach a host's
container only through such a registration, so a host that references the shared library but
never calls the method registering the data layer (a SignalR hub using it for its settings and
authentication) keeps no data there.

So the registrations are localised to named static methods of the libraries a host uses:
- a library the host references itself carries its data layer in the static methods holding
  the lines its data was found on in code (a provider chosen in a helper); one declaring a
  data package is used as the host pleases (its context is the host's to register or
  construct), and is not localised;
- a library the host reaches only through others, registering a context or configuring a
  provider (`AddDbContext<T>`, `options.UseSqlServer(…)`), does so in the static methods
  holding those calls;
- one with no such call has its classes registered by its extension methods
  (`AddDapperRepositories(this IServiceCollection …)`);
and a static method calling one of those, or naming it as a delegate (an entry of a
provider lookup), carries what it carries, up the references. The host
takes a library's data layer when its own code calls one of the methods carrying it; the
libraries it takes none from are recorded in `Unit.declined` (read by
`build_modules.take_from_used_modules`).

Conservative: a library whose registration lies outside any static method (a context's
`OnConfiguring`, a module class's `ConfigureServices`), one calling such a method outside a
static method, one carrying its data in no method at all, and any project whose files cannot
all be read (`dotnet_sources.MAX_FILES`) keep lending as before.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from designer.detect.assemble import Unit
from designer.detect.dotnet_sources import aspnet_projects, own_sources
from designer.detect.ecosystems.gradle_text import C_TOKENS
from designer.detect.nonservices import DATA_KINDS, module_names, module_uses
from designer.detect.signals import Strength
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

LANGUAGE = "dotnet"

MAX_DEPTH = 4
"""How far a host's project references are followed (`build_modules.MAX_MODULE_DEPTH`)."""

_REGISTRATION = re.compile(
    r"\bAdd\w*DbContext\w*\s*[<(]|\.Use(?:Npgsql|SqlServer|Sqlite|MySql|MySQL|Oracle|Jet)\s*\("
)
"""A context registered, or a provider configured: where a data layer is wired in code."""

_STATIC = re.compile(r"\bstatic\b")

_HEADER_END = re.compile(r"[{;]|=>")

_NAME = re.compile(r"\b(\w++)\s*+(?:<[^<>()]*(?:<[^<>()]*>[^<>()]*)*>\s*+)?\(")
"""A name before a parameter list, a generic argument list between; the blanks after the name
are read once (two blank runs side by side split a long run every way)."""

_NOT_METHOD = frozenset(
    {"static", "if", "while", "for", "foreach", "switch", "using", "lock", "return", "new",
     "nameof", "typeof", "sizeof", "default", "catch", "when"}
)

_TYPE_DECLARATION = re.compile(r"\b(?:class|struct|record|interface|enum)\b")

_EXTENSION = re.compile(r"\(\s*this\s+(?:[\w.]*\.)?(?:IServiceCollection|I?\w*Builder)\b")
"""An extension method of the services or of a host builder: what registers a library."""


@dataclass(frozen=True)
class Method:
    """A static method of a project's C# file: where its text lies, whether it extends the
    services (or a host builder)."""

    name: str
    path: str
    start: int
    end: int
    extension: bool


@dataclass
class Source:
    """A project's C# files and their static methods (read with comments and strings
    blanked: a brace in either is no block), and, as asked, the calls of a name in them, each
    with the names of the static methods enclosing it (none for a call outside any). Calls
    are read as written: one in a comment counts, which only ever keeps a data layer lent."""

    texts: dict[str, str]
    methods: dict[str, list[Method]]
    known: dict[str, list[tuple[str, ...]]]
    sites: list[tuple[str, int]] | None = None

    def enclosing(self, path: str, offset: int) -> list[Method]:
        return [m for m in self.methods.get(path, ()) if m.start <= offset < m.end]

    def registrations(self) -> list[tuple[str, int]]:
        """Where a context is registered or a provider configured (path, offset)."""
        if self.sites is None:
            self.sites = [
                (path, match.start())
                for path, text in self.texts.items()
                for match in _REGISTRATION.finditer(text)
            ]
        return self.sites

    def calls(self, name: str) -> list[tuple[str, ...]]:
        if name not in self.known:
            pattern = _call(name)
            self.known[name] = [
                tuple(m.name for m in self.enclosing(path, match.start()))
                for path, text in self.texts.items()
                if name in text
                for match in pattern.finditer(text)
            ]
        return self.known[name]


def mark(top: str, units: dict[str, Unit]) -> None:
    """Record, for each ASP.NET Core project, the referenced libraries whose data layer it
    does not register."""
    cache: dict[str, Source | None] = {}
    for unit, paths in aspnet_projects(top, units):
        if any(r.tests_only for _, e, r in unit.manifests if e == LANGUAGE):
            continue  # a test project lends its services nothing it was lent
        unit.declined |= _declined(top, unit, paths, units, cache)


def _declined(
    top: str, host: Unit, paths: list[str], units: dict[str, Unit], cache: dict[str, Source | None]
) -> set[str]:
    refs = project_references(host, units)
    used = referenced_projects(host, refs)
    data = [m for m in used if _data(m)]
    if not data:
        return set()
    own = [read_text(top, path)[0] for path in paths]
    if any(text is None for text in own):
        return set()
    direct = refs.get(host.folder, [])
    carries: dict[str, set[str]] = {}
    loose: set[str] = set()
    for module in data:
        source = _source(top, module, units, cache)
        carriers = None if source is None else _carriers(module, source, module in direct)
        if carriers is None:
            loose.add(module.folder)
            continue
        for name in carriers:
            carries.setdefault(name, set()).add(module.folder)
    if not carries:
        return set()
    # Up the references: a static method calling a carrier carries what it does; a call
    # outside any static method leaves what it carries to the usual lending.
    above = [m for m in used if any(_reaches(m, d, refs) for d in data)]
    sources = []
    for module in above:
        source = _source(top, module, units, cache)
        if source is None:
            loose |= {d.folder for d in data if _reaches(module, d, refs)}
        else:
            sources.append(source)
    for _ in range(MAX_DEPTH + 1):
        changed = False
        for source in sources:
            for name, carried in list(carries.items()):
                for enclosing in source.calls(name):
                    if not enclosing:
                        loose |= carried
                    for method in enclosing:
                        held = carries.setdefault(method, set())
                        if not carried <= held:
                            held |= carried
                            changed = True
        if not changed:
            break
    called = {
        folder
        for text in own
        for match in _NAME.finditer(text or "")
        for folder in carries.get(match.group(1), ())
    }
    held = {folder for carried in carries.values() for folder in carried}
    return held - called - loose


def _data(unit: Unit) -> bool:
    return any(
        s.kind in DATA_KINDS and s.strength is not Strength.DEV
        for s in unit.signals.get(LANGUAGE, [])
    )


def _carriers(module: Unit, source: Source, direct: bool) -> set[str] | None:
    """The names of the static methods carrying the module's data layer; None when it cannot
    be localised to named methods."""
    if direct:
        # A distributed cache the library declares (a Redis package for the hosts' sessions)
        # is no data layer the host registers as it pleases: the layer its code wires in
        # static methods is still localised to them.
        signals = [
            s for s in module.signals.get(LANGUAGE, [])
            if s.kind in DATA_KINDS - {FindingKind.CACHE} and s.strength is not Strength.DEV
        ]
        if any(
            s.strength is not Strength.ENTRY or s.evidence.path not in source.texts
            or not s.evidence.line
            for s in signals
        ):
            return None
        return _enclosing_names(
            source,
            [(s.evidence.path, _offset(source.texts[s.evidence.path], s.evidence.line))
             for s in signals],
        )
    sites = source.registrations()
    if sites:
        return _enclosing_names(source, sites)
    names = {m.name for methods in source.methods.values() for m in methods if m.extension}
    return names or None


def _enclosing_names(source: Source, sites: list[tuple[str, int]]) -> set[str] | None:
    names: set[str] = set()
    for path, offset in sites:
        methods = source.enclosing(path, offset)
        if not methods:
            return None
        names |= {m.name for m in methods}
    return names


def _offset(text: str, line: int) -> int:
    offset = 0
    for _ in range(line - 1):
        offset = text.find("\n", offset) + 1
        if offset == 0:
            return len(text)
    return offset


def project_references(host: Unit, units: dict[str, Unit]) -> dict[str, list[Unit]]:
    """Project folder → the projects of the tree it references, from the host down."""
    by_name: dict[str, Unit] = {}
    for unit in units.values():
        if any(e == LANGUAGE for _, e, _ in unit.manifests):
            for name in module_names(unit, LANGUAGE):
                by_name.setdefault(name, unit)
    refs: dict[str, list[Unit]] = {}
    level = [host]
    for _ in range(MAX_DEPTH + 1):
        following: list[Unit] = []
        for unit in level:
            if unit.folder in refs:
                continue
            targets = [
                target for name in sorted(module_uses(unit, LANGUAGE))
                if (target := by_name.get(name)) is not None and target is not unit
            ]
            refs[unit.folder] = targets
            following += targets
        level = following
    return refs


def referenced_projects(host: Unit, refs: dict[str, list[Unit]]) -> list[Unit]:
    """The projects `host` references, directly or through others, nearest first."""
    seen = {host.folder}
    found: list[Unit] = []
    queue = list(refs.get(host.folder, []))
    while queue:
        unit = queue.pop(0)
        if unit.folder in seen:
            continue
        seen.add(unit.folder)
        found.append(unit)
        queue += refs.get(unit.folder, [])
    return found


def _reaches(unit: Unit, target: Unit, refs: dict[str, list[Unit]]) -> bool:
    """Whether `unit` is `target` or references it, directly or through others."""
    seen: set[str] = set()
    queue = [unit]
    while queue:
        current = queue.pop()
        if current is target:
            return True
        if current.folder in seen:
            continue
        seen.add(current.folder)
        queue += refs.get(current.folder, [])
    return False


def _source(
    top: str, unit: Unit, units: dict[str, Unit], cache: dict[str, Source | None]
) -> Source | None:
    if unit.folder in cache:
        return cache[unit.folder]
    paths = own_sources(top, unit, units)
    source: Source | None = None
    if paths:
        texts: dict[str, str] = {}
        for path in paths:
            text = read_text(top, path)[0]
            if text is None:
                break
            texts[path] = text
        else:
            source = _indexed(texts)
    cache[unit.folder] = source
    return source


def _indexed(texts: dict[str, str]) -> Source:
    methods = {
        path: _methods(path, _blank(text)) for path, text in texts.items() if "static" in text
    }
    return Source(texts, methods, {})


def _call(name: str) -> re.Pattern[str]:
    """A call of the method `name`, type arguments allowed (the blanks after the name read once,
    as in `_NAME`), or the method named as a delegate: an argument, a value assigned or
    returned, an entry of a lookup (`[PROVIDER_MYSQL] = SetupMySqlConnection,` in a static
    dictionary a factory method picks the provider's setup from). A delegate is called by
    whoever holds it, so where it is named is where it is used."""
    escaped = re.escape(name)
    return re.compile(
        r"\b" + escaped + r"\s*+(?:<[^;(){}]*>\s*+)?\("
        r"|(?:[=,{(]|\breturn\b)\s*+(?:\w++\.)*" + escaped + r"\s*+(?=[,;})\]])"
    )


def _blank(text: str) -> str:
    """`text` with comments and the contents of string literals blanked (line breaks kept):
    a brace or a call spelled in either is not code."""

    if "/" not in text and '"' not in text and "'" not in text:
        return text

    def blank(match: re.Match[str]) -> str:
        token = match.group(0)
        if token.startswith(("/*", "//")):
            return _spaces(token)
        return token[0] + _spaces(token[1:-1]) + token[-1]

    return C_TOKENS.sub(blank, text)


def _spaces(token: str) -> str:
    return "\n".join(" " * len(line) for line in token.split("\n"))


def _methods(path: str, text: str) -> list[Method]:
    """The static methods of a C# file, each from its `static` keyword to its body's end."""
    found: list[Method] = []
    for match in _STATIC.finditer(text):
        end = _HEADER_END.search(text, match.end())
        if end is None:
            break
        header = text[match.end() : end.start()]
        if end.group(0) == ";" or _TYPE_DECLARATION.search(header) or "(" not in header:
            continue  # a declaration with no body, a type, a field
        name = _method_name(header)
        if name is None:
            continue
        if end.group(0) == "{":
            close = closing(text, end.start())
        else:
            semicolon = text.find(";", end.end())
            close = len(text) if semicolon < 0 else semicolon + 1
        found.append(
            Method(name, path, match.start(), close, bool(_EXTENSION.search(header)))
        )
    return found


def _method_name(header: str) -> str | None:
    """The name before the parameter list of a static member's header (a tuple may come
    before it as its type, `where T : new()` after it); None for a field's initializer
    (`static readonly Regex R = new(…)`)."""
    found: str | None = None
    for match in _NAME.finditer(header):
        before = header[: match.start()]
        if before.count("(") != before.count(")") or match.group(1) in _NOT_METHOD:
            continue
        if "=" in before:
            return None
        found = match.group(1)
        break
    return found


def closing(text: str, opening: int) -> int:
    """The offset just past the brace closing the one at `opening`; the text's end when it is
    never closed. Shared with `dotnet_switch_defaults`."""
    depth = 0
    for index in range(opening, len(text)):
        char = text[index]
        if char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
            if depth == 0:
                return index + 1
    return len(text)
