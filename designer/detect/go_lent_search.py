"""The search engine a Go service's own library keeps its data in, run by the repository's
Compose file.

A Go service may call no query library itself: its storage is a library of the product's
(required directly, `shared.RunInit(…)`) that speaks to OpenSearch or Elasticsearch through a
search client, which the service's go.mod lists only as `// indirect` (a fork under the
product's owner, perhaps: `github.com/someone/opensearch-go/v4`). An indirect requirement alone
is something a dependency needs, no choice of the service's; but when the repository's Compose
file runs that very engine's image (`opensearchproject/opensearch:3.2.0`) beside the service,
the engine is the deployment's database, and the library lends the service its data layer
(HELDOUT.md: a data layer a library lends the application is the application's). The Compose
database is then the service's engine, at a Compose file's rank.

Without a Compose file, a second witness serves: the library required directly is named for
that engine (`github.com/acme/dp-elasticsearch/v3`, a wrapper of the product's kept beside its
services), the service's own code imports it, and go.sum holds the client's full `h1:`
checksum (the module's source, which only a build compiling it fetches; a requirement the
build merely resolves leaves its `/go.mod` line alone). The wrapper then lends the service its
engine, at a dependency's rank.

A service whose go.mod names no search client at all, whose code imports a wrapper required
directly and named as a product's wrapper of the engine is (`acme/dp-elasticsearch/v2`: the
engine's word is the last part of its name), speaks the engine's REST API through its own HTTP
client with the wrapper's request signer: the wrapper lends it the engine, at a dependency's
rank.

A graph database's driver lent so (Neo4j's Bolt driver, the Gremlin client of Amazon Neptune,
both `// indirect` under a wrapper such as `github.com/acme/dp-graph/v2` that picks one at run
time) is read the same way: the wrapper is named for the engine or for the kind of store it is
(`graph`), and the driver, compiled, lends the service its engine and its data layer (the
driver's, which a search client has no name for here).

Only a Go service naming no data of its own otherwise (no data layer, driver, engine or
migrations, nor a setting naming one) is given it, and only a Compose file in its folder or
one above it is read; a program already set aside (`no_web`) is left alone.
"""

from __future__ import annotations

import os
import posixpath
import re

from designer.detect.assemble import CONFIG, Unit, shows_own_data
from designer.detect.engines import SEARCH_ENGINES
from designer.detect.signals import Scope, Signal, Strength
from designer.detect.walker import read_text
from designer.model.stack import Evidence, FindingKind

LANGUAGE = "go"

_COMPOSE = ("docker-compose.yml", "docker-compose.yaml", "compose.yml", "compose.yaml")

_IMAGE = re.compile(
    r"""^[ \t]*image:[ \t]*["']?(?:[\w.:-]+/)*(opensearch|elasticsearch)"""
    r"""(?::v?(\d[\w.-]*))?["']?[ \t]*\r?$""",
    re.MULTILINE,
)
"""A Compose service running a search engine's image (`opensearchproject/opensearch:3.2.0`,
`docker.elastic.co/elasticsearch/elasticsearch:8.15.0`)."""

_ENGINES = {"opensearch": "OpenSearch", "elasticsearch": "Elasticsearch"}

GRAPH_ENGINES = frozenset({"Neo4j", "Neptune"})
"""Graph databases whose drivers a product's wrapper library lends (see the module's text)."""

_KIND_WORDS = {engine: "graph" for engine in GRAPH_ENGINES}
"""An engine → the word for its kind of store a wrapper may be named for instead of it."""


def lend(top: str, units: dict[str, Unit]) -> None:
    """Give the Go services whose only data is a search or graph client required indirectly
    the engine a Compose file of their folder or above runs for it, or a wrapper lends; those
    requiring no client at all, the search engine a wrapper named for it lends."""
    for unit in units.values():
        signals = unit.signals.get(LANGUAGE, [])
        if unit.no_web or not any(s.kind is FindingKind.FRAMEWORK for s in signals):
            continue
        if shows_own_data(unit, runtime=True):
            continue
        lent = {
            s.name
            for s in signals
            if s.kind is FindingKind.DATABASE
            and s.strength is Strength.DEV
            and s.name in SEARCH_ENGINES | GRAPH_ENGINES
            and s.evidence.path.endswith("go.mod")
        }
        if lent:
            found = _compose_engine(top, unit.folder, lent)
            if found is None:
                found = _wrapper_engine(top, unit.folder, signals, lent)
        else:
            found = _clientless_wrapper(top, unit.folder)
        if found is not None:
            engine, version, evidence = found
            composed = posixpath.basename(evidence.path) in _COMPOSE
            unit.signals.setdefault(CONFIG, []).append(
                Signal(
                    FindingKind.DATABASE, engine,
                    Strength.ENTRY if composed else Strength.DEPENDENCY, evidence, version,
                    scope=Scope.DEPLOYED if composed else Scope.FALLBACK, server=True,
                )
            )
            if engine in GRAPH_ENGINES:
                unit.signals[CONFIG] += _lent_layer(signals, engine)


def _lent_layer(signals: list[Signal], engine: str) -> list[Signal]:
    """The data layer of the lent graph driver (`engine`'s, required indirectly), at a
    dependency's strength: the one the wrapper queries through."""
    drivers = {
        s.package for s in signals
        if s.kind is FindingKind.DATABASE and s.name == engine and s.strength is Strength.DEV
    }
    return [
        s.replace(strength=Strength.DEPENDENCY)
        for s in signals
        if s.kind is FindingKind.QUERY and s.strength is Strength.DEV and s.package in drivers
    ][:1]


def _compose_engine(
    top: str, folder: str, engines: set[str]
) -> tuple[str, str, Evidence] | None:
    """(engine, version, where) of the first of `engines` whose image a Compose file of
    `folder` or a folder above it runs, nearest first."""
    while True:
        for name in _COMPOSE:
            path = name if folder == "." else posixpath.join(folder, name)
            text = read_text(top, path)[0]
            if not text:
                continue
            for match in _IMAGE.finditer(text):
                engine = _ENGINES[match.group(1)]
                if engine in engines:
                    line = text.count("\n", 0, match.start()) + 1
                    evidence = Evidence(path=path, line=line, text=match.group(0).strip())
                    return engine, match.group(2) or "", evidence
        if folder == ".":
            return None
        folder = posixpath.dirname(folder) or "."


_MAJOR = re.compile(r"/v\d+$")

_MAX_SOURCES = 400
"""Go files of the service read for the wrapper's import: enough for any one service."""


def _wrapper_engine(
    top: str, folder: str, signals: list[Signal], engines: set[str]
) -> tuple[str, str, Evidence] | None:
    """(engine, "", the wrapper's go.mod line) of the first of `engines` a library required
    directly and named for it lends the service: its client compiled (go.sum's `h1:` line of
    the client's source) and the wrapper imported by the service's own code."""
    mod_path = "go.mod" if folder == "." else posixpath.join(folder, "go.mod")
    mod, sums = read_text(top, mod_path)[0], read_text(top, _sibling(mod_path, "go.sum"))[0]
    if not mod or not sums:
        return None
    for engine in sorted(engines):
        clients = [
            s.evidence.text.removeprefix("require").split()[0]
            for s in signals
            if s.kind is FindingKind.DATABASE and s.name == engine
            and s.evidence.path == mod_path and s.evidence.text
        ]
        if not any(_compiled(sums, client) for client in clients):
            continue
        words = {engine.lower(), _KIND_WORDS.get(engine, engine.lower())}
        for line_no, module in _direct(mod):
            name = _MAJOR.sub("", module).rsplit("/", 1)[-1].lower()
            bare = name.replace("-", "").replace("_", "")
            if any(word in bare for word in words) and _imported(top, folder, module):
                evidence = Evidence(path=mod_path, line=line_no, text=module)
                return engine, "", evidence
    return None


def _clientless_wrapper(top: str, folder: str) -> tuple[str, str, Evidence] | None:
    """(engine, "", the wrapper's go.mod line) of a search engine the service reaches with
    no client at all: its code imports a library required directly and named for the engine
    as a product's wrapper is (`github.com/acme/dp-elasticsearch/v2`: the engine's word is
    its name's last part), which lends the request signer and health check while the
    service speaks the engine's REST API through its own HTTP client."""
    mod_path = "go.mod" if folder == "." else posixpath.join(folder, "go.mod")
    mod = read_text(top, mod_path)[0]
    if not mod:
        return None
    for line_no, module in _direct(mod):
        last = re.split(r"[-_]", _MAJOR.sub("", module).rsplit("/", 1)[-1].lower())[-1]
        if last in _ENGINES and _imported(top, folder, module):
            return _ENGINES[last], "", Evidence(path=mod_path, line=line_no, text=module)
    return None


def _sibling(path: str, name: str) -> str:
    """The file `name` in `path`'s folder."""
    parent = posixpath.dirname(path)
    return posixpath.join(parent, name) if parent else name


def _compiled(sums: str, module: str) -> bool:
    """Whether go.sum holds the checksum of `module`'s source (`module vX h1:…`), not only of
    its go.mod (`module vX/go.mod h1:…`)."""
    for line in sums.splitlines():
        words = line.split()
        if len(words) == 3 and words[0] == module and not words[1].endswith("/go.mod"):
            return True
    return False


def _direct(mod: str) -> list[tuple[int, str]]:
    """(line number, module) of go.mod's direct requirements."""
    found: list[tuple[int, str]] = []
    block = False
    for number, raw in enumerate(mod.splitlines(), 1):
        line = raw.strip()
        if line.startswith("require ("):
            block = True
            continue
        if block and line.startswith(")"):
            block = False
            continue
        if line.startswith("require "):
            line = line[len("require "):].strip()
        elif not block:
            continue
        words = line.split()
        if len(words) >= 2 and "." in words[0] and "indirect" not in line:
            found.append((number, words[0]))
    return found


def _imported(top: str, folder: str, module: str) -> bool:
    """Whether a Go file of the service (not a test, not vendored) imports `module` or one of
    its packages."""
    root = os.path.join(top, folder)
    quoted = f'"{module}'
    read = 0
    for current, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith((".", "_")) and d != "vendor")
        for name in sorted(files):
            if not name.endswith(".go") or name.endswith("_test.go"):
                continue
            read += 1
            if read > _MAX_SOURCES:
                return False
            relative = os.path.relpath(os.path.join(current, name), top).replace(os.sep, "/")
            text = read_text(top, relative)[0] or ""
            if any(quoted + tail in text for tail in ('"', "/")):
                return True
    return False
