"""Node: a Redis client whose every write goes to a cache key, filled by other modules.

A server-rendered front often opens a Redis client in a module of its own (`redis.ts`:
`createClient({ url })`, exported) and fills it elsewhere with what it loads from the
product's API or CMS, under keys its code names as a cache's (`redis.set(cacheKey, …)`,
`await redis.set(cacheKeyWithLocale, JSON.stringify({ data, cachedAt }))`), expiring the
entries by a timestamp it stores beside them rather than by Redis' own expiry. Such a program
keeps no data of its own in Redis: it is a cache (`redis_only` leaves Redis a cache, as it
does for entries written with an expiry). So where the file opening the client writes nothing
through it, the files of the package importing that file are read; when some write through
the imported name and the key of every write (its first argument) names a cache, the client
is a cache. A write under any other key, or none seen, and Redis stays what `redis_only`
says. A package too large to read within the budget is left as it is.
"""

from __future__ import annotations

import posixpath
import re

from designer.detect import node_imports
from designer.detect.walker import read_text

MAX_FILES = 300
"""Code files read per package at most."""

_WRITES = (
    "set|setex|psetex|setnx|mset|msetnx|getset|append|incr|incrby|decr|decrby|hset|hmset|hsetnx"
    "|hincrby|lpush|rpush|lset|linsert|sadd|smove|zadd|zincrby|xadd|rename|copy|json\\.set"
)
"""The commands that store something (node-redis' and ioredis' method names)."""

_EXPORTED = re.compile(r"\bexport[ \t]+(?:const|let|var)[ \t]+(\w+)[ \t]*=")
"""A name the opening module exports (`export const redis = globalThis.redis`)."""

_IMPORT = re.compile(
    r"""^[ \t]*import[ \t]+\{([^}]*)\}[ \t]*from[ \t]*["'](\.{1,2}/[^"']+)["']""", re.MULTILINE
)
"""Names imported from a relative module (`import { redis } from "./redis"`)."""

_CACHE_KEY = re.compile(r"cache", re.IGNORECASE)
"""A key named as a cache's (`cacheKey`, `CACHE_PREFIX + id`, `` `cache:${id}` ``)."""


def cache_only(top: str, folder: str, opener: str) -> bool:
    """Whether the Redis client the Node file `opener` (relative to `top`) opens and exports
    is written, by the files of the package at `folder` importing it, only under keys named
    as a cache's; False when the opener writes through a name itself, when no write is seen,
    or past the budget."""
    text = read_text(top, opener)[0] or ""
    exported = set(_EXPORTED.findall(text))
    if not exported or _writes(text, exported):
        return False
    stem = opener.rsplit(".", 1)[0]
    keys: list[str] = []
    for path in node_imports.program_files(top, folder, MAX_FILES):
        if path is None:
            return False
        if path == opener:
            continue
        source = read_text(top, path)[0] or ""
        names: set[str] = set()
        for imported, target in _IMPORT.findall(source):
            resolved = posixpath.normpath(posixpath.join(posixpath.dirname(path), target))
            if not _same_module(resolved, stem):
                continue
            for item in imported.split(","):
                original, _, local = item.strip().partition(" as ")
                if original.strip() in exported:
                    names.add((local or original).strip())
        if names:
            keys += _writes(source, names)
    return bool(keys) and all(_CACHE_KEY.search(key) for key in keys)


def _same_module(resolved: str, stem: str) -> bool:
    """Whether an import's resolved path names the module at `stem` (with or without its
    ending: `./redis`, `./redis.js`, `./redis.ts`)."""
    return resolved == stem or resolved.rsplit(".", 1)[0] == stem


def _writes(text: str, names: set[str]) -> list[str]:
    """The first argument (the key) of each write made through one of `names`."""
    if not names:
        return []
    calls = re.compile(
        rf"\b(?:{'|'.join(map(re.escape, sorted(names)))})[ \t]*\??\.[ \t]*(?:{_WRITES})"
        r"[ \t]*\([ \t\n]*([^,;)\n]*)"
    )
    return [m.group(1) for m in calls.finditer(text)]
