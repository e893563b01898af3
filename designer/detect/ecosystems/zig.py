"""Zig: a Zig package's `build.zig.zon` (the names of its `.dependencies`, pinned by URL and
hash, so no version), and the code that proves http.zig's server, zqlite and Zig's own tests.

build.zig.zon describes libraries and programs alike: a package is a server only where its
code starts http.zig's server (`nonservices.STARTED_ONLY`).
"""

from __future__ import annotations

from designer.detect.signals import (
    Catalog,
    LazyPattern,
    Lines,
    ManifestResult,
    SourceRule,
    dependency_signals,
    entries,
    rule,
)
from designer.model.stack import FindingKind as K

LANGUAGE = "Zig"

CATALOG: Catalog = {
    # http.zig, imported as `httpz`.
    "httpz": entries((K.FRAMEWORK, "http.zig")),
    # zqlite, the SQLite wrapper (the amalgamation compiled beside it).
    "zqlite": entries((K.QUERY, "zqlite"), (K.DATABASE, "SQLite")),
    # pg.zig, the PostgreSQL driver.
    "pg": entries((K.QUERY, "pg.zig"), (K.DATABASE, "PostgreSQL")),
}

_ZIG = (".zig",)

RULES: tuple[SourceRule, ...] = (
    # http.zig's server (`httpz.Server(Handler).init(…)`, older `httpz.ServerCtx(…)`,
    # `httpz.listen(…)`).
    rule(
        K.FRAMEWORK,
        "http.zig",
        r"\bhttpz\.(?:Server|ServerCtx|ServerApp)[ \t]*\(|\bhttpz\.listen[ \t]*\(",
        endings=_ZIG,
    ),
    rule(K.QUERY, "zqlite", r"\bzqlite\.(?:Pool|open|Conn)\b", endings=_ZIG),
    # Zig's test blocks (`test "name" { … }`), which `zig build test` runs.
    rule(K.TEST, "zig test", r"^test[ \t]+\"", endings=_ZIG),
)

_DEPENDENCY = LazyPattern(r"^[ \t]*\.(@\"[^\"]+\"|[A-Za-z_][\w]*)[ \t]*=[ \t]*\.\{")
_NAME = LazyPattern(r"^[ \t]*\.name[ \t]*=[ \t]*\.?\"?([\w-]+)")


def is_manifest(name: str, parent: str) -> bool:
    """Whether the file is a Zig package's build.zig.zon."""
    return name == "build.zig.zon"


def parse(lines: Lines) -> ManifestResult:
    """Read the names of build.zig.zon's `.dependencies` entries (those one brace deep inside
    it; each entry's `.url` and `.hash` lie deeper)."""
    result = ManifestResult(language=LANGUAGE)
    depth = 0  # braces open inside `.dependencies`; 0 outside it
    for index, line in enumerate(lines.lines):
        code = line.split("//", 1)[0]
        if depth == 0:
            name = _NAME.match(code)
            if name and not result.name:
                result.name = name.group(1)
            if code.strip().startswith(".dependencies"):
                depth = max(code.count("{") - code.count("}"), 0)
            continue
        found = _DEPENDENCY.match(code) if depth == 1 else None
        if found:
            dependency = found.group(1).strip('@"')
            evidence = lines.evidence(f".{found.group(1)}", index)
            result.runtime_dependencies += 1
            result.signals += dependency_signals(CATALOG, dependency, "", False, evidence)
        depth += code.count("{") - code.count("}")
        depth = max(depth, 0)
    return result
