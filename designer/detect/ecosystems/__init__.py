"""One module per ecosystem: which files are its manifests, how to read them, and which
patterns in its source files prove a framework.

Each module exposes `LANGUAGE`, `RULES`, `is_manifest(name, parent)` and
`parse(lines) -> ManifestResult`; a module whose build files refer to files beside them (Gradle
version catalogues, MSBuild props) also has `resolve(result, folder, build_files)`. The JVM
catalogue and reference resolution live in `jvm_catalog` and `jvm_refs`.
"""

from __future__ import annotations

from types import ModuleType

from designer.detect import defaults
from designer.detect.ecosystems import (
    clojure,
    cpp,
    crystal,
    dart,
    dotnet,
    elixir,
    erlang,
    gleam,
    go,
    haskell,
    jvm,
    lua,
    nim,
    node,
    ocaml,
    perl,
    php,
    python,
    ruby,
    rust,
    scala,
    swift,
    zig,
)
from designer.detect.signals import SourceRule, rule
from designer.model.stack import FindingKind

ECOSYSTEMS: tuple[ModuleType, ...] = (
    python,
    node,
    go,
    rust,
    jvm,
    php,
    dotnet,
    ruby,
    elixir,
    scala,
    clojure,
    lua,
    erlang,
    swift,
    dart,
    haskell,
    crystal,
    nim,
    perl,
    gleam,
    cpp,
    zig,
    ocaml,
)
"""Every ecosystem, in the order used to break ties."""

NEUTRAL = "config"
"""The key of signals no language owns (`assemble.CONFIG`): every backend's ecosystem reads
them."""

_SERVER_SOURCES = (".swift", ".go", ".rs", ".py", ".rb", ".java", ".kt", ".cs", ".dart", ".ex")
"""Source files of languages that run on servers only."""

NEUTRAL_RULES: tuple[SourceRule, ...] = (
    # Hurl's plain-text HTTP requests and assertions test a service from outside, whatever
    # it is written in.
    rule(FindingKind.TEST, "Hurl", None, endings=(".hurl",)),
    # Cloud Firestore reached through its REST API with the program's own HTTP client
    # (`https://firestore.googleapis.com/v1/projects/{id}/databases/(default)/documents/…`),
    # no client library to name it: the engine the server's documents are written to. Browser
    # code (JavaScript, TypeScript) is left out: a UI calling it keeps no store of a server's.
    rule(
        FindingKind.DATABASE,
        "Firestore",
        r"https://firestore\.googleapis\.com/v1(?:beta1)?/projects/",
        endings=_SERVER_SOURCES,
    ),
    # A Helm chart's values deploy a service of any language on the engine they name.
    *defaults.deployment_values_rules(),
)
"""Rules of tools used alike by services of any language."""

RULES: tuple[SourceRule, ...] = (
    *(r for module in ECOSYSTEMS for r in module.RULES),
    *NEUTRAL_RULES,
)
"""Every source rule."""

SOURCE_ENDINGS: tuple[str, ...] = tuple(sorted({e for r in RULES for e in r.endings}))
"""File endings a source rule reads."""

SOURCE_NAMES: frozenset[str] = frozenset(n for r in RULES for n in r.names)
"""Exact file names a source rule reads."""


def manifest_ecosystem(name: str, parent: str) -> ModuleType | None:
    """The ecosystem whose manifest a file called `name` in folder `parent` is, if any."""
    for module in ECOSYSTEMS:
        if module.is_manifest(name, parent):
            return module
    return None


def key(module: ModuleType) -> str:
    """Short name of an ecosystem module, e.g. "python"."""
    return module.__name__.rsplit(".", 1)[-1]


RULES_BY_ECOSYSTEM: tuple[tuple[str, SourceRule], ...] = (
    *((key(module), r) for module in ECOSYSTEMS for r in module.RULES),
    *((NEUTRAL, r) for r in NEUTRAL_RULES),
)
"""Every source rule with the ecosystem it belongs to."""
