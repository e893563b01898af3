"""Node: a search-engine client made only to hand to a logging transport.

A server shipping its logs to Elasticsearch declares the search engine's client beside the
transport that writes them (winston-elasticsearch, pino-elasticsearch, bunyan's, a logger's
own Elastic writer) and often builds the client itself, to hand it over:
`esClient = new Client({ node: url })`, then `new ElasticWriter(level, { esClient })`. The
index it fills is its logs, not data of its own: a site keeping nothing else is no backend
for that client. So where every module of the package that imports a search-engine client
also imports such a transport, and each client it constructs there is only assigned and
handed on (never a member called, `es.search(…)`, `es.index(…)`; never exported nor kept on
a shared object), that client's signals are dropped. A package too large to read whole, or
one passing a client it never names, is left as it is.
"""

from __future__ import annotations

import re

from designer.detect import node_imports, node_layers
from designer.detect.assemble import Unit
from designer.detect.ecosystems.node import SEARCH_STORES
from designer.detect.signals import Strength
from designer.detect.walker import read_text

LANGUAGE = "node"

LOG_TRANSPORTS = frozenset(
    {
        "winston-elasticsearch",
        "pino-elasticsearch",
        "bunyan-elasticsearch",
        "bunyan-elasticsearch-bulk",
        "h-logger2-elastic",
    }
)
"""npm packages writing a logger's records into an Elasticsearch index."""

MAX_FILES = 2000
"""Modules read per package, at most."""

_WORD = re.compile(r"[A-Za-z_$][\w$]*")
_EXPORTS = re.compile(r"\bmodule\.exports\b|^[ \t]*export\b", re.MULTILINE)
_NOT_BOUND = frozenset({"const", "let", "var", "import", "from", "require", "as", "type"})


def drop(top: str, units: dict[str, Unit]) -> None:
    """Drop, from each Node package whose search-engine clients only a logging transport
    receives, those clients' signals."""
    packages = node_layers.node_packages(units)
    for folder in sorted(packages):
        unit = units[folder]
        signals = unit.signals.get(LANGUAGE, [])
        clients = {
            s.package.lower()
            for s in signals
            if s.package
            and s.package.lower() in SEARCH_STORES
            and s.strength is not Strength.DEV
        }
        uses = {use for _, e, r in unit.manifests if e == LANGUAGE for use in r.uses}
        if not clients or uses.isdisjoint(LOG_TRANSPORTS):
            continue
        files = node_layers.own_modules(top, folder, packages, MAX_FILES)
        if len(files) >= MAX_FILES:
            continue
        importers = [
            text
            for text in (read_text(top, p)[0] or "" for p in files)
            if node_imports.named(text) & clients
        ]
        if not importers or not all(_hands_on(text, clients) for text in importers):
            continue
        for language, found in unit.signals.items():
            unit.signals[language] = [
                s for s in found if not (s.package and s.package.lower() in clients)
            ]


def _hands_on(text: str, clients: set[str]) -> bool:
    """Whether the module imports a logging transport and constructs the search clients it
    imports only to hand them on: each assigned to a name used for nothing else."""
    if node_imports.named(text).isdisjoint(LOG_TRANSPORTS):
        return False
    bound: set[str] = set()
    for line in text.splitlines():
        found = node_imports.specifiers(line)
        if any(node_imports.package(spec) in clients for spec in found):
            head = re.split(r"""['"]""", line, maxsplit=1)[0]
            bound |= set(_WORD.findall(head)) - _NOT_BOUND
    if not bound:
        return False
    ctor = "|".join(sorted(map(re.escape, bound)))
    made = re.compile(rf"(?<![\w$.])([\w$.]+)[ \t]*=[ \t]*new[ \t]+(?:{ctor})\b")
    names = made.findall(text)
    # Every construction assigned to a plain name: one made inline or kept on an object
    # (`global.es = new Client(…)`) may be reached anywhere.
    if not names or "." in "".join(names):
        return False
    if len(re.findall(rf"\bnew[ \t]+(?:{ctor})\b", text)) != len(names):
        return False
    for name in set(names):
        word = re.escape(name)
        if re.search(rf"(?<![\w$.]){word}[ \t]*(?:\?\.|\.|\[)", text):
            return False  # a member called or read: the program's own searches
        if re.search(rf"\bexport\b[^\n]*\b{word}\b|\bexports\b[^\n]*\b{word}\b", text):
            return False
        if re.search(rf"\breturn[ \t]+{word}\b", text):
            return False
        if _EXPORTS.search(text) and re.search(rf"^[ \t]*{word}[ \t]*,?[ \t]*$", text, re.M):
            return False  # named in an exported object's shorthand, over lines
    return True
