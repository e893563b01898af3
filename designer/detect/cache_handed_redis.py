"""Node: a Redis client the opening module only hands to a cache library's store.

A client of a remote API may cache its answers in Redis through a caching wrapper that takes
a store built over the client (`withCache(hafas, redisStore(redis))`, the store imported from
`cached-…/stores/redis.js`): the module opening the client (`const redis = new
Redis(process.env.REDIS_URL)`) writes nothing through it, only passes it on to the cache and,
at most, pings it for a health check. Such a service keeps no data of its own in Redis: it is
a cache, as `redis_only` already says of a client whose every write expires. Where the
opening module uses the client's name in any other way (a command, a hand-off to anything not
named a cache), Redis stays what `redis_only` says.
"""

from __future__ import annotations

import re

from designer.detect.walker import read_text

_CLIENT = re.compile(r"\b(\w+)[ \t]*=[ \t]*new[ \t]+(?:IO|io)?Redis\b")
"""A client constructed into a name (`const redis = new Redis(url)`)."""

_QUIET = frozenset({"ping", "quit", "disconnect", "on", "once", "status", "connect"})
"""What a module may do with the client besides handing it on: watch or check the
connection, which stores nothing."""

_IMPORTS = re.compile(
    r"""^[ \t]*import[ \t]+(?:(\w+)[ \t]*,?[ \t]*)?(?:\{([^}]*)\})?[ \t]*"""
    r"""from[ \t]*["']([^"']+)["']""",
    re.MULTILINE,
)
"""An ES import: the default name, the braced names, the module."""

_CACHE = re.compile(r"cache", re.IGNORECASE)


def cache_only(top: str, opener: str) -> bool:
    """Whether the Node file `opener` (relative to `top`) constructs a Redis client and only
    hands it, as an argument, to calls naming a cache (the call's own line, or the module the
    callee is imported from), besides checking its connection."""
    text = read_text(top, opener)[0] or ""
    names = set(_CLIENT.findall(text))
    if not names:
        return False
    cached = _cache_imports(text)
    handed = False
    for name in names:
        # Not inside a module path or a word (`'…/stores/redis.js'`, `redisStore`).
        for use in re.finditer(rf"(?<![\w$./'\"`-]){re.escape(name)}(?![\w$'\"`/-])", text):
            after = text[use.end() : use.end() + 40]
            line_start = text.rfind("\n", 0, use.start()) + 1
            line_end = text.find("\n", use.end())
            line = text[line_start : line_end if line_end >= 0 else len(text)]
            before = text[line_start : use.start()]
            if re.match(r"[ \t]*=[ \t]*new\b", after):
                continue  # the construction
            member = re.match(r"[ \t]*\??\.[ \t]*(\w+)", after)
            if member is not None and member.group(1) in _QUIET:
                continue
            callee = re.search(r"([\w$]+)[ \t]*\([^()]*$", before)
            if (
                member is None
                and callee is not None
                and re.match(r"[ \t]*[,)]", after)
                and (_CACHE.search(line) or callee.group(1) in cached)
            ):
                handed = True
                continue
            return False
    return handed


def _cache_imports(text: str) -> set[str]:
    """The names imported from modules whose specifier names a cache."""
    found: set[str] = set()
    for default, braced, module in _IMPORTS.findall(text):
        if not _CACHE.search(module):
            continue
        if default:
            found.add(default)
        for item in (braced or "").split(","):
            local = item.strip().split(" as ")[-1].strip()
            if local:
                found.add(local)
    return found
