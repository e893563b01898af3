"""Redis as the store of a service that names no other.

Beside a relational or document database, Redis holds sessions, tokens and queues: a cache,
not the engine (`engines.KEY_VALUE`). A service that names no database at all (no driver, no
connection URL, no data layer) while its own code opens a Redis client keeps what it keeps
there: its users' tokens, its invoices, its upload metadata, as a basket service keeps its
baskets. Not when every write is a cache's: entries given an expiry, or keys named as a
cache's (`keyed_caches`). Redis is then its database engine, with the file that opens the
client as evidence.
Only services are read (a unit with a framework), and only their code outside tests; a tree
too large to read within the budget is left as it is.
"""

from __future__ import annotations

import re

from designer.detect import (
    cache_handed_redis,
    handed_redis,
    keyed_caches,
    node_imports,
    optional_redis,
)
from designer.detect.assemble import Unit, signal_scope
from designer.detect.signals import Scope, Signal, Strength
from designer.detect.walker import read_text
from designer.model.stack import Evidence, FindingKind

_CLIENTS: dict[str, tuple[tuple[str, ...], re.Pattern[str]]] = {
    # Node: ioredis, or node-redis through its umbrella package or the client package it
    # re-exports (`import * as redis from '@redis/client'`).
    "node": (
        node_imports.ENDINGS,
        re.compile(
            r"""\brequire\([ \t]*["'](?:ioredis|redis|@redis/client)["'][ \t]*\)"""
            r"""|^[ \t]*import\b[^;\n]*\bfrom[ \t]*["'](?:ioredis|redis|@redis/client)["']""",
            re.MULTILINE,
        ),
    ),
    "python": (
        (".py",),
        re.compile(
            r"^[ \t]*(?:import[ \t]+(?:redis|aioredis)\b|from[ \t]+(?:redis|aioredis)\b)",
            re.MULTILINE,
        ),
    ),
    # Elixir: Redix started in the supervision tree (`{Redix, args}`, `Redix.start_link`) or
    # called, or a library's Redis storage module chosen in the configuration
    # (`storage: [module: Brook.Storage.Redis, …]`); `{:redix, …}` in mix.exs only declares it.
    "elixir": (
        (".ex", ".exs"),
        re.compile(
            r"\bRedix\.(?:start_link|command|pipeline|noreply_command|transaction_pipeline)\b"
            r"|\{[ \t]*Redix[ \t]*,|\bStorage\.Redis\b"
        ),
    ),
    # Rust: the redis crate's client, commands or connections named in code
    # (`web::Data<redis::Client>`, `redis::Cmd::hget(…)`, `use redis::AsyncCommands`), or a
    # pool of them; the crate in Cargo.toml only declares it.
    "rust": (
        (".rs",),
        re.compile(
            r"\bredis::(?:Client|Cmd|cmd|pipe|Pipeline|aio|Commands|AsyncCommands|Connection)\b"
            r"|\b(?:deadpool_redis|bb8_redis)::"
        ),
    ),
    # Ruby: redis-rb's client (or its cluster client) constructed, or async-redis's client over
    # an endpoint (`Async::Redis::Client.new(endpoint)`); the gem in the Gemfile only declares
    # it, and Sidekiq's or Rack's sessions' settings name a URL without constructing a client.
    # A comment naming the constructor (`# options for Redis.new`) opens nothing.
    "ruby": (
        (".rb",),
        re.compile(
            r"^(?![ \t]*#)[^\n#]*?(?:\bRedis(?:::Cluster)?\.new\b"
            r"|\bAsync::Redis::(?:Client|SentinelClient|ClusterClient)\.new\b)",
            re.MULTILINE,
        ),
    ),
    "go": (
        (".go",),
        re.compile(r'"github\.com/(?:redis/go-redis|go-redis/redis|gomodule/redigo)[/"]'),
    ),
    # JVM: Redisson's, Jedis's or Lettuce's client, or Spring Data Redis's templates, imported
    # by a class of the service (a pseudonym store calling `RedissonClient.getMap`); Spring's
    # connection factory or cache manager alone (`data.redis.connection`, `.cache`) is
    # configuration of a cache, not a client the code calls.
    "jvm": (
        (".java", ".kt", ".scala", ".groovy"),
        re.compile(
            r"^[ \t]*import[ \t]+(?:org\.redisson\.|redis\.clients\.jedis\.|io\.lettuce\.core\."
            r"|org\.springframework\.data\.redis\.core\.)",
            re.MULTILINE,
        ),
    ),
    # Scala (an sbt build): the same Java clients, imported by the service's own classes (an
    # Akka HTTP service's DAOs over `JedisPooled`), or Scala's own (rediscala, scala-redis).
    "scala": (
        (".scala", ".java"),
        re.compile(
            r"^[ \t]*import[ \t]+(?:org\.redisson\.|redis\.clients\.jedis\.|io\.lettuce\.core\."
            r"|redis\.(?:RedisClient|RedisCluster)\b|com\.redis\.RedisClient\b)",
            re.MULTILINE,
        ),
    ),
    # Erlang: eredis's or redo's client started (`redo:start_link(undefined, Opts)`); the
    # dependency in rebar.config only declares it.
    "erlang": ((".erl",), re.compile(r"\b(?:eredis|redo):start_link[ \t]*\(")),
    # Perl: the Redis distribution's client, loaded and constructed (`Redis->new`).
    "perl": ((".pm", ".pl"), re.compile(r"\bRedis->new\b")),
}
"""Language → (code file endings, what opening a Redis client looks like in its code)."""

_CONSTRUCTED: dict[str, re.Pattern[str]] = {
    # Node: the client constructed (`new Redis(url)`, `new IORedis(…)`, `new Redis.Cluster(…)`,
    # node-redis' `createClient(…)`). A module importing ioredis only for its type (`connection:
    # Redis`, a BullMQ queue's connection handed in from a shared data source) opens nothing.
    "node": re.compile(
        r"\bnew[ \t]+(?:IO|io)?Redis(?:\.Cluster)?[ \t]*\(|\bnew[ \t]+Cluster[ \t]*\("
        r"|\bcreate(?:Client|Cluster)[ \t]*\("
    ),
}
"""Language → what constructing the client looks like, where the file opening a client must
also construct it (an import alone may bring a type)."""

_CHANNELS = {
    "node": frozenset(
        {
            "@hocuspocus/extension-redis",
            "@socket.io/redis-adapter",
            "@socket.io/redis-streams-adapter",
            "socket.io-redis",
            "graphql-redis-subscriptions",
            "y-redis",
            "@y/redis",
        }
    ),
}
"""Language → packages relaying a real-time server's messages between its instances over Redis
pub/sub (a collaboration server's Redis extension, Socket.IO's Redis adapter): a service that
depends on one opens its client for that channel, and keeps no data there."""

_SPRING_CACHE = re.compile(
    r"^[ \t]*import[ \t]+org\.springframework\.data\.redis\.cache\.RedisCacheManager\b",
    re.MULTILINE,
)
"""A Spring class building Redis's cache manager (`RedisCacheManager.builder(factory)`): the
configuration of Spring's cache, whose Lettuce or Jedis imports only set up the connection the
cache runs on (`RedisURI.create(url)` read into a `RedisStandaloneConfiguration`). The class
opens no store; a class of the service writing through a template still does."""

_DATA_KINDS = frozenset({FindingKind.DATABASE, FindingKind.ORM, FindingKind.QUERY})

MAX_FILES = 300
"""Code files read per service at most: the services keeping data in Redis open their client
within the first few dozen files of the walk; a service with a Redis cache and no client of
its own would otherwise have its whole tree read again after the source scan."""


def name_store(top: str, units: dict[str, Unit]) -> None:
    """Give Redis as the database engine to each service that names no other and whose code,
    outside its tests, opens a Redis client."""
    for unit in units.values():
        signals = [s for found in unit.signals.values() for s in found]
        if (
            not any(s.kind is FindingKind.CACHE and s.name == "Redis" for s in signals)
            or not any(s.kind is FindingKind.FRAMEWORK for s in signals)
            # A database only a dependency needs (a Go module's `// indirect` line) or only
            # the tests use is no store the service chose: it does not name another.
            or any(
                s.kind in _DATA_KINDS and s.strength is not Strength.DEV and not _aside(s)
                for s in signals
            )
        ):
            continue
        for language, found in unit.signals.items():
            client = _CLIENTS.get(language)
            if client is None or not any(s.kind is FindingKind.FRAMEWORK for s in found):
                continue
            if _relays(top, unit.folder, _CHANNELS.get(language, frozenset())):
                continue
            evidence = _opened(
                top, unit.folder, *client, _CONSTRUCTED.get(language), language == "jvm"
            )
            if evidence is not None and (
                _expiring_only(top, evidence.path, language)
                or (
                    language == "node"
                    and (
                        keyed_caches.cache_only(top, unit.folder, evidence.path)
                        or handed_redis.expiring_only(top, unit.folder, evidence.path)
                        or cache_handed_redis.cache_only(top, evidence.path)
                    )
                )
            ):
                unit.expiring_cache = True  # a cache the code fills, no data of its own
                break
            if evidence is not None:
                found.append(Signal(FindingKind.DATABASE, "Redis", Strength.ENTRY, evidence))
                break


def _aside(signal: Signal) -> bool:
    """Whether a database signal comes only from a development Compose file
    (`docker-compose-development.yml`: the other services of the product a developer starts
    beside this one, a registry's PostgreSQL among them): a store of those services, not one
    the service itself names."""
    return (
        signal.kind is FindingKind.DATABASE
        and signal.evidence.path.rpartition("/")[2].startswith(("docker-compose", "compose."))
        and signal_scope(signal) >= Scope.FALLBACK
    )


_NODE_CLIENT = re.compile(r"\b(\w+)[ \t]*=[ \t]*new[ \t]+(?:IO|io)?Redis\b")
"""A Node Redis client constructed into a name (`redis = new Redis(options)`)."""

_NODE_WRITES = (
    "set|setex|psetex|setnx|mset|msetnx|getset|append|incr|incrby|decr|decrby|hset|hmset|hsetnx"
    "|hincrby|lpush|rpush|lset|linsert|sadd|smove|zadd|zincrby|xadd|rename|copy"
)
_EXPIRY_OPTION = re.compile(r"""["'](?:EX|PX|EXAT|PXAT)["']|\b(?:EX|PX|EXAT|PXAT)[ \t]*:""")
"""An expiry given to `set` (ioredis' `"EX", 1440`, node-redis' `{ EX: 1440 }`)."""

_TTL_NAME = re.compile(r"(?i)(?:ttl|expir\w*|seconds|duration)\Z")
"""The name of a variable or field holding an entry's lifetime (`expiration.ttl`, `ttlSeconds`)."""


def _expiring_only(top: str, path: str, language: str) -> bool:
    """Whether the Node file opening the client writes to it, and every write it makes
    through the client's name expires (`redis.set(key, value, "EX", 1440)`, `setex`): a
    cache of short-lived entries (a request parked for the minutes a payment takes), not a
    store of the service's data. Other languages, and a file writing nothing through the
    name (its writes elsewhere, unseen), are left as they are."""
    if language != "node":
        return False
    text = read_text(top, path)[0] or ""
    names = {m.group(1) for m in _NODE_CLIENT.finditer(text)}
    if not names:
        return False
    calls = re.compile(
        rf"\b(?:{'|'.join(map(re.escape, sorted(names)))})[ \t]*\??\.[ \t]*({_NODE_WRITES})"
        r"[ \t]*\(([^;\n]*)"
    )
    writes = [(m.group(1), m.group(2)) for m in calls.finditer(text)]
    return bool(writes) and all(
        command in ("setex", "psetex")
        or (
            command == "set"
            and (_EXPIRY_OPTION.search(arguments) is not None or _ttl_passed(arguments))
        )
        for command, arguments in writes
    )


def _ttl_passed(arguments: str) -> bool:
    """Whether a `set` passes, after its key and value, an expiry mode and a lifetime both held
    in names (`redis.set(key, value, expiration.mode, expiration.ttl)` in a wrapper taking an
    expiry setting, whose mode a constant spells `'EX'`): ioredis's four-argument form, whose
    last argument is the lifetime. A string there (`"KEEPTTL"`, `"NX"`) is a flag, no expiry."""
    parts, depth, start = [], 0, 0
    for index, char in enumerate(arguments):
        if char in "([{":
            depth += 1
        elif char in ")]}":
            if depth == 0:  # the call's own closing parenthesis
                arguments = arguments[:index]
                break
            depth -= 1
        elif char == "," and depth == 0:
            parts.append(arguments[start:index])
            start = index + 1
    parts.append(arguments[start:])
    parts = [part.strip() for part in parts if part.strip()]
    if len(parts) != 4:
        return False
    last = re.fullmatch(r"[A-Za-z_$][\w$]*(?:\??\.[A-Za-z_$][\w$]*)*", parts[3])
    return last is not None and _TTL_NAME.search(parts[3]) is not None


def _relays(top: str, folder: str, channels: frozenset[str]) -> bool:
    """Whether the package manifest of `folder` depends on a Redis pub/sub relay
    (`_CHANNELS`)."""
    if not channels:
        return False
    manifest = node_imports.package_json(top, folder)
    if manifest is None:
        return False
    return any(
        isinstance(deps := manifest.get(key), dict) and bool(channels & set(deps))
        for key in ("dependencies", "optionalDependencies")
    )


def _opened(
    top: str,
    folder: str,
    endings: tuple[str, ...],
    pattern: re.Pattern[str],
    constructed: re.Pattern[str] | None = None,
    spring: bool = False,
) -> Evidence | None:
    """Where the code of `folder`, outside its tests, first opens a Redis client (None when
    none does, or past the budget): a file importing the client that also constructs it,
    where `constructed` says what that looks like. In Spring code (`spring`), a class switched
    on only when a setting the service leaves unset chooses Redis opens none
    (`optional_redis`)."""
    for path in node_imports.program_files(top, folder, MAX_FILES, endings=endings):
        if path is None:
            return None
        text = read_text(top, path)[0] or ""
        match = pattern.search(text)
        if match and (constructed is None or constructed.search(text)):
            if spring and (
                optional_redis.optional(top, folder, text) or _SPRING_CACHE.search(text)
            ):
                continue
            line = text.count("\n", 0, match.start()) + 1
            return Evidence(path=path, line=line, text=match.group(0).strip())
    return None
