"""Nim: a Nimble package (`name.nimble`, its `requires "jester#405be2e"` and `requires
"httpbeast >= 0.4.0"` lines and `bin = @["forum"]`; `nimble.lock` resolving them), and the
code that proves Jester, Prologue or HappyX, the database module it imports, and Nim's
std/unittest or testament.

A `.nimble` file is NimScript (read, never run). A requirement names a release range, a commit
or a tag after `#` (kept as written: the version the package declares), or several packages
in one string (`requires "jester >= 0.6", "karax"`). A package with no `bin` builds no program:
a library, whatever framework it names.
"""

from __future__ import annotations

from designer.detect.signals import (
    Catalog,
    LazyPattern,
    Lines,
    ManifestResult,
    SourceRule,
    Strength,
    clip,
    declare,
    entries,
    rule,
)
from designer.model.stack import Evidence
from designer.model.stack import FindingKind as K

LANGUAGE = "Nim"

CATALOG: Catalog = {
    "jester": entries((K.FRAMEWORK, "Jester")),
    "prologue": entries((K.FRAMEWORK, "Prologue")),
    "happyx": entries((K.FRAMEWORK, "HappyX")),
    # Norm, the ORM over Nim's database modules (its engine from the module the code imports).
    "norm": entries((K.ORM, "norm")),
    "redis": entries((K.CACHE, "Redis")),
    "testament": entries((K.TEST, "testament")),
}

_NIM = (".nim",)

_DB_MODULES = (("db_sqlite", "SQLite"), ("db_postgres", "PostgreSQL"), ("db_mysql", "MySQL"))
"""Nim's database modules (in the standard library before Nim 2, in `db_connector` since):
each queries one engine."""

RULES: tuple[SourceRule, ...] = (
    # The routes a Jester application declares (`routes:` or a `router name:` block), or its
    # import beside `runForever`/`serve`: Jester's server.
    rule(K.FRAMEWORK, "Jester", r"^import\b[^\n]*\bjester\b", endings=_NIM),
    rule(K.FRAMEWORK, "Prologue", r"^import\b[^\n]*\bprologue\b", endings=_NIM),
    rule(K.FRAMEWORK, "HappyX", r"^import\b[^\n]*\bhappyx\b", endings=_NIM),
    # The database module imported (`import db_connector/db_sqlite`, `import std/db_sqlite`,
    # `import db_sqlite`, or among others on an indented line of an import block). Under a
    # compile-time switch (`when defined(postgres): import db_postgres` / `else: import
    # db_sqlite`) only the `else:` branch counts: it is what a plain build compiles, the
    # `when defined` one needs a `-d:` flag.
    *(
        rule(
            kind,
            name,
            rf"^[ \t]*(?:else[ \t]*:[ \t]*)?(?:import|from)\b[^\n]*?"
            rf"(?:\bdb_connector/|\bstd/|[\s,\[]){module}\b",
            endings=_NIM,
        )
        for module, engine in _DB_MODULES
        for kind, name in ((K.QUERY, module), (K.DATABASE, engine))
    ),
    rule(K.ORM, "norm", r"^[ \t]*import\b[^\n]*\bnorm/", endings=_NIM),
    # std/unittest's suites (`import unittest` … `suite "…": test "…":`).
    rule(K.TEST, "unittest", r"^import\b[^\n]*\b(?:std/)?unittest\b", endings=_NIM),
)

_REQUIRES = LazyPattern(r"^[ \t]*requires\b(.*)$")
_STRING = LazyPattern(r"\"([^\"\n]+)\"")
_REQUIREMENT = LazyPattern(r"^\s*([A-Za-z][\w-]*)\s*(.*?)\s*$")
_BIN = LazyPattern(r"^[ \t]*(?:bin|namedBin\[[^\]]*\])[ \t]*=")


def is_manifest(name: str, parent: str) -> bool:
    """Whether the file is a Nimble package's `.nimble` file."""
    return name.endswith(".nimble")


def parse(lines: Lines) -> ManifestResult:
    """Read a `.nimble` file's requirements (`nim` itself gives the language version) and
    whether it builds a program."""
    result = ManifestResult(language=LANGUAGE)
    programs = False
    for index, line in enumerate(lines.lines):
        code = line.split("#", 1)[0] if not line.lstrip().startswith("requires") else line
        if _BIN.match(code):
            programs = True
        found = _REQUIRES.match(line)
        if found is None:
            continue
        for text in _STRING.findall(found.group(1)):
            for part in text.split(","):
                _dependency(result, lines, index, part)
    result.library = _library(result, programs)
    return result


def _dependency(result: ManifestResult, lines: Lines, index: int, text: str) -> None:
    requirement = _REQUIREMENT.match(text)
    if requirement is None:
        return
    name, version = requirement.group(1).lower(), requirement.group(2)
    evidence = Evidence(path=lines.path, line=index + 1, text=clip(lines.lines[index]))
    declare(result, CATALOG, name, version, False, evidence, language="nim")


def _library(result: ManifestResult, programs: bool) -> bool:
    """Whether the package is no server: it builds no program, or its programs declare no web
    framework (a command-line tool, a client of another service's API)."""
    serves = any(
        s.kind is K.FRAMEWORK and s.strength is Strength.DEPENDENCY for s in result.signals
    )
    return not (programs and serves)
