"""Node programs whose only HTTP server is a job queue's dashboard.

A product running its background jobs on Bull or BullMQ (or Agenda) often ships, beside its API
and its workers, a small program that only hosts the queues' dashboard for its operators: it
declares Bull Board (`@bull-board/api` with the adapter of its framework, `@bull-board/hono`,
`@bull-board/express`…), Arena or Agendash, builds the board over the product's queues
(`createBullBoard({ queues, serverAdapter })`) and mounts it on a bare application, often behind
basic authentication, with nothing else but middleware and a probe. The jobs' status, retries
and history are what it serves, to operators (HELDOUT: a program whose only HTTP routes serve
operators is no backend), as `job_dashboards` says of a Spring Boot program hosting JobRunr's.

Telling so needs every route the package declares, so its own code is read whole (a large
package is left alone): each route call on the application or a router must be a middleware
(no path), a probe's literal path, or the mount of the dashboard itself (its adapter, router
or plugin in the call). Any other route, a proxy, or a data layer or driver the package's own
manifest or code brings leaves it a backend.
"""

from __future__ import annotations

import re

from designer.detect.assemble import Unit
from designer.detect.codewalk import all_code_files
from designer.detect.node_ops_routes import dependencies, operator_routes
from designer.detect.signals import OWN_DATA
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

LANGUAGE = "node"

FRAMEWORKS = frozenset({"Express", "Koa", "Hono", "Fastify"})
"""Frameworks whose routes are calls naming their path on the application or a router."""

_DASHBOARDS = re.compile(r"^(?:@bull-board/[\w.-]+|bull-board|bull-arena|agendash)$")
"""Run-time dependencies that are a job queue's web dashboard."""

_BUILDS = re.compile(r"\bcreateBullBoard[ \t]*\(|\bArena[ \t]*\(|\bAgendash[ \t]*\(")
"""Code building the dashboard."""

_APP = re.compile(
    r"\b(?:const|let|var)[ \t]+(\w+)[ \t]*(?::[^=\n]+)?=[ \t]*(?:await[ \t]+)?"
    r"(?:express[ \t]*\(|express\.Router[ \t]*\(|Router[ \t]*\(|new[ \t]+(?:Koa|Router|Hono)"
    r"\b[^(\n]*\(|[Ff]astify[ \t]*\()"
)
"""A name the application or a router is bound to."""

_CONVENTIONAL = frozenset({"app", "router", "server"})
"""Names an application goes by where nothing binds it in the file."""

_ROUTE = (
    r"\b{name}[ \t]*\.[ \t]*(?P<call>get|post|put|patch|delete|del|all|head|options|route|use|"
    r"register)[ \t]*\("
)
"""A route call on the bound name `{name}`, up to its opening parenthesis."""

_PATH = re.compile(r"\s*(['\"`])(?P<path>[^'\"`\n]*)\1")
"""A literal path as a call's first argument."""

_MOUNTS_BOARD = re.compile(r"\b(?:\w*[Aa]dapter\b|registerPlugin|getRouter|Arena|Agendash)")
"""The dashboard's mount: its server adapter, router or plugin."""

_AUTH = re.compile(r"\bbasicAuth\b|\bbasic-auth\b")
"""Basic authentication put before the dashboard: a middleware, whatever path it guards."""

_PROXY = re.compile(r"\b(?:createProxyMiddleware|http-proxy|proxy)\b")
"""Requests forwarded to another program: routes this reading cannot see."""

MAX_FILES = 20
"""Sources read per package at most: a dashboard host is a file or two."""

_SKIP = frozenset({"node_modules", "dist", "build", "test", "tests", "__tests__", "coverage"})
_TEST_FILE = re.compile(r"[._-](?:test|spec)\.[cm]?[jt]sx?$")


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.no_web` on the Node packages declaring a queue dashboard whose code builds
    it and whose every route, read from their whole code, mounts it, a middleware or a probe,
    with no data layer or driver of their own."""
    for unit in units.values():
        signals = unit.signals.get(LANGUAGE, [])
        found = {s.name for s in signals if s.kind is FindingKind.FRAMEWORK}
        if unit.no_web or not found or not found <= FRAMEWORKS or _own_data(unit):
            continue
        if not any(_DASHBOARDS.match(name) for name in dependencies(top, unit.folder)):
            continue
        paths = all_code_files(
            top, unit.folder, (".js", ".ts", ".mjs", ".cjs"), MAX_FILES,
            skip_dir=lambda d: d in _SKIP,
        )
        if not paths:
            continue
        texts = [read_text(top, p)[0] or "" for p in paths if not _TEST_FILE.search(p)]
        if any(_BUILDS.search(t) for t in texts) and board_only(texts):
            unit.no_web = True


def _own_data(unit: Unit) -> bool:
    """Whether a data signal rests on a file of the package's own (its manifest, its code):
    a data layer the queues' package lends it is the workers', not the dashboard's."""
    prefix = "" if unit.folder == "." else unit.folder + "/"
    return any(
        s.kind in OWN_DATA and s.evidence.path.startswith(prefix)
        for found in unit.signals.values()
        for s in found
    )


def board_only(texts: list[str]) -> bool:
    """Whether every route call of the sources `texts` on the application or a router is a
    middleware, a probe or the dashboard's mount, at least one mounting the dashboard."""
    if any(_PROXY.search(t) for t in texts):
        return False
    mounts = 0
    for text in texts:
        names = _CONVENTIONAL | {m.group(1) for m in _APP.finditer(text)}
        for name in names:
            for call in re.finditer(_ROUTE.format(name=re.escape(name)), text):
                args = _arguments(text, call.end())
                if _MOUNTS_BOARD.search(args):
                    mounts += call.group("call") in ("use", "route", "register")
                    continue
                if _AUTH.search(args):
                    continue
                literal = _PATH.match(args)
                if literal is None:
                    if call.group("call") == "use":
                        continue  # a middleware handed to `use`
                    return False
                if operator_routes([literal]) is None:  # not a probe's path
                    return False
    return mounts > 0


def _arguments(text: str, start: int) -> str:
    """The text of a call's arguments, from just past its opening parenthesis to the one
    closing it (the rest of the file when none does: read as one more argument)."""
    depth = 1
    for index in range(start, len(text)):
        char = text[index]
        if char in "([{":
            depth += 1
        elif char in ")]}":
            depth -= 1
            if depth == 0:
                return text[start:index]
    return text[start:]
