"""Node: a Redis client a connection factory hands out, written by its importers with expiries.

A service may open Redis in a module that only builds the connection (`createRedisConnection`:
`redis = new Redis.Cluster(…)`, returned behind an accessor, `getRedis()`) and write through it
in the modules that import the factory: `const redis = connection.getRedis(); await
redis.set(key, str, "EX", seconds)`, or a rate limit's `redis.incr(key)` whose key the same
module gives an expiry (`redis.expire(key, seconds)`). When every write those modules make
through a name taken from such an accessor expires, the client is a cache of short-lived
entries, as `redis_only` already says of an opening module writing so itself. A write without
expiry, or none seen, and Redis stays what `redis_only` says; a package too large to read
within the budget is left as it is.
"""

from __future__ import annotations

import posixpath
import re

from designer.detect import node_imports
from designer.detect.walker import read_text

MAX_FILES = 1000
"""Code files read per package at most: only asked of a package whose opening module writes
nothing itself and exports a factory, so the modules writing through it may be anywhere in a
gateway of several hundred data-source modules; all are read, so none writes unseen."""

_WRITES = (
    "set|setex|psetex|setnx|mset|msetnx|getset|append|incr|incrby|decr|decrby|hset|hmset|hsetnx"
    "|hincrby|lpush|rpush|lset|linsert|sadd|smove|zadd|zincrby|xadd|rename|copy"
)
"""The commands that store something (node-redis' and ioredis' method names)."""

_COUNTERS = frozenset({"incr", "incrby", "decr", "decrby", "hincrby"})
"""Counting commands: a counter expires when its module sets the key's expiry."""

_ANY_WRITE = re.compile(rf"\.[ \t]*(?:{_WRITES})[ \t]*\(")
"""A write through any name: an opening module making one is not a mere factory."""

_EXPORTED = re.compile(
    r"\bexport[ \t]+(?:async[ \t]+)?(?:function\*?|const|let|var)[ \t]+(\w+)"
)
"""A name the opening module exports (`export function createRedisConnection(…)`)."""

_IMPORT = re.compile(
    r"""^[ \t]*import[ \t]+\{([^}]*)\}[ \t]*from[ \t]*["'](\.{1,2}(?:/[^"']*)?)["']""",
    re.MULTILINE,
)
"""Names imported from a relative module (`import { createRedisConnection } from "./index"`)."""

_HANDED = re.compile(
    r"\b(\w+)[ \t]*=[ \t]*(?:await[ \t]+)?[\w.$]+\.get\w*(?:Redis|Client)\w*[ \t]*\([ \t]*\)"
)
"""A client taken from the factory's accessor (`const redis = connection.getRedis()`)."""

_EXPIRY_OPTION = re.compile(r"""["'](?:EX|PX|EXAT|PXAT)["']|\b(?:EX|PX|EXAT|PXAT)[ \t]*:""")
"""An expiry given to `set` (ioredis' `"EX", 1440`, node-redis' `{ EX: 1440 }`)."""


def expiring_only(top: str, folder: str, opener: str) -> bool:
    """Whether the Redis client the Node file `opener` (relative to `top`) constructs and
    hands out through an exported factory is written, by the modules of the package at
    `folder` importing that factory, only with an expiry; False when the opener writes
    itself, when no write is seen, or past the budget."""
    text = read_text(top, opener)[0] or ""
    exported = set(_EXPORTED.findall(text))
    if not exported or _ANY_WRITE.search(text):
        return False
    stem = opener.rsplit(".", 1)[0]
    writes: list[bool] = []
    for path in node_imports.program_files(top, folder, MAX_FILES):
        if path is None:
            return False
        if path == opener:
            continue
        source = read_text(top, path)[0] or ""
        if not _imports(source, path, stem, exported):
            continue
        writes += _expiring(source, set(_HANDED.findall(source)))
    return bool(writes) and all(writes)


def _imports(source: str, path: str, stem: str, exported: set[str]) -> bool:
    """Whether `source` (at `path`) imports one of `exported` from the module at `stem`."""
    for imported, target in _IMPORT.findall(source):
        resolved = posixpath.normpath(posixpath.join(posixpath.dirname(path), target))
        same = resolved in (stem, stem.rsplit(".", 1)[0]) or (
            stem.endswith("/index") and resolved == stem[: -len("/index")]
        )
        names = {item.strip().partition(" as ")[0].strip() for item in imported.split(",")}
        if same and names & exported:
            return True
    return False


def _expiring(source: str, names: set[str]) -> list[bool]:
    """For each write made through one of `names`, whether it expires: `set` with an expiry
    option, `setex`, or a counter whose module sets an expiry through the same name."""
    if not names:
        return []
    alias = "|".join(map(re.escape, sorted(names)))
    calls = re.compile(rf"\b(?:{alias})[ \t]*\??\.[ \t]*({_WRITES})[ \t]*\(([^;\n]*)")
    expires = re.search(rf"\b(?:{alias})[ \t]*\??\.[ \t]*p?expire(?:at)?[ \t]*\(", source)
    return [
        command in ("setex", "psetex")
        or (command == "set" and _EXPIRY_OPTION.search(arguments) is not None)
        or (command in _COUNTERS and expires is not None)
        for command, arguments in ((m.group(1), m.group(2)) for m in calls.finditer(source))
    ]
