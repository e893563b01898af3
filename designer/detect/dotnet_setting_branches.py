""".NET: the EF Core provider a branch on a configuration value registers, where the host's
shipped settings set that value.

A program supporting several engines may register its context in one branch per engine of a
test of one setting (the .NET analogue of `env_branches`):

    var database_config = configuration.GetSection("Database")["db"];
    services.AddDbContextPool<AppContext>(t =>
    {
        if (database_config.ToUpper() == "SQLITE") { t.UseSqlite(…); }
        else if (database_config.ToUpper() == "MYSQL") { t.UseMySql(…); }
        else if (database_config.ToUpper() == "SQLSERVER") { t.UseSqlServer(…); }
    });

Every provider call names its engine in the code, alike, and the packages of all of them are
referenced; which one runs is the setting, and the ASP.NET Core host's `appsettings.json`
(`"Database": { "db": "MySql" }`) is the configuration it ships with. The branch that value
selects is the engine the program runs on unless its operator says otherwise (`Scope.CHOSEN`,
with the setting's line as evidence, in the host); the other branches stay engines it
supports. The registration may lie in a library the host references (a `Core` project's
startup extensions). A value no branch compares to, a setting the host's settings leave
unset, or a host whose settings already choose an engine, is left to the other rules.

A switch expression over an enum the settings are parsed into is such a branch too, one arm per
member, written in the host's own code (a `Database/` helper beyond the files the walk reads):

    services.AddDbContext<AppContext>(options => _ = configuration.StorageProvider switch
    {
        StorageProviders.Files => options.UseSqlite(…),
        StorageProviders.SqlServer => options.UseSqlServer(…),
    });

with `"Provider": "Files"` in `appsettings.json`. The host's own C# files are read whole
(`dotnet_sources`) for arms registering a provider; the arm whose member a shipped setting
names (compared without case, as `Enum.Parse(…, true)` does) is the engine, when the members
the settings name select one engine only.

The test may be on the connection string itself, its first key telling the engine, with the
other engine in the `else` block, each registration written over several lines:

    if (Configuration["DB_CONNECTION"].StartsWith("server"))
        services.AddDbContext<PaymentContext>(o => o
            .UseMySql(Configuration["DB_CONNECTION"], serverVersion));
    else
        services.AddDbContext<PaymentContext>(o => o
            .UseNpgsql(Configuration["DB_CONNECTION"]));

with `"DB_CONNECTION": "host=localhost;…"` shipped: the `else` block runs, PostgreSQL. Such a
host's startup reads as choosing both engines (a registration in Startup.cs each); the branch
the settings select decides between them, the other choice left an engine it supports.
"""

from __future__ import annotations

import json
import os
import re
from typing import Any, NamedTuple

from designer.detect.assemble import Unit
from designer.detect.dotnet_sources import own_sources
from designer.detect.ef_registrations import ENGINES, PROVIDER, undecided_hosts
from designer.detect.nonservices import used_modules
from designer.detect.signals import Scope, Signal, Strength
from designer.detect.source_lines import SourceLines
from designer.detect.walker import read_text
from designer.model.stack import Evidence, FindingKind

LANGUAGE = "dotnet"

SETTINGS = "appsettings.json"

_OPENER = re.compile(
    r"^[ \t]*(?:\}[ \t]*)?(?:else[ \t]+)?if[ \t]*\((?P<test>.*)\)[ \t]*+\{?[ \t]*+$"
)
"""A line opening an `if` (or `else if`) block, and its test."""

_CASED = r"(?:[ \t]*\.[ \t]*To(?:Upper|Lower)(?:Invariant)?[ \t]*\([ \t]*\))?"
_VALUE = r"\"(?P<value>[^\"\n]*)\""
_OPERAND = r"[\w.\[\]\"():]+?(?: +[\w.\[\]\"():]+?)*?"
"""A setting read, words apart by single runs of spaces: a class of words and spaces side by side
with the blanks around it split a long blank run every way."""

_TESTS = (
    # `setting == "MySql"`, `setting.ToUpper() == "MYSQL"`
    re.compile(
        rf"^[ \t]*+(?P<lhs>{_OPERAND})(?P<cased>{_CASED})[ \t]*==[ \t]*{_VALUE}[ \t]*$"
    ),
    # `setting.Equals("MySql", StringComparison.OrdinalIgnoreCase)`
    re.compile(
        rf"^[ \t]*+(?P<lhs>{_OPERAND})(?P<cased>{_CASED})[ \t]*\.[ \t]*Equals[ \t]*\("
        rf"[ \t]*{_VALUE}[ \t]*(?P<ignore>,[ \t]*StringComparison\.\w*IgnoreCase)?[ \t]*\)[ \t]*$"
    ),
    # `connection.StartsWith("server")`: a MySQL connection string's first key, where
    # PostgreSQL's starts with `host`
    re.compile(
        rf"^[ \t]*+(?P<lhs>{_OPERAND})(?P<cased>{_CASED})[ \t]*\.[ \t]*(?P<prefix>StartsWith)"
        rf"[ \t]*\([ \t]*{_VALUE}[ \t]*(?P<ignore>,[ \t]*StringComparison\.\w*IgnoreCase)?"
        rf"[ \t]*\)[ \t]*$"
    ),
)
"""A test holding when a setting equals (or starts with) a literal value, and whether it
ignores case."""

_ELSE = re.compile(r"^[ \t]*(?:\}[ \t]*)?else[ \t]*\{?[ \t]*$")
"""A line opening a bare `else` block: entered when the `if` before it does not hold."""

_OPEN_STATEMENT = re.compile(r"[;{})][ \t]*$")
"""How a line closing a statement or a block ends; any other line (ending with `(`, `=>`, a
name) runs on into the next: a statement written over several lines."""


class _Test(NamedTuple):
    """The test of the branch a provider call lies in."""

    key: tuple[str, ...]
    value: str
    ignore: bool
    prefix: bool
    """The setting must start with the value, not equal it."""
    negated: bool
    """The call lies in the `else` block: entered when the test does not hold."""

    def holds(self, shipped: str) -> bool:
        """Whether the block is entered with the shipped value of the setting."""
        left, right = (shipped, self.value)
        if self.ignore:
            left, right = left.lower(), right.lower()
        held = left.startswith(right) if self.prefix else left == right
        return held != self.negated

_ACCESS = (
    # `configuration["Database:db"]`
    re.compile(r"^\w*[Cc]onfiguration[ \t]*\[[ \t]*\"(?P<key>[\w:.-]+)\"[ \t]*\]$"),
    # `configuration.GetSection("Database")["db"]`, `.GetSection("Database").GetSection("db").Value`
    re.compile(
        r"^\w*[Cc]onfiguration(?P<sections>(?:[ \t]*\.[ \t]*GetSection[ \t]*\([ \t]*\"[\w:.-]+\""
        r"[ \t]*\))+)(?:[ \t]*\[[ \t]*\"(?P<last>[\w:.-]+)\"[ \t]*\]|[ \t]*\.[ \t]*Value)$"
    ),
    # `configuration.GetValue<string>("Database:db")`
    re.compile(
        r"^\w*[Cc]onfiguration[ \t]*\.[ \t]*GetValue[ \t]*<[ \t]*string[ \t]*>[ \t]*\([ \t]*"
        r"\"(?P<key>[\w:.-]+)\"[ \t]*\)$"
    ),
)
"""How code reads one setting of the configuration, by its key path."""

_ARM = re.compile(
    r"^[ \t]*(?:[\w.]+\.)?(?P<member>\w+)[ \t]*=>[ \t]*\w+[ \t]*"
    r"\.[ \t]*Use(?P<provider>Npgsql|SqlServer|Sqlite|MySql|Oracle)[ \t]*\(",
    re.MULTILINE,
)
"""A switch expression's arm registering a provider (`StorageProviders.Files =>
options.UseSqlite(`), and the enum member it matches."""

_SECTION = re.compile(r"GetSection[ \t]*\([ \t]*\"([\w:.-]+)\"")


def _key(access: str) -> tuple[str, ...] | None:
    """The key path (`("Database", "db")`) a configuration access reads, if it is one."""
    access = access.strip()
    for pattern in _ACCESS:
        match = pattern.match(access)
        if not match:
            continue
        groups = match.groupdict()
        parts: list[str] = []
        if groups.get("sections"):
            for section in _SECTION.findall(groups["sections"]):
                parts += section.split(":")
        for name in ("key", "last"):
            if groups.get(name):
                parts += groups[name].split(":")
        return tuple(parts)
    return None


def _resolve(lhs: str, text: str) -> tuple[str, ...] | None:
    """The key path a test's left side reads: directly, or through a variable the file
    assigns the setting to (`var database_config = configuration.GetSection(…)[…];`)."""
    direct = _key(lhs)
    if direct is not None or not re.fullmatch(r"\w+", lhs.strip()):
        return direct
    assigned = re.findall(
        rf"(?:\bvar|\bstring\??)[ \t]+{re.escape(lhs.strip())}[ \t]*=[ \t]*([^;\n]+);", text
    )
    keys = {_key(value) for value in assigned}
    if len(keys) != 1:
        return None
    return keys.pop()


def _branch(lines: list[str], line: int, text: str) -> _Test | None:
    """The test of the `if` block (or of the `else` block after it) the 1-based `line` lies
    in directly, when that `if` is entered only when a setting equals (or starts with) a
    literal value. The line may be a later line of a statement written over several (the
    provider call chained below `services.AddDbContext<…>(`): the block is the statement's."""
    if not 0 < line <= len(lines):
        return None
    here = lines[line - 1]
    indent = len(here) - len(here.lstrip())
    for number in range(line - 1, 0, -1):
        previous = lines[number - 1]
        stripped = previous.strip()
        if not stripped or stripped == "{":
            continue
        if len(previous) - len(previous.lstrip()) >= indent:
            continue
        if _ELSE.match(previous):
            return _else_test(lines, number, text)
        opener = _OPENER.match(previous)
        if opener is None:
            if _OPEN_STATEMENT.search(stripped) or stripped.startswith("//"):
                return None
            # The first lines of the statement the call ends: its block is the one sought.
            indent = len(previous) - len(previous.lstrip())
            continue
        return _test(opener.group("test"), text, negated=False)
    return None


def _test(test_text: str, text: str, negated: bool) -> _Test | None:
    """The setting test an `if`'s parenthesised test is, if it is one."""
    for pattern in _TESTS:
        test = pattern.match(test_text)
        if test is None:
            continue
        key = _resolve(test.group("lhs"), text)
        if key is None:
            return None
        ignore = bool(test.group("cased")) or bool(test.groupdict().get("ignore"))
        prefix = bool(test.groupdict().get("prefix"))
        return _Test(key, test.group("value"), ignore, prefix, negated)
    return None


def _else_test(lines: list[str], number: int, text: str) -> _Test | None:
    """The negated test of the plain `if` whose `else` opens on the 1-based line `number`
    (none after an `else if`: its block is entered when several tests fail)."""
    indent = len(lines[number - 1]) - len(lines[number - 1].lstrip())
    for previous in reversed(lines[: number - 1]):
        stripped = previous.strip()
        depth = len(previous) - len(previous.lstrip())
        if not stripped or depth > indent or stripped in ("{", "}"):
            continue
        if depth < indent:
            return None
        opener = _OPENER.match(previous)
        if opener is not None and re.match(r"[ \t]*(?:\}[ \t]*)?if\b", previous):
            return _test(opener.group("test"), text, negated=True)
        if opener is not None or not _OPEN_STATEMENT.search(stripped):
            return None
        # The last statement of a brace-less `if` block.
    return None


def _lenient_json(text: str) -> Any:
    """The JSON settings file's content, its comments and trailing commas (which the .NET
    configuration reader accepts) left out; None when it still does not parse."""
    text = re.sub(
        r"(\"(?:\\.|[^\"\\])*\")|//[^\n]*|/\*.*?\*/",
        lambda m: m.group(1) or "",
        text,
        flags=re.DOTALL,
    )
    text = re.sub(r",(\s*[}\]])", r"\1", text)
    try:
        return json.loads(text)
    except ValueError:
        return None


def _setting(settings: Any, key: tuple[str, ...]) -> str | None:
    """The string value at the key path, keys compared without case as .NET's are."""
    node = settings
    for part in key:
        if not isinstance(node, dict):
            return None
        found = [value for name, value in node.items() if name.lower() == part.lower()]
        if len(found) != 1:
            return None
        node = found[0]
    return node if isinstance(node, str) else None


def _line_of(text: str, key: tuple[str, ...], value: str) -> tuple[int | None, str]:
    """The line of the settings file setting the key's last part to the value, and it."""
    pattern = re.compile(
        rf"\"{re.escape(key[-1])}\"\s*:\s*\"{re.escape(value)}\"", re.IGNORECASE
    )
    for number, line in enumerate(text.splitlines(), 1):
        if pattern.search(line):
            return number, line.strip()
    return None, f"{':'.join(key)} = {value}"


def mark(top: str, units: dict[str, Unit]) -> None:
    """Add, to each ASP.NET Core host whose `appsettings.json` sets the value a provider
    branch of its own code or of a project it references compares a setting to, that
    branch's engine as the program's choice. A host whose startup code registers a provider
    per branch reads as choosing every one of them (`Scope.CHOSEN` for each: a tie); there the
    branch the settings select decides, when every other engine's choice lies in a branch
    they do not select, and those become engines it supports."""
    sources = SourceLines(top)
    for unit, signals in [*undecided_hosts(units), *_contested_hosts(units)]:
        path = SETTINGS if unit.folder == "." else f"{unit.folder}/{SETTINGS}"
        if not os.path.isfile(os.path.join(top, *path.split("/"))):
            continue
        raw = read_text(top, path)[0]
        settings = _lenient_json(raw) if raw else None
        if not isinstance(settings, dict):
            continue
        picked = _picked([unit, *used_modules(unit, units, LANGUAGE)], settings, sources)
        if picked is None:
            picked = _armed(top, unit, units, settings)
        if picked is None:
            continue
        engine, key, value = picked
        if not _unpicked(signals, engine, settings, sources):
            continue
        line, snippet = _line_of(raw or "", key, value)
        evidence = Evidence(path=path, line=line, text=snippet)
        signals.append(
            Signal(FindingKind.DATABASE, engine, Strength.ENTRY, evidence, scope=Scope.CHOSEN)
        )


def _contested_hosts(units: dict[str, Unit]) -> list[tuple[Unit, list[Signal]]]:
    """Each ASP.NET Core host with no production engine whose code chooses several engines
    (`Scope.CHOSEN`: a registration in its startup per branch), with its .NET signals."""
    found: list[tuple[Unit, list[Signal]]] = []
    for unit in units.values():
        signals = unit.signals.get(LANGUAGE, [])
        if not any(s.kind is FindingKind.FRAMEWORK and s.name == "ASP.NET Core" for s in signals):
            continue
        scopes = [s.scope for s in signals if s.kind is FindingKind.DATABASE]
        chosen = {
            s.name for s in signals if s.kind is FindingKind.DATABASE and s.scope is Scope.CHOSEN
        }
        if Scope.PRODUCTION not in scopes and len(chosen) > 1:
            found.append((unit, signals))
    return found


def _unpicked(
    signals: list[Signal], engine: str, settings: dict[str, Any], sources: SourceLines
) -> bool:
    """Whether every other engine the host's code chooses (`Scope.CHOSEN`) is chosen in a C#
    branch the shipped settings do not select; those choices are then made engines the
    program supports (no scope), in place. True when there is none."""
    others = [
        i for i, s in enumerate(signals)
        if s.kind is FindingKind.DATABASE and s.scope is Scope.CHOSEN and s.name != engine
    ]
    for i in others:
        evidence = signals[i].evidence
        if evidence.line is None or not evidence.path.endswith(".cs"):
            return False
        path = evidence.path
        branch = _branch(sources.lines(path), evidence.line, sources.text(path))
        shipped = _setting(settings, branch.key) if branch else None
        if branch is None or shipped is None or branch.holds(shipped):
            return False
    for i in others:
        signals[i] = signals[i].replace(scope=None)
    return True


def _picked(
    modules: list[Unit], settings: dict[str, Any], sources: SourceLines
) -> tuple[str, tuple[str, ...], str] | None:
    """The one engine whose provider branch, in the modules' C# code, the settings select
    (with the setting's key path and value); None when none does or several engines do."""
    chosen: set[tuple[str, tuple[str, ...], str]] = set()
    for module in modules:
        for signal in module.signals.get(LANGUAGE, []):
            evidence = signal.evidence
            if (
                signal.kind is not FindingKind.DATABASE
                or evidence.line is None
                or not evidence.path.endswith(".cs")
            ):
                continue
            provider = PROVIDER.search(evidence.text)
            if provider is None:
                continue
            path = evidence.path
            branch = _branch(sources.lines(path), evidence.line, sources.text(path))
            if branch is None:
                continue
            shipped = _setting(settings, branch.key)
            if shipped is not None and branch.holds(shipped):
                chosen.add((ENGINES[provider.group(1).lower()], branch.key, shipped))
    if len({engine for engine, _, _ in chosen}) != 1:
        return None
    return min(chosen)


def _strings(node: Any, key: tuple[str, ...] = ()) -> list[tuple[tuple[str, ...], str]]:
    """Every string setting of the settings file, with its key path."""
    if isinstance(node, dict):
        return [item for name, value in node.items() for item in _strings(value, (*key, name))]
    return [(key, node)] if isinstance(node, str) and key else []


def _armed(
    top: str, unit: Unit, units: dict[str, Unit], settings: dict[str, Any]
) -> tuple[str, tuple[str, ...], str] | None:
    """The one engine whose switch arm, in the host's own C# code, matches an enum member a
    shipped setting names (with the setting's key path and value); None when no arm does or
    arms of several engines do."""
    arms: dict[str, set[str]] = {}
    for path in own_sources(top, unit, units):
        for arm in _ARM.finditer(read_text(top, path)[0] or ""):
            engine = ENGINES[arm.group("provider").lower()]
            arms.setdefault(arm.group("member").lower(), set()).add(engine)
    if len({engine for engines in arms.values() for engine in engines}) < 2:
        return None  # one engine registered: nothing chosen among
    chosen = {
        (engine, key, value)
        for key, value in _strings(settings)
        for engine in arms.get(value.lower(), ())
    }
    if len({engine for engine, _, _ in chosen}) != 1:
        return None
    return min(chosen)
