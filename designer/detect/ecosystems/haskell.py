"""Haskell: a Cabal package description (`*.cabal`, the `build-depends` of its stanzas) or
hpack's `package.yaml` (the `dependencies` of the package and of its stanzas), and the code
that proves Yesod, Servant, Scotty, IHP or Spock serving HTTP, and IHP's own query layer.

A package's `executable` stanzas (hpack's `executables:`) are its programs; one with none is a
library, whatever framework it names (an API-types package depending on `servant-server`): an
application elsewhere serves it, so it is no backend. `test-suite` and `benchmark` stanzas
(hpack's `tests:` and `benchmarks:`) depend on their tools for the tests only.

Stack resolves packages from a snapshot (`stack.yaml`'s `resolver: lts-24.26`), whose lock
records the snapshot, not the packages' releases: an unversioned dependency stays so. A
`cabal.project.freeze` (`locks`) pins them. `package.yaml` is a common file name elsewhere
(Dart's and other tools' settings): the walk reads one as hpack's only where a Stack or Cabal
project holds it (`walker`), and never beside the `.cabal` file hpack generated from it (the
same dependencies, read there).
"""

from __future__ import annotations

import re

from designer.detect.signals import (
    Catalog,
    LazyPattern,
    Lines,
    ManifestResult,
    SourceRule,
    Strength,
    clip,
    dependency_signals,
    entries,
    rule,
)
from designer.model.stack import Evidence
from designer.model.stack import FindingKind as K

LANGUAGE = "Haskell"

CATALOG: Catalog = {
    # The web frameworks: their core packages, as a package declares either.
    "yesod": entries((K.FRAMEWORK, "Yesod")),
    "yesod-core": entries((K.FRAMEWORK, "Yesod")),
    "servant-server": entries((K.FRAMEWORK, "Servant")),
    "scotty": entries((K.FRAMEWORK, "Scotty")),
    "ihp": entries((K.FRAMEWORK, "IHP")),
    "spock": entries((K.FRAMEWORK, "Spock")),
    # Persistent, the ORM Yesod's scaffold uses, and its backends (each the engine it reaches).
    "persistent": entries((K.ORM, "Persistent")),
    "persistent-postgresql": entries((K.DATABASE, "PostgreSQL"), (K.ORM, "Persistent")),
    "persistent-sqlite": entries((K.DATABASE, "SQLite"), (K.ORM, "Persistent")),
    "persistent-mysql": entries((K.DATABASE, "MySQL"), (K.ORM, "Persistent")),
    "persistent-mongodb": entries((K.DATABASE, "MongoDB"), (K.ORM, "Persistent")),
    # Esqueleto writes SQL queries over Persistent's models.
    "esqueleto": entries((K.QUERY, "Esqueleto")),
    # The PostgreSQL-only query libraries.
    "hasql": entries((K.DATABASE, "PostgreSQL"), (K.QUERY, "hasql")),
    "postgresql-simple": entries((K.DATABASE, "PostgreSQL"), (K.QUERY, "postgresql-simple")),
    "opaleye": entries((K.DATABASE, "PostgreSQL"), (K.QUERY, "Opaleye")),
    "beam-core": entries((K.ORM, "beam")),
    "beam-postgres": entries((K.DATABASE, "PostgreSQL"), (K.ORM, "beam")),
    "beam-sqlite": entries((K.DATABASE, "SQLite"), (K.ORM, "beam")),
    "sqlite-simple": entries((K.DATABASE, "SQLite"), (K.QUERY, "sqlite-simple")),
    "mysql-simple": entries((K.DATABASE, "MySQL"), (K.QUERY, "mysql-simple")),
    "hedis": entries((K.CACHE, "Redis")),
    # Test frameworks: a suite's runner first (hspec, tasty), QuickCheck's properties after.
    "hspec": entries((K.TEST, "hspec")),
    "tasty": entries((K.TEST, "tasty")),
    "quickcheck": entries((K.TEST, "QuickCheck")),
}

_HS = (".hs",)
_IHP_QUERY = r"\bquery[ \t]+@[A-Z][\w.]*\s*\|>"

RULES: tuple[SourceRule, ...] = (
    # The application a Yesod site declares (`mkYesod "App" [parseRoutes| … |]`, or the
    # scaffold's `mkYesodDispatch` in its Application module).
    rule(K.FRAMEWORK, "Yesod", r"^[^-\n]*\bmkYesod(?:Dispatch|Data)?\b", endings=_HS),
    # Servant's server for an API type (`serve api server`, `serveWithContext …`).
    rule(
        K.FRAMEWORK,
        "Servant",
        r"^import[ \t]+(?:qualified[ \t]+)?Servant\.Server\b",
        endings=_HS,
    ),
    rule(K.FRAMEWORK, "Scotty", r"^import[ \t]+(?:qualified[ \t]+)?Web\.Scotty\b", endings=_HS),
    rule(K.FRAMEWORK, "Spock", r"^import[ \t]+(?:qualified[ \t]+)?Web\.Spock\b", endings=_HS),
    # IHP's own query layer over the models it generates from `Application/Schema.sql`
    # (`query @Thread |> orderByDesc #createdAt |> fetch`): IHP runs on PostgreSQL alone.
    rule(K.ORM, "IHP ORM", _IHP_QUERY, endings=_HS, engine="PostgreSQL"),
    rule(K.DATABASE, "PostgreSQL", _IHP_QUERY, endings=_HS),
    # hspec's specs (`spec :: Spec`, `hspec $ describe …`).
    rule(K.TEST, "hspec", r"^import[ \t]+Test\.Hspec\b", endings=_HS),
    rule(K.TEST, "tasty", r"^import[ \t]+Test\.Tasty\b", endings=_HS),
)

_STANZA = LazyPattern(
    r"^(library|executable|test-suite|benchmark|common|foreign-library)(?=[ \t]|$)", re.IGNORECASE
)
_BUILD_DEPENDS = LazyPattern(r"^([ \t]*)build-depends[ \t]*:(.*)$", re.IGNORECASE)
_CABAL_NAME = LazyPattern(r"^name[ \t]*:[ \t]*([\w-]+)", re.IGNORECASE)
_DEPENDENCY = LazyPattern(r"^\s*([A-Za-z][\w-]*)(?::[\w{}, -]+)?\s*(.*?)\s*$")

_TOP_KEY = LazyPattern(r"^([A-Za-z][\w-]*)[ \t]*:")
_DEPENDENCIES = LazyPattern(r"^([ \t]*)dependencies[ \t]*:[ \t]*(.*?)[ \t]*$")
_ITEM = LazyPattern(r"^([ \t]*)-[ \t]+(.*?)[ \t]*$")

_PROGRAMS = frozenset({"executable", "executables"})
_DEV = frozenset({"test-suite", "benchmark", "tests", "benchmarks"})


def is_manifest(name: str, parent: str) -> bool:
    """Whether the file is a Cabal package description or hpack's `package.yaml` (which the
    walk admits only inside a Stack or Cabal project: `walker`)."""
    return name.endswith(".cabal") or name == "package.yaml"


def hpack_home(files: list[str], in_project: bool) -> bool:
    """Whether a `package.yaml` among a folder's `files` is hpack's package description to
    read: inside a Stack or Cabal project (`in_project`: a `stack.yaml` or `cabal.project` in
    the folder or above it), and with no `.cabal` file beside it (generated from it: the
    same package, read there)."""
    return in_project and not any(name.endswith(".cabal") for name in files)


def parse(lines: Lines) -> ManifestResult:
    """Read a `.cabal` file's or a `package.yaml`'s dependencies, and whether it builds a
    program."""
    if lines.path.endswith(".cabal"):
        return _cabal(lines)
    return _hpack(lines)


def _cabal(lines: Lines) -> ManifestResult:
    result = ManifestResult(language=LANGUAGE)
    stanza, programs = "", False
    index = 0
    while index < len(lines.lines):
        line = lines.lines[index]
        index += 1
        if line.lstrip().startswith("--"):
            continue
        head = _STANZA.match(line)
        if head:
            stanza = head.group(1).lower()
            programs = programs or stanza == "executable"
            continue
        if not stanza:
            name = _CABAL_NAME.match(line)
            if name:
                result.name = name.group(1)
            continue
        field = _BUILD_DEPENDS.match(line)
        if field is None:
            continue
        # The field's value continues on the lines indented deeper than the field itself.
        indent, value = len(field.group(1).expandtabs()), [(index - 1, field.group(2))]
        while index < len(lines.lines):
            more = lines.lines[index]
            if more.strip() and len(more) - len(more.lstrip()) <= indent:
                break
            value.append((index, more))
            index += 1
        for number, text in value:
            for item in text.split("--", 1)[0].split(","):
                _dependency(result, lines, number, item, stanza in _DEV)
    result.library = _library(result, programs)
    return result


def _hpack(lines: Lines) -> ManifestResult:
    result = ManifestResult(language=LANGUAGE)
    section, programs = "", False
    listing: int | None = None  # the indent of the `dependencies:` key whose list is read
    for index, line in enumerate(lines.lines):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        top = _TOP_KEY.match(line)
        if top:
            section, listing = top.group(1), None
            programs = programs or section in _PROGRAMS
            if section == "name":
                result.name = line.split(":", 1)[1].strip().strip("\"'")
        key = _DEPENDENCIES.match(line)
        if key:
            listing = len(key.group(1))
            inline = key.group(2)
            if inline.startswith("["):
                for item in inline.strip("[]").split(","):
                    _dependency(result, lines, index, item, section in _DEV)
            elif inline and not inline.startswith("#"):
                _dependency(result, lines, index, inline, section in _DEV)
            continue
        if listing is None:
            continue
        item = _ITEM.match(line)
        if item and len(item.group(1)) >= listing:
            _dependency(result, lines, index, item.group(2).split(" #", 1)[0], section in _DEV)
        elif len(line) - len(line.lstrip()) <= listing:
            listing = None
    result.library = _library(result, programs)
    return result


def _dependency(result: ManifestResult, lines: Lines, index: int, text: str, dev: bool) -> None:
    found = _DEPENDENCY.match(text.strip().strip("\"'"))
    if found is None:
        return
    name, version = found.group(1).lower(), found.group(2)
    if name == "base":
        return
    if not dev:
        result.runtime_dependencies += 1
    evidence = Evidence(path=lines.path, line=index + 1, text=clip(lines.lines[index]))
    result.signals += dependency_signals(CATALOG, name, version, dev, evidence)


def _library(result: ManifestResult, programs: bool) -> bool:
    """Whether the package is no server: it builds no program, or its programs declare no web
    framework (a command-line tool, a client of another service's API)."""
    serves = any(
        s.kind is K.FRAMEWORK and s.strength is Strength.DEPENDENCY for s in result.signals
    )
    return not (programs and serves)
