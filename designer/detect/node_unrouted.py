"""Node scheduled jobs whose Express or Koa application declares no route at all.

A scheduled job in Node (a scraper run by `node-cron` that writes what it gathers to a file,
kept in a scripts folder beside the product) sometimes also creates an Express application and
starts it listening, only to keep its process alive or out of habit: nothing is mounted on it,
so it answers every request with a 404. A program with no HTTP route serves nothing and is no
backend, whatever it keeps (HELDOUT.md, "Terms"). Telling so needs the whole code of the
package, so a large one is left alone; the application must be bound in the code and only
configured and started there (`app.set(…)`, `app.listen(…)`, `http.createServer(app)`): one
handed to anything else (`routes(app)`, `module.exports = app`, a loader's `into(app)`) may be
routed where this reading cannot see, and a route call on it or on any router, files served
from a folder, a proxy or a GraphQL handler leave the package a backend. Only packages
declaring a scheduler at run time are read: what runs them is the schedule, and a bare
`express()` started with nothing else declared is as likely a server whose routes this
reading missed.

A package may also declare Express out of habit and never use it: a worker relaying a
blockchain's or a queue's events to another queue (`index.js` running `handler()` in a loop)
keeps `express` among its dependencies while no file of its code imports it, creates a server
(`createServer`) or listens. With its whole code read, its program among it (`main`, what
`start` runs), no other package of the repository imported (which might start a server for it)
and no start of a framework seen, it serves no HTTP, scheduler or not.
"""

from __future__ import annotations

import posixpath
import re

from designer.detect.assemble import Unit, main_ecosystem
from designer.detect.codewalk import all_code_files
from designer.detect.node_ops_routes import SKIP, dependencies
from designer.detect.node_queue_workers import _APP, _CONVENTIONAL, _OPAQUE, _ROUTE
from designer.detect.nonservices import module_names, module_uses
from designer.detect.signals import Strength
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

FRAMEWORKS = frozenset({"Express", "Koa"})
"""Frameworks whose routes and middlewares are calls on the application or a router."""

SCHEDULERS = frozenset({"node-cron", "cron", "node-schedule", "toad-scheduler", "bree", "croner"})
"""Run-time dependencies of a program that runs its work on a schedule."""

MAX_FILES = 40
"""Sources read per package at most: a larger package is left alone."""

_TEST_FILE = re.compile(r"[._-](?:test|spec)\.[cm]?[jt]sx?$")

_ENDINGS = (".js", ".ts", ".mjs", ".cjs", ".jsx", ".tsx")

_SERVES = re.compile(
    r"""['"](?:express|koa|@koa/[\w-]+|fastify|hapi|@hapi/hapi|restify|polka)(?:/[^'"\n]*)?['"]"""
    r"""|\bcreateServer[ \t]*\(|\.listen[ \t]*\("""
)
"""An import of a web framework (by its module's quoted name), a server created, a listen."""

_STARTED = r"\b{name}[ \t]*\.[ \t]*listen[ \t]*\("
"""The application started listening."""

_KEPT = r"{name}[ \t]*\.[ \t]*(?:listen|set|enable|disable)[ \t]*\("
"""What may be done with an unrouted application: configure it, start it."""

_BINDS = re.compile(r"\b(?:const|let|var)[ \t]+$")
"""A mention that is the application's binding."""

_WRAPS = re.compile(r"\bcreateServer[ \t]*\([ \t]*$")
"""A mention handing the application to a Node server (`http.createServer(app)`)."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.no_web` on the Node packages on Express or Koa declaring a scheduler whose
    whole code binds an application, starts it listening and declares nothing on it nor on
    any router, and on those whose whole code never imports the framework nor serves HTTP."""
    for unit in units.values():
        if unit.no_web or main_ecosystem(unit) != "node":
            continue
        signals = [s for s in unit.signals.get("node", []) if s.kind is FindingKind.FRAMEWORK]
        found = {s.name for s in signals}
        if not found or not found <= FRAMEWORKS:
            continue
        scheduled = bool(SCHEDULERS & dependencies(top, unit.folder))
        unstarted = all(s.strength is not Strength.ENTRY for s in signals)
        if not scheduled and not unstarted:
            continue
        paths = all_code_files(top, unit.folder, _ENDINGS, MAX_FILES, skip_dir=lambda d: d in SKIP)
        if not paths:
            continue
        texts = [read_text(top, p)[0] or "" for p in paths if not _TEST_FILE.search(p)]
        idle = (
            unstarted
            and _programs(unit) & set(paths)
            and never_served(texts)
            and not _uses_siblings(unit, units)
        )
        if idle or (scheduled and unrouted(texts)):
            unit.no_web = True


def never_served(texts: list[str]) -> bool:
    """Whether the sources `texts` (some code at least) import no web framework, create no
    server and listen nowhere."""
    return any(t.strip() for t in texts) and not any(_SERVES.search(t) for t in texts)


def _programs(unit: Unit) -> set[str]:
    """The package's program files (its `main`, what its `start` script runs), as paths from
    the scanned root: the code that runs must be among the code read."""
    return {
        posixpath.normpath(posixpath.join(unit.folder, program))
        for _, e, result in unit.manifests
        if e == "node"
        for program in result.program
    }


def _uses_siblings(unit: Unit, units: dict[str, Unit]) -> bool:
    """Whether the package's manifest requires another package of the repository."""
    used = module_uses(unit, "node") - module_names(unit, "node")
    return any(module_names(u, "node") & used for u in units.values() if u is not unit)


def unrouted(texts: list[str]) -> bool:
    """Whether the sources `texts` bind an application they start listening, use it for
    nothing but its settings and its start, and declare no route or middleware anywhere."""
    if any(_OPAQUE.search(text) for text in texts):
        return False
    started = False
    for text in texts:
        bound = {name for found in _APP.finditer(text) for name in found.groups() if name}
        for name in _CONVENTIONAL | bound:
            if re.search(_ROUTE.format(name=re.escape(name)), text):
                return False
        for name in bound:
            if not _only_started(text, name):
                return False
            started = started or re.search(_STARTED.format(name=re.escape(name)), text) is not None
    return started


def _only_started(text: str, name: str) -> bool:
    """Whether every mention of `name` in `text` binds it, configures it or starts it."""
    kept = re.compile(_KEPT.format(name=re.escape(name)))
    for found in re.finditer(rf"(?<![\w$.]){re.escape(name)}\b", text):
        before = text[text.rfind("\n", 0, found.start()) + 1 : found.start()]
        if _BINDS.search(before) or _WRAPS.search(before) or kept.match(text, found.start()):
            continue
        return False
    return True
