"""Node metrics exporters whose only HTTP routes are operational.

A product's exporter (a small Express or Koa program beside its services) gathers the metrics
of the product's pods or databases and hands them to Prometheus: it declares a metrics client
(`prom-client`) and answers only scrapes and probes, often under a prefix of its own and with
a token in the path (`/runtime/metrics/:token`, `/database/metrics/:token`, `/healthz`). Those
routes serve the operators' monitoring, not clients; with no data layer of its own, the
program is no backend (HELDOUT.md: workers with no data whose only routes serve operators), as
`go_ops_routes` says of Go's. Telling so needs every route the package declares, so its own
code is read whole (a large package is left alone); a route whose path is not a literal, or
whose path serves anything else, files served from a folder and a proxy leave it a backend.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from designer.detect.assemble import Unit, shows_own_data
from designer.detect.codewalk import all_code_files
from designer.detect.node_imports import package_json
from designer.detect.probes import OPERATOR_PATH
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

LANGUAGE = "node"

FRAMEWORKS = frozenset({"Express", "Koa"})
"""Frameworks whose routes are calls naming their path (`app.get('/p', h)`, koa-router's
`router.get('/p', h)`); others route by decorators, files or plugins this reading cannot see."""

METRICS_CLIENTS = frozenset({"prom-client"})
"""Prometheus' client for Node: a package declaring it exports metrics."""

ROUTE = re.compile(
    r"(?<!\bPromise)\.(?P<call>get|post|put|patch|delete|del|all|head|options|route|use)\(\s*"
    r"(?:(['\"`])(?P<path>[^'\"`\n]*)\2|(?=[^\s)]))"
)
"""A route as Express and koa-router declare it: its path when the first argument is a string
literal, else the call alone (a middleware handed to `use`, or a path held in a variable).
Other calls of these names (`req.get('host')`, a map's `get(key)`) read as routes whose path
is no operator's or unknown: they keep the package a backend, never the other way round."""

OPAQUE = re.compile(
    r"\b(?:express\.static|serveStatic|koa-static|createProxyMiddleware|http-proxy|"
    r"koa-mount|app\.callback\(\))"
)
"""Files served from a folder, requests proxied to another program, a mounted app: routes this
reading cannot see."""

_PARAM = re.compile(r"/:[\w-]+\??")
"""A path parameter (`/:token`): a value, not a resource of its own."""

_PROBE_PATH = re.compile(
    r"(?:/[\w-]+)*/_?(?:health(?:z|check)?|ready(?:z|ness)?|live(?:z|ness)?|ping|metrics)/?"
)
"""A probe or a metrics scrape under the program's own prefix (`/runtime/metrics`)."""

MAX_FILES = 40
"""Sources read per package at most: a larger package is left alone."""

SKIP = frozenset({"node_modules", "dist", "build", "test", "tests", "__tests__", "coverage"})


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.no_web` on the Node packages on Express or Koa, declaring a metrics client
    and no data of their own, whose routes, read from their whole code, are all operational."""
    for unit, paths in dataless_packages(top, units, FRAMEWORKS, METRICS_CLIENTS, MAX_FILES):
        if operational_only(
            [read_text(top, p)[0] or "" for p in paths if ".test." not in p and ".spec." not in p]
        ):
            unit.no_web = True


def dataless_packages(
    top: str,
    units: dict[str, Unit],
    frameworks: frozenset[str],
    clients: frozenset[str],
    limit: int,
) -> Iterator[tuple[Unit, list[str]]]:
    """Each Node package whose frameworks are all among `frameworks`, keeping no data of its
    own and declaring one of `clients` at run time, with its code files outside tests and
    build output (shared with `node_queue_workers` and `node_chat_bots`: each then reads the
    code for what makes such a package no backend). A package past `limit` files is left
    alone."""
    for unit in units.values():
        signals = unit.signals.get(LANGUAGE, [])
        found = {s.name for s in signals if s.kind is FindingKind.FRAMEWORK}
        if not found or not found <= frameworks or shows_own_data(unit):
            continue
        if not clients & dependencies(top, unit.folder):
            continue
        paths = all_code_files(
            top, unit.folder, (".js", ".ts", ".mjs", ".cjs"), limit,
            skip_dir=lambda d: d in SKIP,
        )
        if paths:
            yield unit, paths


def dependencies(top: str, folder: str) -> set[str]:
    """The run-time dependencies the folder's package.json declares (shared with
    `node_queue_workers`)."""
    manifest = package_json(top, folder)
    declared = manifest.get("dependencies") if manifest is not None else None
    return set(declared) if isinstance(declared, dict) else set()


def operational_only(texts: list[str]) -> bool:
    """Whether the sources `texts` declare at least one route, every one with a literal path
    that is an operator's (a parameter segment aside), nothing served from a folder or
    proxied."""
    if any(OPAQUE.search(text) for text in texts):
        return False
    served = 0
    for text in texts:
        count = operator_routes(ROUTE.finditer(text))
        if count is None:
            return False
        served += count
    return served > 0


def operator_routes(
    founds: Iterable[re.Match[str]], probes: re.Pattern[str] = _PROBE_PATH
) -> int | None:
    """How many routes the route calls `founds` (groups `call` and `path`) add when every one
    has a literal path that serves operators (a parameter segment aside; `probes` names the
    probe paths), else None. Shared with `node_queue_workers`."""
    served = 0
    for found in founds:
        path = found.group("path")
        if path is None:
            # A middleware handed to `use` adds no route; a verb's path held elsewhere might.
            if found.group("call") != "use":
                return None
            continue
        bare = _PARAM.sub("", path) or "/"
        if not (OPERATOR_PATH.fullmatch(bare) or probes.fullmatch(bare)):
            return None
        served += 1
    return served
