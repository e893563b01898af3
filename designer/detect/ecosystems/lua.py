"""Lua: a LuaRocks rockspec (`name-version.rockspec`, its `dependencies` strings;
`luarocks.lock` resolving them), and the code that proves the OpenResty web frameworks (Lapis,
Lor), Lapis's model layer and its database settings, and busted.

A rockspec is Lua code (it is never run): a table of fields, of which `package`,
`dependencies = { "lapis ~> 1.16.0", "lua >= 5.1" }` and `test_dependencies` (and
`build_dependencies`) are read. A web application deployed on OpenResty keeps one beside its
code (`luarocks install --deps-only`, or `luarocks make`), with the lock LuaRocks writes.
"""

from __future__ import annotations

import re

from designer.detect.signals import (
    Catalog,
    LazyPattern,
    Lines,
    ManifestResult,
    SourceRule,
    declare,
    entries,
    rule,
)
from designer.model.stack import FindingKind as K

LANGUAGE = "Lua"

CATALOG: Catalog = {
    # Lapis, the web framework for OpenResty (Lua and MoonScript): its model layer
    # (`lapis.db.model`) comes with it, proven by the code that requires it.
    "lapis": entries((K.FRAMEWORK, "Lapis")),
    # Lor, an Express-like framework for OpenResty.
    "lor": entries((K.FRAMEWORK, "Lor")),
    # The drivers OpenResty applications reach their databases with: pgmoon (Lapis's own
    # PostgreSQL client), the lua-resty cosocket drivers, LuaSQL's and lsqlite3's bindings.
    "pgmoon": entries((K.DATABASE, "PostgreSQL")),
    "lua-resty-postgres": entries((K.DATABASE, "PostgreSQL")),
    "luasql-postgres": entries((K.DATABASE, "PostgreSQL")),
    "lua-resty-mysql": entries((K.DATABASE, "MySQL")),
    "luasql-mysql": entries((K.DATABASE, "MySQL")),
    "luasql-sqlite3": entries((K.DATABASE, "SQLite")),
    "lsqlite3": entries((K.DATABASE, "SQLite")),
    "lsqlite3complete": entries((K.DATABASE, "SQLite")),
    "lua-resty-mongol": entries((K.DATABASE, "MongoDB")),
    "lua-resty-redis": entries((K.CACHE, "Redis")),
    "busted": entries((K.TEST, "busted")),
    "luaunit": entries((K.TEST, "LuaUnit")),
}

_LUA = (".lua", ".moon")

_LAPIS_CONFIGS = ("config.lua", "config.moon")
"""Lapis reads its settings from the application's `config.lua` (or `config.moon`)."""

_ENGINE_BLOCKS = (("postgres", "PostgreSQL"), ("mysql", "MySQL"), ("sqlite", "SQLite"))
"""Lapis's database settings block in an environment's configuration → engine."""

RULES: tuple[SourceRule, ...] = (
    # The application object (`lapis.Application()`, MoonScript's `class extends
    # lapis.Application`): a Lapis application, which `lapis server` serves on OpenResty.
    rule(
        K.FRAMEWORK,
        "Lapis",
        r"\blapis\.Application\s*\(\s*\)|\bextends[ \t]+lapis\.Application\b",
        endings=_LUA,
    ),
    # Lor's application (`local app = lor()` after `local lor = require("lor.index")`).
    rule(K.FRAMEWORK, "Lor", r"\brequire[ \t(]*[\"']lor\.index[\"']", endings=_LUA),
    # Lapis's models (`require("lapis.db.model").Model`), or its query interface alone
    # (`require "lapis.db"`; `db.query`, `db.select`): the application's data layer.
    rule(K.ORM, "lapis.db", r"\brequire[ \t(]*[\"']lapis\.db\.model[\"']", endings=_LUA),
    rule(K.QUERY, "lapis.db", r"\brequire[ \t(]*[\"']lapis\.db[\"']", endings=_LUA),
    # The engine a Lapis configuration sets up (`config("production", { postgres = { … } })`,
    # MoonScript's `postgres ->`).
    *(
        rule(
            K.DATABASE,
            engine,
            rf"^[ \t]*{block}[ \t]*(?:=[ \t]*\{{|->|\{{|:[ \t]*\{{)",
            names=_LAPIS_CONFIGS,
        )
        for block, engine in _ENGINE_BLOCKS
    ),
    # busted's specs (`describe(…)` / `it(…)` in `*_spec.lua`; MoonScript calls without
    # parentheses: `describe "users", ->`).
    rule(
        K.TEST,
        "busted",
        r"^[ \t]*describe[ \t]*(?:\(|[\"'])",
        endings=("_spec.lua", "_spec.moon"),
    ),
)

_FIELD = LazyPattern(r"^[ \t]*(dependencies|test_dependencies|build_dependencies)[ \t]*=[ \t]*\{")
_PACKAGE = LazyPattern(r"""^[ \t]*package[ \t]*=[ \t]*["']([^"'\n]+)["']""", re.MULTILINE)
_STRING = LazyPattern(r"""["']([^"'\n]+)["']""")
_REQUIREMENT = LazyPattern(r"^\s*([A-Za-z0-9_.\-]+)\s*(.*?)\s*$")


def is_manifest(name: str, parent: str) -> bool:
    """Whether the file is a LuaRocks rockspec."""
    return name.endswith(".rockspec")


def parse(lines: Lines) -> ManifestResult:
    """Read a rockspec's package name and the strings of its dependency tables (`lua` itself
    gives the language version)."""
    result = ManifestResult(language=LANGUAGE)
    package = _PACKAGE.search(lines.text)
    if package:
        result.name = package.group(1)
    index = 0
    while index < len(lines.lines):
        field = _FIELD.match(lines.lines[index])
        if field is None:
            index += 1
            continue
        dev = field.group(1) != "dependencies"
        # The table's strings, up to its closing brace (a dependency list holds no table).
        line = lines.lines[index][field.end() :]
        while True:
            code = line.split("--", 1)[0]
            head, closed, _ = code.partition("}")
            for found in _STRING.finditer(head):
                _dependency(result, lines, index, found.group(1), dev)
            if closed or index + 1 >= len(lines.lines):
                break
            index += 1
            line = lines.lines[index]
        index += 1
    return result


def _dependency(result: ManifestResult, lines: Lines, index: int, text: str, dev: bool) -> None:
    requirement = _REQUIREMENT.match(text)
    if requirement is None:
        return
    name, version = requirement.group(1).lower(), requirement.group(2)
    evidence = lines.evidence(text, index)
    declare(result, CATALOG, name, version, dev, evidence, language="lua")
