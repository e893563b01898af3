"""C and C++: a CMake project's `CMakeLists.txt` (its `project()` languages and the packages it
finds or links), Conan's `conanfile.txt` and vcpkg's `vcpkg.json` (the libraries they install),
and the code that proves a C or C++ web framework started in the program's own sources.

CMake builds libraries, command-line tools, games and firmware alike, and a C or C++ server's
framework is often vendored into the tree or added as a git submodule that no manifest names:
a project is a server only where its code starts the framework (`nonservices.STARTED_ONLY`),
so a framework named in a build file alone never makes a backend. A project's folders below
its root (`add_subdirectory`) hold `CMakeLists.txt` files of the same build: the walker keys the
project by the outermost one (`walker`'s CMake roots).
"""

from __future__ import annotations

import json
import re

from designer.detect.signals import (
    Catalog,
    LazyPattern,
    Lines,
    ManifestResult,
    Signal,
    SourceRule,
    Strength,
    dependency_signals,
    entries,
    rule,
)
from designer.model.stack import FindingKind as K

LANGUAGE = "C++"

CATALOG: Catalog = {
    # Frameworks named by a build file stay weak until the code starts them (`RULES`).
    "wt": entries((K.FRAMEWORK, "Wt")),
    "crow": entries((K.FRAMEWORK, "Crow")),
    "crowcpp": entries((K.FRAMEWORK, "Crow")),
    "civetweb": entries((K.FRAMEWORK, "CivetWeb")),
    "userver": entries((K.FRAMEWORK, "userver")),
    # Data layers and drivers.
    "userver-postgresql": entries((K.QUERY, "userver-postgresql"), (K.DATABASE, "PostgreSQL")),
    "sqlpp11": entries((K.QUERY, "sqlpp11")),
    "sqlpp11-connector-mysql": entries((K.DATABASE, "MySQL")),
    "sqlpp11-connector-sqlite3": entries((K.DATABASE, "SQLite")),
    "libpqxx": entries((K.DATABASE, "PostgreSQL")),
    "sqlite3": entries((K.DATABASE, "SQLite")),
    "boost-test": entries((K.TEST, "Boost.Test")),
}

_CODE = (".c", ".cc", ".cpp", ".cxx")
_HEADERS = (".h", ".hh", ".hpp", ".hxx")

_SERVER_MODULES = tuple(
    f"{stem}.{ending}"
    for stem in ("webserver", "web_server", "http_server")
    for ending in ("c", "cpp")
)
"""Where a C or C++ program conventionally starts its embedded web server: read as entry
points (a C project's many shallow modules spend the ordinary quota first)."""

RULES: tuple[SourceRule, ...] = (
    # Wt: the program runs its own server (`Wt::WServer server{argv[0]}`, `WRun(argc, argv,
    # …)`); its ORM Wt::Dbo and the backend it opens.
    rule(
        K.FRAMEWORK,
        "Wt",
        r"\bWt::WServer[ \t]+\w+[ \t]*[({]|\bWt::WRun[ \t]*\(|^[ \t]*return[ \t]+WRun[ \t]*\(",
        endings=_CODE,
    ),
    rule(K.ORM, "Wt::Dbo", r"#[ \t]*include[ \t]*[<\"]Wt/Dbo/", endings=_CODE + _HEADERS),
    rule(K.DATABASE, "SQLite", r"\bWt::Dbo::backend::Sqlite3\b", endings=_CODE),
    rule(K.DATABASE, "PostgreSQL", r"\bWt::Dbo::backend::Postgres\b", endings=_CODE),
    rule(K.DATABASE, "MySQL", r"\bWt::Dbo::backend::MySQL\b", endings=_CODE),
    # userver: a service's `main` runs the component list (`utils::DaemonRun(argc, argv,
    # components::MinimalServerComponentList()…)`); its own PostgreSQL component.
    rule(
        K.FRAMEWORK,
        "userver",
        r"\bcomponents::MinimalServerComponentList[ \t]*\(",
        endings=_CODE,
    ),
    rule(
        K.QUERY,
        "userver-postgresql",
        r"#[ \t]*include[ \t]*<userver/storages/postgres/",
        endings=_CODE + _HEADERS,
    ),
    rule(K.DATABASE, "PostgreSQL", r"\bcomponents::Postgres\b", endings=_CODE),
    # userver's testsuite runs the service's tests on pytest (`pytest_plugins =
    # ['pytest_userver.plugins.postgresql']` in a `conftest.py`).
    rule(K.TEST, "pytest", r"[\"']pytest_userver\.plugins", names=("conftest.py",)),
    # Crow: the application object (`crow::SimpleApp app;`, `crow::App<Middleware…> app;`).
    rule(K.FRAMEWORK, "Crow", r"\bcrow::(?:SimpleApp|App[ \t]*<|Crow[ \t]*<)", endings=_CODE),
    # CivetWeb: the program starts the server (`ctx = mg_start(&callbacks, data, options)`,
    # `mg_start2(&init, &error)`: a call, not the vendored source's definition), often in a
    # module named for the web server (read whatever the quota of ordinary files left); the
    # vendored header states its version.
    rule(
        K.FRAMEWORK,
        "CivetWeb",
        r"=[ \t]*mg_start2?[ \t]*\(",
        endings=_CODE,
        names=_SERVER_MODULES,
    ),
    rule(
        K.FRAMEWORK,
        "CivetWeb",
        r"^#define[ \t]+CIVETWEB_VERSION[ \t]+\"(?P<version>[\d.]+)\"",
        names=("civetweb.h",),
    ),
    # SQLite's C API called by the program itself, or the amalgamation vendored into the tree
    # (its `sqlite3.h` beside `sqlite3.c`): the program compiles its engine in.
    rule(K.DATABASE, "SQLite", r"\bsqlite3_open(?:_v2)?[ \t]*\(", endings=_CODE),
    rule(K.DATABASE, "SQLite", r"^#define[ \t]+SQLITE_VERSION[ \t]", names=("sqlite3.h",)),
    # sqlpp11, the SQL DSL, and its connectors.
    rule(K.QUERY, "sqlpp11", r"#[ \t]*include[ \t]*<sqlpp11/", endings=_CODE + _HEADERS),
    # Boost.Test's cases; Bats's shell tests run against the built program.
    rule(K.TEST, "Boost.Test", r"^[ \t]*BOOST_AUTO_TEST_CASE[ \t]*\(", endings=_CODE),
    rule(K.TEST, "BATS", r"^@test[ \t]", endings=(".bats",)),
)

_PROJECT = LazyPattern(r"^[ \t]*project[ \t]*\(([^)]*)\)", re.IGNORECASE | re.MULTILINE)
_FIND = LazyPattern(r"^[ \t]*find_package[ \t]*\([ \t]*([A-Za-z][\w+.-]*)", re.IGNORECASE)
_VENDORED = LazyPattern(
    r"^[ \t]*add_subdirectory[ \t]*\([ \t]*\"?(?:\$\{\w+\}/)?"
    r"(?:third[_-]?party|3rd[_-]?party|external|extern|vendor|deps)/([A-Za-z][\w+.-]*)",
    re.IGNORECASE,
)
"""A library the build adds from its source kept in the tree (`add_subdirectory(third_party/
userver)`, a vendored copy or a git submodule): a dependency as `find_package` names one."""
_SECTION = LazyPattern(r"^\[(\w+)\]")
_REFERENCE = LazyPattern(r"^[ \t]*([A-Za-z][\w+.-]*)/([\w.+-]+)")


def is_manifest(name: str, parent: str) -> bool:
    """Whether the file is a CMake project, a Conan recipe's list or a vcpkg manifest."""
    return name in ("CMakeLists.txt", "conanfile.txt", "vcpkg.json")


def parse(lines: Lines) -> ManifestResult:
    """Read the packages a C or C++ project's build file names."""
    first = next((line for line in lines.lines if line.strip()), "")
    if first.lstrip().startswith("{"):
        return _vcpkg(lines)
    if any(_SECTION.match(line) for line in lines.lines):
        return _conan(lines)
    return _cmake(lines)


def _cmake(lines: Lines) -> ManifestResult:
    """`project(name LANGUAGES C)` gives the language (C++ unless only C is listed);
    `find_package(Wt …)` the packages the build uses."""
    result = ManifestResult(language=LANGUAGE)
    project = _PROJECT.search(lines.text)
    if project:
        words = project.group(1).split()
        if words:
            result.name = words[0]
        languages = [w.upper() for w in words[1:] if w.upper() in ("C", "CXX")]
        if languages == ["C"]:  # a C program (CMake's default is C and C++ both)
            evidence = lines.evidence(project.group(0).splitlines()[0])
            result.signals.append(Signal(K.LANGUAGE, "C", Strength.DEPENDENCY, evidence))
    for index, line in enumerate(lines.lines):
        found = _FIND.match(line) or _VENDORED.match(line)
        if found:
            _dependency(result, lines, index, found.group(1), "")
    return result


def _conan(lines: Lines) -> ManifestResult:
    """conanfile.txt's `[requires]` (`crowcpp-crow/1.2.0`) and `[test_requires]`."""
    result = ManifestResult(language=LANGUAGE)
    section = ""
    for index, line in enumerate(lines.lines):
        header = _SECTION.match(line)
        if header:
            section = header.group(1)
            continue
        reference = _REFERENCE.match(line)
        if reference and section in ("requires", "test_requires", "tool_requires"):
            name = reference.group(1).removeprefix("crowcpp-")
            _dependency(result, lines, index, name, reference.group(2), section != "requires")
    return result


def _vcpkg(lines: Lines) -> ManifestResult:
    """vcpkg.json's `dependencies` (names, or objects with a `name`)."""
    result = ManifestResult(language=LANGUAGE)
    try:
        data = json.loads(lines.text)
    except ValueError:
        return result
    if not isinstance(data, dict):
        return result
    if isinstance(data.get("name"), str):
        result.name = data["name"]
    for item in data.get("dependencies") or []:
        name = item.get("name") if isinstance(item, dict) else item
        if isinstance(name, str):
            _dependency(result, lines, lines.find(f'"{name}"') or 0, name, "")
    return result


def _dependency(
    result: ManifestResult, lines: Lines, index: int, name: str, version: str, dev: bool = False
) -> None:
    evidence = lines.evidence(name, max(index, 0))
    if not dev:
        result.runtime_dependencies += 1
    result.signals += dependency_signals(CATALOG, name.lower(), version, dev, evidence)
