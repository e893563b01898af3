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
"""

from __future__ import annotations

import re

from designer.detect.assemble import Unit, main_ecosystem
from designer.detect.codewalk import all_code_files
from designer.detect.node_ops_routes import SKIP, dependencies
from designer.detect.node_queue_workers import _APP, _CONVENTIONAL, _OPAQUE, _ROUTE
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

FRAMEWORKS = frozenset({"Express", "Koa"})
"""Frameworks whose routes and middlewares are calls on the application or a router."""

SCHEDULERS = frozenset({"node-cron", "cron", "node-schedule", "toad-scheduler", "bree", "croner"})
"""Run-time dependencies of a program that runs its work on a schedule."""

MAX_FILES = 40
"""Sources read per package at most: a larger package is left alone."""

_TEST_FILE = re.compile(r"[._-](?:test|spec)\.[cm]?[jt]sx?$")

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
    any router."""
    for unit in units.values():
        if unit.no_web or main_ecosystem(unit) != "node":
            continue
        found = {s.name for s in unit.signals.get("node", []) if s.kind is FindingKind.FRAMEWORK}
        if not found or not found <= FRAMEWORKS:
            continue
        if not SCHEDULERS & dependencies(top, unit.folder):
            continue
        paths = all_code_files(
            top, unit.folder, (".js", ".ts", ".mjs", ".cjs"), MAX_FILES,
            skip_dir=lambda d: d in SKIP,
        )
        if paths and unrouted(
            [read_text(top, p)[0] or "" for p in paths if not _TEST_FILE.search(p)]
        ):
            unit.no_web = True


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
