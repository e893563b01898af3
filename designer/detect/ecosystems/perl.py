"""Perl: a distribution's `cpanfile` (`requires 'Mojolicious', '9.39';`, `on 'test' => sub {
… }`), its ExtUtils::MakeMaker or Module::Install `Makefile.PL` (`PREREQ_PM => { 'DBI' => 0 }`,
`requires 'Catalyst' => '5.90015';`), its Module::Build `Build.PL` and its Dist::Zilla
`dist.ini` (`[Prereqs]`: `Mojolicious = 7.40`); Carton's `cpanfile.snapshot` resolves them
(`lock_readers`). The code proves Mojolicious, Catalyst, Dancer or a bare PSGI application
on Plack, the data layer (DBI, DBIx::Class, Mojo::Pg …) and Test::More.

Most distributions are CPAN libraries and tools with the very same manifests, many naming
Mojolicious or Plack (a plug-in, a client, a test helper): a distribution is a server only
where its code starts the framework (`nonservices.STARTED_ONLY`). Every start rule is
anchored at a line's first column, where POD's indented examples never are.
"""

from __future__ import annotations

import re

from designer.detect.signals import (
    Catalog,
    LazyPattern,
    Lines,
    ManifestResult,
    Scope,
    SourceRule,
    dependency_signals,
    entries,
    rule,
)
from designer.model.stack import FindingKind as K

LANGUAGE = "Perl"

CATALOG: Catalog = {
    # The web frameworks, by the module a distribution requires (Catalyst's distribution is
    # Catalyst-Runtime, required under either name).
    "mojolicious": entries((K.FRAMEWORK, "Mojolicious")),
    # Modules of the Mojolicious distribution itself: requiring one installs the framework
    # (a Makefile.PL naming `Mojo::JSON` and `Mojo::Pg`, never `Mojolicious`).
    **{
        module: entries((K.FRAMEWORK, "Mojolicious"))
        for module in ("mojo::base", "mojo::json", "mojolicious::lite", "mojolicious::commands")
    },
    "catalyst": entries((K.FRAMEWORK, "Catalyst")),
    "catalyst::runtime": entries((K.FRAMEWORK, "Catalyst")),
    "dancer": entries((K.FRAMEWORK, "Dancer")),
    "dancer2": entries((K.FRAMEWORK, "Dancer2")),
    # Plack, the PSGI toolkit a bare application is built on (`Plack::Builder`); the
    # frameworks above run on it too, and their own start outranks it.
    "plack": entries((K.FRAMEWORK, "Plack")),
    "plack::builder": entries((K.FRAMEWORK, "Plack")),
    # DBI, the interface every driver plugs into, and DBIx::Connector's cached DBI handles.
    "dbi": entries((K.QUERY, "DBI")),
    "dbix::connector": entries((K.QUERY, "DBI")),
    "dbix::class": entries((K.ORM, "DBIx::Class")),
    "catalyst::model::dbic::schema": entries((K.ORM, "DBIx::Class")),
    "dbix::custom": entries((K.QUERY, "DBIx::Custom")),
    "catmandu": entries((K.ORM, "Catmandu")),
    # Mojolicious's own database layers, each for one engine.
    "mojo::pg": entries((K.QUERY, "Mojo::Pg"), (K.DATABASE, "PostgreSQL")),
    "mojo::sqlite": entries((K.QUERY, "Mojo::SQLite"), (K.DATABASE, "SQLite")),
    "mojo::mysql": entries((K.QUERY, "Mojo::mysql"), (K.DATABASE, "MySQL")),
    # The DBI drivers name the engine.
    "dbd::pg": entries((K.DATABASE, "PostgreSQL")),
    "dbd::mysql": entries((K.DATABASE, "MySQL")),
    "dbd::mariadb": entries((K.DATABASE, "MariaDB")),
    "dbd::sqlite": entries((K.DATABASE, "SQLite")),
    # Minion's job queue kept in the application's own database: the backend names the engine.
    "minion::backend::pg": entries((K.DATABASE, "PostgreSQL")),
    "minion::backend::mysql": entries((K.DATABASE, "MySQL")),
    "minion::backend::sqlite": entries((K.DATABASE, "SQLite")),
    "redis": entries((K.CACHE, "Redis")),
    "test::more": entries((K.TEST, "Test::More")),
}

_CODE = (".pm", ".pl", ".psgi")
_SETTINGS = (".conf", ".ini")
"""Settings a DBI data source is read in (Catalyst's `myapp.conf`, an `.ini`). YAML and JSON
are not read by ending: as endings, they would take the quota of every project's code."""

_LITE = LazyPattern(r"^use[ \t]+Mojolicious::Lite\b", re.MULTILINE)
_CATALYST = LazyPattern(r"^use[ \t]+Catalyst\b(?!::)", re.MULTILINE)
_DANCER = LazyPattern(r"^use[ \t]+Dancer\b(?!::)", re.MULTILINE)
_DANCER2 = LazyPattern(r"^use[ \t]+Dancer2\b(?!::)", re.MULTILINE)

_CATALYST_MODEL = LazyPattern(r"^<Model::\w[\w:]*>", re.MULTILINE)
"""A Catalyst settings file's block configuring one of the application's models."""

SCHEMA_CLASS = (
    r"^(?:use[ \t]+(?:base|parent)|extends)[ \t(]+(?:-norequire[ \t]*,[ \t]*)?"
    r"(?:qw[ \t]*[(/{\[][ \t]*|[\"'])"
    r"(?:DBIx::Class::Schema(?:::Loader)?|Catalyst::Model::DBIC::Schema)\b(?!::)"
)
"""A DBIx::Class schema class (`use base 'DBIx::Class::Schema'`, Moose's `extends
'DBIx::Class::Schema'`, a Schema::Loader schema) or the Catalyst model over one (`use base
'Catalyst::Model::DBIC::Schema'`), at a line's first column where POD's examples never are."""

_DB_SECTION = LazyPattern(r"^\[(?:DB|[Dd]b|[Dd]atabase|DATABASE)\][ \t]*$", re.MULTILINE)
"""An `.ini` file's database section."""

_DSN_ENGINES = (
    ("Pg", "PostgreSQL"),
    ("mysql", "MySQL"),
    ("MariaDB", "MariaDB"),
    ("SQLite", "SQLite"),
)
"""A DBI data source's driver (`dbi:Pg:dbname=app`) → engine."""

_DEFAULT_TYPES = (
    (r"(?:[Pp]g|[Pp]ostgres(?:ql|QL)?)", "PostgreSQL"),
    (r"(?:mysql|MySQL)", "MySQL"),
    (r"(?:mariadb|MariaDB)", "MariaDB"),
    (r"(?:sqlite3?|SQLite3?)", "SQLite"),
)
"""How a setting spells the engine it picks (`dbtype => 'sqlite'`, `driver … or 'mysql'`)."""

_TYPE_KEY = r"db_?(?:type|driver|engine)|dbms"
"""A setting whose value is the engine's name: `dbtype`, `db_driver`, `dbms`."""

RULES: tuple[SourceRule, ...] = (
    # Mojolicious: a Lite application's `app->start`, a script handing the application class
    # to `Mojolicious::Commands->start_app`, or the class itself (`use Mojo::Base
    # 'Mojolicious'`, which `hypnotoad` or `morbo` start; a plug-in extends
    # Mojolicious::Plugin instead).
    rule(K.FRAMEWORK, "Mojolicious", r"^app->start\b", endings=_CODE, gate=_LITE),
    rule(
        K.FRAMEWORK,
        "Mojolicious",
        r"^Mojolicious::Commands->start_app\b"
        r"|^use[ \t]+Mojo::Base[ \t]+(?:-base[ \t]*,[ \t]*)?[\"']Mojolicious[\"']"
        r"|^use[ \t]+(?:base|parent)[ \t]+(?:-norequire[ \t]*,[ \t]*)?[\"']Mojolicious[\"']",
        endings=_CODE,
    ),
    # Catalyst's application class sets itself up (`__PACKAGE__->setup`); a plug-in or
    # component never does.
    rule(K.FRAMEWORK, "Catalyst", r"^__PACKAGE__->setup\b", endings=(".pm",), gate=_CATALYST),
    # A PSGI file serving a Catalyst application (`MyApp->psgi_app`, Catalyst's own method).
    rule(K.FRAMEWORK, "Catalyst", r"^[^#\n]*\w->psgi_app\b", endings=(".psgi",)),
    # Dancer's `dance` / `start`, a PSGI file handing requests to `Dancer->dance`, or one
    # mounting the application `dance` returns under Plack::Builder (`builder { mount
    # $path => dance };`).
    rule(
        K.FRAMEWORK,
        "Dancer",
        r"^(?:dance|start)[ \t]*;|\bDancer->dance\b|^[^#\n]*=>[ \t]*dance[ \t]*(?:;|\})",
        endings=_CODE,
        gate=_DANCER,
    ),
    rule(
        K.FRAMEWORK,
        "Dancer2",
        r"^(?:dance|start)[ \t]*;|->to_app\b",
        endings=_CODE,
        gate=_DANCER2,
    ),
    # A bare PSGI application: a `.psgi` answering requests itself (`Plack::Request->new`)
    # under Plack::Builder, no framework's application behind it.
    rule(
        K.FRAMEWORK,
        "Plack",
        r"\bPlack::Request->new\b",
        endings=(".psgi",),
        gate=LazyPattern(r"^use[ \t]+Plack::Builder\b", re.MULTILINE),
    ),
    # The data layers the code queries through.
    rule(K.QUERY, "DBI", r"^use[ \t]+DBI(?:x::Connector)?\b(?!::Custom)[ \t;(]", endings=_CODE),
    rule(K.QUERY, "DBIx::Custom", r"\bDBIx::Custom->connect\b", endings=_CODE),
    # A DBIx::Class schema connected by its conventional `…::Schema` class (one a library
    # lends the application too).
    rule(K.ORM, "DBIx::Class", r"\b[\w:]+::Schema->connect\b", endings=_CODE),
    # The application's own schema class, or its Catalyst model over one: a manifest may
    # require only DBIx::Class's components (`DBIx::Class::TimeStamp`, the Schema::Loader that
    # generated the classes), which install DBIx::Class without naming it, and a Catalyst
    # model is connected by its settings, never by `->connect` in the code.
    rule(K.ORM, "DBIx::Class", SCHEMA_CLASS, endings=(".pm",)),
    rule(K.QUERY, "Mojo::Pg", r"\bMojo::Pg->new\b", endings=_CODE),
    rule(K.QUERY, "Mojo::SQLite", r"\bMojo::SQLite->new\b", endings=_CODE),
    rule(K.QUERY, "Mojo::mysql", r"\bMojo::mysql->new\b", endings=_CODE),
    # A Redis client the code keeps its data in (`use Redis;`).
    rule(K.CACHE, "Redis", r"^use[ \t]+Redis\b(?!::)", endings=_CODE),
    # The engine a DBI data source names in the application's settings, or in its code as a
    # whole literal (`'dbi:Pg:dbname=app'`, the program's own default): one built from
    # variables (`"DBI:mysql:database=$db"` in a module per supported engine) is one of the
    # choices the settings make.
    *(
        rule(K.DATABASE, engine, rf"\b[Dd][Bb][Ii]:{driver}:", endings=_SETTINGS)
        for driver, engine in _DSN_ENGINES
    ),
    *(
        rule(
            K.DATABASE, engine, rf"[\"'][Dd][Bb][Ii]:{driver}:[^$@\"'\n]*[\"']", endings=_CODE
        )
        for driver, engine in _DSN_ENGINES
    ),
    # The program's own default engine, where it supports several: a default settings hash
    # (`dbtype => 'sqlite',` in the application's defaults) or a lookup's fallback
    # (`$config->{db}->{driver} or 'mysql'`, `|| 'mysql'`, `// 'mysql'`); the drivers of the
    # other engines it can be configured for are declared beside it.
    *(
        rule(
            K.DATABASE,
            engine,
            rf"^[ \t]*[\"']?(?:{_TYPE_KEY})[\"']?[ \t]*=>[ \t]*[\"']{value}[\"']"
            rf"|\{{[\"']?(?:{_TYPE_KEY}|driver|engine)[\"']?\}}[ \t]*\)?[ \t]*(?:\|\||//|\bor\b)"
            rf"[ \t]*[\"']{value}[\"']",
            endings=_CODE,
            scope=Scope.CHOSEN,
        )
        for value, engine in _DEFAULT_TYPES
    ),
    # A Catalyst application's settings (Config::General) connecting its model to a database
    # server by its well-known port (`<Model::Registry>` … `port = 3306`), in the settings it
    # ships or their template (`myapp.conf.default`, copied before the first start): the
    # program's own default, above a driver the manifest declares (a test-named file's is
    # the tests').
    *(
        rule(
            K.DATABASE,
            engine,
            rf"^[ \t]*port[ \t]*=?[ \t]*{port}[ \t]*$",
            endings=(".conf", ".conf.default"),
            scope=Scope.CHOSEN,
            gate=_CATALYST_MODEL,
        )
        for port, engine in (("3306", "MySQL"), ("5432", "PostgreSQL"))
    ),
    # The engine an `.ini` settings file picks in its database section (`[DB]` … `engine =
    # SQLite`, the configuration the distribution installs, beside sections for each engine
    # it supports; a test-named variant's is the tests').
    *(
        rule(
            K.DATABASE,
            engine,
            rf"^[ \t]*(?:{_TYPE_KEY}|engine|driver)[ \t]*=[ \t]*{value}[ \t]*$",
            endings=(".ini",),
            scope=Scope.CHOSEN,
            gate=_DB_SECTION,
        )
        for value, engine in _DEFAULT_TYPES
    ),
    # Test::More, which every `.t` file loads (Test::Mojo and Catalyst::Test are built on it).
    rule(K.TEST, "Test::More", r"^use[ \t]+Test::(?:More|Most|Mojo)\b", endings=(".t",)),
)

MANIFESTS = frozenset({"cpanfile", "Makefile.PL", "Build.PL", "dist.ini"})

_REQUIRES = LazyPattern(
    r"^[ \t]*(requires|test_requires|build_requires|configure_requires|author_requires"
    r"|recommends|suggests)\b[ \t(]*[\"']([\w:]+)[\"'][ \t]*(?:,|=>)?[ \t]*"
    r"(?:[\"']([^\"']*)[\"']|([\d._v]+))?"
)
"""A cpanfile's or Module::Install's `requires 'Name', '1.0';` (`=>` alike, the version bare or
quoted): a recommendation or suggestion is optional, installed by no default."""

_PAIR = LazyPattern(r"^[ \t,]*[\"']([\w:]+)[\"'][ \t]*=>[ \t]*(?:[\"']([^\"']*)[\"']|([\d._v]+))")
"""A MakeMaker or Module::Build hash entry (`'Mojolicious' => '7.01',`), a Module::Install
list's continued entries alike."""

_HASH = LazyPattern(r"^[ \t]*[\"']?(\w+)[\"']?[ \t]*=>[ \t]*\{")
"""The head of a MakeMaker or Module::Build prerequisites hash (`PREREQ_PM => {`)."""

_RUNTIME_HASHES = frozenset({"PREREQ_PM", "requires"})

_BLOCK = LazyPattern(r"^[ \t]*(on|feature)\b[ \t(]*[\"']?(\w+)")
"""A cpanfile's phase (`on 'test' => sub {`) or optional feature block."""

_SECTION = LazyPattern(r"^\[([^\]]+)\]")
_INI_PAIR = LazyPattern(r"^[ \t]*([\w:]+)[ \t]*=[ \t]*([^;\s]*)")


def is_manifest(name: str, parent: str) -> bool:
    """Whether the file is a Perl distribution's prerequisites file."""
    return name in MANIFESTS


def parse(lines: Lines) -> ManifestResult:
    """Read the distribution's prerequisites, run-time ones apart from those of its tests,
    build and optional features."""
    result = ManifestResult(language=LANGUAGE)
    name = lines.path.rsplit("/", 1)[-1]
    if name == "dist.ini":
        _parse_ini(result, lines)
    else:
        _parse_perl(result, lines)
    return result


def _parse_perl(result: ManifestResult, lines: Lines) -> None:
    """cpanfile, Makefile.PL and Build.PL: `requires` calls and prerequisites hashes."""
    block = ""  # the cpanfile phase or feature whose `sub { … }` is open
    hash_runtime: bool | None = None  # inside a prerequisites hash: whether a run-time one
    listing: bool | None = None  # inside Module::Install's `requires( … )` / `requires\n …;`
    for index, line in enumerate(lines.lines):
        code = line.split("#", 1)[0]
        if not code.strip():
            continue
        opened = _BLOCK.match(code)
        if opened:
            block = "runtime" if opened.group(1) == "on" and opened.group(2) == "runtime" else "dev"
            continue
        if block and code.strip().startswith("}"):
            block = ""
            continue
        head = _HASH.match(code)
        if head:
            hash_runtime = head.group(1) in _RUNTIME_HASHES
            continue
        call = _REQUIRES.match(code)
        if call:
            verb = call.group(1)
            if verb in ("recommends", "suggests"):
                continue
            dev = verb != "requires" or block == "dev"
            _dependency(result, lines, index, call.group(2), call.group(3) or call.group(4), dev)
            listing = None if code.rstrip().endswith(";") else not dev
            continue
        if code.strip() in ("requires", "requires(", "requires ("):
            listing = block != "dev"
            continue
        pair = _PAIR.match(code)
        if pair and (hash_runtime is not None or listing is not None):
            runtime = hash_runtime if hash_runtime is not None else listing
            _dependency(
                result, lines, index, pair.group(1), pair.group(2) or pair.group(3), not runtime
            )
        if "}" in code:
            hash_runtime = None
        if code.rstrip().endswith((";", ");")):
            listing = None


def _parse_ini(result: ManifestResult, lines: Lines) -> None:
    """dist.ini: `[Prereqs]` (run time) and `[Prereqs / TestRequires]` and the like."""
    section: bool | None = None  # None outside prerequisites; else whether run time
    for index, line in enumerate(lines.lines):
        head = _SECTION.match(line)
        if head:
            title = head.group(1).replace(" ", "")
            if title.startswith("Prereqs"):
                phase = title.partition("/")[2]
                # `[Prereqs / TestRequires]` and the like; recommendations install nothing.
                section = None if phase.endswith(("Recommends", "Suggests")) else (
                    phase in ("", "RuntimeRequires")
                )
            else:
                section = None
            continue
        if section is None:
            continue
        pair = _INI_PAIR.match(line)
        if pair and not pair.group(1).startswith("-"):
            _dependency(result, lines, index, pair.group(1), pair.group(2), not section)


def _dependency(
    result: ManifestResult, lines: Lines, index: int, module: str, version: str | None, dev: bool
) -> None:
    if module == "perl":
        if not result.language_version and version:
            result.language_version = version.strip()
            result.version_evidence = lines.evidence(module, index)
        return
    if not dev:
        result.runtime_dependencies += 1
    result.signals += dependency_signals(
        CATALOG, module.lower(), _version(version or ""), dev, lines.evidence(module, index)
    )


def _version(declared: str) -> str:
    """The declared minimum (`'>= 8.05'` → 8.05); 0 declares no version."""
    text = declared.strip().removeprefix(">=").removeprefix("==").strip()
    return "" if text in ("", "0") else text
