"""Web frameworks a Node server takes from a registry package that builds its application.

A server may be written on a kit that wraps a web framework (an `App` class over Koa, with its
own routes and middlewares) and declare only the kit: no manifest names the framework, yet the
application's class extends the kit's, which the kit builds on the framework it requires. A
framework a library lends the application is the application's, and so is its release: the one
the lending package resolves, which is its own nested copy where npm installed one apart from
the hoisted release (a kit requiring Koa 2 beside middlewares whose peer range took Koa 3).

Only servers naming no framework at all are asked, only about registry packages the catalogue
does not know whose lock entry requires a framework's own package at run time (a middleware's
peer requirement is not one), and only where a module of the server extends a class it imports
from that package: calling a package's function (`app.use(helmet())`) builds nothing on it. A
kit may also build the application itself and start it: a module taking the application from
one of the kit's calls and handing it back to the kit to start (`const app = await
Kit.init()` … `await Kit.start(app)`) runs its server on the kit's framework. So does a kit
whose export is the server itself, set up by the module and started on a port it is handed
(`Provider.setup(key, db, options)` … `await Provider.deploy({ port: 4000 })`): the kit listens
on its framework (an LTI tool provider's kit over Express). And so does a kit whose call builds
the server the module then starts listening (`var server = Windshaft.Server(config)` …
`server.listen(port)`: a map tile server's library over Express), or that an instance of the
kit's class builds and hands over through a promise the module then starts listening (`const
kit = new Kit()` … `kit.initialize(definition).then(function (server) {` … `server.listen(port)`:
an API kit over restify).
"""

from __future__ import annotations

import re

from designer.detect import node_imports
from designer.detect.assemble import Unit
from designer.detect.codewalk import code_files
from designer.detect.ecosystems.node import CATALOG, GLUE
from designer.detect.lent_packages import unknown_packages
from designer.detect.locks import LockFiles
from designer.detect.signals import Signal, Strength, dependency_signals
from designer.detect.walker import read_text
from designer.model.stack import Evidence, FindingKind

LANGUAGE = "node"

MAX_FILES = 3000
"""Code files read per server to find the modules importing a lending package (asked only of
servers naming no framework whose lock shows a package requiring one: a full-stack tree of a
few thousand files, its browser application beside the server, is still read)."""

FRAMEWORK_PACKAGES = frozenset(
    package
    for package, entries in CATALOG.items()
    if entries and entries[0][0] is FindingKind.FRAMEWORK and package not in GLUE
)
"""Packages that are a framework itself (not a plugin or glue integrating one)."""

_EXACT = re.compile(r"\d+\.\d+\.\d+")
"""A requirement that is a release (what a pnpm lock records a package resolved), not a range."""

_SKIPPED = frozenset({"test", "tests", "__tests__", "spec", "e2e", "node_modules"})
"""Folders whose modules do not build the server."""

_IDENT = r"[A-Za-z_$][\w$]*"


def lend(top: str, units: dict[str, Unit], locks: LockFiles) -> None:
    """Give each Node server naming no framework the framework of the registry package whose
    class its code extends, at the release that package resolves."""
    for unit in units.values():
        signals = unit.signals.get(LANGUAGE)
        if not signals or any(s.kind is FindingKind.FRAMEWORK for s in signals):
            continue
        lenders: dict[str, list[tuple[str, str, Evidence]]] = {}
        for package in sorted(unknown_packages(unit)):
            required = [
                requirement
                for requirement in locks.requirements(unit.folder, LANGUAGE, package, nested=True)
                if requirement[0].lower() in FRAMEWORK_PACKAGES
            ]
            if required:
                lenders[package] = required
        if not lenders:
            continue
        extended = _extended(top, unit.folder, set(lenders))
        if extended is None:
            continue
        package, start = extended
        lent = _lent(unit.folder, package, lenders[package], locks)
        signals += lent
        if start is not None:
            # The module starts the server the kit built: the framework's start in code.
            signals += [
                s.replace(strength=Strength.ENTRY, evidence=start, version="") for s in lent
            ]


def _skipped(name: str) -> bool:
    return name in _SKIPPED


def _extended(
    top: str, folder: str, packages: set[str]
) -> tuple[str, Evidence | None] | None:
    """The first of `packages` (in walk order) a class of the code under `folder` extends (a
    name imported from it), reading at most MAX_FILES files; with it, the line starting the
    server the kit built, where a module starts it listening."""
    for path in code_files(top, folder, node_imports.ENDINGS, MAX_FILES, skip_dir=_skipped):
        if path is None:
            return None
        text = read_text(top, path)[0] or ""
        for package in sorted(node_imports.named(text) & packages):
            names = _bindings(text, package)
            if names and re.search(
                rf"\bclass\b[^\n{{]*?\bextends\s+(?:{'|'.join(map(re.escape, names))})\b", text
            ):
                return package, None
            if names and (
                _builds_and_starts(text, names)
                or _started_on_port(text, names)
                or _built_and_mounted(text, names)
            ):
                return package, None
            # An instance of the kit's class (`new Kit()`) builds what the class builds.
            built = names | _instances(text, names) if names else set()
            listening = _built_and_listening(text, built) if built else None
            if listening is not None:
                line = text.count("\n", 0, listening) + 1
                start = text[listening:].split("\n", 1)[0].strip()[:200]
                return package, Evidence(path=path, line=line, text=start)
    return None


def _builds_and_starts(text: str, names: set[str]) -> bool:
    """Whether the module takes an application from a call on what it imports from the kit
    (`const arenaApp = await ArenaServer.init()`) and hands that application back to the kit
    to start (`await ArenaServer.start(arenaApp)`): the kit builds the server and runs it."""
    kit = "|".join(map(re.escape, names))
    built = re.findall(
        rf"\b(?:const|let|var)\s+({_IDENT})\s*=\s*(?:await\s+)?(?:{kit})\s*\.\s*{_IDENT}\s*\(",
        text,
    )
    return any(
        re.search(
            rf"\b(?:{kit})\s*\.\s*(?:start|listen|serve|run)\s*\(\s*{re.escape(app)}\b", text
        )
        for app in built
    )


def _built_and_listening(text: str, names: set[str]) -> int | None:
    """Whether the module takes a server from a call on what it imports from the kit (`var
    server = Windshaft.Server(config)`, `new Kit.Server(options)`, or the value a promise of
    such a call resolves, `kit.initialize(config).then((server) => …)`) and starts it listening
    (`server.listen(port)`): the kit's call built the server. The offset of the start, or
    None."""
    kit = "|".join(map(re.escape, names))
    built = re.findall(
        rf"\b(?:const|let|var)\s+({_IDENT})\s*=\s*(?:await\s+|new\s+)?(?:{kit})\s*\.\s*{_IDENT}\s*\(",
        text,
    )
    # Or hands it over through a promise (`kit.initialize(config).then(function (server) {`).
    built += re.findall(
        rf"\b(?:{kit})\s*\.\s*{_IDENT}\s*\((?:[^()]|\([^()]*\))*\)\s*\.\s*then\s*\(\s*"
        rf"(?:async\s+)?(?:function\s*(?:{_IDENT})?\s*)?\(?\s*({_IDENT})",
        text,
    )
    for server in built:
        found = re.search(rf"\b{re.escape(server)}\s*\.\s*listen\s*\(", text)
        if found is not None:
            return found.start()
    return None


def _built_and_mounted(text: str, names: set[str]) -> bool:
    """Whether the module takes an application from calling what it imports from the kit
    (`const app = kit(options)`) and mounts middlewares or routes on it (`app.use(…)`,
    `app.get('/path', …)`): the kit's call built the web application the module serves
    through, an application of the framework the kit requires. A call of the kit itself, not
    of a member (`kit.client(…)` may build anything)."""
    kit = "|".join(map(re.escape, names))
    built = re.findall(
        rf"\b(?:const|let|var)\s+({_IDENT})\s*=\s*(?:await\s+)?(?:{kit})\s*\(", text
    )
    return any(
        re.search(
            rf"\b{re.escape(app)}\s*\.\s*(?:use\s*\(|(?:get|post|put|patch|delete)\s*\(\s*['\"`]/)",
            text,
        )
        for app in built
    )


def _instances(text: str, names: set[str]) -> set[str]:
    """The names the module binds to instances of what it imports from the kit (`const
    transom = new Transom()`): a member called on one builds what the kit's class builds."""
    kit = "|".join(map(re.escape, names))
    return set(
        re.findall(rf"\b(?:const|let|var)\s+({_IDENT})\s*=\s*new\s+(?:{kit})\s*\(", text)
    )


def _started_on_port(text: str, names: set[str]) -> bool:
    """Whether the module starts what it imports from the kit on a port it hands it
    (`await Provider.deploy({ port: Number(process.env.PORT) })`, `Kit.listen({ port })`): the
    kit's export is the server. A port only: `Kit.start()` alone may start anything (a job
    runner, a client)."""
    kit = "|".join(map(re.escape, names))
    return re.search(
        rf"\b(?:{kit})\s*\.\s*(?:start|listen|serve|run|deploy)\s*\(\s*\{{[^{{}}]*?\bport\b",
        text,
    ) is not None


def _bindings(text: str, package: str) -> set[str]:
    """The local names a module binds to what it imports or requires from `package` (a clause
    holds no quote: an import of another module never runs into the next one's). A clause is
    read word by word, each word once, and ends at the next `import` (or declaration): read as
    any run of characters before a run of blanks, a long blank run was split every way from
    each of its characters."""
    quoted = "['\"]" + re.escape(package) + "(?:/[^'\"\\n]*)?['\"]"
    names: set[str] = set()
    imports = r"\bimport\s++((?:(?!import\b)[^;'\"\s]++\s++)+?)from\s+" + quoted
    for clause in re.findall(imports, text):
        names |= _names(clause)
    requires = (
        r"\b(?:const|let|var)\s++((?:(?!(?:const|let|var)\b)[^=;'\"\s]++\s*+)+?)"
        r"=\s*require\s*\(\s*" + quoted
    )
    for clause in re.findall(requires, text):
        names |= _names(clause)
    return names


bindings = _bindings
"""Public name of `_bindings`, for the rules reading kits of the tree (`local_kits`)."""


def _names(clause: str) -> set[str]:
    """The local names of an import clause (`App as Base, { Route }`, `* as kit`, `{ App }`)."""
    names: set[str] = set()
    for part in re.split(r"[{},]", clause):
        words = part.split()
        if words and words[-1] != "*" and re.fullmatch(_IDENT, words[-1]):
            names.add(words[-1])
    return names


def _lent(
    folder: str, package: str, required: list[tuple[str, str, Evidence]], locks: LockFiles
) -> list[Signal]:
    """The framework signals `package` lends, at the release it resolves."""
    lent: list[Signal] = []
    for name, wanted, evidence in required:
        locked = locks.resolved_under(folder, LANGUAGE, package, name.lower())
        if locked is not None:
            version, evidence = locked.version, locked.evidence
        else:
            version = wanted if _EXACT.fullmatch(wanted) else ""
        lent += [
            signal.replace(locked=bool(version))
            for signal in dependency_signals(CATALOG, name, version, False, evidence, GLUE)
            if signal.kind is FindingKind.FRAMEWORK
        ]
    return lent
