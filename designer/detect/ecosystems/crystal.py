"""Crystal: a Shards project's `shard.yml` (its `dependencies` and `development_dependencies`,
each shard a mapping of its source, `github: kemalcr/kemal`, and its `version: ~> 1.6.0`;
`shard.lock` resolving them), and the code that proves Kemal, Lucky, Amber, Athena, Grip or
Spider-Gazelle, the data layer, and Crystal's spec or Spectator.

A shard with no `targets:` builds no program: a library, whatever framework it names.
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
    dependency_signals,
    entries,
    rule,
)
from designer.model.stack import Evidence
from designer.model.stack import FindingKind as K

LANGUAGE = "Crystal"

CATALOG: Catalog = {
    # The web frameworks, by their shards' names.
    "kemal": entries((K.FRAMEWORK, "Kemal")),
    "lucky": entries((K.FRAMEWORK, "Lucky")),
    "amber": entries((K.FRAMEWORK, "Amber")),
    "athena": entries((K.FRAMEWORK, "Athena")),
    "grip": entries((K.FRAMEWORK, "Grip")),
    # Spider-Gazelle, whose core shard is action-controller (the program requires
    # "action-controller/server"); its ORM is pg-orm, on crystal-pg.
    "action-controller": entries((K.FRAMEWORK, "Spider-Gazelle")),
    # crystal-db (shard `db`), the common interface its drivers implement; the drivers name
    # the engine.
    "db": entries((K.QUERY, "crystal-db")),
    "pg": entries((K.DATABASE, "PostgreSQL"), (K.QUERY, "crystal-pg")),
    "mysql": entries((K.DATABASE, "MySQL"), (K.QUERY, "crystal-mysql")),
    "sqlite3": entries((K.DATABASE, "SQLite"), (K.QUERY, "crystal-sqlite3")),
    # The ORMs: Lucky's Avram, Amber's Granite, Jennifer, Clear (and its fork Lustra).
    "avram": entries((K.ORM, "Avram")),
    "granite": entries((K.ORM, "Granite")),
    "jennifer": entries((K.ORM, "Jennifer")),
    "clear": entries((K.ORM, "Clear")),
    # Lustra, Clear's maintained fork (`Lustra::Model`, `Lustra::SQL.init`), on crystal-pg.
    "lustra": entries((K.ORM, "Lustra")),
    "pg-orm": entries((K.ORM, "pg-orm"), (K.DATABASE, "PostgreSQL")),
    "redis": entries((K.CACHE, "Redis")),
    "spectator": entries((K.TEST, "Spectator")),
}

_CR = (".cr",)
_SPECS = ("_spec.cr", "spec_helper.cr")
_PG_ORM = r"\bPgORM::(?:Database|Base)\b"

RULES: tuple[SourceRule, ...] = (
    # The server a Kemal application starts (`Kemal.run`), Lucky's and Amber's servers.
    rule(K.FRAMEWORK, "Kemal", r"^[ \t]*Kemal\.run\b", endings=_CR),
    rule(K.FRAMEWORK, "Lucky", r"\bLucky::Server\b|<[ \t]*Lucky::Action\b", endings=_CR),
    rule(K.FRAMEWORK, "Amber", r"^[ \t]*Amber::Server\.start\b", endings=_CR),
    rule(K.FRAMEWORK, "Athena", r"^[ \t]*ATH\.run\b", endings=_CR),
    # crystal-db's connection (`DB.open url`): the data layer a program queries through.
    rule(K.QUERY, "crystal-db", r"\bDB\.(?:open|connect)\b", endings=_CR),
    # pg-orm, a PostgreSQL-only ORM, used by name (`PgORM::Database.transaction`, models on
    # `PgORM::Base`): its models often come from a shard of the product's shared models that
    # depends on it, so the project's own shard.yml never names it.
    rule(K.ORM, "pg-orm", _PG_ORM, endings=_CR, engine="PostgreSQL"),
    rule(K.DATABASE, "PostgreSQL", _PG_ORM, endings=_CR),
    # The specs: Spectator's (`Spectator.describe`), or Crystal's own (`require "spec"`, run
    # by `crystal spec` as `go test` runs Go's).
    rule(K.TEST, "Spectator", r"^[ \t]*Spectator\.describe\b", endings=_SPECS),
    rule(K.TEST, "crystal spec", r"^require[ \t]+\"spec\"", endings=_SPECS),
)

_SECTION = LazyPattern(r"^(dependencies|development_dependencies|targets)[ \t]*:")
_SHARD = LazyPattern(r"^[ \t]{2}([\w.-]+)[ \t]*:[ \t]*$")
_VERSION = LazyPattern(r"^[ \t]{4,}(?:version|branch|commit|tag)[ \t]*:[ \t]*(.+?)[ \t]*$")
_CRYSTAL = LazyPattern(r"^crystal[ \t]*:[ \t]*[\"']?([^\"'\n]+)")
_NAME = LazyPattern(r"^name[ \t]*:[ \t]*([\w.-]+)")


def is_manifest(name: str, parent: str) -> bool:
    """Whether the file is a Shards project's `shard.yml`."""
    return name == "shard.yml"


def parse(lines: Lines) -> ManifestResult:
    """Read `shard.yml`'s name, Crystal version, targets and dependencies."""
    result = ManifestResult(language=LANGUAGE)
    section, programs = "", False
    shard: tuple[str, int] | None = None
    for index, line in enumerate(lines.lines):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if not line[0].isspace():
            if shard:
                _dependency(result, lines, shard, "", section)
            shard = None
            head = _SECTION.match(line)
            section = head.group(1) if head else ""
            programs = programs or section == "targets"
            name, crystal = _NAME.match(line), _CRYSTAL.match(line)
            if name:
                result.name = name.group(1)
            if crystal:
                result.language_version = crystal.group(1).strip()
                result.version_evidence = Evidence(
                    path=lines.path, line=index + 1, text=clip(line)
                )
            continue
        if section not in ("dependencies", "development_dependencies"):
            continue
        head = _SHARD.match(line)
        if head:
            if shard:
                _dependency(result, lines, shard, "", section)
            shard = (head.group(1), index)
            continue
        version = _VERSION.match(line)
        if shard and version and line.strip().startswith("version"):
            _dependency(result, lines, shard, version.group(1).strip("\"'"), section)
            shard = None
    if shard:
        _dependency(result, lines, shard, "", section)
    result.library = _library(result, programs)
    return result


def _dependency(
    result: ManifestResult, lines: Lines, shard: tuple[str, int], version: str, section: str
) -> None:
    name, index = shard
    dev = section != "dependencies"
    if not dev:
        result.runtime_dependencies += 1
    evidence = Evidence(path=lines.path, line=index + 1, text=clip(lines.lines[index]))
    result.signals += dependency_signals(CATALOG, name.lower(), version, dev, evidence)


def _library(result: ManifestResult, programs: bool) -> bool:
    """Whether the package is no server: it builds no program, or its programs declare no web
    framework (a command-line tool, a client of another service's API)."""
    serves = any(
        s.kind is K.FRAMEWORK and s.strength is Strength.DEPENDENCY for s in result.signals
    )
    return not (programs and serves)
