"""A Spring class opening Redis only when a setting chooses Redis among other stores.

A service may keep a cache (of converted files, of tokens) behind one interface with a class per
store, each switched on by the same setting: `@ConditionalOnExpression("'${cache.type:default}'
.equals('redis')")` on the Redis one, `.equals('jdk')` on an in-memory one. The Redis client
those classes open is an option the operator turns on, not the store the service runs on as
shipped: unless the service's own Spring settings set that key to Redis (`cache.type=redis`,
or an environment lookup defaulting to it), or the condition matches when the key is unset,
such a file opens no Redis of the service's (`redis_only`).

The same holds for a class switched on by a flag (`@ConditionalOnProperty(value =
"x.reporting.redis.enabled", havingValue = "true")`, a test-run counter kept in Redis) that the
service's own settings turn off (`enabled: ${X_REDIS_ENABLED:false}`) and none turns on: the
program's explicit default leaves that Redis closed.

Its counterpart on the relational side (`drop_switched_off`): a configuration class scanning
MyBatis's mappers only when a store setting names another store (`@ConditionalOnProperty(prefix =
"offline.store", name = "mode", havingValue = "mysql")` while application.yaml sets `mode: redis`)
is the opt-in store of an operator, not the data layer of the service as shipped: the data
signals read from that class are dropped.
"""

from __future__ import annotations

import re

from designer.detect.assemble import Unit
from designer.detect.codewalk import code_files
from designer.detect.walker import PRUNED, read_text
from designer.model.stack import FindingKind

_EXPRESSION = re.compile(
    r"""@ConditionalOnExpression\(\s*"[^"\n]*\$\{([\w.-]+)(?::([^}"\n]*))?\}[^"\n]*"""
    r"""\.equals\(\s*\\?['"]redis\\?['"]\s*\)"""
)
"""A SpEL condition comparing a setting (and its default) with `redis`."""

_PROPERTY = re.compile(r"@ConditionalOnProperty\(([^)]*)\)", re.DOTALL)
_HAVING_REDIS = re.compile(r"""\bhavingValue\s*=\s*"redis"\s*""", re.IGNORECASE)
_HAVING_TRUE = re.compile(r"""\bhavingValue\s*=\s*"true"\s*""", re.IGNORECASE)
_HAVING = re.compile(r"""\bhavingValue\s*=\s*"([\w.-]+)"\s*""")
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
    switches: list[str] = []
    for match in _EXPRESSION.finditer(text):
        if (match.group(2) or "").strip().lower() == "redis":
            return False
        keys.append(match.group(1))
    for match in _PROPERTY.finditer(text):
        arguments = match.group(1)
        redis = _HAVING_REDIS.search(arguments) is not None
        if not redis and not _HAVING_TRUE.search(arguments):
            continue
        name = _NAME.search(arguments)
        if _MATCH_MISSING.search(arguments) or name is None:
            if redis:
                return False
            continue  # a flag on when unset, or unread: it may well be on
        prefix = _PREFIX.search(arguments)
        key = f"{prefix.group(1)}.{name.group(1)}" if prefix else name.group(1)
        (keys if redis else switches).append(key)
    if keys and not any(_chosen(top, folder, key) for key in keys):
        return True
    # Every condition must hold: one flag the settings turn off keeps the class off.
    return any(_switched_off(top, folder, key) for key in switches)


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


_SPRING_SETTINGS = (".properties", ".yml", ".yaml")
_YAML_KEY = re.compile(r"^( *)([\w.\[\]-]+)[ \t]*:(?:[ \t]+(.*?))?[ \t]*$")
_LOOKUP = re.compile(r"^\$\{[\w.-]+:([^}]*)\}$")
"""An environment lookup with its default (`${X_REDIS_ENABLED:false}`)."""


def _switched_off(top: str, folder: str, key: str) -> bool:
    """Whether a settings file of the service (`application.yml`, its profiles' files) sets the
    flag `key` to false, or to a lookup defaulting to false, and none sets it to anything else:
    the program's own default is off, and no profile of it turns the flag on."""
    values = _settings_values(top, folder, key)
    # Too many files to read (None): leave the class as it looks.
    return bool(values) and all(value.lower() == "false" for value in values or ())


def _values(text: str, key: str, properties: bool) -> list[str]:
    """The values `text` gives `key` (Spring's relaxed names: case and dashes aside), each
    lookup replaced by its default, quotes taken off."""
    wanted = _relaxed(key)
    found: list[str] = []
    if properties:
        for line in text.splitlines():
            name, sep, value = line.partition("=") if "=" in line else line.partition(":")
            if sep and not line.lstrip().startswith(("#", "!")) and _relaxed(name) == wanted:
                found.append(_plain(value))
        return found
    path: list[tuple[int, str]] = []  # (indent, key) of the block each line is in
    for line in text.splitlines():
        if line.startswith("---"):
            path = []
            continue
        match = _YAML_KEY.match(line)
        if match is None or line.lstrip().startswith("#"):
            continue
        indent = len(match.group(1))
        path = [(i, k) for i, k in path if i < indent] + [(indent, match.group(2))]
        value = (match.group(3) or "").split(" #", 1)[0]
        if value and _relaxed(".".join(k for _, k in path)) == wanted:
            found.append(_plain(value))
    return found


def _relaxed(key: str) -> str:
    """`key` as Spring's relaxed binding compares it: dashes and case aside."""
    return key.strip().replace("-", "").lower()


def _plain(value: str) -> str:
    """A settings value without quotes, an environment lookup replaced by its default."""
    value = value.strip().strip("\"'")
    lookup = _LOOKUP.match(value)
    return lookup.group(1).strip().strip("\"'") if lookup else value


_JVM_CODE = (".java", ".kt", ".groovy", ".scala")
_LAYERS = frozenset({FindingKind.ORM, FindingKind.QUERY, FindingKind.DATABASE})


def drop_switched_off(top: str, units: dict[str, Unit]) -> None:
    """Drop from each JVM unit the data layer and engine signals read from a class of its own
    switched on only when a setting has a value the service's settings give it nowhere
    (`chosen_otherwise`)."""
    for unit in units.values():
        signals = unit.signals.get("jvm", [])
        off: dict[str, bool] = {}
        for signal in signals:
            path = signal.evidence.path
            if signal.kind in _LAYERS and path.endswith(_JVM_CODE) and path not in off:
                off[path] = chosen_otherwise(top, unit.folder, read_text(top, path)[0] or "")
        if any(off.values()):
            unit.signals["jvm"] = [
                s for s in signals if not (s.kind in _LAYERS and off.get(s.evidence.path))
            ]


def chosen_otherwise(top: str, folder: str, text: str) -> bool:
    """Whether the JVM class `text` of the service in `folder` is switched on only when a setting
    has a value (`@ConditionalOnProperty(prefix = "offline.store", name = "mode", havingValue =
    "mysql")`, not on when unset) that the service's settings never give it while they give it
    another (`mode: redis`, or a lookup defaulting to it)."""
    for match in _PROPERTY.finditer(text):
        arguments = match.group(1)
        having = _HAVING.search(arguments)
        name = _NAME.search(arguments)
        if having is None or name is None or _MATCH_MISSING.search(arguments):
            continue
        prefix = _PREFIX.search(arguments)
        key = f"{prefix.group(1)}.{name.group(1)}" if prefix else name.group(1)
        values = _settings_values(top, folder, key)
        if (
            values
            and not any("${" in value for value in values)
            and all(value.lower() != having.group(1).lower() for value in values)
        ):
            return True
    return False


def _settings_values(top: str, folder: str, key: str) -> list[str] | None:
    """The values the service's settings files (`application.yml`, its profiles') give `key`
    (None past the budget)."""
    values: list[str] = []
    for path in code_files(
        top,
        folder,
        _SPRING_SETTINGS,
        MAX_FILES,
        skip_dir=lambda name: name in PRUNED or name == "test",
        skip_file=lambda name: not name.startswith("application"),
    ):
        if path is None:
            return None
        text = read_text(top, path)[0] or ""
        values += _values(text, key, path.endswith(".properties"))
    return values
