"""Elixir: `mix.exs` (its `deps` tuples, `mix.lock` resolving them), and the code that proves
Phoenix, Plug, Ecto and ExUnit.

A mix project is an application when its `application` function names the module that starts
its supervision tree (`mod: {App.Application, []}`); one without (an umbrella's child library,
a hex package) is a library another application loads. An umbrella root (`apps_path:`) builds
the applications under `apps/`, each with its own mix.exs; a child's `in_umbrella: true` (or
`path:`) dependency is a module of the same build, whose data layer the application uses.
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

LANGUAGE = "Elixir"

CATALOG: Catalog = {
    "phoenix": entries((K.FRAMEWORK, "Phoenix")),
    "plug": entries((K.FRAMEWORK, "Plug")),
    # The adapters a Plug application is served by (Phoenix lists one of them too).
    "plug_cowboy": entries((K.FRAMEWORK, "Plug"), (K.SERVER, "Cowboy")),
    "bandit": entries((K.FRAMEWORK, "Plug"), (K.SERVER, "Bandit")),
    "ecto_sql": entries((K.ORM, "Ecto"), (K.MIGRATIONS, "Ecto migrations")),
    "postgrex": entries((K.DATABASE, "PostgreSQL")),
    "myxql": entries((K.DATABASE, "MySQL")),
    "mariaex": entries((K.DATABASE, "MySQL")),
    "ecto_sqlite3": entries((K.DATABASE, "SQLite")),
    "exqlite": entries((K.DATABASE, "SQLite")),
    "tds": entries((K.DATABASE, "SQL Server")),
    # The MongoDB drivers (hex `mongodb`, and `mongodb_driver`, its successor with the same
    # `Mongo` module): the program reads and writes its collections through the driver's own
    # calls (`Mongo.find(:mongo, "patients", …)`), which are then the data layer, named as the
    # Node driver of that name is.
    "mongodb": entries((K.QUERY, "mongodb"), (K.DATABASE, "MongoDB")),
    "mongodb_driver": entries((K.QUERY, "mongodb"), (K.DATABASE, "MongoDB")),
    # Xandra, the CQL driver (Cassandra and ScyllaDB speak the same protocol): queries through
    # its own API, or under Ecto through the Exandra adapter.
    "xandra": entries((K.QUERY, "Xandra"), (K.DATABASE, "Cassandra")),
    "exandra": entries((K.DATABASE, "Cassandra")),
    # Memento: Mnesia's tables as structs and queries, over the store Erlang/OTP ships.
    "memento": entries((K.ORM, "Memento"), (K.DATABASE, "Mnesia")),
    # Prestige, the Presto (and Trino) client: the application writes and reads the tables of a
    # query engine over object storage; beside an Ecto repository that repository's engine ranks.
    "prestige": entries((K.DATABASE, "Presto")),
    # The Erlang binding of RocksDB (a NIF): an embedded key-value store read and written
    # through the binding's own calls, which are then the data layer.
    "rocksdb": entries((K.DATABASE, "RocksDB"), (K.QUERY, "rocksdb")),
    "redix": entries((K.CACHE, "Redis")),
    "brod": entries((K.BROKER, "Kafka")),
    "kafka_ex": entries((K.BROKER, "Kafka")),
    "broadway_kafka": entries((K.BROKER, "Kafka")),
    "amqp": entries((K.BROKER, "RabbitMQ")),
    "broadway_rabbitmq": entries((K.BROKER, "RabbitMQ")),
}

SERVES_PLUG = frozenset({"plug_cowboy", "bandit"})
"""The adapters a Plug application is served by. Each brings Plug as its own dependency: their
release (Bandit 1.8.0) is not Plug's, which mix.lock resolves (plug 1.18.1)."""

_EX = (".ex", ".exs")

_ADAPTERS = (
    ("Postgres", "PostgreSQL"),
    ("MyXQL", "MySQL"),
    ("MySQL", "MySQL"),
    ("SQLite3", "SQLite"),
    ("Tds", "SQL Server"),
)
"""Ecto adapter modules → engine."""

RULES: tuple[SourceRule, ...] = (
    # Phoenix's generators name the modules `lib/app_web/endpoint.ex` and `lib/app/repo.ex`:
    # marker names, read beyond the quota of a folder's first source files.
    rule(
        K.FRAMEWORK,
        "Phoenix",
        r"^[ \t]*use[ \t]+Phoenix\.Endpoint\b",
        endings=_EX,
        names=("endpoint.ex",),
    ),
    rule(K.FRAMEWORK, "Plug", r"^[ \t]*use[ \t]+Plug\.Router\b", endings=_EX),
    rule(K.ORM, "Ecto", r"^[ \t]*use[ \t]+Ecto\.Repo\b", endings=_EX, names=("repo.ex",)),
    # Queries composed with Ecto's DSL (`import Ecto.Query`, `from u in User`) and run through
    # a Repo: Ecto is the data layer even where the Repo and schemas live in a package the
    # application depends on (a data library of its own product, fetched from git).
    rule(K.ORM, "Ecto", r"^[ \t]*(?:import|require)[ \t]+Ecto\.Query\b", endings=_EX),
    # The Repo module's adapter (`use Ecto.Repo, otp_app: :app, adapter: Ecto.Adapters.
    # Postgres`), or the one its configuration names (`config :app, App.Repo, adapter: …`).
    *(
        rule(
            K.DATABASE,
            engine,
            rf"\badapter:[ \t]*Ecto\.Adapters\.{adapter}\b",
            endings=_EX,
            names=("repo.ex",),
        )
        for adapter, engine in _ADAPTERS
    ),
    # Mnesia, the database Erlang/OTP ships, used through its own API (`:mnesia.
    # create_table(…)`, `:mnesia.transaction(…)`): the engine and the data layer.
    *(
        rule(
            kind,
            name,
            r":mnesia\.(?:create_table|create_schema|transaction|dirty_\w+|read|write|"
            r"wait_for_tables|select)\(",
            endings=_EX,
        )
        for kind, name in ((K.DATABASE, "Mnesia"), (K.QUERY, "Mnesia"))
    ),
    # RocksDB through its Erlang binding (`:rocksdb.open(…)`, `:rocksdb.get(…)`,
    # `:rocksdb.transaction(…)`), called from the application's own code: the engine and the
    # data layer, even where the binding is not a dependency of the mix project but lent by
    # the release it is loaded into (a plugin of an Erlang node that ships the library).
    *(
        rule(
            kind,
            name,
            r":rocksdb\.(?:open|open_with_cf|open_optimistic_transaction_db|get|put|delete|"
            r"write|write_batch|iterator|transaction|transaction_put|transaction_get|"
            r"batch)\(",
            endings=_EX,
        )
        for kind, name in ((K.DATABASE, "RocksDB"), (K.QUERY, "rocksdb"))
    ),
    # A search engine spoken to over its REST API with a plain HTTP client (HTTPoison, Tesla),
    # at a URL the code reads from a setting named for it (`Config.get(:elasticsearch_url)`,
    # `Application.get_env(:app, :opensearch_url)`): no client package names the engine.
    # Ranked with development fallbacks, as Node's and Python's search clients are: most
    # servers index beside another store, and the search engine is the engine only of one
    # that names no other.
    *(
        rule(
            K.DATABASE,
            engine,
            rf"\b(?:get|get_env|fetch_env!?)\([^)\n]*:{key}_url\b",
            endings=_EX,
            scope=Scope.FALLBACK,
        )
        for key, engine in (("elasticsearch", "Elasticsearch"), ("opensearch", "OpenSearch"))
    ),
    # ExUnit ships with Elixir: its test files and the helper that starts it prove it.
    rule(K.TEST, "ExUnit", r"^[ \t]*use[ \t]+ExUnit\.Case\b", endings=("_test.exs",)),
    rule(K.TEST, "ExUnit", r"^[ \t]*ExUnit\.start\b", names=("test_helper.exs",)),
)

_APP = LazyPattern(r"^\s*\[?\s*app:\s*:(\w+)")
"""The project's name, on a line of its own or first in the keyword list (`[app: :core,`, as
the generators of Phoenix 1.3 and earlier wrote it): the name its umbrella siblings use it by."""
_ELIXIR = LazyPattern(r"""^\s*elixir:\s*"([^"]+)\"""")
_DEPS_START = LazyPattern(r"^(\s*)defp?\s+deps\b")
_DEP = LazyPattern(r"""\{\s*:(\w+)\s*(?:,\s*"([^"]*)")?([^{}]*)\}""")
_DEV = LazyPattern(
    r"\bonly:\s*(?::(?:dev|test)\b|\[\s*:(?:dev|test)(?:\s*,\s*:(?:dev|test))*\s*\])"
)
"""A dependency of the development or test environments only (`only: :test`,
`only: [:dev, :test]`)."""
_MOD = LazyPattern(r"(?:^|[\[,])\s*mod:\s*\{")
"""The `application` function's start module, on a line of its own or first in the keyword
list (`[mod: {App.Application, []}, extra_applications: [:logger]]`)."""


def is_manifest(name: str, parent: str) -> bool:
    """Whether the file is a mix project."""
    return name == "mix.exs"


def parse(lines: Lines) -> ManifestResult:
    """Read a mix.exs line by line (it is Elixir code; it is never run): the project's name
    and Elixir requirement, whether it starts an application, and the tuples of `deps`."""
    result = ManifestResult(language=LANGUAGE)
    application = False
    # The deps function's body, from its first line: `defp deps do` … `end` at its
    # indentation, or `defp deps, do: [` … up to the list's closing bracket.
    deps_indent: str | None = None
    inline = False
    block: list[str] = []
    first = 0
    for index, line in enumerate(lines.lines):
        code = line.split("#", 1)[0]
        if deps_indent is None and (start := _DEPS_START.match(code)):
            deps_indent, first, inline = start.group(1), index, "do:" in code
            block = [code.split("do:", 1)[1] if inline else ""]
        elif deps_indent is None:
            if _MOD.search(code):
                application = True
            elif not result.name and (app := _APP.match(code)):
                result.name = app.group(1)
            elif not result.language_version and (elixir := _ELIXIR.match(code)):
                result.language_version = elixir.group(1)
                result.version_evidence = lines.evidence(line.strip(), index)
            continue
        elif not inline and re.match(rf"^{deps_indent}end\b", code):
            deps_indent = None
            _dependencies(result, lines, first, block)
            continue
        else:
            block.append(code)
        body = "".join(block) if inline else ""
        if "[" in body and body.count("[") <= body.count("]"):
            deps_indent = None
            _dependencies(result, lines, first, block)
    if deps_indent is not None:
        _dependencies(result, lines, first, block)  # the file ends inside the function
    result.uses += _helper_uses(lines.lines, result.uses)
    # No application module to start: a library, or an umbrella root (`apps_path:`) whose
    # applications each have their own mix.exs; not a service itself.
    result.library = not application
    return result


def _dependencies(result: ManifestResult, lines: Lines, first: int, block: list[str]) -> None:
    """The tuples of the `deps` function, whose lines from index `first` are `block`: one
    may span lines (`{:phoenix_live_view,` then `github: "…", override: true}`)."""
    text = "\n".join(block)
    for found in _DEP.finditer(text):
        _dependency(result, lines, first + text.count("\n", 0, found.start()), found)


_HELPER = LazyPattern(r"^[ \t]*defp?[ \t]+(\w+)[ \t]*\(")
"""A function of the mix.exs, which may build a dependency's tuple for its caller."""

_SIBLING = LazyPattern(r"\bin_umbrella:\s*true\b|\bpath:\s*\"\.\./#\{")
"""A helper's tuple naming a module of the same build (`[in_umbrella: true]`, or
`[path: "../#{app}"]` outside the umbrella)."""


def _helper_uses(source: list[str], known: list[str]) -> list[str]:
    """The umbrella siblings the deps name through a helper of the file that builds their
    tuple (`internal_dep(:core)`, with `defp internal_dep(app), do: {app, in_umbrella:
    true}`): the tuple is written once, with a variable for the name."""
    helpers: set[str] = set()
    name: str | None = None
    for line in source:
        code = line.split("#", 1)[0] if "#{" not in line else line
        if found := _HELPER.match(code):
            name = found.group(1)
        if name and name != "deps" and _SIBLING.search(code):
            helpers.add(name)
    if not helpers:
        return []
    call = re.compile(rf"\b(?:{'|'.join(sorted(helpers))})\(\s*:(\w+)")
    found = []
    for line in source:
        for match in call.finditer(line.split("#", 1)[0]):
            if match.group(1) not in known and match.group(1) not in found:
                found.append(match.group(1))
    return found


def _dependency(result: ManifestResult, lines: Lines, index: int, found: re.Match[str]) -> None:
    name, version, options = found.group(1), found.group(2) or "", found.group(3)
    if re.search(r"\bin_umbrella:\s*true\b|\bpath:", options):
        result.uses.append(name)  # a module of the same build (umbrella sibling, path dep)
    dev = bool(_DEV.search(options)) or bool(re.search(r"\bruntime:\s*false\b", options))
    if not dev:
        result.runtime_dependencies += 1
    evidence = lines.evidence(f":{name}", index)
    signals = dependency_signals(CATALOG, name, version, dev, evidence)
    if name in SERVES_PLUG:
        # Plug's version is asked of the lock under its own name; the adapter's is used only
        # where no lock lists plug.
        framework = [s for s in signals if s.kind is K.FRAMEWORK]
        signals = [s for s in signals if s.kind is not K.FRAMEWORK]
        signals += [s.replace(glue=True) for s in framework]
        signals += [s.replace(version="", package="plug") for s in framework]
    result.signals += signals
