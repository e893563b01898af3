"""A Spring class opening Redis only when a setting chooses Redis among other stores.

A service may keep a cache (of converted files, of tokens) behind one interface with a class per
store, each switched on by the same setting: `@ConditionalOnExpression("'${cache.type:default}'
.equals('redis')")` on the Redis one, `.equals('jdk')` on an in-memory one. The Redis client
those classes open is an option the operator turns on, not the store the service runs on as
shipped: unless the service's own Spring settings set that key to Redis (`cache.type=redis`,
or an environment lookup defaulting to it), or the condition matches when the key is unset,
such a file opens no Redis of the service's (`redis_only`).
"""

from __future__ import annotations

import re

from designer.detect.codewalk import code_files
from designer.detect.walker import PRUNED, read_text

_EXPRESSION = re.compile(
    r"""@ConditionalOnExpression\(\s*"[^"\n]*\$\{([\w.-]+)(?::([^}"\n]*))?\}[^"\n]*"""
    r"""\.equals\(\s*\\?['"]redis\\?['"]\s*\)"""
)
"""A SpEL condition comparing a setting (and its default) with `redis`."""

_PROPERTY = re.compile(r"@ConditionalOnProperty\(([^)]*)\)", re.DOTALL)
_HAVING_REDIS = re.compile(r"""\bhavingValue\s*=\s*"redis"\s*""", re.IGNORECASE)
_NAME = re.compile(r"""\b(?:name|value)\s*=\s*\{?\s*"([\w.-]+)\"""")
_PREFIX = re.compile(r"""\bprefix\s*=\s*"([\w.-]+)\"""")
_MATCH_MISSING = re.compile(r"\bmatchIfMissing\s*=\s*true\b")

_SETTINGS = ("application.properties", "application.yml", "application.yaml")
"""Spring's base settings, wherever the module keeps them (`src/main/config/` included)."""

MAX_FILES = 50
"""Settings files read per service at most."""


def optional(top: str, folder: str, text: str) -> bool:
    """Whether the JVM class `text` of the service in `folder` is switched on only when a
    setting chooses Redis, which the service's settings do not choose and which is off when
    unset."""
    keys: list[str] = []
    for match in _EXPRESSION.finditer(text):
        if (match.group(2) or "").strip().lower() == "redis":
            return False
        keys.append(match.group(1))
    for match in _PROPERTY.finditer(text):
        arguments = match.group(1)
        if not _HAVING_REDIS.search(arguments):
            continue
        if _MATCH_MISSING.search(arguments):
            return False
        name = _NAME.search(arguments)
        if name is None:
            return False
        prefix = _PREFIX.search(arguments)
        keys.append(f"{prefix.group(1)}.{name.group(1)}" if prefix else name.group(1))
    return bool(keys) and not any(_chosen(top, folder, key) for key in keys)


def _chosen(top: str, folder: str, key: str) -> bool:
    """Whether a base settings file of the service sets `key` to Redis (or to an environment
    lookup defaulting to it); a YAML file is read by the key's last part."""
    flat = re.compile(
        rf"^[ \t]*{re.escape(key)}[ \t]*[=:][ \t]*(?:\$\{{[\w.-]+:)?[\"']?redis\b",
        re.MULTILINE | re.IGNORECASE,
    )
    nested = re.compile(
        rf"^[ \t]*{re.escape(key.rsplit('.', 1)[-1])}[ \t]*:[ \t]*(?:\$\{{[\w.-]+:)?[\"']?redis\b",
        re.MULTILINE | re.IGNORECASE,
    )
    for path in code_files(
        top, folder, _SETTINGS, MAX_FILES, skip_dir=lambda name: name in PRUNED or name == "test"
    ):
        if path is None:
            return True  # too many to read: leave the class as it looks
        text = read_text(top, path)[0] or ""
        if flat.search(text) or (not path.endswith(".properties") and nested.search(text)):
            return True
    return False
