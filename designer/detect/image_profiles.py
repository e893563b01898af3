"""Spring: the datasource of the profiles an application's own image activates.

A Spring Boot API may keep an in-memory database as its base configuration's datasource
(`spring.datasource.url=jdbc:h2:mem:app;MODE=PostgreSQL`, so a developer runs it with no
server) while the image it ships in starts it on other profiles (`ENV
SPRING_PROFILES_ACTIVE="docker,psql"` in `Dockerfile-api`), one of which points the datasource
at the real server, often through a property the base file defines
(`spring.datasource.url=${psql.url}`, `psql.url=jdbc:postgresql_postGIS://${psql.host}/…`).
The image is how the application is deployed: the engine of the activated profile's datasource
is its production engine, and the base file's in-memory database a development fallback.

So, per unit, the final stage of each Dockerfile of its folder (`Dockerfile`, `Dockerfile-*`,
`Dockerfile.*`) is read for `ENV SPRING_PROFILES_ACTIVE`; for each profile named there whose
file lies beside a base configuration, the profile's `spring.datasource.url` (a `${key}`
placeholder resolved through the base file and the other activated profiles' files) names the
engine (`Scope.PRODUCTION`, the resolved line its evidence), and the in-memory URLs of that
base file are demoted to `Scope.FALLBACK`. An image that activates no profile, or a profile
with no datasource URL the files resolve, changes nothing. Properties files only.
"""

from __future__ import annotations

import posixpath
import re

from designer.detect.assemble import CONFIG, Unit
from designer.detect.engines import engine_of_jdbc
from designer.detect.signals import LazyPattern, Scope, Signal, Strength
from designer.model.stack import Evidence, FindingKind

_FROM = LazyPattern(r"^[ \t]*FROM[ \t]+", re.MULTILINE | re.IGNORECASE)
_ACTIVE = LazyPattern(
    r"^[ \t]*ENV[ \t]+(?:[^\n]*[ \t])?SPRING_PROFILES_ACTIVE[ \t]*[= \t][ \t]*"
    r"[\"']?([\w.,-]+)[\"']?",
    re.MULTILINE,
)
"""`ENV SPRING_PROFILES_ACTIVE="docker,psql"` (or `ENV SPRING_PROFILES_ACTIVE docker`)."""

_PROPERTIES = LazyPattern(r"application(?:-([\w.-]+))?\.properties")
_URL_KEY = "spring.datasource.url"
_PLACEHOLDER = LazyPattern(r"^\$\{([\w.-]+)\}$")
"""A whole value that is another property (`${psql.url}`), with no default."""

_MEMORY_URL = LazyPattern(r"\bjdbc:(?:h2:mem|hsqldb:mem|derby:memory):", re.IGNORECASE)


def mark(units: dict[str, Unit], files: list[tuple[str, str, str]]) -> None:
    """Give each unit whose image activates Spring profiles the engine of their datasource,
    demoting its base configuration's in-memory database to a fallback."""
    active: dict[str, list[str]] = {}
    configs: dict[str, dict[str, dict[str, tuple[str, str, str]]]] = {}
    for path, owner, text in files:
        name = posixpath.basename(path)
        if name == "Dockerfile" or name.startswith(("Dockerfile-", "Dockerfile.")):
            active.setdefault(owner, []).extend(_activated(text))
        elif match := _PROPERTIES.fullmatch(name):
            folder = configs.setdefault(owner, {}).setdefault(posixpath.dirname(path), {})
            folder[match.group(1) or ""] = (path, owner, text)
    for owner, profiles in active.items():
        unit = units.get(owner)
        if unit is None or not profiles:
            continue
        for folder in configs.get(owner, {}).values():
            base = folder.get("")
            chosen = [folder[p] for p in profiles if p in folder]
            if base is None or not chosen:
                continue
            found = _engine(base, chosen)
            if found is None:
                continue
            engine, evidence = found
            _demote_memory(unit, base[0])
            unit.signals[CONFIG].append(
                Signal(
                    FindingKind.DATABASE,
                    engine,
                    Strength.ENTRY,
                    evidence,
                    scope=Scope.PRODUCTION,
                )
            )


def _activated(text: str) -> list[str]:
    """The profiles the final stage of a Dockerfile activates through its environment."""
    stages = list(_FROM.finditer(text))
    start = stages[-1].end() if stages else 0
    return [
        profile.strip()
        for match in _ACTIVE.finditer(text, start)
        for profile in match.group(1).split(",")
        if profile.strip()
    ]


def _values(path: str, text: str) -> dict[str, tuple[str, Evidence]]:
    """`key=value` of a properties file → (value, the line's evidence); comments skipped."""
    found: dict[str, tuple[str, Evidence]] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if not stripped or stripped.startswith(("#", "!")) or "=" not in stripped:
            continue
        key, _, value = stripped.partition("=")
        found[key.strip()] = (value.strip(), Evidence(path=path, line=number, text=stripped))
    return found


def _engine(
    base: tuple[str, str, str], chosen: list[tuple[str, str, str]]
) -> tuple[str, Evidence] | None:
    """The engine of the datasource URL the activated profiles set (the last one setting it
    wins, as in Spring), resolved through the properties of the base file and those profiles."""
    known = _values(base[0], base[2])
    url: tuple[str, Evidence] | None = None
    for path, _, text in chosen:
        values = _values(path, text)
        known |= values
        url = values.get(_URL_KEY, url)
    for _ in range(3):  # a placeholder of a placeholder, at most this deep
        if url is None:
            return None
        placeholder = _PLACEHOLDER.match(url[0])
        if placeholder is None:
            break
        url = known.get(placeholder.group(1))
    if url is None:
        return None
    engine = engine_of_jdbc(url[0])
    return (engine, url[1]) if engine else None


def _demote_memory(unit: Unit, path: str) -> None:
    """Make the in-memory database signals of a base configuration file a fallback."""
    for eco, signals in unit.signals.items():
        unit.signals[eco] = [
            s.replace(scope=Scope.FALLBACK)
            if s.kind is FindingKind.DATABASE
            and s.evidence.path == path
            and _MEMORY_URL.search(s.evidence.text)
            else s
            for s in signals
        ]
