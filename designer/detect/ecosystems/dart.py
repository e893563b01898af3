"""Dart: a pub package (`pubspec.yaml`, its `dependencies` and `dev_dependencies`;
`pubspec.lock` resolving them), and the code that proves the server frameworks (shelf, Dart
Frog, Serverpod, Conduit, Angel3), the data layers, the engine and `dart test`.

A pubspec is YAML: `dependencies:` maps each package to a version constraint (`shelf: ^1.4.2`)
or to a table saying where it comes from (`path:`, `git:`, `sdk: flutter`, `hosted:` with a
`version:`). A member of a pub workspace (`resolution: workspace`) has no lock of its own: the
workspace root's pubspec.lock resolves every member's packages, which `locks` finds by walking up.

Flutter apps, command-line tools and libraries are pub packages too: a Flutter app (`flutter:`
from the SDK) is never a backend, and any other package is one only where its code starts the
server framework it names (`STARTED_ONLY` in `nonservices`).
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

LANGUAGE = "Dart"

CATALOG: Catalog = {
    # The server frameworks: shelf (spelled as its package, like warp), with shelf_router over
    # it; Dart Frog, Serverpod, Conduit (Aqueduct's successor) and Angel3.
    "shelf": entries((K.FRAMEWORK, "shelf")),
    "dart_frog": entries((K.FRAMEWORK, "Dart Frog")),
    "serverpod": entries((K.FRAMEWORK, "Serverpod")),
    "conduit": entries((K.FRAMEWORK, "Conduit")),
    "conduit_core": entries((K.FRAMEWORK, "Conduit")),
    "angel3_framework": entries((K.FRAMEWORK, "Angel3")),
    # Drivers: the engine they speak to.
    "postgres": entries((K.DATABASE, "PostgreSQL")),
    "mysql1": entries((K.DATABASE, "MySQL")),
    "mysql_client": entries((K.DATABASE, "MySQL")),
    "sqlite3": entries((K.DATABASE, "SQLite")),
    "mongo_dart": entries((K.DATABASE, "MongoDB"), (K.QUERY, "mongo_dart")),
    "redis": entries((K.CACHE, "Redis")),
    # Data layers: typed_sql and drift over SQL engines. package:gcloud bundles Datastore,
    # Storage and Pub/Sub clients: only its `db` library is a data layer (a source rule).
    "typed_sql": entries((K.ORM, "typed_sql")),
    "drift": entries((K.ORM, "drift")),
    # package:test, which `dart test` runs.
    "test": entries((K.TEST, "dart test")),
}

_DART = (".dart",)

RULES: tuple[SourceRule, ...] = (
    # shelf's server adapter (`shelf_io.serve(handler, …)`): the program serves HTTP.
    rule(
        K.FRAMEWORK,
        "shelf",
        r"^[ \t]*import[ \t]+['\"]package:shelf/shelf_io\.dart['\"]",
        endings=_DART,
    ),
    # shelf_router's routes (`Router()..get('/api/…', handler)`, `@Route.get`): the app's
    # handler, which the program's bin/ entry serves through shelf_io.
    rule(
        K.FRAMEWORK,
        "shelf",
        r"^[ \t]*import[ \t]+['\"]package:shelf_router/shelf_router\.dart['\"]",
        endings=_DART,
    ),
    rule(
        K.FRAMEWORK,
        "Dart Frog",
        r"^[ \t]*import[ \t]+['\"]package:dart_frog/dart_frog\.dart['\"]",
        endings=_DART,
    ),
    rule(K.FRAMEWORK, "Serverpod", r"\bServerpod\s*\(", endings=_DART),
    rule(K.FRAMEWORK, "Conduit", r"\bextends[ \t]+ApplicationChannel\b", endings=_DART),
    rule(
        K.FRAMEWORK,
        "Angel3",
        r"^[ \t]*import[ \t]+['\"]package:angel3_framework/angel3_framework\.dart['\"]",
        endings=_DART,
    ),
    # package:gcloud's Datastore models and queries (`import 'package:gcloud/db.dart'`, or a
    # module of the app re-exporting it).
    rule(
        K.ORM,
        "gcloud",
        r"^[ \t]*(?:import|export)[ \t]+['\"]package:gcloud/db\.dart['\"]",
        endings=_DART,
        engine="Google Cloud Datastore",
    ),
    rule(
        K.DATABASE,
        "Google Cloud Datastore",
        r"^[ \t]*(?:import|export)[ \t]+['\"]package:gcloud/db\.dart['\"]",
        endings=_DART,
    ),
    # Serverpod's ORM: the table classes its generator writes from the `.spy.yaml` models, each
    # reached through its `db` accessor (`Post.db.insertRow(session, post)`,
    # `Post.db.findFirstRow(session, where: …)`), over the PostgreSQL Serverpod runs on.
    rule(
        K.ORM,
        "Serverpod ORM",
        r"\b[A-Z]\w*\.db\.(?:insertRow|insert|updateRow|deleteRow|deleteWhere|findById"
        r"|findFirstRow)[ \t]*\(",
        endings=_DART,
        engine="PostgreSQL",
    ),
    # package:test's tests, which `dart test` runs.
    rule(
        K.TEST,
        "dart test",
        r"^[ \t]*import[ \t]+['\"]package:test/test\.dart['\"]",
        endings=("_test.dart",),
    ),
)

_SECTION = LazyPattern(r"^(dependencies|dev_dependencies|environment)[ \t]*:[ \t]*(?:#.*)?$")
_TOP = LazyPattern(r"^[^\s#]")
_ENTRY = LazyPattern(r"^([ \t]+)([A-Za-z_]\w*)[ \t]*:[ \t]*(.*?)[ \t]*(?:#.*)?$")
_NAME = LazyPattern(r"^name[ \t]*:[ \t]*['\"]?([\w]+)")
_SDK = LazyPattern(r"^[ \t]+sdk[ \t]*:[ \t]*['\"]?([^'\"#\n]+?)['\"]?[ \t]*(?:#.*)?$")


def is_manifest(name: str, parent: str) -> bool:
    """Whether the file is a pub package's manifest."""
    return name == "pubspec.yaml"


def parse(lines: Lines) -> ManifestResult:
    """Read a pubspec's name, its Dart SDK constraint and its dependencies (a Flutter app's
    is read as a client: no backend)."""
    result = ManifestResult(language=LANGUAGE)
    section, indent, current = "", "", ""
    for index, line in enumerate(lines.lines):
        if _TOP.match(line):
            found = _SECTION.match(line)
            section, indent, current = (found.group(1) if found else ""), "", ""
            name = _NAME.match(line)
            if name:
                result.name = name.group(1)
            continue
        if not section:
            continue
        entry = _ENTRY.match(line)
        if entry is None:
            continue
        if section == "environment":
            if entry.group(2) == "sdk" and not result.language_version:
                result.language_version = entry.group(3).strip("'\"")
                result.version_evidence = lines.evidence(line.strip(), index)
            continue
        if not indent:
            indent = entry.group(1)
        if entry.group(1) == indent:
            current = entry.group(2)
            _dependency(result, lines, index, current, entry.group(3), section)
        elif current == "flutter" and _SDK.match(line) and section == "dependencies":
            # `flutter: {sdk: flutter}`: a Flutter app (or a Flutter plugin), a client.
            result.library = True
        elif current and entry.group(2) == "version":
            # A table's `version:` (`hosted:` beside it): the constraint, on its own line.
            version = entry.group(3).strip("'\"")
            result.signals = [
                s.replace(version=version) if s.package == current and not s.version else s
                for s in result.signals
            ]
    return result


def _dependency(
    result: ManifestResult, lines: Lines, index: int, name: str, value: str, section: str
) -> None:
    dev = section == "dev_dependencies"
    if not dev:
        result.runtime_dependencies += 1
    version = value.strip("'\"") if value and not value.startswith(("{", "|", ">")) else ""
    if version == "any":
        version = ""
    evidence = lines.evidence(lines.lines[index].strip(), index)
    result.signals += dependency_signals(CATALOG, name, version, dev, evidence)
