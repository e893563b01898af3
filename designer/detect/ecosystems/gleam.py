"""Gleam: a Gleam project's `gleam.toml` (its `[dependencies]` and `[dev-dependencies]`
ranges; `manifest.toml`, the lock `gleam` writes beside it, resolving them), and the code that
proves Wisp started on mist, and gleeunit.

gleam.toml names libraries, command-line tools, Lustre browser apps and servers alike: a
project is a server only where its code hands a Wisp handler to mist (`wisp_mist.handler`),
which `nonservices.STARTED_ONLY` requires. mist alone is an HTTP server library (the ground
Wisp and other handlers run on), no web framework. A project built for the JavaScript target
(`target = "javascript"`) runs in a browser or on a JavaScript runtime, never on mist.
"""

from __future__ import annotations

from typing import Any

from designer.detect import tomlfile
from designer.detect.signals import (
    Catalog,
    Lines,
    ManifestResult,
    SourceRule,
    dependency_signals,
    entries,
    rule,
)
from designer.model.stack import FindingKind as K

LANGUAGE = "Gleam"

CATALOG: Catalog = {
    "wisp": entries((K.FRAMEWORK, "Wisp")),
    # The data layers: pog (and gleam_pgo, its name before 1.0) over PostgreSQL, sqlight over
    # SQLite, shork over MySQL, cake (a query builder whose engine is its driver's), storail
    # (JSON files on disk, no engine).
    "pog": entries((K.QUERY, "pog"), (K.DATABASE, "PostgreSQL")),
    "gleam_pgo": entries((K.QUERY, "gleam_pgo"), (K.DATABASE, "PostgreSQL")),
    "sqlight": entries((K.QUERY, "sqlight"), (K.DATABASE, "SQLite")),
    "shork": entries((K.QUERY, "shork"), (K.DATABASE, "MySQL")),
    "cake": entries((K.QUERY, "cake")),
    "storail": entries((K.QUERY, "storail")),
    "gleeunit": entries((K.TEST, "gleeunit")),
}

_GLEAM = (".gleam",)

RULES: tuple[SourceRule, ...] = (
    # A Wisp handler served by mist (`wisp_mist.handler(handle_request, secret)`, before Wisp
    # 1.0 `wisp.mist_handler(…)`): the program starts Wisp's server.
    rule(
        K.FRAMEWORK,
        "Wisp",
        r"\bwisp_mist\.handler[ \t]*\(|\bwisp\.mist_handler[ \t]*\(",
        endings=_GLEAM,
    ),
    # gleeunit's runner (`gleeunit.main()` in `test/<project>_test.gleam`).
    rule(K.TEST, "gleeunit", r"^import[ \t]+gleeunit\b", endings=_GLEAM),
)

_SECTIONS = (("dependencies", False), ("dev-dependencies", True), ("dev_dependencies", True))
"""gleam.toml's dependency tables (the development one spelled both ways) → development."""


def is_manifest(name: str, parent: str) -> bool:
    """Whether the file is a Gleam project's gleam.toml."""
    return name == "gleam.toml"


def parse(lines: Lines) -> ManifestResult:
    """Read a gleam.toml's dependency tables; a JavaScript-target project is no server."""
    data = tomlfile.load(lines)
    result = ManifestResult(language=LANGUAGE)
    if isinstance(data.get("name"), str):
        result.name = data["name"]
    if isinstance(data.get("gleam"), str):
        result.language_version = data["gleam"]
        result.version_evidence = lines.evidence("gleam =")
    for section, dev in _SECTIONS:
        table = data.get(section)
        if not isinstance(table, dict):
            continue
        start = lines.section(f"[{section}]")
        for name, wanted in table.items():
            _dependency(result, lines, start, name, wanted, dev)
    if data.get("target") == "javascript":
        result.library = True  # a browser app (Lustre) or a JavaScript program, not on mist
    return result


def _dependency(
    result: ManifestResult, lines: Lines, start: int, name: str, wanted: Any, dev: bool
) -> None:
    # A range (`">= 2.0.0 and < 3.0.0"`), or a table naming a path, a git repository or a
    # version (`{ version = "…" }`).
    version = wanted if isinstance(wanted, str) else ""
    if isinstance(wanted, dict) and isinstance(wanted.get("version"), str):
        version = wanted["version"]
    evidence = lines.evidence(f"{name} =", start)
    if not dev:
        result.runtime_dependencies += 1
    result.signals += dependency_signals(CATALOG, name, version, dev, evidence)
