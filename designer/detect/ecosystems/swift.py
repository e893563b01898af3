"""Swift: a SwiftPM manifest (`Package.swift`, its `.package(url:…)` dependencies;
`Package.resolved` resolving them), and the code that proves the server frameworks (Vapor,
Hummingbird), their data layers and drivers, XCTest and Swift Testing.

Package.swift is Swift code (never run here): `dependencies: [.package(url:
"https://github.com/vapor/vapor.git", from: "4.102.0"), …]`. SwiftPM keys a package by its
identity, the last component of its URL without `.git`, lower-cased (`vapor`), which is also how
Package.resolved names it (`"identity" : "vapor"`, or v1's `repositoryURL`). SwiftPM has no
development dependencies: a test target's packages are declared like the program's.

An iOS or macOS app, a command-line tool and a library are built from the same manifest: only a
package whose code starts a server framework's application is a backend (`STARTED_ONLY` in
`nonservices`).
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

LANGUAGE = "Swift"

CATALOG: Catalog = {
    # The server frameworks, on SwiftNIO.
    "vapor": entries((K.FRAMEWORK, "Vapor")),
    "hummingbird": entries((K.FRAMEWORK, "Hummingbird")),
    # Fluent, Vapor's ORM, and its drivers (each names the engine it speaks to).
    "fluent": entries((K.ORM, "Fluent")),
    "fluent-kit": entries((K.ORM, "Fluent")),
    "hummingbird-fluent": entries((K.ORM, "Fluent")),
    "fluent-postgres-driver": entries((K.DATABASE, "PostgreSQL")),
    "fluent-mysql-driver": entries((K.DATABASE, "MySQL")),
    "fluent-sqlite-driver": entries((K.DATABASE, "SQLite")),
    "fluent-mongo-driver": entries((K.DATABASE, "MongoDB")),
    # The NIO drivers, queried directly when no Fluent model sits above them.
    "postgres-nio": entries((K.DATABASE, "PostgreSQL"), (K.QUERY, "PostgresNIO")),
    "postgres-kit": entries((K.DATABASE, "PostgreSQL")),
    "mysql-nio": entries((K.DATABASE, "MySQL"), (K.QUERY, "MySQLNIO")),
    "mysql-kit": entries((K.DATABASE, "MySQL")),
    "sqlite-nio": entries((K.DATABASE, "SQLite"), (K.QUERY, "SQLiteNIO")),
    "sqlite-kit": entries((K.DATABASE, "SQLite")),
    "mongokitten": entries((K.DATABASE, "MongoDB"), (K.QUERY, "MongoKitten")),
    # Vapor's Redis integration and the RediStack client under it: a cache.
    "redis": entries((K.CACHE, "Redis")),
    "redistack": entries((K.CACHE, "Redis")),
}

_SWIFT = (".swift",)

RULES: tuple[SourceRule, ...] = (
    # Vapor's application object made from the detected environment (Vapor 4's
    # `Application.make(env)`, or `Application(env)` before it), which `app.execute()` serves.
    rule(
        K.FRAMEWORK,
        "Vapor",
        r"\bApplication(?:\.make)?\s*\(\s*(?:env\b|\.detect\b|try\s+Environment\.detect\b)",
        endings=_SWIFT,
    ),
    # Hummingbird 2's application over a router (`Application(router: router, …)`), or
    # Hummingbird 1's `HBApplication(…)`.
    rule(
        K.FRAMEWORK,
        "Hummingbird",
        r"\bApplication\s*\(\s*(?:router|responder)\s*:|\bHBApplication\s*\(",
        endings=_SWIFT,
    ),
    # The tests: Swift Testing's module (`@Test`, `#expect`) and XCTest's — imported itself,
    # or through Vapor's XCTVapor, which re-exports it (`final class AppTests: XCTestCase`).
    rule(
        K.TEST, "Swift Testing", r"^[ \t]*(?:@testable[ \t]+)?import[ \t]+Testing\b", endings=_SWIFT
    ),
    rule(K.TEST, "XCTest", r"^[ \t]*import[ \t]+XCT(?:est|Vapor)\b", endings=_SWIFT),
)

_TOOLS = LazyPattern(r"^//[ \t]*swift-tools-version[ \t]*:[ \t]*([\d.]+)")
_PACKAGE = LazyPattern(r"\.package\s*\(([^()]*(?:\([^()]*\)[^()]*)*)\)")
"""One `.package(…)` call, with one level of nested calls (`.upToNextMajor(from: "4.0.0")`)."""
_URL = LazyPattern(r'\burl\s*:\s*"([^"]+)"')
_VERSION = LazyPattern(r'\b(?:from|exact)\s*:\s*"([^"]+)"|"([^"]+)"\s*\.\.[.<]')
_EXECUTABLE = LazyPattern(r"\.executable(?:Target)?\s*\(|\bname\s*:\s*\"Run\"")
"""An executable product or target (Vapor's template names its executable target `Run`, which
SwiftPM before 5.4 builds from its `main.swift` as a plain `.target`)."""


def is_manifest(name: str, parent: str) -> bool:
    """Whether the file is a SwiftPM manifest."""
    return name == "Package.swift"


def identity(url: str) -> str:
    """SwiftPM's identity of the package at `url`: its last path component, without `.git`,
    lower-cased (Package.resolved's `identity`)."""
    return url.rstrip("/").rsplit("/", 1)[-1].removesuffix(".git").lower()


def parse(lines: Lines) -> ManifestResult:
    """Read the tools version and the packages a SwiftPM manifest depends on."""
    result = ManifestResult(language=LANGUAGE)
    text = lines.text
    tools = _TOOLS.search(text)
    if tools:
        result.language_version = tools.group(1)
        result.version_evidence = lines.evidence(tools.group(0))
    for call in _PACKAGE.finditer(text):
        start = text.rfind("\n", 0, call.start()) + 1
        if text[start : call.start()].lstrip().startswith("//"):
            continue  # a dependency commented out
        url = _URL.search(call.group(1))
        if url is None:
            continue  # a local package (`path:`) or a registry identifier: nothing catalogued
        name = identity(url.group(1))
        version = _VERSION.search(call.group(1))
        found = (version.group(1) or version.group(2)) if version else ""
        result.runtime_dependencies += 1
        evidence = lines.at_offset(call.start())
        result.signals += dependency_signals(CATALOG, name, found, False, evidence)
    # A package with neither an executable product nor target builds a library (or an app
    # Xcode builds): no server of its own.
    result.library = _EXECUTABLE.search(text) is None
    return result
