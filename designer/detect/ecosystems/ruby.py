"""Ruby: Gemfile, and the entry points of Rails, Sinatra and Grape."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from designer.detect import defaults
from designer.detect.signals import (
    Catalog,
    Lines,
    ManifestResult,
    Scope,
    Signal,
    SourceRule,
    Strength,
    dependency_signals,
    entries,
    integrated,
    rule,
)
from designer.model.stack import Evidence
from designer.model.stack import FindingKind as K

if TYPE_CHECKING:
    from designer.detect.locks import LockFiles

LANGUAGE = "Ruby"

CATALOG: Catalog = {
    "rails": entries(
        (K.FRAMEWORK, "Rails"), (K.ORM, "ActiveRecord"), (K.MIGRATIONS, "ActiveRecord migrations")
    ),
    # An app that cherry-picks Rails' frameworks instead of the `rails` meta-gem still boots
    # through Railties (`Rails::Application`), which carries Rails' version.
    "railties": entries((K.FRAMEWORK, "Rails")),
    "activerecord": entries((K.ORM, "ActiveRecord")),
    "sinatra": entries((K.FRAMEWORK, "Sinatra")),
    "grape": entries((K.FRAMEWORK, "Grape")),
    "hanami": entries((K.FRAMEWORK, "Hanami")),
    "roda": entries((K.FRAMEWORK, "Roda")),
    # Padrino runs on Sinatra (`assemble.ABSORBED`); Cuba is a micro-framework on Rack.
    "padrino": entries((K.FRAMEWORK, "Padrino")),
    "padrino-core": entries((K.FRAMEWORK, "Padrino")),
    "cuba": entries((K.FRAMEWORK, "Cuba")),
    "sequel": entries((K.ORM, "Sequel")),
    # Sequel's Railtie: the Rails app's models and migrations are Sequel's (`SEQUEL_RAILS`).
    "sequel-rails": entries((K.ORM, "Sequel")),
    # ROM's SQL adapter (Hanami 2's persistence) and ActiveRecord's Sinatra integration.
    "rom": entries((K.ORM, "ROM")),
    "rom-sql": entries((K.ORM, "ROM")),
    # Hanami 2's persistence gem: it requires rom and rom-sql and sets up the app's relations
    # and repositories (`app/relations`, `app/repos`), so a Gemfile naming only hanami-db keeps
    # its data in ROM all the same.
    "hanami-db": entries((K.ORM, "ROM")),
    # Hanami 1's persistence gem, the same way: its repositories and entities run on rom,
    # rom-sql and Sequel, which a Hanami 1 Gemfile seldom names beside it.
    "hanami-model": entries((K.ORM, "ROM")),
    "sinatra-activerecord": entries((K.ORM, "ActiveRecord")),
    # An ActiveRecord extension whose models declare their own columns (`field :name`,
    # `auto_upgrade!`), Padrino's generator's `mini_record` component: it requires
    # activerecord, so a Gemfile naming it alone keeps its data in ActiveRecord.
    "mini_record": entries((K.ORM, "ActiveRecord")),
    # DataMapper: its meta-gem and its core.
    "data_mapper": entries((K.ORM, "DataMapper")),
    "dm-core": entries((K.ORM, "DataMapper")),
    "dm-postgres-adapter": entries((K.DATABASE, "PostgreSQL")),
    "dm-mysql-adapter": entries((K.DATABASE, "MySQL")),
    "dm-sqlite-adapter": entries((K.DATABASE, "SQLite")),
    "pg": entries((K.DATABASE, "PostgreSQL")),
    # A PostgreSQL toolkit over pg (a connection pool the app queries through, Liquibase
    # migrations): the app's data layer, on PostgreSQL.
    "pgtk": entries((K.ORM, "pgtk"), (K.DATABASE, "PostgreSQL")),
    "mysql2": entries((K.DATABASE, "MySQL")),
    "trilogy": entries((K.DATABASE, "MySQL")),
    "activerecord-postgis-adapter": entries((K.DATABASE, "PostgreSQL")),
    "sqlite3": entries((K.DATABASE, "SQLite")),
    "mongoid": entries((K.ORM, "Mongoid"), (K.DATABASE, "MongoDB")),
    # Search-engine clients (and the repository layer over Elasticsearch's): the engine of an
    # app whose documents live in the index (SEARCH_STORES says why they weigh so little).
    "elasticsearch": entries((K.DATABASE, "Elasticsearch")),
    "elasticsearch-persistence": entries((K.DATABASE, "Elasticsearch")),
    "opensearch-ruby": entries((K.DATABASE, "OpenSearch")),
    # The AWS SDK's DynamoDB client: one gem per service, so the Gemfile names the store (as
    # Node's `@aws-sdk/client-dynamodb` and Go's `aws-sdk-go-v2/service/dynamodb` do).
    "aws-sdk-dynamodb": entries((K.DATABASE, "DynamoDB")),
    "redis": entries((K.CACHE, "Redis")),
    "redis-rails": entries((K.CACHE, "Redis")),
    "dalli": entries((K.CACHE, "Memcached")),
    "ruby-kafka": entries((K.BROKER, "Kafka")),
    "rdkafka": entries((K.BROKER, "Kafka")),
    "karafka": entries((K.BROKER, "Kafka")),
    "bunny": entries((K.BROKER, "RabbitMQ")),
    "sneakers": entries((K.BROKER, "RabbitMQ")),
    "sidekiq": entries((K.BROKER, "Sidekiq")),
    "rspec": entries((K.TEST, "RSpec")),
    "rspec-rails": entries((K.TEST, "RSpec")),
    "minitest": entries((K.TEST, "Minitest")),
    # Cucumber's features (Gherkin scenarios over step definitions), often beside RSpec.
    "cucumber": entries((K.TEST, "Cucumber")),
    "cucumber-rails": entries((K.TEST, "Cucumber")),
    # Bacon: a small RSpec-like spec runner (`describe`/`it`/`should`), run as `bacon spec/...`.
    "bacon": entries((K.TEST, "Bacon")),
    "puma": entries((K.SERVER, "Puma")),
    "unicorn": entries((K.SERVER, "Unicorn")),
}

SEARCH_STORES = frozenset({"elasticsearch", "elasticsearch-persistence", "opensearch-ruby"})
"""Search-engine clients. Most apps declaring one keep their records in ActiveRecord's or
Mongoid's store and index them beside it (through searchkick or elasticsearch-model, which name
no engine here); the search engine is the engine only of an app with no other store (a Rails
app without Active Record serving the documents of its indices). Their engine therefore ranks
with development fallbacks, as Python's clients do: any other driver, setting or Compose
database outranks it."""

INTEGRATED = {
    "rspec-rails": "rspec-core",
    "sinatra-activerecord": "activerecord",
    "mini_record": "activerecord",
    "rom-sql": "rom",
    "hanami-db": "rom",
    "hanami-model": "rom",
    "sequel-rails": "sequel",
}
"""Integrations that bring the gem they integrate as their own dependency: its version, which
Gemfile.lock resolves, is the finding's (RSpec 3.13.0 beneath rspec-rails 6.1.2, not 6.1.2)."""

GLUE = frozenset({*INTEGRATED, "redis-rails"})
"""Rails integrations: RSpec's and Redis' versions are their own gems'. (redis-rails brings
redis-rb, whose release is not the Redis server's: nothing to ask a lock for.)"""

SEQUEL_RAILS = "sequel-rails"
"""The gem that puts Sequel in ActiveRecord's place in a Rails app (its Railtie runs the
models, the `db:` tasks and the migrations, and the app loads no `active_record/railtie`):
ActiveRecord and its migrations, which the `rails` gem brings along, are not the app's."""

LENT_BY_RAILS = frozenset({K.ORM, K.MIGRATIONS})
"""What the `rails` meta-gem lends every app: ActiveRecord and its migrations (`rails_frameworks`
takes them from an app that never loads Active Record)."""

_RB = (".rb", ".ru")

_ADAPTERS = (
    ("postgresql", "PostgreSQL"),
    ("postgis", "PostgreSQL"),
    ("mysql2", "MySQL"),
    ("trilogy", "MySQL"),
    ("sqlite3", "SQLite"),
)
"""ActiveRecord adapters in `database.yml` → engine."""

_PROXIED = r"(?:_\w+)?\b"
"""A proxy adapter's name is the adapter it wraps with its own suffix (makara's `mysql2_makara`
and `postgresql_makara` route the wrapped adapter's connections to a primary and replicas)."""

_ERB_DEFAULT = (
    r"(?:<%=[ \t]*ENV(?:\[[^\]\n]+\][ \t]*\|\||\.fetch\([ \t]*[\"'][\w-]+[\"'][ \t]*,)"
    r"[ \t]*[\"'])?"
)
"""An adapter written as ERB that reads the environment with a literal fallback (`adapter: <%=
ENV["DB_ADAPTER"] || "postgresql" %>`, `<%= ENV.fetch("DB_ADAPTER", "mysql2") %>`): the
fallback is the adapter the environment runs on unless the operator names another."""

RULES: tuple[SourceRule, ...] = (
    rule(
        K.FRAMEWORK,
        "Rails",
        r"<\s*Rails::Application\b|\bRails\.application\.routes\.draw\b",
        endings=_RB,
    ),
    rule(
        K.FRAMEWORK,
        "Sinatra",
        r"""^[ \t]*require[ \t]+['"]sinatra(?:/base)?['"]|<\s*Sinatra::(?:Base|Application)\b""",
        endings=_RB,
    ),
    rule(K.FRAMEWORK, "Grape", r"<\s*Grape::API\b", endings=_RB),
    rule(K.FRAMEWORK, "Hanami", r"<\s*Hanami::(?:App|Application)\b", endings=_RB),
    rule(K.FRAMEWORK, "Roda", r"<\s*Roda\b", endings=_RB),
    rule(K.FRAMEWORK, "Padrino", r"<\s*Padrino::Application\b", endings=_RB),
    rule(K.FRAMEWORK, "Cuba", r"^[ \t]*Cuba\.define[ \t]+do\b", endings=_RB),
    rule(K.TEST, "RSpec", None, names=(".rspec",)),
    # A spec file proves RSpec by its boilerplate: the helper it loads or the example group it
    # opens (the gem alone does not say how many of the tests it runs).
    rule(
        K.TEST,
        "RSpec",
        r"""^(?:RSpec\.describe\b|require[ \t(]*["'](?:spec|rails)_helper["'])""",
        endings=("_spec.rb",),
    ),
    # The adapter of the production environment is the engine the app is deployed on
    # (SQLite for development beside PostgreSQL in production); before the rules of any
    # adapter line, since one line of a file proves one engine.
    *(
        rule(
            K.DATABASE,
            engine,
            r"^production:[ \t]*(?:#[^\n]*)?\n(?:(?:[ \t][^\n]*)?\n)*?"
            rf"[ \t]+adapter:[ \t]*{_ERB_DEFAULT}{adapter}{_PROXIED}",
            names=("database.yml",),
            scope=Scope.PRODUCTION,
        )
        for adapter, engine in _ADAPTERS
    ),
    # The production environment's ERB branch taken when no database URL is set (`<% elsif
    # ENV['DATABASE_URL'].to_s.empty? %>` … `adapter: sqlite3`): what the deployed app runs on
    # unless the operator points it at a server.
    *(
        rule(
            K.DATABASE,
            engine,
            r"^production:[ \t]*\n(?:(?![\w-]+:)[^\n]*\n){0,30}?"
            r"<%-?[ \t]*(?:if|elsif)[ \t]+ENV\[[ \t]*[\"']DATABASE_URL[\"'][ \t]*\]"
            r"(?:\.to_s)?\.(?:empty|blank)\?[ \t]*-?%>[ \t]*\n"
            rf"(?:(?![ \t]*<%)[^\n]*\n){{0,6}}?[ \t]*adapter:[ \t]*[\"']?{adapter}{_PROXIED}",
            names=("database.yml",),
            scope=Scope.PRODUCTION,
        )
        for adapter, engine in _ADAPTERS
    ),
    # config/database.yml names the ActiveRecord adapter.
    *(
        rule(
            K.DATABASE,
            engine,
            rf"^[ \t]*adapter:[ \t]*{_ERB_DEFAULT}{adapter}{_PROXIED}",
            names=("database.yml",),
        )
        for adapter, engine in _ADAPTERS
    ),
    *defaults.yaml_anchor_rules(("database.yml", "database.yml.example")),
    *defaults.defaults_table_rules(_RB),
    # The adapter an application picks when its environment names none (`ENV.fetch(
    # "DATABASE_ADAPTER", "sqlite")`; of a conditional default, the last branch's): beside
    # drivers for every engine it supports, the one it runs on unless told otherwise.
    *(
        rule(
            K.DATABASE,
            engine,
            r"""\bENV\.fetch\([ \t]*["']\w*(?:DATABASE|DB)_(?:ADAPTER|ENGINE|TYPE|DRIVER|DIALECT)"""
            rf"""["'][ \t]*,[^)\n]*?["'](?:{names})["'][ \t]*\)""",
            endings=_RB,
            scope=Scope.CHOSEN,
        )
        for names, engine in (
            ("sqlite3?", "SQLite"),
            ("mysql2?|trilogy", "MySQL"),
            ("postgres(?:ql)?|pg", "PostgreSQL"),
        )
    ),
    # Rails' default: Minitest under test/, with no gem line of its own (Rails brings it).
    # Every test case class Rails ships is a Minitest::Test (through ActiveSupport::TestCase):
    # a suite of controller, view, mailer or job tests proves it as well as model tests do.
    # Minitest 4's test case is `MiniTest::Unit::TestCase` (5 renamed it `Minitest::Test` and
    # kept the `MiniTest` spelling and the old class as aliases), the base class of a plain
    # suite that `require "minitest/autorun"`s with no Rails to bring it.
    rule(
        K.TEST,
        "Minitest",
        r"\b(?:Mini[Tt]est::(?:Test|Unit::TestCase)|ActiveSupport::TestCase"
        r"|ActionDispatch::IntegrationTest|ActionDispatch::SystemTestCase|ActionController::TestCase|ActionView::TestCase"
        r"|ActionMailer::TestCase|ActiveJob::TestCase|ActionCable::TestCase)\b",
        endings=_RB,
    ),
    # Test::Unit, Ruby's xUnit before Minitest (its standard library up to 1.8, a compatibility
    # layer over Minitest from 1.9 to 2.1, the bundled test-unit gem since 2.2): a suite's test
    # case classes subclass `Test::Unit::TestCase` and need no gem line on the older rubies.
    rule(K.TEST, "Test::Unit", r"<[ \t]*(?:::)?Test::Unit::TestCase\b", endings=_RB),
)

_GEM = re.compile(
    r"""^\s*gem(?:\s+|\s*\(\s*)['"]([\w.-]+)['"](?:\s*,\s*['"]([^'"]+)['"])?(.*)$"""
)
"""A `gem` call, bare (`gem "pg", "~> 1.5"`) or with its arguments in parentheses (`gem("pg",
"~> 1.5")`, the style some Rubocop configurations enforce): both are the same Ruby call."""
_GEMSPEC = re.compile(r"^\s*gemspec\b")
_RUBY = re.compile(r"""^\s*ruby(?:\s+|\s*\(\s*)['"]([^'"]+)['"]""")
_GROUP = re.compile(r"^[ \t]*group\b(?=[ \t(])")
_GROUP_DO = re.compile(r"[ \t)]do\b")
"""A `group` block's opening line (`group :development, :test do`, `group(:test) do`): its
names are what lies between the call and the first ` do`, read by `_group_names` (a pattern
taking them with lazy runs and optional parentheses took a time growing with the cube of a run of
blanks)."""
_DEV_GROUPS = (":development", ":test", '"development"', '"test"', "'development'", "'test'")
_PRODUCTION_GROUPS = (":production", '"production"', "'production'")
_PRODUCTION_OPTION = re.compile(
    r"(?:\bgroup:|:group\s*=>)\s*(?::production\b|\[\s*:production\s*\])"
)
"""A gem Bundler installs for production only (`gem "pg", group: :production`)."""


_DEV_OPTION = re.compile(r"group:\s*\[?\s*:(?:development|test)\b")


def _group_names(line: str) -> list[str] | None:
    """The names a `group … do` line opens a block for, or None for any other line."""
    found = _GROUP.match(line)
    if found is None:
        return None
    rest = line[found.end():]
    block = _GROUP_DO.search(rest)
    if block is None:
        return None
    names = rest[: block.start() + 1].strip()
    if names.startswith("(") and names.endswith(")"):
        names = names[1:-1]
    return [part.strip() for part in names.split(",")]


_FROM_GIT = re.compile(r"(?:^|[\s,])(?::(?:git|github)\s*=>|(?:git|github|gitlab|bitbucket):\s)")
"""A gem Bundler installs from a git repository (`git: "https://…/engine"`, `github:
"org/engine"`, `:git => …`), not from a registry."""

_GIT_BLOCK = re.compile(r"""^\s*(?:git|github)\b\s*\(?\s*['"]""")
"""A block whose gems Bundler checks out of one git repository (`github 'org/framework', tag:
'v4.2.1' do` … `gem 'framework-contrib'` … `end`): each gem in it is installed from git, as one
given `git:` is, and the lock lists what it requires (the framework itself, beside its
contrib gem)."""

_GIT_OPTIONS = re.compile(r"^\s*([A-Za-z_]\w*)\s*=\s*(\{.*)$")
"""A Gemfile constant or variable holding the options several gems share (`ENGINE_SOURCE = {
git: "https://…/engine", branch: "stable" }`), passed to each as `gem "engine-core",
ENGINE_SOURCE`: where they name a git repository, every gem given it is installed from git."""

_MAX_CONTINUATION = 6
"""Lines a `gem` call's options may run on over (`gem "engine",` then `git: …,` `branch: …`)."""


def _options(rest: str, lines: list[str], index: int) -> str:
    """The options of the `gem` call on line `index` whose text after the name is `rest`,
    with the lines it continues on while each ends with a comma."""
    parts = [rest]
    following = index + 1
    last = min(len(lines), index + _MAX_CONTINUATION)
    while parts[-1].rstrip().endswith(",") and following < last:
        parts.append(lines[following])
        following += 1
    return " ".join(parts)


_LOAD_GEMSPEC = re.compile(r"""\bload_gemspec\b[^\n]*?['"]([\w.-]+\.gemspec)['"]""")
"""A Gemfile loading the application's own gemspec (`Bundler.load_gemspec(File.expand_path(
'app.gemspec', __dir__))`) to add its runtime dependencies: the gemspec is part of it."""
_SPEC_DEPENDENCY = re.compile(
    r"""^\s*\w+\.add_(runtime_|development_)?dependency\b\s*\(?\s*['"]([\w.-]+)['"]"""
    r"""((?:\s*,\s*['"][^'"]+['"])*)"""
)
"""A gemspec's dependency line; its requirements, each quoted (`">= 1.4", "< 5.0"`), are
the declared range all together."""
_QUOTED = re.compile(r"""['"]([^'"]+)['"]""")


def _gem_signals(name: str, version: str, dev: bool, evidence: Evidence) -> list[Signal]:
    """The signals of one gem the app requires (a search client's engine as a fallback:
    SEARCH_STORES)."""
    signals = dependency_signals(CATALOG, name, version, dev, evidence, GLUE)
    own = INTEGRATED.get(name.lower())
    if own is not None:
        # Asked of the lock beside the glue gem (see `inheritance.lock_versions`); a lock that
        # does not list it leaves the glue's version as the only one.
        signals += integrated(signals, own)
    if name.lower() not in SEARCH_STORES:
        return signals
    return [s.replace(scope=Scope.FALLBACK) if s.kind is K.DATABASE else s for s in signals]


def _in_production(signals: list[Signal]) -> list[Signal]:
    """`signals` of a gem of the production group (`group :production do gem 'mysql2'`):
    the driver Bundler installs only where the app is deployed names the engine it runs on
    there, above the drivers it installs everywhere (SQLite's for development and tests)
    and a development image's setting. A search client keeps its rank (SEARCH_STORES)."""
    return [
        s.replace(scope=Scope.PRODUCTION)
        if s.kind is K.DATABASE and s.package.lower() not in SEARCH_STORES
        else s
        for s in signals
    ]


def lent_by_git(
    signals: list[Signal], manifests: list[ManifestResult], folder: str, locks: LockFiles
) -> None:
    """Add to `signals` what the gems a Gemfile of `folder` installs from git require, as
    Gemfile.lock records them under each gem's spec (an engine gem kept in its own repository,
    lending the app its Rails and its models): the app runs on them. The lock resolves their
    versions after.

    A git gem may be a meta-gem over its siblings, checked out of the same repository (a
    product's `core`, `admin` and `api` engines, which it requires, and which require Rails):
    what those siblings require is lent as well. A gem of another source is a library whose
    own requirements are not followed."""
    for manifest in manifests:
        for gem in manifest.git_packages:
            remote = locks.gem_git_remote(folder, gem)
            pending, seen = [gem], {gem}
            while pending:
                for name, wanted, evidence in locks.requirements(folder, "ruby", pending.pop()):
                    signals += _gem_signals(name, wanted, False, evidence)
                    if (
                        remote
                        and name not in seen
                        and len(seen) < _MAX_SIBLINGS
                        and locks.gem_git_remote(folder, name) == remote
                    ):
                        seen.add(name)
                        pending.append(name)


_MAX_SIBLINGS = 64
"""Gems of one git repository followed per git gem (a product's engines are a few dozen)."""


def is_manifest(name: str, parent: str) -> bool:
    """Whether the file is a Gemfile or a gemspec."""
    return name == "Gemfile" or name.endswith(".gemspec")


def parse(lines: Lines) -> ManifestResult:
    """Read a Gemfile line by line (it is Ruby code; it is never run)."""
    if lines.path.endswith(".gemspec"):
        return _gemspec(lines)
    result = ManifestResult(language=LANGUAGE)
    groups: list[bool] = []
    production: list[bool] = []
    git_blocks: list[bool] = []
    looped = _looped_gems(lines.lines)
    shared_git = _shared_git_options(lines.lines)
    for index, line in enumerate(lines.lines):
        names = _group_names(line)
        if names is not None:
            groups.append(bool(names) and all(name in _DEV_GROUPS for name in names))
            production.append(bool(names) and all(name in _PRODUCTION_GROUPS for name in names))
            git_blocks.append(False)
            continue
        if re.search(r"\bdo(?:\s*\|[^|]*\|)?\s*$", line):
            groups.append(False)  # platforms, source and other blocks close with `end` too
            production.append(False)
            git_blocks.append(bool(_GIT_BLOCK.match(line)))
            continue
        if re.match(r"^\s*end\b", line) and groups:
            groups.pop()
            production.pop()
            git_blocks.pop()
            continue
        if _GEMSPEC.match(line):
            result.library = True  # a gem's (a Rails engine's) development Gemfile
            continue
        loaded = _LOAD_GEMSPEC.search(line)
        if loaded:
            result.includes.append(loaded.group(1))
            continue
        ruby = _RUBY.match(line)
        if ruby and not result.language_version:
            result.language_version = ruby.group(1)
            result.version_evidence = lines.evidence(line.strip(), index)
            continue
        gem = _GEM.match(line)
        if not gem:
            for name, version in looped.get(index, []):
                result.runtime_dependencies += not any(groups)
                evidence = lines.evidence(f"{name}", index)
                result.signals += _gem_signals(name, version, any(groups), evidence)
            continue
        name, version, rest = gem.group(1), gem.group(2) or "", gem.group(3)
        dev = any(groups) or bool(_DEV_OPTION.search(rest))
        if not dev:
            result.runtime_dependencies += 1
            result.runtime_packages.append(name)
            options = _options(rest, lines.lines, index)
            if (
                _FROM_GIT.search(options) or _names_any(options, shared_git) or any(git_blocks)
            ) and not _DEV_OPTION.search(options):
                result.git_packages.append(name)
        evidence = lines.evidence(f"{name}", index)
        signals = _gem_signals(name, version, dev, evidence)
        if not dev and (any(production) or _PRODUCTION_OPTION.search(rest)):
            signals = _in_production(signals)
        result.signals += signals
    if any(s.package == SEQUEL_RAILS and s.strength is not Strength.DEV for s in result.signals):
        result.signals = [
            s for s in result.signals if not (s.package == "rails" and s.kind in LENT_BY_RAILS)
        ]
    return result


def _shared_git_options(lines: list[str]) -> set[str]:
    """The names a Gemfile assigns options naming a git repository (`_GIT_OPTIONS`), read over
    the lines the hash literal runs on."""
    names: set[str] = set()
    for index, line in enumerate(lines):
        assigned = _GIT_OPTIONS.match(line)
        if not assigned:
            continue
        value = assigned.group(2)
        following = index + 1
        while "}" not in value and following < min(len(lines), index + _MAX_CONTINUATION):
            value += " " + lines[following]
            following += 1
        if _FROM_GIT.search(value.replace("{", " ")):
            names.add(assigned.group(1))
    return names


def _names_any(options: str, names: set[str]) -> bool:
    """Whether a gem's options pass one of `names` (`, ENGINE_SOURCE` or `**ENGINE_SOURCE`)."""
    return any(re.search(rf"(?:^|[\s,*(]){re.escape(n)}\b(?!\s*\[)", options) for n in names)


_LOOP = re.compile(
    r"(?:%w[\[(]([^\])]*)[\])]|\[((?:\s|#[^\n]*|['\"][\w.-]+['\"]\s*,?)*)\])"
    r"\.each(?:\s+(do)\b|\s*(\{))\s*\|\s*(\w+)\s*\|"
)
"""An array of gem names looped over (`['actionpack', 'railties'].each do |name|`), with the
names as string literals (commented-out ones skipped) or a `%w[...]` list. The block is a
`do … end` over the lines below or a one-line brace block (`.each { |g| gem g, version }`),
the same Ruby loop written inline."""
_ASSIGNED = re.compile(r"""^\s*(\w+)\s*=\s*['"]([^'"]+)['"]\s*$""")


def _looped_gems(lines: list[str]) -> dict[int, list[tuple[str, str]]]:
    """The gems a Gemfile declares in a loop, by the index of the `gem name, version` line in
    it: an application picking Rails' component gems (`railties`, `actionpack`, ...) without
    the `rails` gem writes them so. The version is a literal or a variable assigned a literal
    above the loop; any other expression leaves it to the lock."""
    text = "\n".join(lines)
    assigned = {m.group(1): m.group(2) for line in lines if (m := _ASSIGNED.match(line))}
    found: dict[int, list[tuple[str, str]]] = {}
    for loop in _LOOP.finditer(text):
        if loop.group(1) is not None:
            names = loop.group(1).split()
        else:
            listed = "\n".join(
                part for part in loop.group(2).split("\n") if not part.lstrip().startswith("#")
            )
            names = re.findall(r"""['"]([\w.-]+)['"]""", listed)
        start = text.count("\n", 0, loop.end())
        variable = re.escape(loop.group(5))
        if loop.group(4):
            # The brace block's body is the rest of its line, up to the closing brace.
            inline = re.compile(rf"\s*gem\s+{variable}\b\s*(?:,\s*([^}}\n]*?))?\s*\}}")
            used = inline.match(text, loop.end())
            if used:
                found[start] = [(name, _loop_version(used, assigned)) for name in names]
            continue
        call = re.compile(rf"^\s*gem\s+{variable}\b\s*(?:,\s*(\S.*?))?\s*$")
        for index in range(start, min(start + 6, len(lines))):
            if re.match(r"^\s*end\b", lines[index]):
                break
            used = call.match(lines[index])
            if used:
                found[index] = [(name, _loop_version(used, assigned)) for name in names]
                break
    return found


def _loop_version(call: re.Match[str], assigned: dict[str, str]) -> str:
    """The version a looped `gem name, version` call passes: a literal, or a variable assigned
    a literal above the loop; any other expression leaves it to the lock."""
    argument = (call.group(1) or "").strip()
    literal = re.fullmatch(r"""['"]([^'"]+)['"]""", argument)
    return literal.group(1) if literal else assigned.get(argument, "")


def _gemspec(lines: Lines) -> ManifestResult:
    """A gemspec's dependencies. Alone it describes a gem, a library an application loads;
    a Gemfile that loads it (`load_gemspec`) makes them the application's."""
    result = ManifestResult(language=LANGUAGE, library=True)
    for index, line in enumerate(lines.lines):
        found = _SPEC_DEPENDENCY.match(line)
        if not found:
            continue
        dev = found.group(1) == "development_"
        name, version = found.group(2), ", ".join(_QUOTED.findall(found.group(3)))
        if not dev:
            result.runtime_dependencies += 1
        evidence = lines.evidence(name, index)
        result.signals += _gem_signals(name, version, dev, evidence)
    return result
