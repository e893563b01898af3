"""Erlang: `rebar.config` (its `deps` list; `rebar.lock` resolving them), and the code and
configuration that prove Cowboy, Webmachine, Elli or Nova, the data layer and the engine, EUnit
and Common Test.

rebar.config is a file of Erlang terms, never run here: its top-level `{deps, [...]}` are the
project's dependencies, the `deps` of a profile (`{profiles, [{test, [{deps, [...]}]}]}`) are
the tests' or the development shell's only. A dependency is a bare atom or a tuple
(`{cowboy, "2.10.0"}`, `{sqerl, ".*", {git, Url, {branch, "main"}}}`, `{jsx, {pkg, jsx}}`):
its version is the hex release it names; one fetched from git names no release (a `{tag,
"1.2.0"}`, or a bare revision spelled as a release, aside), and `".*"` is rebar 2's "any".

A release keeps its OTP applications under `apps/` (or `lib/`), some with a rebar.config of
their own: they are built, released and started together, one service (`rebar_apps`). A
library application serves nothing: it has no HTTP listener of its own, so no framework, and is
never a backend for that reason alone.
"""

from __future__ import annotations

from designer.detect.signals import (
    Catalog,
    LazyPattern,
    Lines,
    ManifestResult,
    SourceRule,
    Strength,
    dependency_signals,
    entries,
    rule,
)
from designer.model.stack import FindingKind as K

LANGUAGE = "Erlang"

CATALOG: Catalog = {
    # The HTTP servers and frameworks an Erlang service is written on.
    "cowboy": entries((K.FRAMEWORK, "Cowboy")),
    "webmachine": entries((K.FRAMEWORK, "Webmachine")),
    "elli": entries((K.FRAMEWORK, "Elli")),
    # Mochiweb, the HTTP server Webmachine runs on, serves an application's own loop too
    # (`mochiweb_http:start([{loop, Fun}, {port, Port}])`).
    "mochiweb": entries((K.FRAMEWORK, "Mochiweb")),
    # Nova runs on Cowboy, which it lists itself; an application naming both is Nova's.
    "nova": entries((K.FRAMEWORK, "Nova")),
    # Drivers: the engine, and the data layer when the code queries through them directly.
    "epgsql": entries((K.DATABASE, "PostgreSQL"), (K.QUERY, "epgsql")),
    "pgo": entries((K.DATABASE, "PostgreSQL"), (K.QUERY, "pgo")),
    # mysql-otp's application is called `mysql`.
    "mysql": entries((K.DATABASE, "MySQL"), (K.QUERY, "mysql-otp")),
    "emysql": entries((K.DATABASE, "MySQL"), (K.QUERY, "emysql")),
    "esqlite": entries((K.DATABASE, "SQLite"), (K.QUERY, "esqlite")),
    "mongodb": entries((K.DATABASE, "MongoDB")),
    # sqerl, a SQL layer over a driver its configuration chooses (`db_driver_mod`).
    "sqerl": entries((K.QUERY, "sqerl")),
    "eredis": entries((K.CACHE, "Redis")),
    # redo: a pipelining Redis client (`redo:cmd(Pid, ["HGETALL", Key])`), as eredis is.
    "redo": entries((K.CACHE, "Redis")),
    "brod": entries((K.BROKER, "Kafka")),
    "amqp_client": entries((K.BROKER, "RabbitMQ")),
}

_ERL = (".erl",)

_CONFIGS = ("sys.config", "app.config", "vars.config", "sys.config.src")
"""The release's application environment (`sys.config`, rebar 2's `app.config`, relx's overlay
variables): where a service configures the driver it runs on."""

_MNESIA = (
    r"^[^%\n]*\bmnesia:(?:create_table|create_schema|transaction|dirty_\w+|read|write|"
    r"wait_for_tables|select)\("
)

RULES: tuple[SourceRule, ...] = (
    # The listener a supervisor or application module starts: the framework serving HTTP.
    rule(
        K.FRAMEWORK,
        "Cowboy",
        r"^[^%\n]*\bcowboy:start_(?:clear|tls|http|https)\(",
        endings=_ERL,
    ),
    rule(
        K.FRAMEWORK,
        "Webmachine",
        r"^[^%\n]*\bwebmachine_mochiweb(?::start\(|,\s*start\b)",
        endings=_ERL,
    ),
    rule(K.FRAMEWORK, "Mochiweb", r"^[^%\n]*\bmochiweb_http:start(?:_link)?\(", endings=_ERL),
    rule(K.FRAMEWORK, "Elli", r"^[^%\n]*\belli(?::start_link\(|,\s*start_link\b)", endings=_ERL),
    # Nova starts the application its configuration names on Cowboy.
    rule(K.FRAMEWORK, "Nova", r"^[^%\n]*\{\s*bootstrap_application\s*,", names=_CONFIGS),
    # sqerl's driver module, or the engine it is told (`{db_type, pgsql}`).
    rule(
        K.DATABASE,
        "PostgreSQL",
        r"^[^%\n]*(?:\bsqerl_pgsql_client\b|\{\s*db_type\s*,\s*pgsql\s*\})",
        names=_CONFIGS,
    ),
    rule(
        K.DATABASE,
        "MySQL",
        r"^[^%\n]*(?:\bsqerl_mysql_client\b|\{\s*db_type\s*,\s*mysql\s*\})",
        names=_CONFIGS,
    ),
    # Mnesia, the database Erlang/OTP ships, used through its own API.
    *(
        rule(kind, name, _MNESIA, endings=_ERL)
        for kind, name in ((K.DATABASE, "Mnesia"), (K.QUERY, "Mnesia"))
    ),
    # EUnit and Common Test ship with Erlang/OTP: EUnit's header, included by test modules
    # (`test/*_tests.erl`) or by a module testing itself; a Common Test suite's `all/0`.
    rule(
        K.TEST,
        "EUnit",
        r"""^-include_lib\(\s*"eunit/include/eunit\.hrl"\s*\)""",
        endings=_ERL,
    ),
    rule(
        K.TEST,
        "Common Test",
        r"""^(?:all\(\)\s*->|-include_lib\(\s*"common_test/include/ct\.hrl"\s*\))""",
        endings=("_SUITE.erl",),
    ),
)

_OTP = LazyPattern(r"^\{\s*(?:minimum|require)_otp_vsn\s*,\s*\"([^\"]+)\"")
_DEPS = LazyPattern(r"\{\s*deps\s*,\s*\[")
_PROFILES = LazyPattern(r"\{\s*profiles\s*,\s*\[")
_ENTRY = LazyPattern(r"\{\s*'?(\w+)'?\s*(?:,\s*\"([^\"]*)\")?|(?<![\w'])([a-z]\w*)(?![\w'(])")
_RELEASE = LazyPattern(r"\{\s*release\s*,\s*\{")
"""relx's `{release, {Name, Vsn}, Apps}`: the project assembles a release to run."""
_GIT_TAG = LazyPattern(r"\{\s*tag\s*,\s*\"v?(\d+(?:\.\d+)+|R\d+B\d*(?:-\d+)?)\"")
"""A git tag naming a release: its number (`"v2.3.0"`), or the Erlang/OTP release it was cut
for (`"R16B01"`, as forks kept per OTP release of the R era tag theirs); not a commit's hash."""
_GIT_REV = LazyPattern(r"\{\s*git\s*,\s*\"[^\"]*\"\s*,\s*\"v?(\d+(?:\.\d+)+)\"\s*\}")
"""A git source's bare revision (`{git, Url, "2.10.0"}`), which rebar checks out as a ref: a
release's number there is its tag, as `{tag, "2.10.0"}` is; a branch's name (`"master"`) is
none."""


def is_manifest(name: str, parent: str) -> bool:
    """Whether the file is a rebar3 project."""
    return name == "rebar.config"


def parse(lines: Lines) -> ManifestResult:
    """Read a rebar.config's terms (never evaluated): the OTP version it requires, the
    dependencies of its `deps` and of its profiles' (those of the tests or the shell only),
    and whether it is a library: no release to run and no web framework."""
    result = ManifestResult(language=LANGUAGE)
    text = _code(lines.lines)
    for index, line in enumerate(text.split("\n")):
        otp = _OTP.match(line)
        if otp and not result.language_version:
            result.language_version = otp.group(1)
            result.version_evidence = lines.evidence(line.strip(), index)
    profiles = [
        (found.end() - 1, _closing(text, found.end() - 1)) for found in _PROFILES.finditer(text)
    ]
    for found in _DEPS.finditer(text):
        start = found.end() - 1
        end = _closing(text, start)
        dev = any(first < start < last for first, last in profiles)
        for offset, name, version, options in _items(text, start + 1, end):
            _dependency(result, lines, text.count("\n", 0, offset), name, version, options, dev)
    # Neither a release to run nor a web framework to serve: an OTP library (a hex package,
    # a client of a database) that an application's release loads.
    result.library = _RELEASE.search(text) is None and not any(
        s.kind is K.FRAMEWORK and s.strength is Strength.DEPENDENCY for s in result.signals
    )
    return result


def _code(lines: list[str]) -> str:
    """The file without its comments (`%` to the line's end, outside a string)."""
    kept = []
    for line in lines:
        if "%" in line:
            quoted = False
            for position, char in enumerate(line):
                if char == '"':
                    quoted = not quoted
                elif char == "%" and not quoted:
                    line = line[:position]
                    break
        kept.append(line)
    return "\n".join(kept)


def _closing(text: str, start: int) -> int:
    """The offset of the bracket closing the one at `start` (the text's end if none)."""
    depth = 0
    quoted = False
    for position in range(start, len(text)):
        char = text[position]
        if char == '"':
            quoted = not quoted
        elif quoted:
            continue
        elif char in "[{(":
            depth += 1
        elif char in "]})":
            depth -= 1
            if depth == 0:
                return position
    return len(text)


def _items(text: str, start: int, end: int) -> list[tuple[int, str, str, str]]:
    """The list's elements between `start` and `end`: (offset, name, version, the rest)."""
    found: list[tuple[int, str, str, str]] = []
    position = start
    while position < end:
        char = text[position]
        if char == "{":
            close = _closing(text, position)
            term = text[position : close + 1]
            entry = _ENTRY.match(term)
            if entry and entry.group(1):
                found.append((position, entry.group(1), entry.group(2) or "", term))
            position = close + 1
        elif char.isalpha() and char.islower():
            word = position
            while position < end and (text[position].isalnum() or text[position] == "_"):
                position += 1
            found.append((word, text[word:position], "", ""))
        else:
            position += 1
    return found


def _dependency(
    result: ManifestResult,
    lines: Lines,
    index: int,
    name: str,
    version: str,
    options: str,
    dev: bool,
) -> None:
    if version in (".*", "*"):
        version = ""  # rebar 2's "any release"
    if "{git" in options:
        tag = _GIT_TAG.search(options) or _GIT_REV.search(options)
        # Fetched from git at a branch or a commit: no release is named.
        version = tag.group(1) if tag else ""
    if not dev:
        result.runtime_dependencies += 1
    evidence = lines.evidence(name, index)
    result.signals += dependency_signals(CATALOG, name, version, dev, evidence)
